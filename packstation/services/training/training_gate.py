"""The gate before real orders: a packer marked as trainee claims production orders only after passing the
scenarios this floor (site) requires, or after a lead lifted the gate with badge + PIN + reason (journaled).

Runs on the production database. Passes come from the training floor: a scorecard that passed on the demo database
is copied here (`record_pass`) for the production user with the same badge. A demo database is never gated.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.training.from_mistakes import EVENT_FOR, Mistake, scenario_document
from packstation.services.site.auth import check_credentials
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.models import Event, OrderLine, PackSession, Sku, User
from packstation.store.models.training import (
    TrainingAssignment,
    TrainingGateLift,
    TrainingPass,
    TrainingRequirement,
)
from packstation.store.queries.site import is_training_floor


@dataclass
class _Recurring:
    """One recurring mistake while it is counted: how often, the SKU's category, the SKUs the order wanted."""

    count: int = 0
    category: str | None = None
    ordered: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class GateStatus:
    user_id: int
    name: str
    gated: bool
    required: tuple[str, ...]
    passed: tuple[str, ...]
    missing: tuple[str, ...]  # required scenarios not passed yet (why the trainee is gated)
    lifted_by: str = ""  # the lead who lifted the gate, with the reason
    lift_reason: str = ""


@dataclass(frozen=True)
class AssignmentView:
    """A scenario made from a packer's mistakes, and whether they improved: the same mistakes per 100 orders packed
    in the `days` before it was made and since."""

    id: int
    user_id: int
    name: str
    scenario: str
    title: str
    created_at: dt.datetime
    mistakes: tuple[Mistake, ...]
    before: int  # the same mistakes (type and SKU) in the window before
    orders_before: int
    since: int
    orders_since: int
    document: dict  # type: ignore[type-arg]

    @staticmethod
    def rate(errors: int, orders: int) -> float | None:
        return None if orders == 0 else round(100 * errors / orders, 1)


def _is_demo(db: Session) -> bool:
    return is_training_floor(db)


def _status(db: Session, user: User) -> GateStatus:
    required = tuple(db.scalars(select(TrainingRequirement.scenario).order_by(TrainingRequirement.scenario)))
    passed = tuple(sorted(set(db.scalars(select(TrainingPass.scenario).where(TrainingPass.user_id == user.id)))))
    missing = tuple(s for s in required if s not in passed)
    lift = db.scalars(
        select(TrainingGateLift).where(TrainingGateLift.user_id == user.id).order_by(TrainingGateLift.id.desc())
    ).first()
    lead = db.get(User, lift.lead_id) if lift else None
    gated = bool(user.trainee and missing and lift is None)
    return GateStatus(
        user.id, user.name, gated, required, passed, missing, lead.name if lead else "", lift.reason if lift else ""
    )


def check_gate(db: Session, user: User) -> None:
    """Refuse a production claim by a gated trainee (called inside the claim's transaction)."""
    if not user.trainee or _is_demo(db):
        return
    status = _status(db, user)
    if status.gated:
        raise DomainError(
            "training_gate",
            f"{user.name} is a trainee and must pass the training scenarios "
            f"{', '.join(status.missing)} before packing real orders; a lead can lift the gate.",
            name=user.name,
            missing=", ".join(status.missing),
        )


