"""Move closed orders' history out of the live store (`packstation archive --before DATE`), see docs/archive.md.

Which orders: closed (`status = closed`) with `closed_at` before DATE, not archived yet, and with no pack session
still open. Orders not closed stay live whatever their age (they are archived by a later run once closed); the
dry run and the result count them. A date in the future, and a demo (training) store, are refused.

All-or-nothing per chunk of orders: on PostgreSQL one transaction copies a chunk's rows into the archive, deletes
them from the live tables and stamps `orders.archived_at`. On SQLite the archive is another file, and two files in
WAL mode commit one after the other, so the copy commits first and the delete + stamp second: a stop between them
leaves the rows in both, never in neither, and the next run skips the copies already there and deletes the rest.
A run stopped half-way leaves whole chunks moved and the rest live; the next run moves the rest.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.errors import DomainError, ValidationError
from packstation.store import archive as arch
from packstation.store.models.base import utcnow
from packstation.store.queries import archive as queries
from packstation.store.queries.site import is_training_floor

CHUNK_ORDERS = 2000


@dataclass(frozen=True)
class ArchivePlan:
    before: dt.datetime
    orders: int  # closed orders whose history would move
    events: int  # their journal rows
    open_orders: int  # orders placed before DATE that are not closed: they stay live
    where: str  # the archive: schema or file


@dataclass(frozen=True)
class ArchiveResult:
    before: dt.datetime
    orders: int
    rows: dict[str, int] = field(default_factory=dict)
    open_orders: int = 0
    where: str = ""


class ArchiveService:
    def __init__(self, engine: Engine, sessions: sessionmaker[Session]) -> None:
        self.engine = engine
        self.sessions = sessions

    def ready(self) -> None:
        """Refuse a URL with no Packstation store; bring an older store's schema up to date."""
        from packstation.store import db

        if db.current_revision(self.engine) is None:
            raise DomainError(
                "archive_no_store",
                f"no Packstation database at {self.engine.url.render_as_string()}",
                url=self.engine.url.render_as_string(),
            )
        if db.current_revision(self.engine) != db.head_revision():
            db.upgrade(self.engine)

    def where(self) -> str:
        path = arch.archive_path(self.engine.url.render_as_string(hide_password=False))
        if path is not None:
            return str(path)
        return f"schema {arch.ARCHIVE_SCHEMA!r} of {self.engine.url.render_as_string()}"

    def _check(self, db: Session, before: dt.datetime, now: dt.datetime) -> None:
        if before.tzinfo is None:
            before = before.replace(tzinfo=dt.UTC)
        if before > now:
            raise ValidationError(
                "archive_future",
                f"--before {before:%Y-%m-%d %H:%M} UTC is in the future "
                f"(now {now:%Y-%m-%d %H:%M} UTC): only history that already happened is archived",
                date=f"{before:%Y-%m-%d %H:%M}",
            )
        if is_training_floor(db):
            raise DomainError(
                "archive_demo",
                "This is a demo (training) store: its history is practice and is reset with the demo, never archived.",
            )

    def plan(self, before: dt.datetime, now: dt.datetime | None = None) -> ArchivePlan:
        """The dry run: what a run with this date would move, and what stays."""
        with self.sessions() as db:
            self._check(db, before, now or utcnow())
            return ArchivePlan(
                before,
                queries.count_orders_to_archive(db, before),
                queries.journal_rows_to_archive(db, before),
                queries.open_orders_placed_before(db, before),
                self.where(),
            )

    def run(
        self,
        before: dt.datetime,
        now: dt.datetime | None = None,
        chunk: int = CHUNK_ORDERS,
        progress: Callable[[int, int], None] | None = None,
    ) -> ArchiveResult:
        """Move the history; `progress(done, total)` after every chunk."""
        now = now or utcnow()
        with self.sessions() as db:
            self._check(db, before, now)
            total = queries.count_orders_to_archive(db, before)
            open_orders = queries.open_orders_placed_before(db, before)
        self._prepare()
        moved: dict[str, int] = dict.fromkeys(arch.ARCHIVED_TABLES, 0)
        done = 0
        while True:
            with self.sessions() as db:
                ids = queries.orders_to_archive(db, before, chunk)
            if not ids:
                break
            if self.engine.dialect.name == "sqlite":
                # Two files commit one after the other (WAL): the copy first, on its own, so that a stop between
                # the commits leaves rows in both (the next run deletes them), never in neither.
                with self.sessions() as db, db.begin():
                    arch.copy_orders(db.connection(), ids)
            with self.sessions() as db, db.begin():
                # Readers of ranges before this run look into the archive from now on (an archived order's rows
                # may be later than DATE: a reprint or an incident after its close).
                arch.set_archived_before(db, now)
                if self.engine.dialect.name != "sqlite":
                    arch.copy_orders(db.connection(), ids)
                for name, n in arch.delete_orders(db.connection(), ids).items():
                    moved[name] += n
                queries.stamp_archived(db, ids, now)
            done += len(ids)
            if progress is not None:
                progress(done, total)
        return ArchiveResult(before, done, moved, open_orders, self.where())

    def _prepare(self) -> None:
        """The archive tables exist and every pooled connection sees them (SQLite: the file is attached)."""
        path = arch.archive_path(self.engine.url.render_as_string(hide_password=False))
        if path is not None and not path.exists():
            path.touch()  # an empty file is an empty SQLite database; connections attach it at checkout
            self.engine.dispose()
        with self.engine.begin() as conn:
            arch.create_archive(conn)
