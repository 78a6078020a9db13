"""Shared bits of the on-demand benchmarks: percentiles, a plain-text table, and the machine the figures came from.

Benchmarks are scripts (`python -m tests.benchmarks.bench_<name>`), not tests: they print figures and never assert
on time. The machine line goes next to every table, because a figure without its machine means little.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

DEFAULT_PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def machine() -> str:
    """'2 CPUs, AMD EPYC, 23 GiB RAM, Linux 6.1, Python 3.11.7, SQLite 3.40.1' for the figures' caption."""
    import sqlite3

    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    ram = ""
    try:
        kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        ram = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return (
        f"{os.cpu_count()} CPUs, {model}{ram}, {platform.system()} {platform.release().split('-')[0]}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}"
    )


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; samples need not be sorted."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summary_ms(samples_s: Sequence[float]) -> dict[str, float]:
    """p50/p90/p99/max/mean in milliseconds from samples in seconds."""
    ms = [s * 1000 for s in samples_s]
    return {
        "n": len(ms),
        "p50": percentile(ms, 50),
        "p90": percentile(ms, 90),
        "p99": percentile(ms, 99),
        "max": max(ms) if ms else float("nan"),
        "mean": statistics.fmean(ms) if ms else float("nan"),
    }


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table (pastes straight into the README)."""

    def cell(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:.2f}" if abs(value) < 1000 else f"{value:,.0f}"
        if isinstance(value, int):
            return f"{value:,}"
        return str(value)

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    return "\n".join([line, rule, *body])


def _cpu_ticks() -> tuple[int, int] | None:
    """(all CPU ticks, ticks the hypervisor stole) since boot, from /proc/stat; None where there is none."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, IndexError, ValueError):
        return None
    return sum(fields[:8]), (fields[7] if len(fields) > 7 else 0)


_TICKS_AT_START = _cpu_ticks()


def stolen_share() -> str:
    """The share of CPU time the host took from this VM since the benchmark started ("0.0 %" on a quiet host)."""
    now = _cpu_ticks()
    if now is None or _TICKS_AT_START is None or now[0] <= _TICKS_AT_START[0]:
        return "unknown"
    return f"{100 * (now[1] - _TICKS_AT_START[1]) / (now[0] - _TICKS_AT_START[0]):.1f} %"


def python_speed(iterations: int = 10_000_000) -> float:
    """Seconds for an empty Python loop of `iterations`. Every figure of a run moves with it, so the reports print
    it beside the load average: on 7 Dec 2026 this VM ran it in 0.14 s (the same loop at module level, 0.27 s),
    where the module-level loop had taken up to 1.56 s on a slower day."""
    t0 = time.perf_counter()
    for _ in range(iterations):
        pass
    return time.perf_counter() - t0


def report(title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]], notes: str = "") -> str:
    """Print and return a titled table with the machine line, its speed and what the host took of it."""
    speed = (
        f"a 10M-iteration Python loop {python_speed():.2f} s; CPU stolen by the host during the run: {stolen_share()}"
    )
    text = f"\n### {title}\n\n{table(headers, rows)}\n\nMachine: {machine()}; {speed}" + (f"\n{notes}" if notes else "")
    print(text, flush=True)
    return text


def time_calls(fn: Callable[[], Any], n: int) -> list[float]:
    """Seconds per call for n calls."""
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


class SqlCounter:
    """Counts the SQL statements and commits an engine runs (benchmarks report them per scan)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.statements = 0
        self.commits = 0
        self.commit_started = 0.0  # perf_counter() when the last COMMIT was sent (its fsync follows)
        event.listen(engine, "before_cursor_execute", self._statement)
        event.listen(engine, "commit", self._commit)

    def _statement(self, *_args: Any) -> None:
        self.statements += 1

    def _commit(self, *_args: Any) -> None:
        self.commits += 1
        self.commit_started = time.perf_counter()

    def mark(self) -> tuple[int, int]:
        return self.statements, self.commits

    def since(self, mark: tuple[int, int]) -> tuple[int, int]:
        return self.statements - mark[0], self.commits - mark[1]


@contextmanager
def pg_database(admin_url: str | None = None, prefix: str = "packstation_bench", template: str = "") -> Iterator[str]:
    """A fresh PostgreSQL database for one benchmark run (a copy of database `template` if given), dropped
    afterwards."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = admin_url or os.environ.get("PACKSTATION_TEST_PG_URL", DEFAULT_PG_ADMIN)
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        copy = f' TEMPLATE "{template}" STRATEGY FILE_COPY' if template else ""  # FILE_COPY: no 10 GB of WAL
        conn.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
