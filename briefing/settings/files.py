"""Reading the small files a user points briefing at (config, profiles, stylesheets, logos,
templates) without trusting their size or kind.

``--config /dev/zero`` or a 3 GB file named like a profile must not be read whole before a
limit is checked: the size is checked on the open file first, and then at most the limit
plus one byte is read, so a file that grows while it is read is caught too. A device, pipe
or folder is refused before a byte is read (opened without waiting for a writer).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# A config file or profile is a few hundred bytes; a template a few kB.
MAX_SETTINGS_BYTES = 1_000_000


def read_at_most(path: Path, limit: int) -> tuple[int, bytes]:
    """(size, bytes) of a regular file, read only when its size is within ``limit``, and
    then at most ``limit`` + 1 bytes. A device, pipe or folder is an OSError."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
    except OSError:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "rb") as file:
        if info.st_size > limit:
            return info.st_size, b""
        data = file.read(limit + 1)
        return len(data), data


def read_small_text(path: Path, limit: int = MAX_SETTINGS_BYTES) -> str:
    """A small UTF-8 text file (a byte order mark, as Windows editors write, is dropped).
    Too large, not a regular file: OSError; not UTF-8: UnicodeDecodeError."""
    size, data = read_at_most(path, limit)
    if size > limit:
        raise OSError(errno.EFBIG, f"over {limit // 1000} kB, far more than such a file holds")
    return data.decode("utf-8-sig")


def load_toml(path: Path, what: str) -> dict:
    """A small TOML file (``what``: "the config file", "the audience profile") parsed; every
    way it can fail is one SettingsError naming the file, as users see them all the same."""
    import tomllib

    from briefing.errors import SettingsError

    try:
        return tomllib.loads(read_small_text(path))
    except OSError as exc:
        raise SettingsError(f"{path}: cannot read {what} ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise SettingsError(f"{path}: {what} is not UTF-8 text; save it as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{path}: not valid TOML ({exc})") from None
