"""Writing a brief: the output folder holds the whole old brief or the whole new one at every
instant (runs killed with SIGKILL, a full disk, Ctrl-C), the next run clears what a killed run
left, the user's own files are never touched, and nothing is written through a link, a pipe or
a device that stands at a brief's name.

The kill tests take their count from the environment: BRIEFING_KILLS (default 50) kills of a
process that writes briefs in a loop, BRIEFING_CLI_KILLS (default 1) kills of the real
``briefing render`` command as it writes, whose runs are seconds each.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.errors import RenderError
from briefing.render.write import write_outputs
from tests.helpers import EXAMPLES, ROOT

NAMES = ("brief.md", "brief.html")
# Big enough that writing a set takes milliseconds, so the kills land inside writes.
OLD = {name: f"old {name}\n".encode() * 40_000 for name in NAMES}
NEW = {name: f"new {name}\n".encode() * 40_000 for name in NAMES}
USER_FILES = {"notes.txt": b"the analyst's notes", "brief.txt": b"a draft", ".hidden": b"x"}

# Writes OLD and NEW in turn for ever, saying "ready" once it has imported what it needs.
WRITER = f"""
import sys
from pathlib import Path
from briefing.render.write import write_outputs
sets = [{{n: f"{{w}} {{n}}\\n".encode() * 40_000 for n in {NAMES!r}}} for w in ("old", "new")]
print("ready", flush=True)
while True:
    for files in sets:
        write_outputs(Path(sys.argv[1]), files)
"""


def shown(out: Path, names=NAMES) -> dict[str, bytes]:
    """The brief a reader of the folder gets: each name that opens, and its content."""
    return {name: (out / name).read_bytes() for name in names if (out / name).exists()}


def entries(folder: Path) -> set[str]:
    return {entry.name for entry in os.scandir(folder)}


def assert_clean(out: Path, names=NAMES) -> None:
    """Only the brief, the user's files and briefing's folder with one generation in it."""
    assert entries(out) == {*names, *USER_FILES, ".briefing"}
    private = out / ".briefing"
    (generation,) = entries(private) - {"current", "lock"}
    assert entries(private) == {"current", "lock", generation}
    assert os.readlink(private / "current") == generation
    assert entries(private / generation) == set(names)
    for name, data in USER_FILES.items():
        assert (out / name).read_bytes() == data


@pytest.fixture
def out(tmp_path) -> Path:
    """An output folder holding an old brief as plain files (as older versions wrote it) and
    some files of the user's own."""
    folder = tmp_path / "out"
    folder.mkdir()
    for name, data in {**OLD, **USER_FILES}.items():
        (folder / name).write_bytes(data)
    return folder


def test_kill_at_random_points_leaves_the_old_or_the_new_brief(out):
    kills = int(os.environ.get("BRIEFING_KILLS", "50"))
    seed = random.randrange(1 << 30)
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for kill in range(kills):
        if kill % 5 == 0:  # now and then start again from an older version's plain files
            for name in NAMES:
                (out / name).unlink()
                (out / name).write_bytes(OLD[name])
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(out)], stdout=subprocess.PIPE, env=env
        )
        assert writer.stdout.readline() == b"ready\n"
        time.sleep(rng.uniform(0, 0.04))  # where in the loop of writes the kill lands
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        assert shown(out) in (OLD, NEW), f"kill {kill} (seed {seed}) left a mixed brief"
        for name, data in USER_FILES.items():
            assert (out / name).read_bytes() == data
        files = rng.choice((OLD, NEW))
        write_outputs(out, files)  # the next run
        assert shown(out) == files
        assert_clean(out)


