"""Writing the journal: one `Event` row per thing that happened, in the same transaction as the change it records.

A verdict is stored in the row's `detail`, so replaying a scan id returns exactly what the packer was shown.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.barcodes import Scan, escape_control
from packstation.domain.verdicts import Verdict
from packstation.domain.vocabulary import ErrorType, EventKind, Severity
from packstation.services.views import VerdictView
from packstation.store.models.packing import Event, PackSession
from packstation.store.queries import packing as packing_queries

_NAMESPACE = uuid.UUID("6f1c1c9e-5d0a-4c52-9a1e-2f1f7f6b0a11")


@dataclass(frozen=True)
class Actor:
    """Who and where: stamped on every journal row."""

    station_id: int
    user_id: int | None
    now: dt.datetime


class EventFields(TypedDict, total=False):
    """The optional columns of a journal row, as `record` and `append` take them (see `event_row`)."""

    order_id: int | None
    error_type: ErrorType | None
    key: str | None
    scan: Scan | None
    raw: str | None
    sku_id: int | None
    line_id: int | None
    quantity: int
    approver_id: int | None
    detail: dict[str, Any] | None
    user_id: int | None


def event_key(scan_id: str | None) -> str:
    """The idempotency key stored in `events.event_uuid` (36 characters at most)."""
    if not scan_id:
        return str(uuid.uuid4())
    return scan_id if len(scan_id) <= 36 else str(uuid.uuid5(_NAMESPACE, scan_id))


def lock_station(db: Session, station_id: int, now: dt.datetime) -> None:
    """Start every write with a write: SQLite then takes its lock up front (waiting, not failing), PostgreSQL
    serialises this station's own calls; and the bench's `last_seen_at` stays current."""
    packing_queries.station_seen(db, station_id, now)


def find_event(db: Session, key: str) -> Event | None:
    return db.scalars(select(Event).where(Event.event_uuid == key)).first()


def record(
    db: Session,
    actor: Actor,
    kind: EventKind,
    code: str = "",
    *,
    session: PackSession | None = None,
    flush: bool = True,
    **row: Unpack[EventFields],
) -> Event:
    """Append one journal row and count errors on the session. Flushed, so its id is known; `flush=False` leaves
    it to the next flush, which then writes it with the rows and changes after it in one go (fewer round trips).
    `row`: the optional columns of `event_row`."""
    event = Event(**event_row(actor, kind, code, session=session, **row))
    db.add(event)
    if event.error_type is not None and session is not None:
        session.error_count = (session.error_count or 0) + 1
    if flush:
        db.flush()
    return event


def append(
    db: Session,
    actor: Actor,
    kind: EventKind,
    code: str = "",
    *,
    session: PackSession,
    unit: dict[str, Any] | None = None,
    **row: Unpack[EventFields],
) -> int:
    """`record` for the scan path: the row is inserted at once, with the packed unit it put in the box (`unit`,
    the unit's columns but its event_id), and only its id comes back (no ORM object, no flush of the unit of
    work). Errors are counted on the session as `record` counts them."""
    values = event_row(actor, kind, code, session=session, **row)
    if values["error_type"] is not None:
        session.error_count = (session.error_count or 0) + 1
    return packing_queries.insert_event(db, values, unit)


def event_row(
    actor: Actor,
    kind: EventKind,
    code: str = "",
    *,
    session: PackSession | None = None,
    order_id: int | None = None,
    error_type: ErrorType | None = None,
    key: str | None = None,
    scan: Scan | None = None,
    raw: str | None = None,
    sku_id: int | None = None,
    line_id: int | None = None,
    quantity: int = 0,
    approver_id: int | None = None,
    detail: dict[str, Any] | None = None,
    user_id: int | None = None,
) -> dict[str, Any]:
    """The column values of one journal row."""
    return {
        "event_uuid": key or str(uuid.uuid4()),
        "at": actor.now,
        "kind": kind.value,
        "code": str(code),
        "error_type": error_type.value if error_type else None,
        "order_id": order_id if order_id is not None else (session.order_id if session else None),
        "session_id": session.id if session else None,
        "station_id": actor.station_id,
        "user_id": user_id if user_id is not None else actor.user_id,
        "approver_id": approver_id,
        "sku_id": sku_id,
        "order_line_id": line_id,
        "quantity": quantity,
        "detail": {
            **(detail or {}),
            **({"entry": scan.entry} if scan is not None and scan.entry != "scanner" else {}),
        },
        "raw": escape_control(raw)[:400] if raw is not None else escape_control(scan.raw)[:400] if scan else None,
        "lot": (scan.lot[:40] if scan and scan.lot else None),
        "serial": (scan.serial[:60] if scan and scan.serial else None),
        "expiry": scan.expiry if scan else None,
    }


def verdict_detail(verdict: Verdict) -> dict[str, Any]:
    """The verdict as stored in `events.detail["verdict"]`."""
    return {
        "code": verdict.code.value,
        "severity": verdict.severity.value,
        "message": verdict.message,
        "params": _jsonable(dict(verdict.params)),
        "must_acknowledge": verdict.must_acknowledge,
        "line_id": verdict.line_id,
        "units": verdict.units,
    }


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def view_of(event: Event, *, replayed: bool = False) -> VerdictView:
    """The VerdictView stored in a journal row."""
    stored = (event.detail or {}).get("verdict") or {}
    params = dict(stored.get("params") or {})
    if replayed:
        params["replayed"] = True
    return VerdictView(
        code=stored.get("code", event.code),
        severity=Severity(stored.get("severity", Severity.OK.value)),
        message=stored.get("message", ""),
        params=params,
        must_acknowledge=bool(stored.get("must_acknowledge", False)),
        line_id=stored.get("line_id"),
        scan_id=event.event_uuid,
        event_id=event.id,
    )
