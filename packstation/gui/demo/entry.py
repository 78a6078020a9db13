"""The trainer's way into demo mode from the packer's own window: a "Training" menu (Ctrl+Shift+T).

Only a signed-in trainer or lead may open it, on an empty bench. It opens the isolated demo database
(`settings.demo_db_url`, generated on first use; `open_demo_store` refuses the production URL and any database not
marked as a demo floor), prints to PDF files in the demo data folder's `training-prints` (never the bench's printers
or its print folder; `packstation.demo.floor.demo_settings`), and hides
the production window while training runs (two packer windows would fight over the same function keys and the
scan filter's held keys), and stops its idle sign-out meanwhile. The floor's people are copied onto the training
floor (a trainee signs in there with their own badge and PIN), and a passed scenario is recorded on the production
floor for the trainee's gate (`services.training_gate`). Closing the
demo window brings the production window back, signed in as before, in its user's language.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from packstation.config import Settings
from packstation.gui.messages import VOCABULARY, error_text, tr
from packstation.gui.slots import slot
from packstation.services.site.auth import LEAD_ROLES

TRAINER_ROLES = ("trainer", *LEAD_ROLES)
SHORTCUT = "Ctrl+Shift+T"


def training_settings(settings: Settings) -> Settings:
    """The production station's settings turned into the training floor's: demo database, PDF printers only."""
    from packstation.demo.floor import demo_settings

    return demo_settings(settings)


class TrainingMenu(QMenu):
    """The Training menu; it retitles itself and its entry when the packer switches language."""

    def __init__(self, parent: Any) -> None:
        super().__init__(parent)
        self.setObjectName("trainingMenu")
        self.open_demo = QAction(parent)
        self.open_demo.setObjectName("action_open_demo")
        self.open_demo.setShortcut(QKeySequence(SHORTCUT))
        self.addAction(self.open_demo)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(tr("Training"))
        self.open_demo.setText(tr("Open demo mode (trainers and leads)…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()


def add_training_menu(window: Any) -> QAction | None:
    """Add the Training menu to a production packer window (not to the one inside the demo window)."""
    settings = getattr(window.station, "settings", None)
    if not isinstance(settings, Settings) or settings.demo:
        return None
    menu = TrainingMenu(window)
    window.menuBar().addMenu(menu)
    action = menu.open_demo
    action.triggered.connect(slot(lambda _checked=False: open_demo(window)))
    window.addAction(action)
    return action


def open_demo(window: Any) -> Any:
    """The demo window for the trainer signed in at `window`, or None with the reason on the packer's banner."""
    from packstation.demo.floor import open_demo_store
    from packstation.domain.errors import DomainError

    build_demo_window = window.demo_builder  # wired by the composition root (packstation.app.station_window)
    user = window.user
    if user is None:
        window.show_problem(tr("Sign in as a trainer or a lead first, then open demo mode."))
        return None
    if user.role not in TRAINER_ROLES:
        window.show_problem(
            tr(
                "Only a trainer or a shift lead can open demo mode. Signed in: {name} · Role: {role}",
                name=user.name,
                role=tr(VOCABULARY["role"].get(user.role, user.role)),
            )
        )
        return None
    if window.session is not None:
        window.show_problem(
            tr("Finish or suspend order {ref} first: demo mode opens on an empty bench.", ref=window.session.order_ref)
        )
        return None
    existing = getattr(window, "demo_window", None)
    if existing is not None:
        existing.raise_()
        return existing
    settings = training_settings(window.station.settings)
    try:
        store = open_demo_store(settings)
    except DomainError as exc:
        window.show_problem(error_text(exc))
        return None
    from packstation.services.training.service import TrainingService
    from packstation.services.training.training_gate import TrainingGateService

    gate = TrainingGateService(window.station.store)
    TrainingService(store).adopt_people(gate.people_for_training())  # trainees sign in with their own badge

    def scored(card: Any, badge: str) -> None:
        """A passed scenario opens (part of) the trainee's gate on the production floor."""
        if card.passed and badge:
            gate.record_pass(
                badge,
                card.scenario,
                card.accuracy,
                hints=card.hints,
                detail={"training_scorecard": card.id, "seconds": card.seconds},
            )

    from packstation.domain.training.scenarios import parse_scenario

    own = [parse_scenario(a.document, a.scenario) for a in gate.assignments()]  # made from packers' mistakes
    demo = build_demo_window(
        store, settings, sounds=window.sounds.enabled, owns_store=True, on_scored=scored, extra_scenarios=own
    )

    def back() -> None:
        if window.demo_window is not demo:
            return
        window.demo_window = None
        window.install_scan_filter()
        window.show()
        window.apply_user_settings(window.user)
        window.idle_timer.start()
        window.activateWindow()

    demo.closed.connect(back)
    window.demo_window = demo
    # One scan filter at a time: two would hand typed keys back and forth; the production bench idles meanwhile.
    app = QApplication.instance()
    if app is not None:
        app.removeEventFilter(window.scan_filter)
        app.removeEventFilter(window)
    window.idle_timer.stop()
    window.hide()
    demo.showMaximized()  # on the bench's own screen, never off it
    return demo
