"""Check that markup.page's front matter, written without a YAML dump when it can be, has the very
bytes frontmatter.dumps writes (with the dumper markup.yaml_dumper picks).

    python benchmarks/front_matter.py [CASES]      (default 200000)

Random document-like front matter (escaped like seed text, or raw, with YAML's own traps: `no`,
`12:30`, `010`, `: `, ` #`, `- `, `---`, long values, odd keys and types) goes through markup.page
and through the frontmatter.dumps path; prints how many differ (must be 0) and how many were written
without a dump.
"""

from __future__ import annotations

import random
import sys

import frontmatter
import yaml

from sco_archive import markup
from sco_archive.markup import meta_escape, page, yaml_dumper

TRAPS = ["no", "yes", "No", "ON", "off", "y", "n", "010", "0o17", "12:30", "1_000", "~", "null", "Null", "true",
         "False", ": ", ":", " #", "#", "- ", "-", "?", "? ", "---", "...", "0x1F", "1e3", "+1", "-1.5", ".inf",
         ".NaN", "<<", "=", "2020-09-10", "2020-9-1 10:00:00", '"', "'", "''", "中文", "Русский", "\u2028",
         "\ufeff", "\U0001F600", "\x85", "\x9b", "&", "<", "[", "]", "{", "}", ",", "|", ">", "*", "!", "%",
         "@", "`", "\t", "\n", "\r\n", " ", "  "]


def old_page(meta: dict, body: str) -> str:
    post = frontmatter.Post(body.strip("\n"), **meta)
    text = frontmatter.dumps(post, Dumper=yaml_dumper(meta), sort_keys=False, allow_unicode=True, width=10_000)
    return text.replace("\r\n", "\n").lstrip("\ufeff") + "\n"


def main() -> None:
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rnd = random.Random(11)
    alphabet = [chr(i) for i in range(0x250)] + list(":#-?&*!|>'\"%@` {}[],.") + TRAPS + ["a", "b", " "] * 20

    def string() -> str:
        value = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, rnd.choice([1, 2, 3, 10, 40, 200]))))
        if rnd.random() < 0.3:
            value = rnd.choice(TRAPS) + value if rnd.random() < 0.5 else value + rnd.choice(TRAPS)
        if rnd.random() < 0.2:
            value = rnd.choice(TRAPS)
        if rnd.random() < 0.01:
            value *= rnd.randint(50, 300)  # past the 10,000-character line width
        return meta_escape(value) if rnd.random() < 0.7 else value

    def scalar():
        return rnd.choice([string, string, string, lambda: None, lambda: True, lambda: False,
                           lambda: rnd.randint(-5, 10**6)] + ([] if simple else [lambda: 1.5]))()

    differ = fast = 0
    for _ in range(cases):
        meta = {}
        simple = rnd.random() < 0.6  # like our pages: plain keys, no floats or nested lists
        keys = ["title", "id", "date", "kind", "speaker", "meeting", "number", "online", "tags", "proposals", "search",
                "template"] + ([] if simple else ["no", "x y", "a:b", "content", "n2"])
        for key in rnd.sample(keys, rnd.randint(0, 9)):
            shape = rnd.random()
            if shape < 0.6:
                meta[key] = scalar()
            elif shape < 0.85:
                meta[key] = [scalar() for _ in range(rnd.choice([0, 1, 3]))]
            elif shape < 0.97:
                meta[key] = {rnd.choice(["exclude", "x", "on", "a b"]): scalar() for _ in range(rnd.choice([0, 1, 2]))}
            elif not simple:
                meta[key] = rnd.choice([(1, 2), [[1]], {"a": {"b": 1}}, [{"a": 1}]])
        body = rnd.choice(["", "# Hi\n\ntext", "\n\nbody  \n\n", "x\r\ny", "tail \u2003"])
        try:
            expected = old_page(meta, body)
        except Exception as exc:  # noqa: BLE001
            expected = ("error", type(exc))
        try:
            got = page(meta, body)
        except Exception as exc:  # noqa: BLE001
            got = ("error", type(exc))
        fast += markup._front_matter(meta) is not None if "content" not in meta else 0
        if got != expected:
            differ += 1
            if differ <= 5:
                print("DIFFER", repr(meta), repr(got), repr(expected), sep="\n  ")
    print(f"{cases} random front matters: {differ} differ from frontmatter.dumps, {fast} written without a dump")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
