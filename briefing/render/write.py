"""Write a brief's files so that the output folder holds the whole old brief or the whole new
one at every instant, whatever stops the run: a full disk, Ctrl-C, SIGTERM, SIGKILL, a power
cut.

A rename replaces one name at a time, and nothing in POSIX replaces brief.md and brief.pdf
together, so renaming each file into place (as briefing once did) leaves a new brief.md beside
an old brief.pdf when the run dies between two renames. Each brief file in the output folder is
therefore a symbolic link through one switch, and the switch is what a run replaces:

    out/brief.md   -> .briefing/current/brief.md
    out/brief.pdf  -> .briefing/current/brief.pdf
    out/.briefing/current -> gen-k3j2x          (the brief shown now)
    out/.briefing/gen-k3j2x/brief.md, brief.pdf (one generation of the brief)

A run has rendered every file in memory (build.py) before it comes here. It writes them into a
new generation folder beside the current one (the same file system, so no copy across disks),
syncs them to disk, adds the links for formats the folder did not have yet (they point at
nothing until the switch, so the old brief still reads as it was), and then renames a new
``current`` link over the old one. That rename is one step: every reader sees one generation
or the other. Formats not asked for this time are carried into the new generation unchanged,
as they were always kept. Simpler designs fall short: a journal that the next run completes or
rolls back leaves the folder mixed from the moment of the kill until that next run, and
swapping the output folder itself would move the user's own files in it.

Nothing is ever written through what stands at a brief's name. briefing chooses those names, so
anything at one that briefing did not make (a symbolic link other than its own, a named pipe, a
device, a folder) was put there by someone else: the run stops with an error naming it and
leaves it as it is. It is not deleted either: a link may be the user's own arrangement (the
brief published into a web folder, say), and removing it silently would lose that. A regular
file at a brief's name (written by an older briefing, or saved over the link by an editor) is
taken into the current generation and replaced by a link to the same content, so the folder
still shows the old brief while that happens.

Each run holds a lock (``flock`` on .briefing/lock; the kernel releases it when the process
dies, so a killed run never blocks the next) and first clears what a killed run left:
generation folders other than the current one, half-made links inside .briefing, its own links
that point at nothing, and the ``.brief.*.tmp`` files of older versions. Nothing else in the
output folder is touched.

On a file system without symbolic links (FAT, exFAT, some network shares) each file is replaced
in a rename of its own, as before: a run stopped between two renames may leave a mix there.

``write_atomic`` writes one file the user named (``extract -o FILE``, ``templates init``): a
regular file is replaced in one rename; a pipe or a character device the user named
(/dev/null, /dev/stdout, a terminal, ``-o >(gzip > x.gz)``) is written in place, which is what
naming one means. A named pipe that no process reads is an error, not a wait without end, and
a block device (a disk), a socket or a folder is refused: no one means to write a brief there.
"""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from briefing.errors import RenderError

PRIVATE = ".briefing"
"""The folder inside the output folder that holds the generations, the switch and the lock."""

CURRENT = "current"
LOCK = "lock"
_GENERATION = "gen-"
# What older versions' mkstemp left when a run died mid-file: .brief.md.k2x9_abc.tmp
_OLD_TEMPORARY = re.compile(r"\.brief\.[a-z]+\.[a-z0-9_]{8}\.tmp")


