"""The cyclic garbage collector, paused while our stage runs.

The stage makes a few hundred thousand small objects per thousand texts (records, strings, tuples,
match objects) and keeps most of them until the site is built, but makes next to no reference cycles
(65 unreachable objects after 1,000 texts). CPython's collector does not know that: every few hundred
allocations it walks the young objects, and each time the heap grows by a quarter it walks all of
it, so at 5,000 texts it spends a fifth of the stage tracing records that can never be garbage
(`benchmarks/RESULTS.md`). Reference counting still frees everything that is dropped; the collector
runs again as soon as the stage ends, and finds the few cycles then. mypy tunes its collector during
a build for the same reason.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off inside the block, and back as it was after it (also on an exception).
    Nested blocks leave it to the outermost one."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
