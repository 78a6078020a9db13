"""Trainer scorecards: how a trainee did on a scenario in demo mode."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base, utcnow


class Scorecard(Base):
    """One run of one scenario by one trainee."""

    __tablename__ = "scorecards"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    scenario: Mapped[str] = mapped_column(String(80))
    hints: Mapped[bool] = mapped_column(default=True)
    started_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column()
    seconds: Mapped[float] = mapped_column(default=0.0)
    errors_injected: Mapped[int] = mapped_column(default=0)
    errors_caught: Mapped[int] = mapped_column(default=0)
    errors_missed: Mapped[int] = mapped_column(default=0)
    overrides_asked: Mapped[int] = mapped_column(default=0)
    accuracy: Mapped[float] = mapped_column(default=0.0)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class TrainingRequirement(Base):
    """A scenario a trainee must pass before claiming production orders; the set is this floor's (site's) gate."""

    __tablename__ = "training_requirements"

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario: Mapped[str] = mapped_column(String(80), unique=True)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TrainingPass(Base):
    """A trainee passed a scenario on the training floor (copied from the demo database's scorecard)."""

    __tablename__ = "training_passes"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    scenario: Mapped[str] = mapped_column(String(80))
    passed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    accuracy: Mapped[float] = mapped_column(default=0.0)
    hints: Mapped[bool] = mapped_column(default=True)
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)


class TrainingGateLift(Base):
    """A lead let a trainee claim production orders before passing every required scenario (badge + PIN + reason;
    also journaled as a `note` event `training_gate_lifted`)."""

    __tablename__ = "training_gate_lifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(500))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class TrainingAssignment(Base):
    """A scenario made from a packer's recurring production mistakes, for that packer (the lead's one action)."""

    __tablename__ = "training_assignments"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    scenario: Mapped[str] = mapped_column(String(80))
    document: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the scenario, as a trainer's file would hold it
    mistakes: Mapped[list[Any]] = mapped_column(default=list)  # [{error_type, sku, count}] it was made from
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
