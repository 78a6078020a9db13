"""Real small disks for "disk full" and "read-only folder" tests: a tmpfs mounted inside the test's folder.

Mounting needs root (CI machines and the bench image run the suite as root); elsewhere the tests that need it skip
with the reason. Root ignores file permissions, so a read-only folder is a read-only mount, not a chmod.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True, timeout=30)


@contextlib.contextmanager
def small_disk(
    where: Path, *, size_kb: int = 256, files: dict[str, bytes] | None = None, state: str = "full"
) -> Iterator[Path]:
    """A tmpfs of `size_kb` at `where` holding `files`, then made `full` (filled to the last byte),
    `read-only` (remounted ro) or left `empty`. Unmounted afterwards."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root")
    where.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={size_kb}k,mode=0777", "tmpfs", str(where))
    except (subprocess.CalledProcessError, FileNotFoundError) as exc:
        pytest.skip(f"cannot mount a tmpfs here: {exc}")
    try:
        for name, data in (files or {}).items():
            (where / name).write_bytes(data)
        if state == "read-only":
            _mount("-o", "remount,ro", str(where))
        elif state == "full":
            for name, chunk in (("filler", 4096), ("filler-tail", 1)):  # to the last byte
                with (where / name).open("wb", buffering=0) as handle:
                    try:
                        while True:
                            handle.write(b"\0" * chunk)
                    except OSError as exc:
                        assert exc.errno == errno.ENOSPC
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True, timeout=30)


def listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} - {"filler", "filler-tail"}
