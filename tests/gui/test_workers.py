"""Nothing slow on the GUI thread: a Zebra that accepts the connection and never answers does not hold the screen.

The label is sent by the window's print worker; while that send is still outstanding (the socket open, no answer),
the packer's next scan gets its verdict. No time is asserted: the proof is the order of events."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from packstation.domain.errors import DomainError
from packstation.gui import workers
from tests.gui.conftest import find_order, make_bench
from tests.helpers.zebra import FakeZebra


def test_result_and_domain_error_come_back_on_the_gui_thread(qtbot: Any) -> None:
    import threading

    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    workers.run_in_background(work, on_done=lambda r: seen.update(result=r, done_on=threading.get_ident()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and seen["done_on"] == gui and seen["worker"] != gui

    def refuse() -> None:
        raise DomainError("scale_no_answer", "no answer", port="/dev/ttyUSB0")

    workers.Op(refuse).failure(lambda exc: seen.update(error=exc, error_on=threading.get_ident())).run_in_background()
    qtbot.waitUntil(lambda: "error" in seen)
    assert seen["error"].code == "scale_no_answer" and seen["error_on"] == gui


def test_a_lane_runs_one_call_at_a_time_and_the_latest_waiting_call_wins(qtbot: Any) -> None:
    import threading

    gate = threading.Event()
    answers: list[str] = []
    workers.run_in_background(lambda: gate.wait(10) and "first", on_done=answers.append, lane="test-lane")
    workers.run_in_background(lambda: "second", on_done=answers.append, lane="test-lane")
    workers.run_in_background(lambda: "third", on_done=answers.append, lane="test-lane")
    assert workers.busy("test-lane")
    gate.set()
    qtbot.waitUntil(lambda: not workers.busy("test-lane"))
    assert answers == ["first", "third"]


def test_next_scan_is_answered_while_a_zebra_hangs(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    zebra = FakeZebra(mode="hang")
    bench = make_bench(qtbot, bench_db, tmp_path / "prints")
    try:
        window = bench.window
        order = find_order(bench.store, lines=(1, 3), plain=True)
        bench.set_devices(label_printer=zebra.uri, label_format="zpl")
        bench.sign_in()
        bench.scan(order.order_barcode)
        bench.scan_all_units()
        bench.answer_qc_yes()
        for box in window.session.plan["boxes"]:
            bench.scan(box["box"])
        bench.weigh_if_asked()
        for code in window.session.slips_expected:
            bench.scan(code)
        # The label step: the label is queued and the print worker is sending it to a printer that never answers.
        qtbot.waitUntil(lambda: bool(zebra._held) and window.printing_busy, timeout=10_000)
        (tracking,) = window.session.labels_expected[:1]
        before = window.banner.headline
        started = time.perf_counter()
        bench.scan("4006381333931")  # the packer's next scan: a barcode that is not in this order
        answered_ms = (time.perf_counter() - started) * 1000
        assert window.banner.headline != before and window.banner.look in ("stop", "attention")
        assert window.printing_busy and zebra.jobs == []  # the print is still outstanding
        print(f"scan answered in {answered_ms:.1f} ms while the Zebra hung")
        assert tracking  # the label to verify is known; it prints when the printer answers
    finally:
        zebra.close()
        qtbot.waitUntil(lambda: not bench.window.printing_busy, timeout=20_000)  # the send times out (5 s)
        bench.window.close()
        bench.store.dispose()


def test_printer_status_is_shown_at_the_bench_before_the_label(qtbot: Any, bench_db: Path, tmp_path: Path) -> None:
    from tests.helpers.zebra import Status

    zebra = FakeZebra(status=Status(paper_out=True))
    bench = make_bench(qtbot, bench_db, tmp_path / "prints")
    try:
        window = bench.window
        bench.set_devices(label_printer=zebra.uri, label_format="zpl")
        bench.sign_in()  # asked at sign-in (and every 10 s, and when the box step comes), in a worker
        qtbot.waitUntil(lambda: "paper out" in window.printer_status.text(), timeout=10_000)
        assert window.printer_status.isVisible() and window.printer_status.problems == ["paper_out"]
        assert "Label printer" in window.printer_status.text()
        zebra.status.paper_out = False  # paper loaded
        window.refresh_printer_status()
        qtbot.waitUntil(lambda: "ready" in window.printer_status.text(), timeout=10_000)
        assert zebra.jobs == []
    finally:
        zebra.close()
        bench.window.close()
        bench.store.dispose()


def test_garbage_is_never_collected_in_a_worker_thread(qtbot: Any) -> None:
    """A worker that allocates enough to trip the automatic collection leaves it to the GUI thread: collecting
    Qt objects off the GUI thread deletes them there (CI crashed so, in the lead's dashboard worker)."""
    import gc
    import threading

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    collected_in: list[str] = []

    def note(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            collected_in.append(threading.current_thread().name)

    def allocate() -> int:
        for _ in range(200_000):
            Cycle()  # cyclic garbage: only the collector frees it
        return len(collected_in)

    gc.callbacks.append(note)
    try:
        op = workers.Op(allocate).run_in_background()
        qtbot.waitUntil(lambda: op.done, timeout=30_000)
        assert op.error is None and op.result == 0  # nothing collected while the worker allocated
        assert gc.isenabled()
        for _ in range(2_000):
            Cycle()  # the GUI thread allocates next: its collection frees the worker's garbage
        assert threading.main_thread().name in collected_in
    finally:
        gc.callbacks.remove(note)
