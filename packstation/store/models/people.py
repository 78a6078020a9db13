"""Stations (benches) and the people who sign in at them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from packstation.domain.vocabulary import ROLES  # noqa: F401 - the values of users.role (re-exported)
from packstation.store.models.base import Base, utcnow


class Station(Base):
    """A packing bench."""

    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    # Printer and scale set-up of this bench, e.g. {"label_printer": "tcp://10.0.0.5:9100"}.
    devices: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[dt.datetime | None] = mapped_column()


class User(Base):
    """A packer, lead, trainer or admin; the PIN is kept only as a salted slow hash."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    badge_code: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16), default="packer")
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(10), default="en")
    large_text: Mapped[bool] = mapped_column(default=False)
    trainee: Mapped[bool] = mapped_column(default=False)
    active: Mapped[bool] = mapped_column(default=True)
    # Wrong-PIN refusals up to this journal row id no longer count towards a lockout (a lead's PIN reset sets it):
    # by row id, not time, so no clock (a script's, a skewed bench's) can keep a person locked out or let them in.
    failures_cleared_through: Mapped[int] = mapped_column(default=0, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