def test_a_killed_cli_run_leaves_the_old_or_the_new_brief(tmp_path):
    """The real command, killed once it has started writing, then run to the end."""
    kills = int(os.environ.get("BRIEFING_CLI_KILLS", "1"))
    extraction = tmp_path / "extraction.json"
    assert CliRunner().invoke(app, ["extract", *EXAMPLES, "-o", str(extraction)]).exit_code == 0
    out = tmp_path / "out"
    args = ["render", str(extraction), "-o", str(out), "--format", "md,html"]
    assert CliRunner().invoke(app, [*args, "--title", "Old title"]).exit_code == 0
    old = shown(out)
    rng = random.Random()
    seen = []
    for _ in range(kills):
        command = [sys.executable, "-m", "briefing.cli", *args, "--title", "New title"]
        run = subprocess.Popen(command, env={**os.environ, "PYTHONPATH": str(ROOT)})
        _wait_for_a_new_generation(out / ".briefing", run)
        time.sleep(rng.uniform(0, 0.005))  # where in the writing the kill lands
        run.send_signal(signal.SIGKILL)
        run.wait()
        seen.append(shown(out))
    assert CliRunner().invoke(app, [*args, "--title", "New title"]).exit_code == 0
    new = shown(out)
    assert old != new and set(old) == set(NAMES)
    assert all(brief in (old, new) for brief in seen)
    assert entries(out) == {*NAMES, ".briefing"}
    (generation,) = entries(out / ".briefing") - {"current", "lock"}
    assert entries(out / ".briefing" / generation) == set(NAMES)


def _wait_for_a_new_generation(private: Path, run: subprocess.Popen) -> None:
    """Until the run makes its generation folder (it has rendered and begun to write)."""

    def generations() -> set[str]:
        names = entries(private) if private.is_dir() else set()
        return {name for name in names if name.startswith("gen-")}

    before = generations()
    while run.poll() is None and not generations() - before:
        time.sleep(0.001)


@pytest.mark.parametrize(
    "failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()]
)
def test_a_full_disk_or_ctrl_c_at_any_step_leaves_one_whole_brief(out, monkeypatch, failure):
    write_outputs(out, OLD)
    synced = []
    monkeypatch.setattr(os, "fsync", synced.append)
    write_outputs(out, OLD)
    monkeypatch.undo()
    for step in range(1, len(synced) + 1):  # fail at each point where data goes to disk
        calls = []

        def fsync(fd: int, step: int = step, calls: list = calls) -> None:
            calls.append(fd)
            if len(calls) == step:
                raise failure

        monkeypatch.setattr(os, "fsync", fsync)
        with pytest.raises(RenderError if isinstance(failure, OSError) else KeyboardInterrupt):
            write_outputs(out, NEW)
        monkeypatch.undo()
        assert shown(out) in (OLD, NEW), f"failure at step {step} left a mixed brief"
        if step == 2:  # the first file is on disk, the second is not
            assert shown(out) == OLD
        write_outputs(out, OLD)
        assert shown(out) == OLD
        assert_clean(out)


def test_the_next_run_clears_what_killed_runs_left(out):
    write_outputs(out, OLD)
    private = out / ".briefing"
    (private / "gen-killed").mkdir()
    (private / "gen-killed" / "brief.md").write_bytes(b"half")
    (private / "link-0a1b2c").symlink_to(".briefing/current/brief.md")
    (private / "switch-0a1b2c").symlink_to("gen-killed")
    (out / ".brief.md.k2x9_abc.tmp").write_bytes(b"an older version's leftover")
    (out / "brief.pdf").symlink_to(".briefing/current/brief.pdf")  # linked, never switched
    write_outputs(out, NEW)
    assert shown(out) == NEW
    assert_clean(out)


def test_formats_not_asked_for_are_kept_as_they_were(out):
    write_outputs(out, {**OLD, "brief.json": b'{"old": true}'})
    write_outputs(out, {"brief.md": NEW["brief.md"]})
    assert shown(out, (*NAMES, "brief.json")) == {
        "brief.md": NEW["brief.md"],
        "brief.html": OLD["brief.html"],
        "brief.json": b'{"old": true}',
    }
    assert_clean(out, (*NAMES, "brief.json"))


def test_a_brief_saved_over_its_link_is_taken_over_when_written_again(out):
    write_outputs(out, OLD)
    (out / "brief.md").unlink()
    (out / "brief.md").write_bytes(b"edited by hand")  # as an editor that replaces files does
    write_outputs(out, {"brief.html": NEW["brief.html"]})
    assert shown(out) == {"brief.md": b"edited by hand", "brief.html": NEW["brief.html"]}
    assert not (out / "brief.md").is_symlink(), "a format not asked for is kept as it is"
    write_outputs(out, NEW)
    assert shown(out) == NEW
    assert_clean(out)


