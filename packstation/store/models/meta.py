"""Facts about the database itself, e.g. whether it is a demo (training) database that can never ship."""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.models.base import Base


class AppMeta(Base):
    """Key/value facts: `mode` is `production` or `demo`; `demo_seed` for a generated training floor."""

    __tablename__ = "app_meta"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(400))
