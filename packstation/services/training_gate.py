"""The gate before real orders: a packer marked as trainee claims production orders only after passing the
scenarios this floor (site) requires, or after a lead lifted the gate with badge + PIN + reason (journaled).

Runs on the production database. Passes come from the training floor: a scorecard that passed on the demo database
is copied here (`record_pass`) for the production user with the same badge. A demo database is never gated.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.app import Store
from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.ports import Clock, SystemClock
from packstation.services.auth import check_credentials
from packstation.store.db import transaction
from packstation.store.models import AppMeta, Event, User
from packstation.store.models.training import TrainingGateLift, TrainingPass, TrainingRequirement


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


def _is_demo(db: Session) -> bool:
    row = db.get(AppMeta, "mode")
    return row is not None and row.value == "demo"


def _status(db: Session, user: User) -> GateStatus:
    required = tuple(db.scalars(select(TrainingRequirement.scenario).order_by(TrainingRequirement.scenario)))
    passed = tuple(sorted(set(db.scalars(select(TrainingPass.scenario).where(TrainingPass.user_id == user.id)))))
    missing = tuple(s for s in required if s not in passed)
    lift = db.scalars(select(TrainingGateLift).where(TrainingGateLift.user_id == user.id)
                      .order_by(TrainingGateLift.id.desc())).first()
    lead = db.get(User, lift.lead_id) if lift else None
    gated = bool(user.trainee and missing and lift is None)
    return GateStatus(user.id, user.name, gated, required, passed, missing, lead.name if lead else "",
                      lift.reason if lift else "")


def check_gate(db: Session, user: User) -> None:
    """Refuse a production claim by a gated trainee (called inside the claim's transaction)."""
    if not user.trainee or _is_demo(db):
        return
    status = _status(db, user)
    if status.gated:
        raise DomainError("training_gate", f"{user.name} is a trainee and must pass the training scenarios "
                          f"{', '.join(status.missing)} before packing real orders; a lead can lift the gate.",
                          name=user.name, missing=", ".join(status.missing))


class TrainingGateService:
    """Requirements, passes, status and the lead's lift (production database)."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
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

    def record_pass(self, badge: str, scenario: str, accuracy: float, *, hints: bool, detail: dict | None = None,  # type: ignore[type-arg]
                    ) -> bool:
        """A passed scorecard from the training floor, for the production user with this badge (False: none)."""
        with transaction(self.store.sessions) as db:
            user = db.scalars(select(User).where(User.badge_code == badge)).first()
            if user is None:
                return False
            db.add(TrainingPass(user_id=user.id, scenario=scenario[:80], passed_at=self.clock.now(),
                                accuracy=accuracy, hints=hints, detail=dict(detail or {})))
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
            db.add(Event(event_uuid=str(uuid.uuid4()), at=now, kind="note", code="training_gate_lifted",
                         user_id=user.id, approver_id=lead.id, raw=reason.strip()[:400],
                         detail={"reason": reason.strip(), "missing": list(status.missing)}))
            db.flush()
            return _status(db, user)

    def people_for_training(self) -> list[dict]:  # type: ignore[type-arg]
        """Name, badge, role, PIN hash, language and trainee flag of every active person: the training floor gets
        them so a trainee signs in there with their own badge and their pass comes back here."""
        with transaction(self.store.sessions) as db:
            return [{"name": u.name, "badge_code": u.badge_code, "role": u.role, "pin_hash": u.pin_hash,
                     "locale": u.locale, "trainee": u.trainee}
                    for u in db.scalars(select(User).where(User.active.is_(True)))]
