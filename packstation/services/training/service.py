"""Training runs in demo mode: start a scenario for a trainee, score it from the journal, list progress.

Every call refuses a production database (app_meta mode != demo), so a scorecard and a scenario's orders can only
ever exist on the training floor. The scenario's order refs and tote contents are kept in `Scorecard.detail`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy import select

from packstation.domain.errors import ValidationError
from packstation.domain.ports import Clock, SystemClock
from packstation.domain.training import scoring
from packstation.domain.training.scenarios import Scenario, find
from packstation.services.training.training_orders import BuiltOrder, ToteItem, build_orders, is_demo_database
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.models import Order, Sku, User
from packstation.store.models.packing import Event, PackSession
from packstation.store.models.training import Scorecard


@dataclass(frozen=True)
class TrainingRun:
    scorecard_id: int
    scenario: Scenario
    trainee: str
    hints: bool
    orders: tuple[BuiltOrder, ...]


@dataclass(frozen=True)
class ScorecardView:
    id: int
    trainee: str
    user_id: int
    scenario: str
    scenario_title: str
    hints: bool
    started_at: dt.datetime
    finished_at: dt.datetime | None
    seconds: float
    errors_injected: int
    errors_caught: int
    errors_missed: int
    overrides_asked: int
    own_errors: int
    accuracy: float
    outcomes: tuple[scoring.Outcome, ...] = ()
    errors_handled: int = 0
    passed: bool = False
    unfinished: int = 0


@dataclass(frozen=True)
class ErrorTypeRow:
    error_type: str
    injected: int
    caught: int
    handled: int
    missed: int
    overrides: int  # asked in the runs that had this error type
    seconds: float  # total time of the runs that had this error type


@dataclass(frozen=True)
class ScenarioTrend:
    scenario: str
    title: str
    accuracies: tuple[float, ...]  # oldest first
    passed: bool


@dataclass(frozen=True)
class TraineeProgress:
    user_id: int
    name: str
    runs: int
    scenarios_passed: int  # distinct scenarios with every injected error caught and nothing left unfinished
    best_accuracy: float
    last_run: dt.datetime | None


def _view(card: Scorecard, name: str) -> ScorecardView:
    outcomes = tuple(
        scoring.Outcome(**{**o, "missing": tuple(o.get("missing", ()))}) for o in card.detail.get("outcomes", [])
    )
    return ScorecardView(
        id=card.id,
        trainee=name,
        user_id=card.user_id,
        scenario=card.scenario,
        scenario_title=str(card.detail.get("title", card.scenario)),
        hints=card.hints,
        started_at=card.started_at,
        finished_at=card.finished_at,
        seconds=card.seconds,
        errors_injected=card.errors_injected,
        errors_caught=card.errors_caught,
        errors_missed=card.errors_missed,
        overrides_asked=card.overrides_asked,
        own_errors=int(card.detail.get("own_errors", 0)),
        accuracy=card.accuracy,
        outcomes=outcomes,
        errors_handled=int(card.detail.get("handled", 0)),
        passed=bool(card.detail.get("passed")),
        unfinished=int(card.detail.get("unfinished", 0)),
    )


class TrainingService:
    """The trainer's and trainee's door to scenarios and scorecards (demo databases only)."""

    def __init__(self, store: Store, clock: Clock | None = None) -> None:
        self.store = store
        self.clock = clock or SystemClock()

    def _check(self, db: object) -> None:
        if not is_demo_database(db):  # type: ignore[arg-type]
            raise ValidationError("not_demo_database", "training runs only in a demo database; this is production")

    def start(self, user_id: int, scenario: Scenario | str, *, hints: bool = True) -> TrainingRun:
        """Write the scenario's orders for this run and open its scorecard."""
        scenario = find(scenario) if isinstance(scenario, str) else scenario
        now = self.clock.now()
        with transaction(self.store.sessions) as db:
            self._check(db)
            user = db.get(User, user_id)
            if user is None:
                raise ValidationError("no_such_user", f"there is no user {user_id}")
            card = Scorecard(
                user_id=user_id,
                scenario=scenario.id,
                hints=hints,
                started_at=now,
                errors_injected=len(scenario.events),
                detail={"title": scenario.title},
            )
            db.add(card)
            db.flush()
            built = build_orders(db, scenario, f"S{card.id}", now)
            card.detail = {
                "title": scenario.title,
                "orders": [
                    {
                        "key": b.key,
                        "ref": b.ref,
                        "events": list(b.events),
                        "skus": [e.sku for e in scenario.events_for(b.key)],
                        "must": [list(e.must) for e in scenario.events_for(b.key)],
                    }
                    for b in built
                ],
            }
            return TrainingRun(card.id, scenario, user.name, hints, built)

    def finish(self, scorecard_id: int) -> ScorecardView:
        """Score the run from the journal of its orders and store the scorecard (again, if called twice)."""
        now = self.clock.now()
        with transaction(self.store.sessions) as db:
            self._check(db)
            card = db.get(Scorecard, scorecard_id)
            if card is None:
                raise ValidationError("no_such_scorecard", f"there is no scorecard {scorecard_id}")
            runs = [self._order_run(db, o) for o in card.detail.get("orders", [])]
            started = card.started_at if card.started_at.tzinfo else card.started_at.replace(tzinfo=dt.UTC)
            result = scoring.score(runs, (now - started).total_seconds())
            card.finished_at, card.seconds = now, result.seconds
            card.errors_injected, card.errors_caught = result.errors_injected, result.errors_caught
            card.errors_missed, card.overrides_asked = result.errors_missed, result.overrides_asked
            card.accuracy = result.accuracy
            card.detail = {
                **card.detail,
                "own_errors": result.own_errors,
                "unfinished": result.unfinished,
                "handled": result.errors_handled,
                "passed": scoring.passed(result.outcomes, result.unfinished, result.own_errors),
                "outcomes": [asdict(o) for o in result.outcomes],
            }
            user = db.get(User, card.user_id)
            return _view(card, user.name if user else "?")

    @staticmethod
    def _order_run(db: object, entry: dict) -> scoring.OrderRun:  # type: ignore[type-arg]
        order = db.scalars(select(Order).where(Order.external_ref == entry["ref"])).first()  # type: ignore[attr-defined]
        state, events = "", []
        if order is not None:
            session = db.scalars(  # type: ignore[attr-defined]
                select(PackSession).where(PackSession.order_id == order.id).order_by(PackSession.id.desc())
            ).first()
            state = session.state if session else ""
            rows = db.execute(  # type: ignore[attr-defined]
                select(Event, Sku.code)
                .outerjoin(Sku, Sku.id == Event.sku_id)
                .where(Event.order_id == order.id)
                .order_by(Event.id)
            ).all()
            for event, sku in rows:
                passed = event.detail.get("passed") if isinstance(event.detail, dict) else None
                events.append(
                    scoring.Observed(
                        event.kind,
                        event.code,
                        event.error_type,
                        sku or "",
                        passed if isinstance(passed, bool) else None,
                    )
                )
        return scoring.OrderRun(
            entry["key"],
            tuple(entry["events"]),
            state,
            tuple(events),
            tuple(entry.get("skus", [])),
            tuple(tuple(m) for m in entry.get("must", [])),
        )

    def record_action(
        self, scorecard_id: int, order_ref: str, code: str, *, found: bool = False, user_id: int | None = None
    ) -> None:
        """A training-bench action (the box's contents checked, the printer's jam cleared) into the journal of the
        scenario order, as a `note` row the scoring reads (`scoring.BOX_CHECKED`, `scoring.JAM_CLEARED`)."""
        if code not in (scoring.BOX_CHECKED, scoring.JAM_CLEARED):
            raise ValidationError("bad_training_action", f"unknown training action {code!r}")
        with transaction(self.store.sessions) as db:
            self._check(db)
            order = db.scalars(select(Order).where(Order.external_ref == order_ref)).first()
            if order is None:
                raise ValidationError("no_such_order", f"there is no order {order_ref}")
            db.add(
                Event(
                    event_uuid=str(uuid.uuid4()),
                    at=self.clock.now(),
                    kind="note",
                    code=code,
                    order_id=order.id,
                    user_id=user_id,
                    detail={"passed": found, "scorecard": scorecard_id},
                )
            )

    def badge_of(self, user_id: int) -> str:
        with transaction(self.store.sessions) as db:
            user = db.get(User, user_id)
            return user.badge_code if user else ""

    def adopt_people(self, people: list[dict]) -> int:  # type: ignore[type-arg]
        """Production people (name, badge, role, PIN hash, language, trainee) onto the training floor, so a trainee
        signs in here with their own badge; badges already here are updated. Returns how many were added."""
        added = 0
        with transaction(self.store.sessions) as db:
            self._check(db)
            for person in people:
                user = db.scalars(select(User).where(User.badge_code == person["badge_code"])).first()
                if user is None:
                    db.add(User(**person))
                    added += 1
                else:
                    for key, value in person.items():
                        setattr(user, key, value)
        return added

    def finished_refs(self, scorecard_id: int) -> set[str]:
        """The refs of this run's orders that are closed or on the exception shelf (no pick ticket to offer)."""
        with transaction(self.store.sessions) as db:
            self._check(db)
            card = db.get(Scorecard, scorecard_id)
            refs = [o["ref"] for o in (card.detail.get("orders", []) if card else [])]
            rows = db.execute(select(Order.external_ref, Order.status).where(Order.external_ref.in_(refs))).all()
            return {ref for ref, status in rows if status in ("closed", "exception", "shipped", "packed")}

    def scorecards(self, user_id: int | None = None) -> list[ScorecardView]:
        """Newest first."""
        with transaction(self.store.sessions) as db:
            self._check(db)
            query = select(Scorecard, User.name).join(User, User.id == Scorecard.user_id)
            if user_id is not None:
                query = query.where(Scorecard.user_id == user_id)
            return [_view(card, name) for card, name in db.execute(query.order_by(Scorecard.id.desc())).all()]

    def trainees(self) -> list[TraineeProgress]:
        """Everyone flagged as a trainee or with a scorecard, with their progress."""
        cards = self.scorecards()
        with transaction(self.store.sessions) as db:
            users = list(db.scalars(select(User).order_by(User.name)))
            people = [(u.id, u.name) for u in users if u.trainee or any(c.user_id == u.id for c in cards)]
        out = []
        for uid, name in people:
            mine = [c for c in cards if c.user_id == uid]
            passed = {c.scenario for c in mine if c.finished_at and c.passed}
            out.append(
                TraineeProgress(
                    uid,
                    name,
                    len(mine),
                    len(passed),
                    max((c.accuracy for c in mine if c.finished_at), default=0.0),
                    max((c.started_at for c in mine), default=None),
                )
            )
        return out

    def scorecard_pdf(self, scorecard_id: int, path: Path, language: str | None = None) -> Path:
        """Write the scorecard PDF in `language`, by default the trainee's own (users.locale)."""
        from packstation.documents.scorecard import write_scorecard

        card = next((c for c in self.scorecards() if c.id == scorecard_id), None)
        if card is None:
            raise ValidationError("no_such_scorecard", f"there is no scorecard {scorecard_id}")
        attempts = [c for c in reversed(self.scorecards(card.user_id)) if c.scenario == card.scenario]
        if language is None:
            with transaction(self.store.sessions) as db:
                trainee = db.get(User, card.user_id)
                language = trainee.locale if trainee is not None else None
        return write_scorecard(card, path, attempts, language)

    def by_error_type(self, user_id: int | None = None) -> list[ErrorTypeRow]:
        """Per injected error type over finished runs: injected, caught, handled right, missed, overrides, time."""
        rows: dict[str, list[float]] = {}
        for card in self.scorecards(user_id):
            if card.finished_at is None:
                continue
            types = {o.event for o in card.outcomes}
            for o in card.outcomes:
                row = rows.setdefault(o.event, [0, 0, 0, 0, 0, 0.0])
                row[0] += 1
                row[1] += o.caught
                row[2] += o.handled
                row[3] += not o.caught
            for kind in types:
                rows[kind][4] += card.overrides_asked
                rows[kind][5] += card.seconds
        return [
            ErrorTypeRow(k, int(v[0]), int(v[1]), int(v[2]), int(v[3]), int(v[4]), v[5])
            for k, v in sorted(rows.items())
        ]

    def trend(self, user_id: int) -> list[ScenarioTrend]:
        """Per scenario the trainee tried: accuracy of each finished attempt, oldest first, and passed or not."""
        out: dict[str, ScenarioTrend] = {}
        for card in reversed(self.scorecards(user_id)):
            if card.finished_at is None:
                continue
            old = out.get(card.scenario)
            out[card.scenario] = ScenarioTrend(
                card.scenario,
                card.scenario_title,
                (*(old.accuracies if old else ()), card.accuracy),
                bool(old and old.passed) or card.passed,
            )
        return list(out.values())

    def tote(self, run: TrainingRun, key: str) -> tuple[ToteItem, ...]:
        return next(o.items for o in run.orders if o.key == key)
