"""`packstation lead` on an office PC: the lead's badge and PIN first; a packer's badge is refused in words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from packstation.app import open_store
from packstation.gui.screens.lead_sign_in import LeadSignInDialog
from packstation.services.site.auth import AuthService
from packstation.services.site.service import SiteService


def test_only_a_lead_or_admin_gets_past_the_office_sign_in(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(f"sqlite:///{tmp_path / 'office.db'}")
    try:
        site = SiteService(store)
        site.add_user("Per Packer", "B-1", pin="111100")
        site.add_user("Lea Lead", "B-2", "lead", pin="222200")
        dialog = LeadSignInDialog(AuthService(store, "OFFICE").verify_lead)
        qtbot.addWidget(dialog)
        dialog.show()
        for badge, pin, words in (("B-1", "111100", "Only a shift lead"), ("B-2", "999900", "Wrong PIN")):
            dialog.badge.clear()
            qtbot.keyClicks(dialog.badge, badge)
            qtbot.keyClick(dialog.badge, Qt.Key.Key_Return)
            qtbot.keyClicks(dialog.pin, pin)
            qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
            assert words in dialog.error.text() and dialog.isVisible() and dialog.user is None
            assert dialog.pin.text() == ""
        dialog.badge.clear()
        qtbot.keyClicks(dialog.badge, "B-2")
        qtbot.keyClicks(dialog.pin, "222200")
        qtbot.keyClick(dialog.pin, Qt.Key.Key_Return)
        assert dialog.user is not None and dialog.user.name == "Lea Lead" and not dialog.isVisible()
    finally:
        store.dispose()
