"""Live editing: `sco-archive serve` (mkdocs serve with live reload) follows seeds/ without a restart."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import click
import pytest

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.browser  # a real server in a subprocess: slow, and run with the browser tests


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, ""
    except OSError:
        return 0, ""


def _until(check, what: str, timeout: float = 60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


def _start(tmp_path, log):
    """`sco-archive serve` of a copy of the seed project on a free port, once it serves: (project, base URL, process)."""
    project = tmp_path / "archive"
    project.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(SEEDS, project / "seeds")
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "sco_archive.cli", "serve", "--dev-addr", f"127.0.0.1:{port}", "-f", str(project / "mkdocs.yml")],
        cwd=project, stdout=log, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _until(lambda: _get(base + "/")[0] == 200, "the first build", 120)
    except BaseException:
        proc.kill()
        raise
    return project, base, proc


@pytest.fixture
def served(tmp_path):
    log = (tmp_path / "serve.log").open("w")
    project, base, proc = _start(tmp_path, log)
    try:
        yield project, base, proc
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def test_click_version_and_live_reload_script(served):
    _, base, _ = served
    status, html = _get(base + "/timeline/")
    assert status == 200
    # MkDocs injects its live-reload script only when live reload is on (click 8.2.2-8.3 needs --livereload).
    assert "livereload" in html, f"no live reload with click {click.__version__}"


def test_edit_add_delete_and_a_bad_seed_while_serving(served):
    project, base, proc = served
    seed = project / "seeds" / "001_e29fc6cbd48e96a3.txt"
    page = base + "/documents/001-e29fc6cbd48e96a3/"
    assert "Dushanbe" in _get(page)[1]

    seed.write_text(seed.read_text(encoding="utf-8").replace("Dushanbe", "Khujand"), encoding="utf-8")
    _until(lambda: "Khujand" in _get(page)[1], "the edited seed on its page")

    shutil.copy(SEEDS / "004_056d7b4322dae992.txt", project / "seeds" / "added-text.txt")
    _until(lambda: _get(base + "/documents/added-text/")[0] == 200, "the added seed's page")
    assert "added-text" in _get(base + "/documents/")[1]

    (project / "seeds" / "added-text.txt").unlink()
    _until(lambda: _get(base + "/documents/added-text/")[0] == 404, "the deleted seed's page to go")

    (project / "seeds" / "vague.txt").write_text("The ministers talked for a long time and then went home.\n", encoding="utf-8")
    (project / "seeds" / "001_e29fc6cbd48e96a3.yml").write_text("speeker: nobody\n", encoding="utf-8")
    vague = _until(lambda: (lambda r: r[1] if r[0] == 200 else "")(_get(base + "/documents/vague/")), "the vague seed's page")
    assert "venue: no meeting city found" in vague
    _until(lambda: "unknown key" in _get(page)[1], "the sidecar error on the page")
    assert proc.poll() is None, "the server died on bad content"


def test_a_crashing_sidecar_and_a_link_to_the_parent_folder_while_serving(served):
    """Issue 19: a sidecar date PyYAML cannot construct (2021-02-29) took the server's builds down, and a
    link to `..` in seeds/ made the watcher walk the project in circles (memory without bound)."""
    project, base, proc = served
    (project / "seeds" / "up").symlink_to("..")
    (project / "seeds" / "004_056d7b4322dae992.yml").write_text("date: 2021-02-29\n", encoding="utf-8")
    page = base + "/documents/004-056d7b4322dae992/"
    _until(lambda: "not a calendar date" in _get(page)[1], "the sidecar error on the page")
    assert _get(base + "/documents/001-e29fc6cbd48e96a3/")[0] == 200
    assert proc.poll() is None, "the server died on bad content"


def test_installed_click_lets_plain_mkdocs_serve_live_reload():
    from importlib.metadata import version

    major, minor, patch = (int(x) for x in version("click").split(".")[:3])
    assert not ((8, 2, 2) <= (major, minor, patch) < (8, 4, 0)), "mkdocs serve needs --livereload with this click"


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Whether a process exists and is not a zombie."""
    try:
        return (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the child process through Linux /proc")
@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_signal_stops_serve_and_its_mkdocs_child(tmp_path, stop):
    """Issue 17.11: after SIGTERM, `sco-archive serve` was gone but its `mkdocs serve` child kept serving."""
    with (tmp_path / "serve.log").open("w") as log:
        _, base, proc = _start(tmp_path, log)
        children = _children(proc.pid)
        try:
            assert len(children) == 1, children
            proc.send_signal(stop)
            assert proc.wait(timeout=30) == 0
            _until(lambda: not any(_running(pid) for pid in children), "the mkdocs child to end", 15)
            assert _get(base + "/")[0] == 0  # nobody listens on the port any more
            with socket.socket() as s:
                assert s.connect_ex(("127.0.0.1", int(base.rsplit(":", 1)[1]))) != 0
        finally:
            if proc.poll() is None:
                proc.kill()
            for pid in children:  # (the orphan, when the test failed)
                if _running(pid) and b"mkdocs" in (Path("/proc") / str(pid) / "cmdline").read_bytes():
                    os.kill(pid, signal.SIGKILL)
    assert "Shutting down" in (tmp_path / "serve.log").read_text()  # mkdocs stopped cleanly, not killed
