"""Any failure as one line a person can act on (the command line's `SafeGroup` and the window's start use it).

Refusals (`DomainError`) say what is wrong; database faults say what happened to the database (the password in a
URL is never shown); files say which file and why. Anything unforeseen is still one line, and its traceback goes to
`crash.log` in the data folder for whoever fixes it.
"""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path


def _log_crash(exc: BaseException) -> Path | None:
    try:
        from packstation.config import default_data_dir

        folder = default_data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "crash.log"
        with log.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"--- {dt.datetime.now(dt.UTC).isoformat()}\n")
            handle.write("".join(traceback.format_exception(exc)))
        return log
    except OSError:
        return None


def one_line(exc: BaseException) -> str:
    """The failure as one line a person can act on."""
    from sqlalchemy.exc import DBAPIError, NoSuchModuleError

    from packstation.domain.errors import DomainError
    from packstation.store.faults import database_fault

    if isinstance(exc, DomainError):
        cause = exc.params.get("cause")
        text = f"{exc}" + (f" ({cause})" if cause and exc.code.startswith("database_") else "")
    elif isinstance(exc, NoSuchModuleError):
        text = f"unknown database URL: {exc}; use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"
    elif isinstance(exc, DBAPIError):
        fault = database_fault(exc)
        text = f"{fault} ({fault.params['cause']})"
    elif isinstance(exc, UnicodeError):
        text = f"text that is not valid UTF-8 (or holds a lone surrogate): {exc}"
    elif isinstance(exc, RecursionError):
        text = "the input is nested too deeply to read"
    elif isinstance(exc, OSError):
        from packstation.documents.atomic import reason

        where = exc.filename if exc.filename is not None else ""
        text = f"{where}: {reason(exc)}" if where else reason(exc)
    elif isinstance(exc, MemoryError):
        text = "the input is too large to hold in memory"
    else:
        log = _log_crash(exc)
        text = f"internal error ({type(exc).__name__}: {str(exc)[:200]})" + (f"; details in {log}" if log else "")
    return " ".join(text.split())  # one line, whatever the message held
