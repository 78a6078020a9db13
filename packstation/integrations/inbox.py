"""Orders arrive without a command: a watched folder and an HTTP endpoint, both importing all-or-nothing.

Folder: a file (`*.csv` or `*.json`) is taken once its size has stayed the same for one poll (a WMS still writing
it is left alone; names starting with `.` or ending in `.part`/`.tmp` are never taken). It is imported as orders
(or as a catalogue or boxes when its name starts with `catalog` or `boxes`) and moved to `done/`, or to `failed/`
with `<name>.error.txt` beside it naming every problem.

HTTP: `POST /orders` with the same JSON as `packstation import orders` (or CSV with `Content-Type: text/csv`),
`Authorization: Bearer <PACKSTATION_INBOX_TOKEN>`. Answers: 200 with what was created and left unchanged (a repeat
post of the same orders is safe), 422 with every problem, 401 for a wrong token, 413 for a body over the limit.
"""

from __future__ import annotations

import hmac
import json
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

MAX_POST = 50 * 1024 * 1024
SUFFIXES = (".csv", ".json")

# (kind, path, fmt) -> a JSON-able dict describing the result; raises ImportRefused with the problems in words
Importer = Callable[[str, Path, str | None], dict[str, Any]]


class ImportRefused(Exception):
    """The file imported nothing; `problems` name every row and column at fault."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


def kind_of(name: str) -> str:
    lowered = name.lower()
    return "catalog" if lowered.startswith("catalog") else "boxes" if lowered.startswith("boxes") else "orders"


@dataclass
class FolderResult:
    file: str
    ok: bool
    message: str


class FolderInbox:
    """Polls one folder; `poll()` imports what is ready and returns what it did."""

    def __init__(self, folder: Path, importer: Importer) -> None:
        self.folder = folder
        self.importer = importer
        self._sizes: dict[str, int] = {}

    def _ready(self) -> list[Path]:
        ready, seen = [], {}
        for path in sorted(self.folder.iterdir()):
            if not path.is_file() or path.name.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            size = path.stat().st_size
            seen[path.name] = size
            if self._sizes.get(path.name) == size:
                ready.append(path)
        self._sizes = seen
        return ready

    def poll(self) -> list[FolderResult]:
        if not self.folder.is_dir():
            return []
        results = []
        for path in self._ready():
            try:
                described = self.importer(kind_of(path.name), path, None)
            except ImportRefused as refused:
                self._move(path, "failed")
                (self.folder / "failed" / f"{path.name}.error.txt").write_text(
                    "\n".join(refused.problems) + "\n", encoding="utf-8"
                )
                results.append(FolderResult(path.name, False, "; ".join(refused.problems)))
                continue
            self._move(path, "done")
            results.append(FolderResult(path.name, True, str(described.get("summary", ""))))
            self._sizes.pop(path.name, None)
        return results

    def _move(self, path: Path, to: str) -> None:
        target_dir = self.folder / to
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        if target.exists():  # the same name again later: keep both
            target = target_dir / f"{path.stem}.{int(path.stat().st_mtime_ns)}{path.suffix}"
        os.replace(path, target)


class _Handler(BaseHTTPRequestHandler):
    server: InboxServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        return  # the station logs what it imported, not every request line

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if self.path == "/health":
            self._answer(200, {"status": "ok"})
        else:
            self._answer(404, {"error": "not found: POST /orders, GET /health"})

    def do_POST(self) -> None:  # noqa: N802
        if self.path.split("?")[0] not in ("/orders", "/catalog", "/boxes"):
            self._answer(404, {"error": "not found: POST /orders, /catalog or /boxes"})
            return
        given = self.headers.get("Authorization", "")
        expected = f"Bearer {self.server.token}"
        if not self.server.token or not hmac.compare_digest(given.encode(), expected.encode()):
            self._answer(401, {"error": "missing or wrong token (Authorization: Bearer ...)"})
            return
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._answer(411, {"error": "Content-Length is required"})
            return
        if length > MAX_POST or length < 0:
            self._answer(413, {"error": f"body larger than {MAX_POST // (1024 * 1024)} MB"})
            return
        body = self.rfile.read(length)
        content_type = self.headers.get("Content-Type", "application/json").split(";")[0].strip().lower()
        fmt = {"application/json": "json", "text/csv": "csv"}.get(content_type)
        if fmt is None:
            self._answer(415, {"error": f"Content-Type must be application/json or text/csv, not {content_type}"})
            return
        kind = self.path.split("?")[0].strip("/")
        self._answer(*self.server.import_body(kind, body, fmt))


class InboxServer(ThreadingHTTPServer):
    """The HTTP endpoint; `serve_forever()` on a thread, `shutdown()` to stop."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], token: str, importer: Importer) -> None:
        super().__init__(address, _Handler)
        self.token = token
        self.importer = importer
        self._lock = threading.Lock()  # one import at a time: each is one transaction over many rows

    def import_body(self, kind: str, body: bytes, fmt: str) -> tuple[int, dict[str, Any]]:
        handle, temp = tempfile.mkstemp(prefix="packstation-inbox-", suffix=f".{fmt}")
        path = Path(temp)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(body)
            with self._lock:
                described = self.importer(kind, path, fmt)
        except ImportRefused as refused:
            problems = [p.replace(path.name, "request body") for p in refused.problems]
            return 422, {"imported": False, "problems": problems}
        finally:
            path.unlink(missing_ok=True)
        return 200, {"imported": True, **described}
