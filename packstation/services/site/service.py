"""A real site's set-up: the first admin, the site's name and GS1 company prefix, users, badges and benches.

The IT commands (`packstation users ...`, `stations ...`, `site ...`, `badges`) and the first-run dialog both come
through here. A production database is never marked demo: set-up writes `app_meta.mode = production` and refuses a
database already marked demo. PINs are hashed (`packstation.domain.pins`) and never returned.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from packstation.config import LANGUAGES
from packstation.devices.printers import printer_for
from packstation.domain.errors import ValidationError
from packstation.domain.pins import validate_pin
from packstation.domain.vocabulary import ROLES
from packstation.services.site.auth import pin_policy
from packstation.services.site.lead import LeadService, StationRow, UserRow
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.models.catalog import Merchant
from packstation.store.models.meta import AppMeta
from packstation.store.models.people import Station, User

PREFIX = re.compile(r"\d{6,12}")
SITE_ROLES = ("lead", "admin")


@dataclass(frozen=True)
class SiteSetup:
    """What the first-run dialog (or `packstation site setup`) asks for."""

    admin_name: str
    admin_badge: str
    admin_pin: str
    site_name: str
    company_prefix: str = ""  # empty: keep GS1's example prefix until IT sets the real one
    station: str = "BENCH-01"
    label_printer: str = ""  # "" = PDF files; tcp://HOST:9100 or system:NAME
    document_printer: str = ""


@dataclass(frozen=True)
class BadgeRow:
    name: str
    badge_code: str
    role: str


def check_prefix(prefix: str) -> str:
    prefix = prefix.strip()
    if not PREFIX.fullmatch(prefix):
        raise ValidationError(
            "bad_company_prefix", f"a GS1 company prefix is 6 to 12 digits, not {prefix!r}", prefix=prefix
        )
    return prefix


def check_printer(uri: str) -> str:
    uri = uri.strip()
    try:
        printer_for(uri, print_dir=Path("."))
    except ValueError as exc:
        raise ValidationError("bad_printer", str(exc), printer=uri) from None
    return uri


class SiteService:
    """Site set-up and the people/benches administration IT does by command."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lead = LeadService(store.sessions)

    # -- state ------------------------------------------------------------------------------------------------
    def _shortest_pin(self) -> int:
        """The site's PIN policy (six digits unless app_meta `pin_min_length` says otherwise)."""
        with self.store.sessions() as db:
            return pin_policy(db)

    def mode(self) -> str:
        """`demo`, `production`, or `` for a database nobody has set up or filled yet."""
        with self.store.sessions() as db:
            meta = db.get(AppMeta, "mode")
            return meta.value if meta is not None else ""

    def needs_setup(self) -> bool:
        """A production database without any active lead or admin: nobody could sign in to run it."""
        if self.mode() == "demo":
            return False
        with self.store.sessions() as db:
            return not db.scalar(
                select(func.count()).select_from(User).where(User.active.is_(True), User.role.in_(SITE_ROLES))
            )

    def site_name(self) -> str:
        with self.store.sessions() as db:
            meta = db.get(AppMeta, "site_name")
            return meta.value if meta is not None else ""

    # -- first run --------------------------------------------------------------------------------------------
    def setup(self, s: SiteSetup) -> UserRow:
        """The first admin, the site's name and prefix and this bench's printers, all or nothing."""
        if self.mode() == "demo":
            raise ValidationError("setup_in_demo", "this is a demo (training) database; a real site needs its own")
        site_name = s.site_name.strip()
        if not site_name:
            raise ValidationError("site_name_required", "the site needs a name, e.g. 'Oslo DC'")
        validate_pin(s.admin_pin, self._shortest_pin())
        prefix = check_prefix(s.company_prefix) if s.company_prefix.strip() else ""
        label_printer, document_printer = check_printer(s.label_printer), check_printer(s.document_printer)
        station = s.station.strip().upper()
        if not station:
            raise ValidationError("code_required", "a station needs a code, e.g. BENCH-05")
        admin = self.lead.add_user(s.admin_name, s.admin_badge, "admin", pin=s.admin_pin)
        with transaction(self.store.sessions) as db:
            db.merge(AppMeta(key="mode", value="production"))
            db.merge(AppMeta(key="site_name", value=site_name[:400]))
            if prefix:
                db.merge(AppMeta(key="gs1_company_prefix", value=prefix))
            bench = db.scalars(select(Station).where(Station.code == station)).first()
            if bench is None:
                bench = Station(code=station, name=station, devices={})
                db.add(bench)
            bench.devices = {
                **(bench.devices or {}),
                "label_printer": label_printer,
                "document_printer": document_printer,
            }
        return admin

    # -- GS1 company prefix -----------------------------------------------------------------------------------
    def set_company_prefix(self, prefix: str, merchant: str | None = None) -> None:
        """The prefix SSCCs are built from: one merchant's own, or the site's default (no merchant)."""
        prefix = check_prefix(prefix)
        with transaction(self.store.sessions) as db:
            if merchant is None:
                db.merge(AppMeta(key="gs1_company_prefix", value=prefix))
                return
            row = db.scalars(select(Merchant).where(Merchant.code == merchant.strip())).first()
            if row is None:
                raise ValidationError(
                    "unknown_merchant",
                    f"there is no merchant {merchant!r} (import the catalogue first)",
                    merchant=merchant,
                )
            row.gs1_company_prefix = prefix

    # -- same-day cut-off (on time and in full, docs/loops.md) ------------------------------------------------
    def set_ship_cutoff(self, merchant: str, cutoff: str | None, tz_name: str = "UTC") -> None:
        """'Placed before 14:00 ships the same day' for a merchant's orders imported from now on (None: no
        cut-off; orders then carry a ship-by time only when the import gives one)."""
        from packstation.domain.delivery import parse_cutoff, zone

        if cutoff is not None:
            cutoff = parse_cutoff(cutoff).strftime("%H:%M")
        zone(tz_name)
        with transaction(self.store.sessions) as db:
            row = db.scalars(select(Merchant).where(Merchant.code == merchant.strip())).first()
            if row is None:
                raise ValidationError(
                    "unknown_merchant",
                    f"there is no merchant {merchant!r} (import the catalogue first)",
                    merchant=merchant,
                )
            row.ship_cutoff, row.ship_tz = cutoff, tz_name.strip() or "UTC"

    def ship_cutoffs(self) -> list[tuple[str, str | None, str]]:
        """(merchant code, cut-off or None, time zone) for every merchant."""
        with self.store.sessions() as db:
            return [(m.code, m.ship_cutoff, m.ship_tz) for m in db.scalars(select(Merchant).order_by(Merchant.code))]

    def company_prefixes(self) -> list[tuple[str, str]]:
        """("*", site default) then (merchant code, prefix) for every merchant; "" where none is set."""
        with self.store.sessions() as db:
            meta = db.get(AppMeta, "gs1_company_prefix")
            rows = [("*", meta.value if meta else "")]
            rows += [(m.code, m.gs1_company_prefix or "") for m in db.scalars(select(Merchant).order_by(Merchant.code))]
            return rows

    # -- users ------------------------------------------------------------------------------------------------
    def users(self) -> tuple[UserRow, ...]:
        return self.lead.users()

    def add_user(
        self,
        name: str,
        badge: str,
        role: str = "packer",
        *,
        pin: str | None = None,
        locale: str = "en",
        trainee: bool = False,
    ) -> UserRow:
        if locale not in LANGUAGES:
            raise ValidationError(
                "unknown_language", f"language must be one of {', '.join(LANGUAGES)}, not {locale!r}", locale=locale
            )
        if role in SITE_ROLES and not pin:
            raise ValidationError("pin_required_for_role", f"a {role} needs a PIN (--pin or --pin-stdin)", role=role)
        if pin is not None:
            validate_pin(pin, self._shortest_pin())
        return self.lead.add_user(name, badge, role, pin=pin, locale=locale, trainee=trainee)

    def _user_id(self, badge: str) -> int:
        with self.store.sessions() as db:
            user_id = db.scalar(select(User.id).where(User.badge_code == badge.strip()))
        if user_id is None:
            raise ValidationError("unknown_badge", f"no user has badge {badge.strip()!r}", badge=badge.strip())
        return int(user_id)

    def set_pin(self, badge: str, pin: str) -> None:
        validate_pin(pin, self._shortest_pin())
        self.lead.reset_pin(self._user_id(badge), pin)

    def deactivate(self, badge: str) -> None:
        self.lead.set_active(self._user_id(badge), False)

    def import_users(self, text: str, source: str = "users.csv") -> list[UserRow]:
        """CSV with columns name, badge, role[, pin, locale, trainee]; every row is checked before any is added."""
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        required = {"name", "badge", "role"}
        columns = set(reader.fieldnames or ())
        if not required <= columns:
            raise ValidationError(
                "bad_columns",
                f"{source}: needs the columns name, badge, role (has: {', '.join(sorted(columns)) or 'none'})",
                source=source,
            )
        unknown = columns - required - {"pin", "locale", "trainee"}
        if unknown:
            raise ValidationError(
                "bad_columns", f"{source}: unknown column(s) {', '.join(sorted(unknown))}", source=source
            )
        problems: list[str] = []
        rows: list[dict[str, str]] = []
        seen: set[str] = set()
        existing = {u.badge_code for u in self.users()}
        with self.store.sessions() as db:
            shortest = pin_policy(db)
        for number, row in enumerate(reader, start=2):
            row = {k: (v or "").strip() for k, v in row.items() if k}
            where = f"{source}, row {number}"
            if not row["name"]:
                problems.append(f"{where}, column 'name': empty")
            if not row["badge"]:
                problems.append(f"{where}, column 'badge': empty")
            elif row["badge"] in seen or row["badge"] in existing:
                problems.append(f"{where}, column 'badge': {row['badge']} is already in use")
            seen.add(row["badge"])
            if row["role"] not in ROLES:
                problems.append(f"{where}, column 'role': must be one of {', '.join(ROLES)}, not {row['role']!r}")
            pin = row.get("pin", "")
            if pin and not (pin.isdigit() and shortest <= len(pin) <= 12):
                problems.append(f"{where}, column 'pin': a PIN is {shortest} to 12 digits")
            if not pin and row["role"] in SITE_ROLES:
                problems.append(f"{where}, column 'pin': a {row['role']} needs a PIN")
            if row.get("locale", "") and row["locale"] not in LANGUAGES:
                problems.append(f"{where}, column 'locale': must be one of {', '.join(LANGUAGES)}")
            rows.append(row)
        if problems:
            raise ValidationError("bad_rows", "\n".join(problems), problems=problems)
        return [
            self.lead.add_user(
                r["name"],
                r["badge"],
                r["role"],
                pin=r.get("pin") or None,
                locale=r.get("locale") or "en",
                trainee=r.get("trainee", "").lower() in ("1", "yes", "true", "ja", "tak", "kyllä"),
            )
            for r in rows
        ]

    def badges(self) -> list[BadgeRow]:
        return [BadgeRow(u.name, u.badge_code, u.role) for u in self.users() if u.active]

    # -- benches ----------------------------------------------------------------------------------------------
    def add_station(
        self, code: str, name: str = "", *, label_printer: str = "", document_printer: str = ""
    ) -> StationRow:
        label_printer, document_printer = check_printer(label_printer), check_printer(document_printer)
        row = self.lead.add_station(code, name)
        devices = {k: v for k, v in (("label_printer", label_printer), ("document_printer", document_printer)) if v}
        if devices:
            with transaction(self.store.sessions) as db:
                station = db.get(Station, row.id)
                assert station is not None
                station.devices = {**(station.devices or {}), **devices}
        return row

    def stations(self) -> list[tuple[StationRow, dict[str, str]]]:
        rows = self.lead.stations()
        with self.store.sessions() as db:
            devices = {s.id: dict(s.devices or {}) for s in db.scalars(select(Station))}
        return [(r, devices.get(r.id, {})) for r in rows]
