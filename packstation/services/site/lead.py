"""The shift lead's housekeeping: the exception queue (exception, suspended, stale claims), and people and benches.

Every call is one transaction and leaves a journal row (kind `release` or `note`) saying which lead did what and
why, so the order's timeline tells the whole story. PINs are hashed with `packstation.domain.pins` (scrypt).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from packstation.config import LANGUAGES
from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.pins import hash_pin
from packstation.domain.safe_text import guard_public_methods
from packstation.domain.vocabulary import ROLES, EventKind
from packstation.services.site.auth import check_credentials, pin_policy, set_pin_in
from packstation.store.faults import in_words
from packstation.store.models import Event, Order, PackSession, Station, User
from packstation.store.models.base import utcnow

STALE_AFTER = dt.timedelta(minutes=30)
RESOLUTIONS = ("requeue", "cancel")  # back to the packing queue, or cancelled (the shop is told by export)


@dataclass(frozen=True)
class QueueItem:
    """An order that needs the lead: in exception, suspended, or claimed by a bench that went quiet."""

    order_id: int
    order_ref: str
    kind: str  # exception | suspended | stale_claim
    status: str
    reason: str
    station: str
    user: str
    since: dt.datetime | None
    errors: int


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    badge_code: str
    role: str
    active: bool
    trainee: bool
    has_pin: bool
    locale: str


@dataclass(frozen=True)
class StationRow:
    id: int
    code: str
    name: str
    last_seen_at: dt.datetime | None


# A release hook from the packing engine: (order_id, lead_user_id, note) -> anything. Without one, the claim is
# released here with the same effect (claim cleared, version bumped, open session suspended, journal row).
ReleaseHook = Callable[[int, int, str], Any]


class LeadService:
    """Exception queue and people/benches administration for leads and admins."""

    def __init__(self, sessions: sessionmaker[Session], release_hook: ReleaseHook | None = None) -> None:
        self._sessions = sessions
        self._release_hook = release_hook

    # -- exception queue -------------------------------------------------------------------------------------

    def exception_queue(
        self, *, stale_after: dt.timedelta = STALE_AFTER, now: dt.datetime | None = None
    ) -> tuple[QueueItem, ...]:
        """Orders in exception or suspended, and claims older than `stale_after`, oldest first."""
        now = now or utcnow()
        last = (
            select(func.max(PackSession.id)).where(PackSession.order_id == Order.id).correlate(Order).scalar_subquery()
        )
        errors = (
            select(func.count())
            .where(Event.order_id == Order.id, Event.error_type.is_not(None))
            .correlate(Order)
            .scalar_subquery()
        )
        claim_station, claim_user = aliased(Station), aliased(User)
        sess_station, sess_user = aliased(Station), aliased(User)
        stmt = (
            select(Order, PackSession, claim_station.code, claim_user.name, sess_station.code, sess_user.name, errors)
            .outerjoin(PackSession, PackSession.id == last)
            .outerjoin(claim_station, claim_station.id == Order.claim_station_id)
            .outerjoin(claim_user, claim_user.id == Order.claim_user_id)
            .outerjoin(sess_station, sess_station.id == PackSession.station_id)
            .outerjoin(sess_user, sess_user.id == PackSession.user_id)
            .where(
                (Order.status.in_(("exception", "suspended")))
                | (
                    (Order.claimed_at.is_not(None))
                    & (Order.claimed_at < now - stale_after)
                    & (Order.status == "claimed")
                )
            )
        )
        items = []
        with self._sessions() as session:
            for order, ps, c_st, c_user, s_st, s_user, n_err in session.execute(stmt):
                kind = "stale_claim" if order.status == "claimed" else order.status
                since = order.claimed_at if kind == "stale_claim" else (ps.ended_at if ps else None)
                reason = order.exception_reason or (
                    f"claimed {_ago(now, order.claimed_at)} ago, no close" if kind == "stale_claim" else ""
                )
                items.append(
                    QueueItem(
                        order.id,
                        order.external_ref,
                        kind,
                        order.status,
                        reason,
                        c_st or s_st or "",
                        c_user or s_user or "",
                        since,
                        int(n_err),
                    )
                )
        return tuple(sorted(items, key=lambda i: (i.since or now, i.order_id)))

    def release_claim(self, order_id: int, lead_id: int, pin: str | None, note: str = "") -> None:
        """Free an order held by a bench (the packer left, the bench crashed) so another bench can claim it.

        Like an override it needs the signed-in lead's PIN (checked, with the lockout, against that lead's badge);
        a refusal is journaled (`release_refused`) and the release names the lead whose PIN was checked."""
        self._check_lead_pin(order_id, lead_id, pin)
        if self._release_hook is not None:
            self._release_hook(order_id, lead_id, note)
            return
        with self._sessions() as session, session.begin():
            order = self._order(session, order_id, lock=True)
            self._lead(session, lead_id)
            if order.claim_station_id is None and order.status != "claimed":
                raise ValidationError(
                    "not_claimed", f"order {order.external_ref} is not claimed", order_ref=order.external_ref
                )
            now = utcnow()
            station = order.claim_station_id
            self._suspend_open_sessions(session, order.id, now)
            order.claim_station_id = order.claim_user_id = None
            order.claimed_at = None
            order.claim_version += 1
            order.status = "new"
            self._journal(
                session, EventKind.RELEASE, "stale_claim", lead_id, order.id, now, station_id=station, note=note.strip()
            )

    def resolve(self, order_id: int, lead_id: int, note: str, action: str = "requeue") -> None:
        """Close an exception: back to the queue (`requeue`) or `cancel`; the note is required and journalled."""
        if not note.strip():
            raise ValidationError("note_required", "resolving an exception needs a note saying what was done")
        if action not in RESOLUTIONS:
            raise ValidationError("bad_resolution", f"action must be one of {', '.join(RESOLUTIONS)}", action=action)
        with self._sessions() as session, session.begin():
            order = self._order(session, order_id, lock=True)
            self._lead(session, lead_id)
            if order.status not in ("exception", "suspended", "claimed"):
                raise ValidationError(
                    "not_in_queue",
                    f"order {order.external_ref} is {order.status}, not in the exception queue",
                    order_ref=order.external_ref,
                    status=order.status,
                )
            now = utcnow()
            previous = order.status
            self._suspend_open_sessions(session, order.id, now)
            order.claim_station_id = order.claim_user_id = None
            order.claimed_at = None
            order.claim_version += 1
            order.status = "new" if action == "requeue" else "cancelled"
            order.exception_reason = ""
            self._journal(
                session,
                EventKind.NOTE,
                f"resolved_{action}",
                lead_id,
                order.id,
                now,
                note=note.strip(),
                previous_status=previous,
            )

    # -- users and stations ----------------------------------------------------------------------------------

    def users(self) -> tuple[UserRow, ...]:
        with self._sessions() as session:
            return tuple(
                UserRow(u.id, u.name, u.badge_code, u.role, u.active, u.trainee, bool(u.pin_hash), u.locale)
                for u in session.scalars(select(User).order_by(User.name))
            )

    def add_user(
        self,
        name: str,
        badge_code: str,
        role: str = "packer",
        *,
        pin: str | None = None,
        trainee: bool = False,
        locale: str = "en",
        actor_id: int | None = None,
    ) -> UserRow:
        """A new packer (or lead, trainer, admin); the badge code must be new and the PIN 4-12 digits."""
        name, badge_code = name.strip(), badge_code.strip()
        if not name:
            raise ValidationError("name_required", "a user needs a name")
        if not badge_code:
            raise ValidationError("badge_required", "a user needs a badge code")
        _check_role(role)
        with self._sessions() as session, session.begin():
            pin_hash = hash_pin(pin, min_length=pin_policy(session)) if pin else None
            if session.scalar(select(User.id).where(User.badge_code == badge_code)) is not None:
                raise ValidationError("badge_taken", f"badge {badge_code} is already in use", badge=badge_code)
            user = User(name=name, badge_code=badge_code, role=role, pin_hash=pin_hash, trainee=trainee, locale=locale)
            session.add(user)
            session.flush()
            self._journal(
                session, EventKind.NOTE, "user_added", actor_id, None, utcnow(), target_user_id=user.id, role=role
            )
            return UserRow(user.id, name, badge_code, role, True, trainee, pin_hash is not None, locale)

    def reset_pin(self, user_id: int, pin: str, actor_id: int | None = None) -> None:
        """A new PIN (under the length policy); it also lifts a lockout from wrong PINs at once."""
        with self._sessions() as session, session.begin():
            user = self._user(session, user_id)
            set_pin_in(session, user, pin)
            self._journal(session, EventKind.NOTE, "pin_reset", actor_id, None, utcnow(), target_user_id=user_id)

    def set_role(self, user_id: int, role: str, actor_id: int | None = None) -> None:
        _check_role(role)
        with self._sessions() as session, session.begin():
            user = self._user(session, user_id)
            previous, user.role = user.role, role
            self._journal(
                session,
                EventKind.NOTE,
                "role_changed",
                actor_id,
                None,
                utcnow(),
                target_user_id=user_id,
                role=role,
                previous_role=previous,
            )

    def set_active(self, user_id: int, active: bool, actor_id: int | None = None) -> None:
        with self._sessions() as session, session.begin():
            user = self._user(session, user_id)
            user.active = active
            self._journal(
                session,
                EventKind.NOTE,
                "user_activated" if active else "user_deactivated",
                actor_id,
                None,
                utcnow(),
                target_user_id=user_id,
            )

    def set_locale(self, user_id: int, locale: str, actor_id: int | None = None) -> None:
        """A person's screen language (users.locale): one of the shipped languages (en, nb, pl, fi)."""
        locale = locale.strip()
        if locale not in LANGUAGES:
            raise ValidationError(
                "unknown_language", f"language must be one of {', '.join(LANGUAGES)}, not {locale!r}", locale=locale
            )
        with self._sessions() as session, session.begin():
            user = self._user(session, user_id)
            previous, user.locale = user.locale, locale
            self._journal(
                session,
                EventKind.NOTE,
                "locale_changed",
                actor_id,
                None,
                utcnow(),
                target_user_id=user_id,
                locale=locale,
                previous_locale=previous,
            )

    def stations(self) -> tuple[StationRow, ...]:
        with self._sessions() as session:
            return tuple(
                StationRow(s.id, s.code, s.name, s.last_seen_at)
                for s in session.scalars(select(Station).order_by(Station.code))
            )

    def add_station(self, code: str, name: str = "") -> StationRow:
        code = code.strip().upper()
        if not code:
            raise ValidationError("code_required", "a station needs a code, e.g. BENCH-05")
        with self._sessions() as session, session.begin():
            if session.scalar(select(Station.id).where(Station.code == code)) is not None:
                raise ValidationError("station_exists", f"station {code} already exists", station=code)
            station = Station(code=code, name=name.strip())
            session.add(station)
            session.flush()
            return StationRow(station.id, station.code, station.name, None)

    def rename_station(self, station_id: int, name: str) -> None:
        with self._sessions() as session, session.begin():
            station = session.get(Station, station_id)
            if station is None:
                raise ValidationError("unknown_station", f"no station with id {station_id}", station_id=station_id)
            station.name = name.strip()

    # -- helpers ---------------------------------------------------------------------------------------------

    @staticmethod
    def _order(session: Session, order_id: int, lock: bool = False) -> Order:
        stmt = select(Order).where(Order.id == order_id)
        order = session.scalar(stmt.with_for_update() if lock else stmt)
        if order is None:
            raise ValidationError("unknown_order", f"no order with id {order_id}", order_id=order_id)
        return order

    @staticmethod
    def _user(session: Session, user_id: int) -> User:
        user = session.get(User, user_id)
        if user is None:
            raise ValidationError("unknown_user", f"no user with id {user_id}", user_id=user_id)
        return user

    def _lead(self, session: Session, lead_id: int) -> User:
        lead = self._user(session, lead_id)
        if lead.role not in ("lead", "admin") or not lead.active:
            raise ValidationError("not_a_lead", f"{lead.name} is not an active lead", user=lead.name)
        return lead

    def _check_lead_pin(self, order_id: int, lead_id: int, pin: str | None) -> None:
        now = utcnow()
        try:
            with self._sessions() as session, session.begin():
                lead = self._lead(session, lead_id)
                check_credentials(session, lead.badge_code, pin, now, lead=True)
        except DomainError as exc:
            with self._sessions() as session, session.begin():
                if exc.code == "bad_pin":  # counts towards the lead's lockout, as at sign-in
                    self._journal(session, EventKind.SIGN_IN, "refused", lead_id, None, now)
                order = order_id if session.get(Order, order_id) is not None else None
                self._journal(
                    session, EventKind.NOTE, "release_refused", lead_id, order, now, why=exc.code, message=exc.message
                )
            raise

    @staticmethod
    def _suspend_open_sessions(session: Session, order_id: int, now: dt.datetime) -> None:
        for ps in session.scalars(
            select(PackSession).where(
                PackSession.order_id == order_id, PackSession.state.not_in(("closed", "suspended", "exception"))
            )
        ):
            ps.state = "suspended"
            ps.ended_at = now

    @staticmethod
    def _journal(
        session: Session,
        kind: EventKind,
        code: str,
        user_id: int | None,
        order_id: int | None,
        now: dt.datetime,
        station_id: int | None = None,
        **detail: Any,
    ) -> None:
        session.add(
            Event(
                event_uuid=str(uuid.uuid4()),
                at=now,
                kind=kind.value,
                code=code,
                order_id=order_id,
                user_id=user_id,
                station_id=station_id,
                detail=detail,
            )
        )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError("bad_role", f"role must be one of {', '.join(ROLES)}, not {role!r}", role=role)


def _ago(now: dt.datetime, then: dt.datetime | None) -> str:
    if then is None:
        return "?"
    minutes = int((now - then).total_seconds() // 60)
    return f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min"


guard_public_methods(LeadService)
in_words(LeadService)
