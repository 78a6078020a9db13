"""Signing in by badge and PIN, and checking a lead's badge + PIN for an override.

A badge scan alone never stands in for a PIN: a user who has a PIN (and every lead or admin) must type it. Failed
attempts are journaled (`sign_in` events with code `refused`) and five in ten minutes lock the badge for a while.
The window is read by the station's clock and only failures up to "now" count (a refusal stamped in the future by
a script clock cannot lock anyone out for good); a lead's PIN reset clears the lockout at once
(`users.failures_cleared_through`). New PINs follow the length policy (`pin_policy`: 6 digits unless app_meta
`pin_min_length` says otherwise).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from packstation.domain.barcodes import parse_scan
from packstation.domain.errors import DomainError
from packstation.domain.pins import MIN_LENGTH_POLICY, hash_pin, needs_rehash, verify_pin
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.safe_text import guard_public_methods
from packstation.domain.vocabulary import EventKind
from packstation.services.journal import Actor, record
from packstation.services.views import UserView
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.faults import in_words
from packstation.store.models.meta import AppMeta
from packstation.store.models.packing import Event
from packstation.store.models.people import Station, User

LEAD_ROLES = ("lead", "admin")
MAX_FAILURES = 5
LOCKOUT = dt.timedelta(minutes=10)


def user_view(user: User) -> UserView:
    return UserView(id=user.id, name=user.name, role=user.role, locale=user.locale, large_text=user.large_text)


def ensure_station(store: Store, code: str) -> int:
    """The id of station `code`, registering the bench on first use."""
    code = code.strip()
    with transaction(store.sessions) as db:
        station = db.scalars(select(Station).where(Station.code == code)).first()
        if station is not None:
            return station.id
    try:
        with transaction(store.sessions) as db:
            station = Station(code=code, name=code)
            db.add(station)
            db.flush()
            return station.id
    except IntegrityError:  # another process registered it a moment ago
        with transaction(store.sessions) as db:
            return db.scalars(select(Station.id).where(Station.code == code)).one()


def _badge_text(badge: str) -> str:
    return parse_scan(badge).text or badge.strip()


def badge_code_of(badge: str) -> str:
    """The badge code in a scanned or typed badge (as stored in users.badge_code), at most 64 characters."""
    return _badge_text(badge or "")[:64]


def four_eyes(lead: User, packer_id: int | None, order_ref: str) -> None:
    """A lead cannot approve their own work: refused when they are the one packing the order."""
    if packer_id is not None and lead.id == packer_id:
        raise DomainError(
            "four_eyes",
            f"{lead.name} is packing order {order_ref}; another lead must approve.",
            user=lead.name,
            order=order_ref,
        )


def _recent_failures(db: Session, user: User, now: dt.datetime) -> int:
    return int(
        db.scalar(
            select(func.count(Event.id)).where(
                Event.kind == EventKind.SIGN_IN.value,
                Event.code == "refused",
                Event.user_id == user.id,
                Event.at >= now - LOCKOUT,
                Event.at <= now,
                Event.id > (user.failures_cleared_through or 0),
            )
        )
        or 0
    )


def pin_policy(db: Session) -> int:
    """The shortest PIN that may be set now: app_meta `pin_min_length` (4-12), else 6 digits."""
    value = db.scalar(select(AppMeta.value).where(AppMeta.key == "pin_min_length"))
    try:
        return int(value) if value is not None else MIN_LENGTH_POLICY
    except ValueError:
        return MIN_LENGTH_POLICY


def clear_lockout(db: Session, user: User) -> None:
    """Wrong PINs typed so far no longer count for this user (a lead reset their PIN)."""
    user.failures_cleared_through = int(db.scalar(select(func.max(Event.id))) or 0)


def set_pin_in(db: Session, user: User, pin: str) -> None:
    """Store a new PIN under the length policy and clear any lockout (the PIN itself is never kept)."""
    user.pin_hash = hash_pin(pin, min_length=pin_policy(db))
    clear_lockout(db, user)


def check_credentials(db: Session, badge: str, pin: str | None, now: dt.datetime, *, lead: bool) -> User:
    """The active user with this badge if the PIN rules are met; DomainError otherwise (nothing written)."""
    code = _badge_text(badge)
    user = db.scalars(select(User).where(User.badge_code == code)).first()
    if user is None or not user.active:
        raise DomainError("unknown_badge", "This badge is not known or not active.", badge=code)
    if lead and user.role not in LEAD_ROLES:
        raise DomainError("not_a_lead", f"{user.name} is not a shift lead; a lead must approve this.", user=user.name)
    needs_pin = bool(user.pin_hash) or user.role in LEAD_ROLES or lead
    if not needs_pin:
        return user
    if _recent_failures(db, user, now) >= MAX_FAILURES:
        raise DomainError(
            "locked_out", f"Too many wrong PINs for {user.name}; wait ten minutes or ask an admin.", user=user.name
        )
    if not pin:
        raise DomainError("pin_required", f"{user.name}: type your PIN after scanning your badge.", user=user.name)
    if not user.pin_hash:
        raise DomainError("pin_not_set", f"{user.name} has no PIN yet; an admin must set one.", user=user.name)
    if not verify_pin(pin, user.pin_hash):
        raise DomainError("bad_pin", "Wrong PIN.", user=user.name, user_id=user.id)
    return user


class AuthService:
    """Sign-in at one station."""

    def __init__(self, store: Store, station_code: str, clock: Clock | None = None) -> None:
        self.store = store
        self.station_code = station_code
        self.clock: Clock = clock or SystemClock()
        self._station_id: int | None = None

    @property
    def station_id(self) -> int:
        if self._station_id is None:
            self._station_id = ensure_station(self.store, self.station_code)
        return self._station_id

    def sign_in(self, badge: str, pin: str | None = None) -> UserView:
        """The user for `badge` (+ `pin` where needed); refusals name the reason (`pin_required`, `bad_pin`, ...)."""
        now = self.clock.now()
        station_id = self.station_id  # before the transaction: registering the bench must not need a 2nd connection
        try:
            with transaction(self.store.sessions) as db:
                user = check_credentials(db, badge, pin, now, lead=False)
                if pin and needs_rehash(user.pin_hash):  # made at an older, cheaper cost: redo it at today's
                    user.pin_hash = hash_pin(pin)  # the same PIN; the length policy is for new ones
                record(db, Actor(station_id, user.id, now), EventKind.SIGN_IN, "ok")
                return user_view(user)
        except DomainError as exc:
            if exc.code == "bad_pin":
                self._journal_refusal(exc.params["user_id"], now)
            raise

    def verify_lead(self, badge: str, pin: str | None) -> UserView:
        """A lead's badge + PIN, checked (for screens that need approval outside the packing service)."""
        now = self.clock.now()
        try:
            with transaction(self.store.sessions) as db:
                return user_view(check_credentials(db, badge, pin, now, lead=True))
        except DomainError as exc:
            if exc.code == "bad_pin":
                self._journal_refusal(exc.params["user_id"], now)
            raise

    def _journal_refusal(self, user_id: int, now: dt.datetime) -> None:
        with transaction(self.store.sessions) as db:
            record(db, Actor(self.station_id, user_id, now), EventKind.SIGN_IN, "refused")


guard_public_methods(AuthService, {"sign_in": "the badge or PIN", "verify_lead": "the badge or PIN"})
in_words(AuthService)  # a database that cannot be written says so at sign-in (the next scan is not a badge)
