"""Scripted pack sessions: a list of scans and actions run against a database, one JSON result per step.

Trainers check their scenarios with it and a WMS team tests its barcodes. A script is a JSON object
`{"station": "BENCH-01", "now": "2025-03-01T09:30:00Z", "fnc1_substitute": "|", "steps": [...]}` or just the list
of steps. Each step is an object with one action key (see ACTIONS) and optionally `"expect"`: the verdict code (or
error code) the step must give; a mismatch makes the run fail.

A script's `now` is honoured only on a demo or test database (app_meta `mode` = `demo` or `test`): on production
the journal, the lockout window and the claim times follow the real clock, so a script can neither stamp events in
the future nor move its clock past a lockout (issue #17). `release` needs the lead's `badge` and `pin`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from packstation.devices.scanner import ScanDecoder
from packstation.domain.errors import DomainError, ValidationError
from packstation.domain.ports import FixedClock, SystemClock
from packstation.domain.safe_text import as_row_id
from packstation.services.packing.service import PackingService
from packstation.services.views import SessionView, VerdictView
from packstation.store.database import Store
from packstation.store.db import transaction
from packstation.store.models.meta import AppMeta

ACTIONS = (
    "sign_in",
    "claim",
    "next_order",
    "resume",
    "scan",
    "type",
    "undo",
    "remove",
    "quantity",
    "qc",
    "weight",
    "override",
    "plan",
    "box",
    "slips",
    "labels",
    "suspend",
    "exception",
    "close",
    "reopen",
    "release",
    "wait",
)


@dataclass
class ReplayState:
    """What the script has established so far: the signed-in user and the open session."""

    user_id: int | None = None
    session: SessionView | None = None
    decoder: ScanDecoder = field(default_factory=ScanDecoder)
    typed_ms: int = 0


def load_script(text: str, source: str) -> dict[str, Any]:
    """Parse and check a script; ValidationError names the file, step and key that is wrong."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            "bad_script", f"{source}: not valid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    except RecursionError:
        raise ValidationError("bad_script", f"{source}: JSON nested too deeply to read") from None
    except ValueError as exc:  # a number with more digits than Python reads
        raise ValidationError("bad_script", f"{source}: not valid JSON: {exc}") from None
    script = {"steps": data} if isinstance(data, list) else data
    if not isinstance(script, dict) or not isinstance(script.get("steps"), list):
        raise ValidationError("bad_script", f"{source}: a script is a list of steps or an object with 'steps'")
    for n, step in enumerate(script["steps"], start=1):
        if not isinstance(step, dict):
            raise ValidationError("bad_script", f"{source}: step {n} must be an object, not {step!r}")
        actions = [k for k in step if k in ACTIONS]
        if len(actions) != 1:
            raise ValidationError(
                "bad_script",
                f"{source}: step {n} needs exactly one action key (known: {', '.join(ACTIONS)}); it has {sorted(step)}",
            )
        for key in ("wait", "advance_seconds"):
            value = step.get(key)
            if key in step and (
                isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 366 * 86400
            ):
                raise ValidationError(
                    "bad_script",
                    f"{source}: step {n}: '{key}' must be a number of seconds (0 to a year), not {value!r:.40}",
                )
    for key in ("now", "station", "fnc1_substitute"):
        if key in script and not isinstance(script[key], str):
            raise ValidationError("bad_script", f"{source}: '{key}' must be text, not {script[key]!r:.40}")
    if "now" in script:
        try:
            now = dt.datetime.fromisoformat(str(script["now"]).replace("Z", "+00:00"))
        except ValueError:
            raise ValidationError("bad_script", f"{source}: 'now' must be an ISO time, not {script['now']!r}") from None
        if not 1970 <= now.year <= 2999:
            raise ValidationError("bad_script", f"{source}: 'now' must be a time between 1970 and 2999")
        if now.tzinfo is None:
            raise ValidationError("bad_script", f"{source}: 'now' needs a time zone, e.g. 2025-03-01T09:30:00Z")
        script["now"] = now
    return script


def clock_may_be_scripted(store: Store) -> bool:
    """True on a demo or test database (app_meta `mode`); a production database runs on the real clock."""
    with transaction(store.sessions) as db:
        return db.scalar(select(AppMeta.value).where(AppMeta.key == "mode")) in ("demo", "test")


def _line_id(state: ReplayState, step: dict[str, Any], n: int) -> int:
    line_no = step.get("line")
    if state.session is None:
        raise ValidationError("bad_script", f"step {n}: no order is open")
    for line in state.session.lines:
        if line.line_no == line_no or line.sku_code == line_no:
            return line.line_id
    raise ValidationError("bad_script", f"step {n}: the order has no line {line_no!r}")


def _session_id(state: ReplayState, n: int) -> int:
    if state.session is None:
        raise ValidationError("bad_script", f"step {n}: no order is open (claim one first)")
    return state.session.session_id


def _out(result: VerdictView | SessionView | Any) -> dict[str, Any]:
    if isinstance(result, VerdictView):
        return {
            "code": result.code,
            "severity": result.severity.value,
            "message": result.message,
            "params": result.params,
            "must_acknowledge": result.must_acknowledge,
        }
    if isinstance(result, SessionView):
        return {"code": result.state.value}
    if isinstance(result, dict):
        return {"code": "ok", **result}
    return {"code": "ok" if result is not None else "none"}


