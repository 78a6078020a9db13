"""The composition root opens the windows the commands promise: `packstation lead` is the lead's badge and PIN,
then the lead window on the configured database (the command once imported its opener from the wrong module)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from packstation.app import open_store
from packstation.cli import main
from packstation.gui.screens.lead_sign_in import LeadSignInDialog
from packstation.services.site.service import SiteService


def test_packstation_lead_signs_in_a_lead_and_opens_the_lead_window(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path / 'office.db'}"
    store = open_store(url)
    try:
        SiteService(store).add_user("Lea Lead", "B-2", "lead", pin="222200")
    finally:
        store.dispose()
    config = tmp_path / "packstation.toml"
    config.write_text(f'db_url = "{url}"\nprint_dir = "{tmp_path / "prints"}"\n', encoding="utf-8")
    seen: dict[str, object] = {}

    def drive() -> None:
        if "done" in seen:  # the command has returned: leave later tests' windows alone
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, LeadSignInDialog) and "dialog" not in seen:
            seen["dialog"] = True
            qtbot.keyClicks(dialog.badge, "B-2")
            qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
            qtbot.keyClicks(dialog.pin, "222200")
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        lead = [w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "menu_actions")]
        if lead:
            seen["lead"] = lead[0].windowTitle()
            lead[0].activateWindow()
            QTest.keyClick(lead[0], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # its "Sign out" key
            seen["signed_out"] = not lead[0].isVisible()  # (pressed again until the window is active)
            if seen["signed_out"]:
                return  # the last window closed: the command's event loop ends
        QTimer.singleShot(100, drive)

    QTimer.singleShot(100, drive)
    safety = QTimer()  # never hang the run: it fails on `seen` below instead
    safety.setSingleShot(True)
    safety.timeout.connect(QApplication.closeAllWindows)
    safety.start(30_000)
    try:
        result = CliRunner().invoke(main, ["--config", str(config), "lead"])
    finally:
        safety.stop()  # a later test's windows are not this test's business
        seen["done"] = True
    assert seen.get("dialog") is True, "the lead's badge and PIN were asked first"
    assert seen.get("lead") == "Packstation — shift lead", result.output
    assert seen.get("signed_out") is True, "Ctrl+L signs the lead out and closes the window"
    assert result.exit_code == 0, result.output