class TrainingGateService:
    """Requirements, passes, status and the lead's lift (production database)."""

    def __init__(self, store: Store | Any, clock: Clock | None = None) -> None:
        """`store`: a Store, or a sessionmaker (as the lead's window holds)."""
        self.store = store if hasattr(store, "sessions") else SimpleNamespace(sessions=store)
        self.clock = clock or SystemClock()

    def requirements(self) -> list[str]:
        with transaction(self.store.sessions) as db:
            return list(db.scalars(select(TrainingRequirement.scenario).order_by(TrainingRequirement.scenario)))

    def set_requirements(self, scenarios: list[str], actor_id: int | None = None) -> list[str]:
        """This floor's required scenarios (ids of shipped or trainer scenarios), replacing the set."""
        wanted = sorted({s.strip() for s in scenarios if s.strip()})
        with transaction(self.store.sessions) as db:
            for row in db.scalars(select(TrainingRequirement)):
                if row.scenario not in wanted:
                    db.delete(row)
            have = set(db.scalars(select(TrainingRequirement.scenario)))
            for scenario in wanted:
                if scenario not in have:
                    db.add(TrainingRequirement(scenario=scenario[:80], added_by=actor_id, added_at=self.clock.now()))
        return wanted

    def status(self, user_id: int) -> GateStatus:
        with transaction(self.store.sessions) as db:
            user = db.get(User, user_id)
            if user is None:
                raise ValidationError("unknown_user", f"There is no user {user_id}.", user_id=user_id)
            return _status(db, user)

    def gated(self) -> list[GateStatus]:
        """Every trainee on this floor with their gate: gated (and why) or open (passed, or lifted by whom)."""
        with transaction(self.store.sessions) as db:
            users = db.scalars(select(User).where(User.trainee.is_(True), User.active.is_(True)).order_by(User.name))
            return [_status(db, u) for u in users]

    def record_pass(
        self,
        badge: str,
        scenario: str,
        accuracy: float,
        *,
        hints: bool,
        detail: dict | None = None,  # type: ignore[type-arg]
    ) -> bool:
        """A passed scorecard from the training floor, for the production user with this badge (False: none)."""
        with transaction(self.store.sessions) as db:
            user = db.scalars(select(User).where(User.badge_code == badge)).first()
            if user is None:
                return False
            db.add(
                TrainingPass(
                    user_id=user.id,
                    scenario=scenario[:80],
                    passed_at=self.clock.now(),
                    accuracy=accuracy,
                    hints=hints,
                    detail=dict(detail or {}),
                )
            )
            return True

    def lift(self, user_id: int, lead_badge: str, pin: str, reason: str) -> GateStatus:
        """A lead lets this trainee claim real orders now: badge + PIN + reason, journaled."""
        if not reason.strip():
            raise DomainError("reason_required", "Give a reason.")
        now = self.clock.now()
        with transaction(self.store.sessions) as db:
            user = db.get(User, user_id)
            if user is None:
                raise ValidationError("unknown_user", f"There is no user {user_id}.", user_id=user_id)
            lead = check_credentials(db, lead_badge, pin, now, lead=True)
            db.add(TrainingGateLift(user_id=user.id, lead_id=lead.id, reason=reason.strip()[:500], at=now))
            status = _status(db, user)
            db.add(
                Event(
                    event_uuid=str(uuid.uuid4()),
                    at=now,
                    kind="note",
                    code="training_gate_lifted",
                    user_id=user.id,
                    approver_id=lead.id,
                    raw=reason.strip()[:400],
                    detail={"reason": reason.strip(), "missing": list(status.missing)},
                )
            )
            db.flush()
            return _status(db, user)

    def people_for_training(self) -> list[dict]:  # type: ignore[type-arg]
        """Name, badge, role, PIN hash, language and trainee flag of every active person: the training floor gets
        them so a trainee signs in there with their own badge and their pass comes back here."""
        with transaction(self.store.sessions) as db:
            return [
                {
                    "name": u.name,
                    "badge_code": u.badge_code,
                    "role": u.role,
                    "pin_hash": u.pin_hash,
                    "locale": u.locale,
                    "trainee": u.trainee,
                }
                for u in db.scalars(select(User).where(User.active.is_(True)))
            ]

    def packers(self) -> list[tuple[int, str]]:
        """Active packers (id, name), by name."""
        with transaction(self.store.sessions) as db:
            return [
                (u.id, u.name)
                for u in db.scalars(
                    select(User).where(User.active.is_(True), User.role == "packer").order_by(User.name)
                )
            ]

    # -- training from the errors that happen ------------------------------------------------------------------
    def recurring_mistakes(self, user_id: int, days: int = 30, at_least: int = 2) -> list[Mistake]:
        """The packer's production mistakes that recur (same error type on the same SKU), most frequent first."""
        since = self.clock.now() - dt.timedelta(days=days)
        with transaction(self.store.sessions) as db:
            rows = db.execute(
                select(Event.error_type, Sku.code, Sku.category, Event.order_id)
                .join(Sku, Sku.id == Event.sku_id)
                .where(Event.user_id == user_id, Event.at >= since, Event.error_type.in_(list(EVENT_FOR)))
            ).all()
            counts: dict[tuple[str, str], _Recurring] = {}
            for error_type, sku, category, order_id in rows:
                entry = counts.setdefault((str(error_type), sku), _Recurring(category=category))
                entry.count += 1
                if error_type == "wrong_item" and order_id is not None:
                    ordered = db.execute(
                        select(Sku.code, Sku.category)
                        .join(OrderLine, OrderLine.sku_id == Sku.id)
                        .where(OrderLine.order_id == order_id)
                        .order_by(OrderLine.line_no)
                    ).all()
                    pick = next((c for c, cat in ordered if cat == category), ordered[0][0] if ordered else "")
                    if pick:
                        entry.ordered[pick] = entry.ordered.get(pick, 0) + 1
        out = []
        for (error_type, sku), entry in counts.items():
            if entry.count >= at_least:
                best = max(entry.ordered.items(), key=lambda kv: kv[1])[0] if entry.ordered else ""
                out.append(Mistake(error_type, sku, entry.count, best, str(entry.category or "")))
        return sorted(out, key=lambda m: (-m.count, m.error_type, m.sku))

    def assign_from_mistakes(self, user_id: int, actor_id: int | None = None, days: int = 30) -> AssignmentView:
        """One action in the lead's window: the packer's recurring mistakes become their own training scenario."""
        from packstation.domain.training.scenarios import parse_scenario

        mistakes = self.recurring_mistakes(user_id, days)[:4]
        with transaction(self.store.sessions) as db:
            user = db.get(User, user_id)
            if user is None:
                raise ValidationError("unknown_user", f"There is no user {user_id}.", user_id=user_id)
            name = user.name
        if not mistakes:
            raise DomainError(
                "no_recurring_mistakes",
                f"{name} has no recurring mistakes in the last {days} days.",
                name=name,
                days=days,
            )
        now = self.clock.now()
        scenario_id = f"own-{user_id}-{now:%Y%m%d%H%M}"
        try:
            document = scenario_document(scenario_id, name, mistakes)
        except ValueError as exc:
            raise DomainError("no_recurring_mistakes", str(exc), name=name, days=days) from None
        parse_scenario(document, scenario_id)  # checked like a trainer's file before it is stored
        with transaction(self.store.sessions) as db:
            row = TrainingAssignment(
                user_id=user_id,
                scenario=scenario_id,
                document=document,
                created_by=actor_id,
                created_at=now,
                mistakes=[
                    {
                        "error_type": m.error_type,
                        "sku": m.sku,
                        "count": m.count,
                        "ordered_sku": m.ordered_sku,
                        "category": m.category,
                    }
                    for m in mistakes
                ],
            )
            db.add(row)
            db.flush()
            assignment_id = row.id
        return next(a for a in self.assignments(user_id, days) if a.id == assignment_id)

    def assignments(self, user_id: int | None = None, days: int = 30) -> list[AssignmentView]:
        """Scenarios made from mistakes, newest first, each with the mistakes' count before and since."""
        with transaction(self.store.sessions) as db:
            query = select(TrainingAssignment, User.name).join(User, User.id == TrainingAssignment.user_id)
            if user_id is not None:
                query = query.where(TrainingAssignment.user_id == user_id)
            out = []
            for row, name in db.execute(query.order_by(TrainingAssignment.id.desc())).all():
                mistakes = tuple(Mistake(**m) for m in row.mistakes)
                start = row.created_at - dt.timedelta(days=days)
                out.append(
                    AssignmentView(
                        row.id,
                        row.user_id,
                        name,
                        row.scenario,
                        str(row.document.get("title", row.scenario)),
                        row.created_at,
                        mistakes,
                        _count(db, row.user_id, mistakes, start, row.created_at),
                        _orders(db, row.user_id, start, row.created_at),
                        _count(db, row.user_id, mistakes, row.created_at, None),
                        _orders(db, row.user_id, row.created_at, None),
                        dict(row.document),
                    )
                )
            return out


def _count(
    db: Session, user_id: int, mistakes: tuple[Mistake, ...], start: dt.datetime, end: dt.datetime | None
) -> int:
    total = 0
    for m in mistakes:
        query = (
            select(Event.id)
            .join(Sku, Sku.id == Event.sku_id)
            .where(Event.user_id == user_id, Event.error_type == m.error_type, Sku.code == m.sku, Event.at >= start)
        )
        if end is not None:
            query = query.where(Event.at < end)
        total += len(db.scalars(query).all())
    return total


def _orders(db: Session, user_id: int, start: dt.datetime, end: dt.datetime | None) -> int:
    query = select(PackSession.id).where(
        PackSession.user_id == user_id, PackSession.state == "closed", PackSession.ended_at >= start
    )
    if end is not None:
        query = query.where(PackSession.ended_at < end)
    return len(db.scalars(query).all())
