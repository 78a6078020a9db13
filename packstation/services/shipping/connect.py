"""Connected to the rest of the warehouse: orders in (folder, HTTP) and shipment confirmations out (folder,
webhook), run by `packstation serve` without anyone at a bench running a command.

Confirmations are written by the close itself (store.outbox.record_shipment_confirmation, same transaction), so a
crash can lose none; delivery here is a loop of small transactions: claim (pending -> sending, committed), send,
then delivered or back to pending with the error and a back-off. A deliverer killed between the send and its
commit leaves a `sending` row that the next start sends again under the same Idempotency-Key.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packstation.config import Settings
from packstation.domain.errors import DomainError
from packstation.domain.ports import Clock, SystemClock
from packstation.integrations.inbox import FolderInbox, FolderResult, ImportRefused, InboxServer
from packstation.integrations.outbox_channels import Channel, DeliveryFailed, FolderChannel, WebhookChannel
from packstation.store import outbox
from packstation.store.db import transaction

INBOX_TOKEN_ENV = "PACKSTATION_INBOX_TOKEN"
WEBHOOK_TOKEN_ENV = "PACKSTATION_WEBHOOK_TOKEN"
FIRST_RETRY_S = 5
LEASE_S = 120  # longer than any one delivery can take (the webhook's timeout is 10 s)
LONGEST_RETRY_S = 3600


@dataclass(frozen=True)
class DeliveryProblem:
    """A confirmation the shop or WMS has not received yet, with the last error in words (for the lead)."""

    channel: str
    order_ref: str
    attempts: int
    last_error: str
    next_attempt_at: dt.datetime


@dataclass(frozen=True)
class OutboxStatus:
    counts: dict[str, dict[str, int]]  # channel -> state -> count
    problems: tuple[DeliveryProblem, ...]

    def describe(self) -> str:
        if not self.counts:
            return "outbox: no confirmations yet"
        lines = [
            f"{channel}: " + ", ".join(f"{n} {state}" for state, n in sorted(states.items()))
            for channel, states in sorted(self.counts.items())
        ]
        lines += [
            f"  not delivered: {p.channel} order {p.order_ref}, {p.attempts} tries, next "
            f"{p.next_attempt_at:%Y-%m-%d %H:%M:%S} UTC: {p.last_error}"
            for p in self.problems
        ]
        return "\n".join(lines)


def retry_delay_s(attempts: int) -> int:
    delay: int = FIRST_RETRY_S * 2 ** max(attempts - 1, 0)  # ** of two ints is typed Any
    return min(LONGEST_RETRY_S, delay)


def channels_from(settings: Settings, environ: dict[str, str] | None = None) -> list[Channel]:
    env = os.environ if environ is None else environ
    found: list[Channel] = []
    if settings.outbox_dir:
        found.append(FolderChannel(Path(settings.outbox_dir).expanduser()))
    if settings.webhook_url:
        found.append(WebhookChannel(settings.webhook_url, token=env.get(WEBHOOK_TOKEN_ENV, "")))
    return found


class OutboxService:
    """Delivers the confirmations the closes wrote; safe to run in several processes at once."""

    def __init__(
        self, store: Any, channels: list[Channel], *, clock: Clock | None = None, lease_s: float = LEASE_S
    ) -> None:
        self.store = store
        self.lease_s = lease_s
        self.channels = {channel.name: channel for channel in channels}
        self.clock: Clock = clock or SystemClock()
        self._started = False

    def start(self) -> int:
        """Once per process: take back rows a dead deliverer left `sending`; note each channel's start."""
        with transaction(self.store.sessions) as db:
            resumed = outbox.resume_interrupted(db, self.clock.now())
            for name in self.channels:
                outbox.channel_since(db, name, self.clock.now())
        self._started = True
        return resumed

    def deliver_due(self) -> int:
        """Send what is due on every channel; the number delivered."""
        if not self._started:
            self.start()
        delivered = 0
        with transaction(self.store.sessions) as db:
            outbox.resume_interrupted(db, self.clock.now())
        for name, channel in self.channels.items():
            with transaction(self.store.sessions) as db:
                outbox.add_missing_deliveries(db, name, outbox.channel_since(db, name, self.clock.now()))
            with self.store.sessions() as db:
                due = outbox.due_deliveries(db, name, self.clock.now())
            for delivery_id in due:
                delivered += self._deliver_one(channel, delivery_id)
        return delivered

    def _deliver_one(self, channel: Channel, delivery_id: int) -> int:
        with transaction(self.store.sessions) as db:
            if not outbox.claim(db, delivery_id, self.clock.now() + dt.timedelta(seconds=self.lease_s)):
                return 0  # another deliverer took it
            _delivery, message = outbox.message_of(db, delivery_id)
            key, payload = message.dedupe_key, dict(message.payload)
        try:
            channel.deliver(key, payload)
        except DeliveryFailed as failure:
            with transaction(self.store.sessions) as db:
                delivery, _ = outbox.message_of(db, delivery_id)
                delivery.state, delivery.last_error = "pending", str(failure)[:500]
                delivery.next_attempt_at = self.clock.now() + dt.timedelta(seconds=retry_delay_s(delivery.attempts))
            return 0
        with transaction(self.store.sessions) as db:
            delivery, _ = outbox.message_of(db, delivery_id)
            delivery.state, delivery.delivered_at, delivery.last_error = "delivered", self.clock.now(), ""
        return 1

    def retry_now(self) -> int:
        """A lead's "send now": every waiting delivery is due at once (the deliverer picks them up)."""
        with transaction(self.store.sessions) as db:
            return outbox.bring_forward(db, self.clock.now())

    def status(self) -> OutboxStatus:
        with self.store.sessions() as db:
            counts: dict[str, dict[str, int]] = {}
            for (channel, state), n in outbox.delivery_counts(db).items():
                counts.setdefault(channel, {})[state] = n
            problems = tuple(
                DeliveryProblem(
                    d.channel, str(m.payload.get("order_ref", m.order_id)), d.attempts, d.last_error, d.next_attempt_at
                )
                for d, m in outbox.problem_deliveries(db)
            )
        return OutboxStatus(counts, problems)


