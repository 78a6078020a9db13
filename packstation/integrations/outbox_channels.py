"""Where shipment confirmations go: an outbox folder (one JSON file per confirmation) and a webhook (HTTP POST).

Each delivery carries the same `Idempotency-Key` (the confirmation's own key) every time it is sent, and the folder
channel writes one file name per confirmation by atomic rename, so a delivery repeated after a crash at the worst
moment lands once: the file is simply written again, and a receiver that keeps the keys it has seen drops the
repeat (docs/integrations.md says what a receiver must do).
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import Any, Protocol

from packstation.integrations.http_client import HttpFailure, call


class DeliveryFailed(Exception):
    """The channel did not take the message; `str()` says why in words (shown to the lead)."""


class Channel(Protocol):
    name: str

    def deliver(self, key: str, payload: dict[str, Any]) -> None: ...


def _body(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


class FolderChannel:
    """One `<merchant>_<order_ref>_<key>.json` per confirmation, written whole or not at all."""

    name = "folder"

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def file_name(self, key: str, payload: dict[str, Any]) -> str:
        ids = "-".join(key.split(":")[1:])  # order id and closing session id: one file per close
        stem = f"{payload.get('merchant', '')}_{payload.get('order_ref', '')}_{ids}"
        return re.sub(r"[^A-Za-z0-9._-]+", "-", stem).strip("-") + ".json"

    def deliver(self, key: str, payload: dict[str, Any]) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / self.file_name(key, payload)
            handle, temp = tempfile.mkstemp(prefix=".", suffix=".part", dir=self.folder)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(_body({**payload, "idempotency_key": key}))
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, target)
            except BaseException:
                Path(temp).unlink(missing_ok=True)
                raise
        except OSError as error:
            raise DeliveryFailed(
                f"cannot write to the outbox folder {self.folder}: {error.strerror or error}"
            ) from None


class WebhookChannel:
    """POST the confirmation as JSON; any 2xx answer means delivered."""

    name = "webhook"

    def __init__(self, url: str, *, token: str = "", timeout_s: float = 10.0) -> None:
        self.url = url
        self.token = token
        self.timeout_s = timeout_s

    def deliver(self, key: str, payload: dict[str, Any]) -> None:
        headers = {"Content-Type": "application/json", "Idempotency-Key": key, "User-Agent": "packstation-outbox"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            answer = call("POST", self.url, body=_body(payload), headers=headers, timeout_s=self.timeout_s)
        except HttpFailure as failure:
            raise DeliveryFailed(str(failure)) from None
        if not 200 <= answer.status < 300:
            said = answer.body[:200].decode("utf-8", errors="replace").strip()
            raise DeliveryFailed(f"{self.url} answered HTTP {answer.status}" + (f": {said}" if said else ""))