def test_the_user_s_own_files_links_and_folders_are_never_touched(out, tmp_path):
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_bytes(b"kept")
    (out / "latest.md").symlink_to(elsewhere)
    (out / "archive").mkdir()
    (out / "archive" / "brief.md").write_bytes(b"last week's")
    before = {p: (p.lstat().st_mtime_ns, p.lstat().st_ino) for p in out.rglob("*")}
    for files in (NEW, OLD, NEW):
        write_outputs(out, files)
    for path, identity in before.items():
        if path.relative_to(out).as_posix() not in NAMES:
            assert (path.lstat().st_mtime_ns, path.lstat().st_ino) == identity, path
    assert os.readlink(out / "latest.md") == str(elsewhere)
    assert elsewhere.read_bytes() == b"kept"
    assert (out / "archive" / "brief.md").read_bytes() == b"last week's"


def build(out: Path, *formats: str):
    args = ["build", *EXAMPLES, "-o", str(out), "--format", ",".join(formats)]
    return CliRunner().invoke(app, args)


def test_a_link_to_a_file_at_a_brief_s_name_is_refused_and_kept(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.md"
    victim.write_bytes(b"someone else's file")
    (out / "brief.md").symlink_to(victim)
    result = build(out, "html", "md")
    assert result.exit_code == 1
    assert result.output == (
        f"[error] {out / 'brief.md'}: is a symbolic link (to {victim}); briefing never "
        "writes through it and leaves it as it is: remove it or choose another -o\n"
    )
    assert victim.read_bytes() == b"someone else's file"
    assert os.readlink(out / "brief.md") == str(victim)
    assert entries(out) == {"brief.md"}, "nothing else is written either"


@pytest.mark.parametrize("planted", ["link to a pipe", "pipe"])
def test_a_pipe_at_a_brief_s_name_is_refused_without_hanging(tmp_path, planted):
    out = tmp_path / "out"
    out.mkdir()
    pipe = tmp_path / "pipe" if planted == "link to a pipe" else out / "brief.md"
    os.mkfifo(pipe)
    if planted == "link to a pipe":
        (out / "brief.md").symlink_to(pipe)
    results = []
    worker = threading.Thread(target=lambda: results.append(build(out, "md")))
    worker.start()
    worker.join(timeout=60)
    hung = worker.is_alive()
    if hung:  # open the pipe's other end, so the run (and this test) can end
        reader = os.open(pipe, os.O_RDONLY | os.O_NONBLOCK)
        worker.join()
        os.close(reader)
    assert not hung, "the run waited on the pipe"
    (result,) = results
    assert result.exit_code == 1
    what = f"is a symbolic link (to {pipe})" if planted != "pipe" else "is a named pipe, not a file"
    assert result.output == (
        f"[error] {out / 'brief.md'}: {what}; briefing never writes through it and leaves "
        "it as it is: remove it or choose another -o\n"
    )
    assert stat.S_ISFIFO(pipe.lstat().st_mode)
    assert entries(out) == {"brief.md"}


def test_a_file_system_without_links_gets_plain_files_each_replaced_whole(tmp_path, monkeypatch):
    """FAT, exFAT and some network shares have no symbolic links: the brief is still written
    (a USB stick is a normal place for it), each file in one rename, as before."""
    out = tmp_path / "out"
    real_symlink = os.symlink

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "symlink", no_links)
    write_outputs(out, {"brief.md": b"old md", "brief.html": b"old html"})
    write_outputs(out, {"brief.md": b"new md", "brief.html": b"new html"})
    monkeypatch.setattr(os, "symlink", real_symlink)
    for name, data in (("brief.md", b"new md"), ("brief.html", b"new html")):
        assert not (out / name).is_symlink()
        assert (out / name).read_bytes() == data
    assert sorted(p.name for p in out.iterdir() if p.name != ".briefing") == [
        "brief.html",
        "brief.md",
    ]