def write_outputs(out_dir: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Replace the brief in ``out_dir`` with ``files`` (name -> bytes) in one step; returns
    the paths in the order given. Raises RenderError, before writing anything, when a name is
    taken by something briefing did not make (see the module docstring)."""
    if out_dir.exists() and not out_dir.is_dir():
        raise RenderError(f"{out_dir}: exists and is not a folder; choose another -o")
    try:
        for name in files:
            _check_target(out_dir / name)
        out_dir.mkdir(parents=True, exist_ok=True)
        private = _private_folder(out_dir)
        if not _links_work(private):
            for name, data in files.items():
                write_atomic(out_dir / name, data)
            return [out_dir / name for name in files]
        with _locked(private):
            current = _clear_leftovers(out_dir, private)
            current = _adopt_plain_files(out_dir, private, current, list(files))
            _replace_generation(out_dir, private, current, files)
    except OSError as exc:
        raise RenderError(f"{out_dir}: cannot write ({exc.strerror or exc})") from None
    return [out_dir / name for name in files]


# Seconds ``write_atomic`` waits for a process to open a named pipe it is to write into.
PIPE_READER_WAIT = 5.0


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Replace the one file ``path`` the user named with ``data`` in one step; the old file
    survives any failure. ``data`` may come in pieces (the JSON of a batch of thousands of
    articles, written as it is encoded rather than held whole).

    A target that exists but is not a regular file (/dev/null, /dev/stdout, a named pipe) is
    written in place, because the user named it: renaming over it would replace the device
    with a plain file. Brief folders go through ``write_outputs`` instead.
    """
    pieces = [data] if isinstance(data, bytes) else data
    if path.exists() and not path.is_file():
        _write_in_place(path, pieces)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.writelines(pieces)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_in_place(path: Path, pieces: Iterable[bytes]) -> None:
    """Write to the pipe or character device ``path`` names (see the module docstring)."""
    mode = path.stat().st_mode
    if not (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        raise RenderError(f"{path}: is {_kind(mode)}, not a file; name a file, a pipe or /dev/null")
    # O_NONBLOCK: a pipe without a reader is ENXIO at once instead of an open that never
    # ends; a reader that is starting (``cat pipe &``) is waited for, a while.
    waited = 0.0
    while True:
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as exc:
            if exc.errno != errno.ENXIO or not stat.S_ISFIFO(mode):
                raise
            if waited >= PIPE_READER_WAIT:
                raise RenderError(
                    f"{path}: a named pipe that no process reads; start the reader first"
                ) from None
            time.sleep(0.05)
            waited += 0.05
    os.set_blocking(descriptor, True)
    with os.fdopen(descriptor, "wb") as handle:
        handle.writelines(pieces)


def link_target(name: str) -> str:
    """What briefing's own link at ``out_dir/name`` points to (relative, so the output folder
    can be moved or copied with ``cp -a`` and still work)."""
    return f"{PRIVATE}/{CURRENT}/{name}"


def _is_own_link(path: Path) -> bool:
    try:
        return os.readlink(path) == link_target(path.name)
    except OSError:  # absent, or not a link
        return False


def _is_plain_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except FileNotFoundError:
        return False


def _check_target(path: Path) -> None:
    """Refuse a brief's name taken by anything but a regular file or briefing's own link."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return
    if stat.S_ISREG(mode) or _is_own_link(path):
        return
    if stat.S_ISLNK(mode):
        what = f"is a symbolic link (to {os.readlink(path)})"
    else:
        what = f"is {_kind(mode)}, not a file"
    raise RenderError(
        f"{path}: {what}; briefing never writes through it and leaves it as it is: "
        "remove it or choose another -o"
    )


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a socket" if stat.S_ISSOCK(mode) else "a special file"


def _private_folder(out_dir: Path) -> Path:
    """out_dir/.briefing, made if missing; refused if it is a link or not a folder, since
    stale entries in it are deleted."""
    private = out_dir / PRIVATE
    try:
        mode = private.lstat().st_mode
    except FileNotFoundError:
        private.mkdir()
        return private
    if not stat.S_ISDIR(mode):
        what = "a symbolic link" if stat.S_ISLNK(mode) else _kind(mode)
        raise RenderError(
            f"{private}: is {what}, not briefing's own folder; remove it or choose another -o"
        )
    return private


@contextmanager
def _locked(private: Path) -> Iterator[None]:
    """One run at a time per output folder: a second run would take the first one's
    half-written generation for a killed run's leftovers and delete it."""
    flags = os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK
    fd = os.open(private / LOCK, flags, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _current(private: Path) -> str | None:
    """The name of the generation shown now, or None before the first run."""
    try:
        name = os.readlink(private / CURRENT)
    except OSError:
        return None
    valid = name.startswith(_GENERATION) and "/" not in name
    return name if valid and (private / name).is_dir() else None


def _clear_leftovers(out_dir: Path, private: Path) -> str | None:
    """Delete what killed runs left; returns the current generation's name."""
    current = _current(private)
    keep = {LOCK, CURRENT, current}
    for entry in os.scandir(private):
        if entry.name not in keep:
            _remove(Path(entry.path))
    for entry in os.scandir(out_dir):
        path = Path(entry.path)
        stale_temporary = entry.is_file(follow_symlinks=False) and _OLD_TEMPORARY.fullmatch(
            entry.name
        )
        dangling_own_link = _is_own_link(path) and not path.exists()
        if stale_temporary or dangling_own_link:
            path.unlink()
    return current


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink()


def _adopt_plain_files(
    out_dir: Path, private: Path, current: str | None, names: list[str]
) -> str | None:
    """Take regular files at the brief's names into the current generation and put a link
    to the same content in their place, so the old brief reads the same throughout.

    The generation's copy is invisible until the link replaces the plain file, which makes
    each step safe to interrupt; the next run simply takes the file again.
    """
    plain = [name for name in names if _is_plain_file(out_dir / name)]
    if not plain:
        return current
    if current is None:
        current = _make_generation(private)
        _sync_folder(private / current)
        _switch(private, current)
        _sync_folder(private)
    for name in plain:
        _take(out_dir / name, private / current / name)
        _sync_folder(private / current)
        _link(out_dir, private, name)
    _sync_folder(out_dir)
    return current


def _replace_generation(
    out_dir: Path, private: Path, current: str | None, files: Mapping[str, bytes]
) -> None:
    """Write the new generation, link any new names, switch, then delete the old one."""
    new = _make_generation(private)
    try:
        for name, data in files.items():
            _write_new(private / new / name, data)
        if current is not None:
            for name in sorted(os.listdir(private / current)):
                if name not in files and _is_own_link(out_dir / name):
                    _take(private / current / name, private / new / name)
        _sync_folder(private / new)
        for name in files:
            if not _is_own_link(out_dir / name):
                _link(out_dir, private, name)
        _sync_folder(out_dir)
        _switch(private, new)
    except BaseException:
        if _current(private) != new:  # once switched, the new generation is the brief
            shutil.rmtree(private / new, ignore_errors=True)
        raise
    _sync_folder(private)
    if current is not None:
        # The new brief is in place; an old generation left by a failure here goes next run.
        shutil.rmtree(private / current, ignore_errors=True)


def _make_generation(private: Path) -> str:
    folder = Path(tempfile.mkdtemp(prefix=_GENERATION, dir=private))
    folder.chmod(0o755)  # mkdtemp's 0700 would hide the brief from other readers
    return folder.name


def _write_new(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    with os.fdopen(fd, "wb") as handle:
        os.fchmod(fd, 0o644)
        handle.write(data)
        handle.flush()
        os.fsync(fd)


def _take(source: Path, target: Path) -> None:
    """``target`` gets ``source``'s content: a hard link where the file system has them (no
    copy, and an edit through either name is kept), else a copy."""
    target.unlink(missing_ok=True)
    try:
        os.link(source, target, follow_symlinks=False)
        return
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.EXDEV):
            raise
    fd = os.open(source, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(source))
        _write_new(target, handle.read())


def _link(out_dir: Path, private: Path, name: str) -> None:
    """Put briefing's own link at ``out_dir/name``, replacing what is there in one rename
    (a rename replaces a name; it never writes through what the name pointed to)."""
    temporary = private / f"link-{os.urandom(6).hex()}"
    _symlink(link_target(name), temporary)
    os.replace(temporary, out_dir / name)


def _symlink(target: str, path: Path) -> None:
    try:
        os.symlink(target, path)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS):
            raise
        raise RenderError(
            f"{path.parent.parent}: this file system has no symbolic links, which briefing "
            "needs to replace a brief in one step; choose another -o"
        ) from None


def _links_work(private: Path) -> bool:
    """Whether the output folder's file system has symbolic links (FAT, exFAT and some
    network shares have none). Without them each file is replaced in one rename of its own:
    the brief can still be written to a USB stick, with the weaker promise that a run
    stopped between two renames may leave new and old files side by side."""
    probe = private / f"probe-{os.urandom(6).hex()}"
    try:
        os.symlink(CURRENT, probe)
    except OSError as exc:
        if exc.errno in (errno.EPERM, errno.EOPNOTSUPP, errno.ENOSYS):
            return False
        raise
    probe.unlink()
    return True


def _switch(private: Path, generation: str) -> None:
    """Point ``current`` at ``generation``: the one step that replaces the whole brief."""
    temporary = private / f"switch-{os.urandom(6).hex()}"
    _symlink(generation, temporary)
    os.replace(temporary, private / CURRENT)


def _sync_folder(folder: Path) -> None:
    """Make the folder's new entries survive a power cut, in the order they were made."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