def importer_for(
    store: Any, label_sources: dict[str, str] | None = None
) -> Callable[[str, Path, str | None], dict[str, Any]]:
    """The inbox's door to the ordinary importer: same validation, same all-or-nothing (carrier + service pairs
    checked as the station's `label_sources` will print them)."""
    from packstation.domain.importing import ImportRejected
    from packstation.services.site.importing import import_file

    def run(kind: str, path: Path, fmt: str | None) -> dict[str, Any]:
        try:
            result = import_file(store, kind, path, fmt=fmt, label_sources=label_sources)
        except ImportRejected as rejected:
            raise ImportRefused([str(p) for p in rejected.problems]) from None
        except DomainError as error:
            raise ImportRefused([error.message]) from None
        return {
            "kind": result.kind,
            "rows": result.rows,
            "created": result.created,
            "updated": result.updated,
            "unchanged": result.unchanged,
            "summary": result.describe(),
        }

    return run


class InboxService:
    """The watched folder and the HTTP endpoint of one `packstation serve`."""

    def __init__(self, store: Any, settings: Settings, environ: dict[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        importer = importer_for(store, settings.label_sources)
        self.folder = FolderInbox(Path(settings.inbox_dir).expanduser(), importer) if settings.inbox_dir else None
        self.server: InboxServer | None = None
        if settings.inbox_listen:
            token = env.get(INBOX_TOKEN_ENV, "")
            if len(token) < 16:
                raise DomainError(
                    "inbox_token_missing",
                    f"The order endpoint needs a token of at least 16 "
                    f"characters in {INBOX_TOKEN_ENV}; nothing was started.",
                )
            host, _, port = settings.inbox_listen.rpartition(":")
            try:
                self.server = InboxServer((host, int(port)), token, importer)
            except OSError as error:
                raise DomainError(
                    "inbox_listen_failed",
                    f"Cannot listen on {settings.inbox_listen}: {error.strerror or error}.",
                    address=settings.inbox_listen,
                ) from None

    def poll_folder(self) -> list[FolderResult]:
        return self.folder.poll() if self.folder is not None else []


def refuse_demo_store(store: Any) -> str:
    """A reason not to connect a training database to the shop, or ''."""
    from packstation.store.models.meta import AppMeta

    with store.sessions() as db:
        mode = db.get(AppMeta, "mode")
    if mode is not None and mode.value == "demo":
        return (
            "this is a demo (training) database: it never takes real orders and never confirms shipments; "
            "point --db or db_url at the production database"
        )
    return ""