def run_script(store: Store, script: dict[str, Any], station: str) -> Iterator[dict[str, Any]]:
    """Run every step, yielding one JSON-able result per verdict (a typed burst may give several)."""
    now = script.get("now")
    if isinstance(now, dt.datetime) and not clock_may_be_scripted(store):
        raise ValidationError(
            "script_clock_refused",
            "this script sets 'now', which only a demo or test database "
            "accepts; on production the real clock counts (remove 'now' from the script)",
        )
    clock = FixedClock(now) if isinstance(now, dt.datetime) else SystemClock()
    service = PackingService(
        store, script.get("station", station), clock, fnc1_substitute=str(script.get("fnc1_substitute", ""))
    )
    state = ReplayState()
    for n, step in enumerate(script["steps"], start=1):
        action = next(k for k in step if k in ACTIONS)
        results: list[Any] = []
        try:
            results = list(_do(service, state, action, step[action], step, n))
            outputs = [_out(r) for r in results]
        except DomainError as exc:
            outputs = [{"code": exc.code, "error": True, "message": exc.message}]
        except (TypeError, ValueError, KeyError, AttributeError, OverflowError) as exc:
            # A value of the wrong type in the script ({"scan": 5}, {"weight": "heavy"}): said, not a traceback.
            outputs = [
                {
                    "code": "bad_script",
                    "error": True,
                    "message": f"step {n}: {action} got {step[action]!r:.60} ({type(exc).__name__}: {exc})",
                }
            ]
        for out in outputs:
            row: dict[str, Any] = {"step": n, "action": action, "input": step[action], **out}
            if state.session is not None:
                row.update(
                    order=state.session.order_ref,
                    state=state.session.state.value,
                    units=f"{state.session.units_scanned}/{state.session.units_ordered}",
                )
            if "expect" in step:
                row["ok"] = out["code"] == step["expect"]
            yield row
        if isinstance(clock, FixedClock):
            seconds = float(step[action]) if action == "wait" else float(step.get("advance_seconds", 2))
            clock.advance(seconds=seconds)


def _do(
    service: PackingService, state: ReplayState, action: str, arg: Any, step: dict[str, Any], n: int
) -> Iterator[Any]:
    def sid() -> int:
        return _session_id(state, n)

    def keep(result: tuple[VerdictView, SessionView]) -> VerdictView:
        state.session = result[1]
        return result[0]

    wanted: dict[str, type | tuple[type, ...]] = {
        "sign_in": str,
        "scan": str,
        "type": str,
        "box": str,
        "claim": (str, int),
        "resume": (str, int),
    }
    if action in wanted and (isinstance(arg, bool) or not isinstance(arg, wanted[action])):
        raise ValidationError("bad_script", f"step {n}: '{action}' needs text, not {arg!r:.40}")
    if action == "sign_in":
        user = service.sign_in(str(arg), step.get("pin"))
        state.user_id = user.id
        yield {"code": "signed_in", "user": user.name}
        return
    if action in ("claim", "resume", "next_order"):
        if state.user_id is None:
            raise ValidationError("bad_script", f"step {n}: sign in first")
        if action == "claim":
            state.session = service.claim(state.user_id, str(arg))
        elif action == "resume":
            state.session = service.resume(state.user_id, str(arg))
        else:
            state.session = service.next_order(state.user_id)
        yield state.session
        return
    if action == "scan":
        yield keep(service.scan(sid(), str(arg), step.get("scan_id"), too_fast=bool(step.get("too_fast"))))
    elif action == "type":
        gap = int(step.get("gap_ms", 8))
        for ch in str(arg):
            state.typed_ms += gap
            for decoded in state.decoder.feed(ch, state.typed_ms):
                yield keep(service.scan(sid(), decoded.text, decoded.scan_id, too_fast=decoded.too_fast_repeat))
        state.typed_ms += int(step.get("pause_ms", 2000))
    elif action == "undo":
        yield keep(service.undo_last(sid(), state.user_id))
    elif action == "remove":
        yield keep(service.remove_unit(sid(), _line_id(state, step, n), str(arg), state.user_id))
    elif action == "quantity":
        yield keep(service.enter_quantity(sid(), _line_id(state, step, n), int(arg), state.user_id))
    elif action == "qc":
        line = _line_id(state, step, n) if "line" in step else None
        yield keep(
            service.record_qc(
                sid(), str(arg), bool(step.get("passed", True)), line_id=line, value=str(step.get("value", ""))
            )
        )
    elif action == "weight":
        yield keep(service.record_weight(sid(), int(arg), str(step.get("source", "typed"))))
    elif action == "override":
        yield keep(
            service.override(sid(), str(arg), str(step.get("badge", "")), step.get("pin"), str(step.get("reason", "")))
        )
    elif action == "plan":
        state.session = service.set_plan(sid(), dict(arg))
        yield state.session
    elif action == "box":
        verdict = service.confirm_box(sid(), str(arg))
        state.session = service.view(sid())
        yield verdict
    elif action in ("slips", "labels"):
        register = service.register_slips if action == "slips" else service.register_labels
        state.session = register(sid(), [str(c) for c in arg])
        yield state.session
    elif action in ("suspend", "exception", "close"):
        if action == "suspend":
            state.session = service.suspend(sid(), str(arg))
        elif action == "exception":
            state.session = service.to_exception(sid(), str(arg))
        else:
            state.session = service.close(sid())
        yield state.session
    elif action == "reopen":
        state.session = service.reopen(
            as_row_id(str(arg)) or _order_id(state, n),
            str(step.get("badge", "")),
            step.get("pin"),
            str(step.get("reason", "")),
        )
        yield state.session
    elif action == "release":
        state.session = service.release_claim(
            _order_id(state, n), str(step.get("badge", "")), step.get("pin"), str(step.get("reason", arg))
        )
        yield state.session
    elif action == "wait":
        state.typed_ms += int(float(arg) * 1000)
        yield {"code": "ok"}


def _order_id(state: ReplayState, n: int) -> int:
    if state.session is None:
        raise ValidationError("bad_script", f"step {n}: no order is open")
    return state.session.order_id
