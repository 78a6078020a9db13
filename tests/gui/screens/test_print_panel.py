"""The print panel redraws its list only when a line changes (the print worker asks every 2 s, on the window's
thread), and still shows every change: a failure, the failed job's words in red, a job gone."""

from __future__ import annotations

from typing import Any

from packstation.gui.screens.verify import PrintQueuePanel


def _job(state: str, error: str = "") -> dict[str, Any]:
    return {"id": 7, "document": "label", "state": state, "printer": "zebra-1", "error": error, "order_id": 3}


def test_an_unchanged_queue_keeps_its_list_and_a_change_redraws_it(qtbot: Any) -> None:
    panel = PrintQueuePanel()
    qtbot.addWidget(panel)
    panel.show_jobs([_job("sent")], order_id=3)
    first = panel.list.item(0)
    panel.show_jobs([_job("sent")], order_id=3)
    assert panel.list.count() == 1 and panel.list.item(0) is first  # not rebuilt
    panel.show_jobs([_job("failed", "Connection refused")], order_id=3)
    assert panel.list.item(0) is not first and panel.list.item(0).text().startswith("⚠ ")
    assert panel.has_fault and "Connection refused" in panel.fault_text
    panel.show_jobs([], order_id=3)
    assert panel.list.count() == 0 and not panel.has_fault
