"""The photo of each package: stored before the box closes, as a file in the configured folder with its SHA-256
in the `package_photos` table and the journal (event `photo_taken`). No photo (no camera, a camera that failed)
is recorded too (event `photo_missing` with the reason) and never blocks the bench, unless the order's merchant
requires a photo (`qc_rules.photo_required`): then the order cannot close without one (or a lead's override)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from packstation.domain.vocabulary import EventKind
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.models.base import utcnow
from packstation.store.models.catalog import Merchant
from packstation.store.models.orders import Order
from packstation.store.models.packing import Event
from packstation.store.models.photos import PackagePhoto
from packstation.store.models.shipping import Package

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class PhotoView:
    package_id: int
    package_no: int
    path: str | None
    sha256: str | None
    source: str
    taken_at: dt.datetime
    reason: str = ""

    @property
    def taken(self) -> bool:
        return self.path is not None


class PhotoService:
    def __init__(self, store: Store, photo_dir: Path) -> None:
        self.store = store
        self.photo_dir = Path(photo_dir)

    def required(self, order_id: int) -> bool:
        with self.store.sessions() as db:
            order = db.get(Order, order_id)
            merchant = db.get(Merchant, order.merchant_id) if order is not None else None
            return bool(merchant is not None and (merchant.qc_rules or {}).get("photo_required"))

    def _packages(self, db, order_id: int) -> list[Package]:  # type: ignore[no-untyped-def]
        return list(db.scalars(select(Package).where(Package.order_id == order_id).order_by(Package.package_no)))

    def missing(self, order_id: int) -> list[int]:
        """Package numbers of the order without a stored photo."""
        with self.store.sessions() as db:
            have = set(
                db.scalars(
                    select(PackagePhoto.package_id).where(
                        PackagePhoto.order_id == order_id, PackagePhoto.path.is_not(None)
                    )
                )
            )
            return [p.package_no for p in self._packages(db, order_id) if p.id not in have]

    def store_photo(
        self, order_id: int, jpeg: bytes, source: str, *, station_id: int | None = None, user_id: int | None = None
    ) -> list[PhotoView]:
        """Write the JPEG (whole or not at all) and record it for every package of the order still without one."""
        digest = hashlib.sha256(jpeg).hexdigest()
        now = utcnow()
        with transaction(self.store.sessions) as db:
            order = db.get_one(Order, order_id)
            have = set(
                db.scalars(
                    select(PackagePhoto.package_id).where(
                        PackagePhoto.order_id == order_id, PackagePhoto.path.is_not(None)
                    )
                )
            )
            packages = [p for p in self._packages(db, order_id) if p.id not in have] or self._packages(db, order_id)
            folder = self.photo_dir / now.strftime("%Y-%m-%d")
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"{_SAFE.sub('_', order.external_ref)}-{digest[:12]}.jpg"
            if not target.exists():
                fd, tmp = tempfile.mkstemp(dir=folder, prefix=".photo-")
                with os.fdopen(fd, "wb") as handle:
                    handle.write(jpeg)
                    handle.flush()
                    os.fsync(handle.fileno())
                os.replace(tmp, target)
            views = []
            for package in packages:
                db.add(
                    PackagePhoto(
                        package_id=package.id,
                        order_id=order_id,
                        station_id=station_id,
                        user_id=user_id,
                        taken_at=now,
                        source=source[:200],
                        path=str(target),
                        sha256=digest,
                        size_bytes=len(jpeg),
                    )
                )
                views.append(PhotoView(package.id, package.package_no, str(target), digest, source, now))
            db.add(
                Event(
                    event_uuid=str(uuid.uuid4()),
                    at=now,
                    kind=EventKind.NOTE,
                    code="photo_taken",
                    order_id=order_id,
                    station_id=station_id,
                    user_id=user_id,
                    detail={
                        "sha256": digest,
                        "path": str(target),
                        "source": source[:200],
                        "packages": [p.package_no for p in packages],
                        "bytes": len(jpeg),
                    },
                )
            )
        return views

    def record_missing(
        self, order_id: int, reason: str, source: str = "", *, station_id: int | None = None, user_id: int | None = None
    ) -> None:
        """No photo, and why (no camera; the camera did not answer ...): journaled, shown as "no photo"."""
        now = utcnow()
        with transaction(self.store.sessions) as db:
            for package in self._packages(db, order_id):
                db.add(
                    PackagePhoto(
                        package_id=package.id,
                        order_id=order_id,
                        station_id=station_id,
                        user_id=user_id,
                        taken_at=now,
                        source=(source or "none")[:200],
                        path=None,
                        sha256=None,
                        reason=reason[:300],
                    )
                )
            db.add(
                Event(
                    event_uuid=str(uuid.uuid4()),
                    at=now,
                    kind=EventKind.NOTE,
                    code="photo_missing",
                    order_id=order_id,
                    station_id=station_id,
                    user_id=user_id,
                    detail={"reason": reason[:300], "source": source[:200]},
                )
            )

    def photos(self, order_id: int) -> list[PhotoView]:
        with self.store.sessions() as db:
            rows = db.execute(
                select(PackagePhoto, Package.package_no)
                .join(Package, Package.id == PackagePhoto.package_id)
                .where(PackagePhoto.order_id == order_id)
                .order_by(PackagePhoto.id)
            )
            return [PhotoView(p.package_id, no, p.path, p.sha256, p.source, p.taken_at, p.reason) for p, no in rows]
