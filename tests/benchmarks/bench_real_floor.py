"""A real floor: N bench processes (not threads) on one PostgreSQL holding a history, each claiming and scanning
orders at a packer's pace, while two leads' dashboards refresh; swept over 10, 50 and 100 benches in one command.

    python -m tests.benchmarks.bench_real_floor                      # 10, 50, 100 benches, 4-8 s pauses, 1M events
    python -m tests.benchmarks.bench_real_floor --fast --seconds 60  # 0.5-1.5 s pauses (a shared 2-core machine)

Each bench is its own process (forked once the parent has imported everything, then its own engine: one
pooled connection, as a bench holds): it signs in, then repeats: pause, claim the most urgent order
(`StationService.next_order`, the window's "next order"), and for every unit a pause and a scan
(`StationService.scan`; the scan that completes the order stores the box plan made at the claim); then the box,
no documents (printing is not measured here), a pause, the label scan and the close. Timed: each claim and each
scan, wall clock around the service call. Two lead processes refresh the live dashboard (this shift) every
`--dashboard-every` s. After the run the database is read back: orders closed twice or with a wrong unit count
("double-packed"), acknowledged scans missing from the journal ("lost").

The server's CPU per order: utime+stime from /proc of the PostgreSQL backends serving this benchmark's database
(and of the server's own background processes, shown apart), before and after the run, divided by orders closed.

More benches than the server's free connections (PostgreSQL's default max_connections is 100) go through
pgbouncer (transaction pooling; Debian package `pgbouncer`), started by the benchmark on a spare port; the table
says which path each run took. The history is filled once per sweep by `history_fill` (SQL INSERT ... SELECT).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from packstation.app import Store, open_store
from packstation.config import Settings
from packstation.domain.errors import DomainError
from packstation.domain.report_views import ReportFilter
from packstation.domain.vocabulary import SessionState
from packstation.services.packing import collector
from packstation.services.packing.station import StationService
from packstation.services.reports.service import ReportService
from packstation.store.db import make_engine, make_session_factory
from packstation.store.models import Event, Order, OrderLine, PackedUnit, PackSession
from tests.benchmarks.harness import machine, percentile, pg_database, report
from tests.benchmarks.history_fill import event_count, fill_history
from tests.helpers.bench_world import add_orders, build_floor

CLK = os.sysconf("SC_CLK_TCK")


# -- one bench ---------------------------------------------------------------------------------------------------------
def bench(
    url: str,
    number: int,
    station: str,
    badge: str,
    box: str,
    start_at: float,
    stop_at: float,
    pause: tuple[float, float],
    out: Path,
    engine_args: dict[str, Any],
) -> None:
    """One bench process: packs orders at a packer's pace until `stop_at`; writes its figures to `out`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    collector.install()  # as the window does: full collections between orders only
    rng = random.Random(number)
    log: dict[str, Any] = {"claim": [], "scan": [], "last": [], "closed": [], "acked": [], "errors": [], "conflicts": 0}
    engine = make_engine(url, pool_size=1, max_overflow=0, **engine_args)
    store = Store(engine, make_session_factory(engine), url)
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        svc = StationService(store, Settings(db_url=url, station=station, print_dir=Path(tmp)))
        try:
            user = svc.sign_in(badge)
            time.sleep(max(0.0, start_at - time.time()) + rng.uniform(0, pause[1]))  # benches start out of step
            while time.time() < stop_at:
                time.sleep(rng.uniform(*pause))  # the packer takes the next tote
                t0 = time.perf_counter()
                view = svc.next_order(user.id)
                log["claim"].append(time.perf_counter() - t0)
                if view is None:
                    break
                for line in view.lines:
                    for _ in range(line.ordered - line.scanned):
                        time.sleep(rng.uniform(*pause))  # ... reaches for the next item
                        scan_id = str(uuid.uuid4())
                        t0 = time.perf_counter()
                        verdict, after = svc.scan(view.session_id, line.barcode, scan_id)
                        took = time.perf_counter() - t0
                        log["last" if after.state != SessionState.SCANNING else "scan"].append(took)
                        if verdict.severity != "ok":
                            log["errors"].append(f"{view.order_ref}: {verdict.code}")
                        log["acked"].append(scan_id)
                packing = svc.packing
                packing.confirm_box(view.session_id, box)
                packing.register_slips(view.session_id, [])
                packing.register_labels(view.session_id, [f"TRK-{view.order_ref}"])
                time.sleep(rng.uniform(*pause))  # ... puts the label on the box
                scan_id = str(uuid.uuid4())
                t0 = time.perf_counter()
                svc.scan(view.session_id, f"TRK-{view.order_ref}", scan_id)
                log["scan"].append(time.perf_counter() - t0)
                log["acked"].append(scan_id)
                closed = svc.close(view.session_id)
                log["closed"].append(closed.order_ref)
                collector.between_orders()  # the box leaves the bench
        except DomainError as exc:
            log["errors"].append(f"{exc.code}: {exc}")
        except Exception as exc:  # noqa: BLE001 - reported in the table, never hidden
            log["errors"].append(f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
        finally:
            if svc._planner is not None:
                svc._planner.shutdown(wait=True)
            engine.dispose()
    out.write_text(json.dumps(log))


def lead(
    url: str, number: int, start_at: float, stop_at: float, every: float, out: Path, engine_args: dict[str, Any]
) -> None:
    """A lead's dashboard: this shift (the last 8 hours), refreshed every `every` s."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    engine = make_engine(url, pool_size=1, max_overflow=0, **engine_args)
    service = ReportService(make_session_factory(engine))
    times: list[float] = []
    refreshing: list[float] = []  # of each dashboard, the seconds its refresh of dirty hours took (on the primary)
    from packstation.services.reports import report_aggregates

    plain_refresh = report_aggregates.refresh_quietly

    def timed_refresh(*args: Any, **kwargs: Any) -> int:
        t0 = time.perf_counter()
        try:
            return plain_refresh(*args, **kwargs)
        finally:
            refreshing[-1] += time.perf_counter() - t0

    report_aggregates.refresh_quietly = timed_refresh  # type: ignore[assignment]
    time.sleep(max(0.0, start_at - time.time()) + number * every / 2)
    try:
        while time.time() < stop_at:
            now = dt.datetime.now(dt.UTC)
            refreshing.append(0.0)
            t0 = time.perf_counter()
            service.dashboard(ReportFilter(now - dt.timedelta(hours=8), now))
            times.append(time.perf_counter() - t0)
            time.sleep(max(0.0, every - (time.perf_counter() - t0)))
    finally:
        engine.dispose()
    out.write_text(json.dumps({"dashboard": times, "refresh": refreshing}))


# -- the server's CPU ----------------------------------------------------------------------------------------------------
def _cpu_of(pid: int) -> float | None:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLK


def server_cpu(admin_url: str, database: str) -> tuple[dict[int, float], dict[int, float]]:
    """CPU seconds so far of the backends serving `database`, and of the server's background processes."""
    engine = make_engine(admin_url, pool_size=1, max_overflow=0)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT pid, datname, backend_type FROM pg_stat_activity")).all()
    finally:
        engine.dispose()
    mine = {pid: c for pid, db, _kind in rows if db == database and (c := _cpu_of(pid)) is not None}
    background = {
        pid: c for pid, db, kind in rows if db is None and kind != "client backend" and (c := _cpu_of(pid)) is not None
    }
    return mine, background


class CpuWatch:
    """Samples the server's processes every second while a run goes (a backend's CPU is gone once it exits)."""

    def __init__(self, admin_url: str, database: str) -> None:
        import threading

        self.admin_url, self.database = admin_url, database
        self.first = server_cpu(admin_url, database)
        self.last: tuple[dict[int, float], dict[int, float]] = ({}, {})
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(1.0):
            self._sample()

    def _sample(self) -> None:
        mine, background = server_cpu(self.admin_url, self.database)
        self.last = ({**self.last[0], **mine}, {**self.last[1], **background})

    def stop(self) -> tuple[float, float]:
        """CPU seconds the backends of the database, and the background processes, spent since the start."""
        self._stop.set()
        self._thread.join()
        self._sample()
        return tuple(
            sum(c - first.get(pid, 0.0) for pid, c in last.items())  # type: ignore[return-value]
            for first, last in zip(self.first, self.last, strict=True)
        )


# -- pgbouncer, for more benches than the server takes connections ----------------------------------------------------
class Bouncer:
    """pgbouncer in transaction pooling in front of `url`'s server (run as the postgres user when we are root)."""

    def __init__(self, url: str, pool: int) -> None:
        u = make_url(url)
        folder = self.folder = Path(tempfile.mkdtemp(prefix="pgbouncer-"))  # the postgres user reads and writes it
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        os.chmod(folder, 0o777)
        conf = folder / "pgbouncer.ini"
        (folder / "users.txt").write_text(f'"{u.username}" ""\n')
        conf.write_text(f"""[databases]
* = host={u.host or "127.0.0.1"} port={u.port or 5432}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {self.port}
unix_socket_dir =
auth_type = trust
auth_file = {folder / "users.txt"}
pool_mode = transaction
default_pool_size = {pool}
max_client_conn = 1000
ignore_startup_parameters = options
logfile = {folder / "pgbouncer.log"}
""")
        for path in folder.iterdir():
            os.chmod(path, 0o666)
        command = ["pgbouncer", str(conf)]
        if os.geteuid() == 0:
            command[1:1] = ["-u", "postgres"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(50):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        raise RuntimeError(f"pgbouncer did not start: {self.process.stderr.read() if self.process.stderr else ''}")

    def url(self, url: str) -> str:
        return make_url(url).set(host="127.0.0.1", port=self.port).render_as_string(hide_password=False)

    def cpu(self) -> float:
        return _cpu_of(self.process.pid) or 0.0

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        shutil.rmtree(self.folder, ignore_errors=True)


# -- one run and the sweep ---------------------------------------------------------------------------------------------
def free_connections(admin_url: str) -> int:
    engine = make_engine(admin_url, pool_size=1, max_overflow=0)
    try:
        with engine.connect() as conn:
            limit = int(conn.execute(text("SHOW max_connections")).scalar_one())
            reserved = int(conn.execute(text("SHOW superuser_reserved_connections")).scalar_one())
            used = int(
                conn.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'")
                ).scalar_one()
            )
    finally:
        engine.dispose()
    return limit - reserved - used


def run(
    url: str,
    floor: Any,
    benches: int,
    seconds: float,
    pause: tuple[float, float],
    leads: int,
    every: float,
    lines: int,
    tag: str,
    folder: Path,
    pooler: str = "auto",
) -> list[tuple[Any, ...]]:
    database = make_url(url).database or ""
    store = open_store(url, migrate=False)
    per_order = lines * (pause[0] + pause[1]) / 2 + 2 * (pause[0] + pause[1]) / 2
    wanted = int(benches * seconds / per_order * 1.5) + 2 * benches
    add_orders(store, floor, wanted, lines, prefix=f"F{tag}-")
    store.dispose()
    bouncer = None
    engine_args: dict[str, Any] = {}
    bench_url = url
    if pooler == "always" or (pooler == "auto" and benches + leads + 5 > free_connections(url)):
        if shutil.which("pgbouncer") is None:
            return [(benches, "skipped: more benches than free connections and no pgbouncer", *[""] * 13, [])]
        bouncer = Bouncer(url, pool=min(40, max(10, benches // 4)))
        bench_url = bouncer.url(url)
        engine_args = {"connect_args": {"prepare_threshold": None}}  # transaction pooling: no prepared statements
    out = folder / f"run-{benches}"
    out.mkdir()
    fork = multiprocessing.get_context("fork")
    start_at = time.time() + 3 + benches * 0.05
    stop_at = start_at + seconds
    procs = [
        fork.Process(
            target=bench,
            args=(
                bench_url,
                i,
                floor.stations[i],
                floor.badges[i],
                floor.box_barcode,
                start_at,
                stop_at,
                pause,
                out / f"bench-{i}.json",
                engine_args,
            ),
        )
        for i in range(benches)
    ]
    procs += [
        fork.Process(target=lead, args=(bench_url, i, start_at, stop_at, every, out / f"lead-{i}.json", engine_args))
        for i in range(leads)
    ]
    for p in procs:
        p.start()
    time.sleep(max(0.0, start_at - time.time() - 0.5))
    watch = CpuWatch(url, database)
    bouncer0 = bouncer.cpu() if bouncer else 0.0
    load0 = os.getloadavg()[0]
    for p in procs:
        p.join(seconds + 300)
    elapsed = time.time() - start_at
    backend_s, background_s = watch.stop()
    bouncer_cpu = (bouncer.cpu() - bouncer0) if bouncer else 0.0
    load1 = os.getloadavg()[0]
    if bouncer:
        bouncer.stop()
    logs = [json.loads(path.read_text()) for path in sorted(out.glob("bench-*.json"))]
    dash = [t for path in out.glob("lead-*.json") for t in json.loads(path.read_text())["dashboard"]]
    dash_refresh = [t for path in out.glob("lead-*.json") for t in json.loads(path.read_text())["refresh"]]
    print(f"  leads' dashboards, each in turn, ms: {', '.join(f'{t * 1000:.0f}' for t in dash)}", flush=True)
    closes = [ref for log in logs for ref in log["closed"]]
    acked = [a for log in logs for a in log["acked"]]
    errors = [e for log in logs for e in log["errors"]]
    lost, twice, wrong = verify(url, acked)

    def ms(samples: list[float]) -> str:
        if not samples:
            return "-"
        return " / ".join(f"{percentile(samples, q) * 1000:.0f}" for q in (50, 99)) + f" / {max(samples) * 1000:.0f}"

    scans = [s for log in logs for s in log["scan"]]
    last = [s for log in logs for s in log["last"]]
    claims = [s for log in logs for s in log["claim"]]
    n = max(1, len(closes))
    return [
        (
            benches,
            "pgbouncer" if bouncer else "direct",
            len(logs),
            len(closes),
            round(len(closes) / elapsed * 60, 1),
            f"{len(scans) + len(last)}",
            ms(scans + last),
            ms(last),
            ms(claims),
            ms(dash) + f" ({len(dash)})",
            ms(dash_refresh),
            lost,
            twice + wrong,
            f"{backend_s / n * 1000:.0f} (+{background_s / n * 1000:.0f} bg"
            + (f", +{bouncer_cpu / n * 1000:.0f} pgbouncer)" if bouncer else ")"),
            f"{load0:.1f} -> {load1:.1f}",
            len(errors),
            errors[:3],
        )
    ]


def verify(url: str, acked: list[str]) -> tuple[int, int, int]:
    """(acknowledged scans not in the journal, orders closed more than once, closed orders whose packed units
    differ from the ordered ones), read from the database."""
    store = open_store(url, migrate=False)
    with store.sessions() as db:
        mine = select(Order.id).where(~Order.external_ref.like("HIST-%")).scalar_subquery()  # every run so far
        closed = Counter(
            db.scalars(
                select(PackSession.order_id).where(PackSession.state == "closed", PackSession.order_id.in_(mine))
            )
        )
        packed = dict(
            db.execute(
                select(PackSession.order_id, func.sum(PackedUnit.quantity))
                .join(PackedUnit, PackedUnit.session_id == PackSession.id)
                .where(PackSession.order_id.in_(mine))
                .group_by(PackSession.order_id)
            ).all()
        )
        ordered = dict(
            db.execute(
                select(OrderLine.order_id, func.sum(OrderLine.quantity))
                .where(OrderLine.order_id.in_(mine))
                .group_by(OrderLine.order_id)
            ).all()
        )
        stored: set[str] = set()
        for i in range(0, len(acked), 5000):
            stored |= set(db.scalars(select(Event.event_uuid).where(Event.event_uuid.in_(acked[i : i + 5000]))))
    store.dispose()
    twice = sum(1 for c in closed.values() if c > 1)
    wrong = sum(1 for oid in closed if packed.get(oid, 0) != ordered.get(oid))
    return len(acked) - len(stored), twice, wrong


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--benches", type=int, nargs="+", default=[10, 50, 100])
    ap.add_argument("--seconds", type=float, default=120, help="how long each run packs")
    ap.add_argument(
        "--pause",
        type=float,
        nargs=2,
        default=(4.0, 8.0),
        metavar=("MIN", "MAX"),
        help="seconds before each claim and scan (a packer's pace)",
    )
    ap.add_argument("--fast", action="store_true", help="0.5-1.5 s pauses instead (a short run on a small machine)")
    ap.add_argument("--history", type=int, default=1_000_000, help="journal rows of history filled first")
    ap.add_argument(
        "--template",
        metavar="NAME",
        default="",
        help="copy the history from database NAME (bench_dashboard --keep-pg NAME) instead of filling it",
    )
    ap.add_argument("--lines", type=int, default=3, help="lines (one unit each) per order")
    ap.add_argument("--leads", type=int, default=2)
    ap.add_argument("--dashboard-every", type=float, default=30.0)
    ap.add_argument(
        "--pgbouncer",
        choices=("auto", "always", "never"),
        default="auto",
        help="auto: only when the benches need more connections than the server has free",
    )
    args = ap.parse_args(argv)
    pause = (0.5, 1.5) if args.fast else tuple(args.pause)
    print(
        f"machine: {machine()}; load average at the start: {', '.join(f'{x:.1f}' for x in os.getloadavg())}", flush=True
    )
    rows: list[tuple[Any, ...]] = []
    with (
        pg_database(prefix="packstation_floor", template=args.template) as url,
        tempfile.TemporaryDirectory(prefix="floor-") as tmp,
    ):
        os.environ["PACKSTATION_PG_STATEMENT_TIMEOUT"] = "3600"  # the fill's INSERT ... SELECT of 500k rows
        store = open_store(url)
        t0 = time.perf_counter()
        if args.history and not args.template:
            fill_history(store, args.history, end=dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
        events = event_count(store)
        floor = build_floor(store, skus=40, packers=max(args.benches), stations=max(args.benches), pin=False)
        store.dispose()
        del os.environ["PACKSTATION_PG_STATEMENT_TIMEOUT"]  # the benches run with the product's timeouts
        how = f"copied from {args.template}" if args.template else "filled"
        print(f"store: {events:,} journal rows of history, {how} in {time.perf_counter() - t0:.0f} s", flush=True)
        for i, benches in enumerate(args.benches):
            rows += run(
                url,
                floor,
                benches,
                args.seconds,
                pause,
                args.leads,
                args.dashboard_every,
                args.lines,
                f"{i}",
                Path(tmp),
                args.pgbouncer,
            )
            print(rows[-1], flush=True)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    report(
        f"Floor: bench processes at {pause[0]:g}-{pause[1]:g} s between scans, {args.seconds:g} s each, "
        f"{args.leads} leads' dashboards every {args.dashboard_every:g} s, {events:,} history events",
        (
            "benches",
            "path",
            "procs",
            "orders",
            "orders/min",
            "scans",
            "scan p50/p99/max ms",
            "completing scan ms",
            "claim ms",
            "dashboard ms (n)",
            "of it refreshing ms",
            "lost",
            "double-packed",
            "server CPU ms/order",
            "load",
            "errors",
            "first errors",
        ),
        [(*r[:16], "; ".join(r[16]) or "-") for r in rows],
        f"load average at the end: {load} on {os.cpu_count()} CPUs (benches, leads and PostgreSQL share them)",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
