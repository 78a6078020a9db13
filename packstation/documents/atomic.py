"""Output files are written whole or not at all.

The bytes go to a hidden temporary file in the target's own folder, are flushed to disk and then renamed over the
target. A full disk, a read-only folder or a missing folder leaves the old file as it was, no temporary file
behind, and raises `OutputNotWritten` whose message is one line naming the file and the reason.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from packstation.domain.errors import DomainError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EFBIG: "the file is too large for this disk",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "no permission to write in the folder",
    errno.EPERM: "no permission to write in the folder",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "the folder does not exist",
    errno.EISDIR: "it is a folder",
}


class OutputNotWritten(DomainError):
    """An output file could not be written; the old file (if any) is untouched."""


def reason(exc: OSError) -> str:
    """A short human reason for an OS error."""
    return _REASONS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()


def not_written(path: Path | str, exc: OSError) -> OutputNotWritten:
    return OutputNotWritten(
        "output_not_written",
        f"cannot write {path}: {reason(exc)}; nothing was written",
        path=str(path),
        reason=reason(exc),
    )


def write_atomic(
    path: Path | str, data: bytes | Callable[[], bytes], *, before_rename: Callable[[], None] | None = None
) -> Path:
    """Write `data` to `path` whole or not at all (see the module doc). `before_rename` runs after the bytes are on
    disk and before the rename; if it raises, nothing is renamed and the temporary file is removed."""
    path = Path(path)
    if path.is_dir():
        raise not_written(path, IsADirectoryError(errno.EISDIR, "is a directory"))
    tmp: str | None = None
    try:
        payload = data() if callable(data) else data
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if before_rename is not None:
            before_rename()
        os.replace(tmp, path)
        tmp = None
        with contextlib.suppress(OSError):  # the rename itself on disk (best effort: not every OS opens folders)
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except OSError as exc:
        raise not_written(path, exc) from None
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return path
