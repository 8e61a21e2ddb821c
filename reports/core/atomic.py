"""All-or-nothing file writes: write a temp file beside the target, rename into place when complete.

A failed or cancelled write (disk full, exception, Cancel) removes the temp file and leaves any
earlier file of the same name untouched. Files are created 0600 on POSIX (they hold personal data).
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.core import errors
from models.core.errors import QT_TRANSLATE_NOOP


@contextmanager
def atomic_write(path: str | Path) -> Iterator[Path]:
    """``with atomic_write(out) as tmp: write to tmp`` — renamed to ``out`` only on success."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise errors.UserError(
            QT_TRANSLATE_NOOP("Errors", "The folder does not exist."),
            QT_TRANSLATE_NOOP("Errors", "Choose an existing folder and try again."),
        )
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if os.name == "posix":
            os.chmod(tmp, 0o600)
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise errors.DiskFull(
                QT_TRANSLATE_NOOP("Errors", "The disk is full, so the file was not written."),
                QT_TRANSLATE_NOOP("Errors", "Free some space and try again. Any earlier file of that name is unchanged."),
            ) from None
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise errors.ReadOnly(
                QT_TRANSLATE_NOOP("Errors", "Committee Desk may not write to that folder."),
                QT_TRANSLATE_NOOP("Errors", "Choose another folder and try again."),
            ) from None
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
