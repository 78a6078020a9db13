"""Database faults in words: a driver exception becomes a `DomainError` with a code a person can act on.

SQLite and PostgreSQL report the same fault differently (text vs SQLSTATE); both end up as one of these codes:

| code | what happened |
|---|---|
| `database_disk_full` | the disk holding the database is full: nothing was saved |
| `database_read_only` | the database (file, folder or server) cannot be written |
| `database_busy` | a lock or a statement waited longer than its timeout (another bench holds the row) |
| `database_unavailable` | the database cannot be reached (connection refused, lost, timed out) |
| `unknown_database` | the URL names no database Packstation can use |
"""

from __future__ import annotations

from typing import Any

from packstation.domain.errors import DomainError

MESSAGES = {
    "database_disk_full": "The disk of the database is full: this was NOT saved. Free space, then try again.",
    "database_read_only": "The database cannot be written (read-only file, folder or server): this was NOT saved.",
    "database_busy": "The database is busy (another bench holds this order): this was NOT saved. Try again.",
    "database_unavailable": "The database cannot be reached: this was NOT saved. Try again when the connection "
    "is back.",
}

_PG_STATES = {
    "53100": "database_disk_full",  # disk_full
    "53200": "database_disk_full",  # out_of_memory (server side) is as unsaved as a full disk
    "25006": "database_read_only",  # read_only_sql_transaction
    "42501": "database_read_only",  # insufficient_privilege
    "57014": "database_busy",  # query_canceled (statement_timeout)
    "55P03": "database_busy",  # lock_not_available (lock_timeout)
    "40P01": "database_busy",  # deadlock_detected
    "25P03": "database_unavailable",  # idle_in_transaction_session_timeout
    "57P01": "database_unavailable",  # admin_shutdown
}
_SQLITE_TEXT = (
    ("database or disk is full", "database_disk_full"),
    ("disk i/o error", "database_disk_full"),
    ("readonly database", "database_read_only"),
    ("read-only", "database_read_only"),
    ("unable to open database file", "database_read_only"),
    ("database is locked", "database_busy"),
)


def _sqlstate(exc: BaseException) -> str | None:
    orig = getattr(exc, "orig", None) or exc
    return getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)


def fault_code(exc: BaseException) -> str:
    """The fault's code (see the module doc) for a SQLAlchemy or driver exception."""
    state = _sqlstate(exc)
    if state:
        if state in _PG_STATES:
            return _PG_STATES[state]
        if state.startswith("08"):
            return "database_unavailable"
    text = str(getattr(exc, "orig", None) or exc).lower()
    for needle, code in _SQLITE_TEXT:
        if needle in text:
            return code
    return "database_unavailable"


def database_fault(exc: BaseException, **params: Any) -> DomainError:
    """A DomainError naming what went wrong with the database (nothing was saved)."""
    code = fault_code(exc)
    first_line = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [""])[0][:200]
    return DomainError(code, MESSAGES[code], cause=first_line, **params)


def in_words(cls: type) -> type:
    """Wrap `cls`'s public methods: a database fault (lost connection, timeout, full disk, read-only database)
    leaves them as `database_fault`'s DomainError. Integrity and programming errors are bugs and stay as they are."""
    import functools

    from sqlalchemy.exc import InterfaceError, InternalError, OperationalError

    faults = (OperationalError, InterfaceError, InternalError)
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not callable(member) or getattr(member, "__in_words__", False):
            continue

        def wrap(method: Any) -> Any:
            @functools.wraps(method)
            def call(*args: Any, **kwargs: Any) -> Any:
                try:
                    return method(*args, **kwargs)
                except faults as exc:
                    raise database_fault(exc) from exc

            call.__in_words__ = True  # type: ignore[attr-defined]
            call.__safe_text__ = getattr(method, "__safe_text__", False)  # type: ignore[attr-defined]
            return call

        setattr(cls, name, wrap(member))
    return cls
