"""The packer's main window: header, verdict banner, the current screen, and the key hints.

Every scan arrives here from the application-wide ScanFilter and goes to exactly one place: a command barcode to the
action registry, an open dialog that wants it, the sign-in, or the station service. The window only shows what the
service answers (the service commits before it answers) — no business rules live here.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.commands import COMMANDS
from packstation.domain.errors import DomainError
from packstation.domain.vocabulary import SessionState, Severity
from packstation.gui import workers
from packstation.gui.accessibility import apply_focus_style
from packstation.gui.actions import Action, ActionRegistry
from packstation.gui.flow import OrderFlow
from packstation.gui.i18n import switch_language
from packstation.gui.messages import error_text, next_step_text, state_name, tr, verdict_text
from packstation.gui.scan_filter import ScanFilter
from packstation.gui.screens.manual_entry import ManualEntry
from packstation.gui.screens.order import IdleScreen, OrderScreen
from packstation.gui.screens.sign_in import SignInScreen
from packstation.gui.screens.verify import wire_print_questions
from packstation.gui.slots import slot
from packstation.gui.sounds import Sounds
from packstation.gui.widgets.printer_status import PrinterStatusBar
from packstation.gui.widgets.verdict_banner import VerdictBanner
from packstation.services.packing import collector
from packstation.services.views import SessionView, UserView, VerdictView

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals: session_changed(object) after every redraw (the SessionView or None)."""

    session_changed = Signal(object)

    def __init__(
        self,
        station: Any,
        *,
        station_code: str,
        idle_minutes: int = 15,
        max_key_gap_ms: int = 30,
        sounds: Sounds | None = None,
        parent: QWidget | None = None,
        scan_prefix: str = "",
        scan_suffix: str = "",
    ) -> None:
        super().__init__(parent)
        self.station = station
        self.station_code = station_code
        self.sounds = sounds or Sounds(enabled=False)
        self.user: UserView | None = None
        self.session: SessionView | None = None
        self.last_verdict: VerdictView | None = None
        self.text_scale = 1.0  # 1.3 with the user's large-text setting
        # (window, user) -> True when another window takes over after a sign-in (set by the composition root)
        self.role_router: Callable[[Any, UserView], bool] | None = None
        self.lead_window: Any = None
        # Builds the demo window for the Training menu (set by the composition root on production windows only)
        self.demo_builder: Callable[..., Any] | None = None
        self.setWindowTitle(tr("Packstation — {station}", station=station_code))
        self._build()
        self.registry = ActionRegistry(self, on_refused=self._refused)
        self.flow = OrderFlow(self)
        self.flow.bind_actions(self.registry)
        wire_print_questions(self)  # "did it print?" after a crash mid-print
        self.scan_filter = ScanFilter(max_gap_ms=max_key_gap_ms, parent=self, prefix=scan_prefix, suffix=scan_suffix)
        self.scan_filter.decoded.connect(slot(self._decoded))
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(idle_minutes, 1) * 60_000)
        self.idle_timer.timeout.connect(slot(self.idle_sign_out))
        self._print_step_stopped_by_database = False  # the current order's print step waits for the database
        self.print_timer = QTimer(self)
        self.print_timer.setInterval(2000)
        self.print_timer.timeout.connect(slot(self.refresh_print_queue))
        from packstation.gui.camera import PhotoTaker

        self.photos = PhotoTaker(station, self.photo_status, self)
        self.printer_timer = QTimer(self)
        self.printer_timer.setInterval(10_000)
        self.printer_timer.timeout.connect(slot(self.refresh_printer_status))
        if hasattr(station, "send_prints_in_background"):  # printers that can hang are sent by the print worker
            station.send_prints_in_background(True)
        self.show_signed_out()

    # -- layout -----------------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.header_station = QLabel()
        self.header_station.setObjectName("headerStation")
        self.header_user = QLabel()
        self.header_user.setObjectName("headerUser")
        self.header_state = QLabel()
        self.header_state.setObjectName("headerState")
        self.header_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.header_station)
        header.addWidget(self.header_user, 1)
        header.addWidget(self.header_state)
        self.banner = VerdictBanner()
        self.banner.stop_changed.connect(slot(self._stop_takes_the_screen))
        self.sign_in_screen = SignInScreen(self.station_code)
        self.sign_in_screen.pin_entered.connect(slot(self._pin_entered))
        self.idle_screen = IdleScreen()
        self.order_screen = OrderScreen()
        self.pages = QStackedWidget()
        for page in (self.sign_in_screen, self.idle_screen, self.order_screen):
            self.pages.addWidget(page)
        self.manual_entry = ManualEntry()
        self.manual_entry.entered.connect(slot(self._typed))
        self.hints = QLabel()
        self.hints.setObjectName("keyHints")
        self.hints.setWordWrap(True)
        self.hints.setStyleSheet("background: #eceff1; color: #111111; padding: 4px;")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(6)
        layout.addLayout(header)
        self.printer_status = PrinterStatusBar()
        self.photo_status = QLabel()
        self.photo_status.setObjectName("photoStatus")
        self.photo_status.hide()
        devices = QHBoxLayout()
        devices.addWidget(self.printer_status, 1)
        devices.addWidget(self.photo_status)
        layout.addLayout(devices)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.manual_entry)
        layout.addWidget(self.hints)
        self._layout = layout
        # The window takes the size of its screen; its contents fit themselves to it (wrap, scroll, shrink), they
        # never push the window past the screen (a Finnish large-text packer once pushed it to 1579 px).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        central.setMinimumSize(1, 1)  # an explicit minimum: the main window's layout reads it instead of the hint
        self.setCentralWidget(central)
        central.setAutoFillBackground(True)
        palette = central.palette()
        palette.setColor(central.backgroundRole(), Qt.GlobalColor.white)
        central.setPalette(palette)

    def _stop_takes_the_screen(self, stopped: bool) -> None:
        """A stop waiting for Esc / CMD-ACK takes the whole working area; the order comes back when acknowledged."""
        self.pages.setVisible(not stopped)
        self._layout.setStretchFactor(self.banner, 1 if stopped else 0)

    @property
    def printer_fault(self) -> str:
        """The print fault of the order in hand (words), or "" (faults of earlier orders are not this order's)."""
        panel = self.order_screen.print_panel
        return panel.fault_text if self.session is not None and panel.has_fault else ""

    def show_next_step(self) -> None:
        """The banner names the one thing to do next in the order in hand (or the fault that holds it up)."""
        if self.session is None or self.banner.awaiting_ack:
            return
        headline, detail = next_step_text(self.session, self.printer_fault)
        if self.printer_fault:
            self.banner.show_verdict(Severity.STOP, headline, detail)
        else:
            self.banner.show_next(headline, detail)

    def append_next_step(self) -> None:
        """Under a green verdict (a check passed): what comes next, so the packer never wonders."""
        if self.session is None or self.banner.awaiting_ack or self.printer_fault:
            self.show_next_step()
            return
        headline, detail = next_step_text(self.session)
        self.banner.show_verdict(
            Severity.OK,
            self.banner.headline,
            "\n".join(t for t in (self.banner.detail, f"▶ {headline} — {detail}") if t),
        )

    def install_scan_filter(self, app: QApplication | None = None) -> None:
        """Hook the scan filter (and the idle timer) onto the whole application."""
        app = app or QApplication.instance()  # type: ignore[assignment]
        assert app is not None
        app.installEventFilter(self.scan_filter)
        app.installEventFilter(self)
        apply_focus_style(app)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress) and self.user is not None:
            self.idle_timer.start()
        return False

    # -- scaling ----------------------------------------------------------------------------------------------------
    def base_px(self) -> int:
        """Body text size from the window height: 768 px -> 18 px, 2160 px (4K) -> 50 px."""
        return max(14, round(self.height() / 42 * self.text_scale))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        base = self.base_px()
        font = QFont(self.font())
        font.setPixelSize(base)
        self.centralWidget().setFont(font)
        for label in (self.sign_in_screen.heading, self.idle_screen.heading):
            big = QFont(font)
            big.setPixelSize(int(base * 2.4))
            big.setBold(True)
            label.setFont(big)
        header_font = QFont(font)
        header_font.setBold(True)
        for label in (self.header_station, self.header_user, self.header_state):
            label.setFont(header_font)
        title_font = QFont(font)
        title_font.setBold(True)
        title_font.setPixelSize(int(base * 1.15))
        for label in self.findChildren(QLabel, "panelTitle"):
            label.setFont(title_font)
        small = QFont(font)
        small.setPixelSize(max(12, int(base * 0.8)))
        self.hints.setFont(small)
        for widget in (self.manual_entry.label, self.manual_entry.field):
            widget.setFont(font)  # typed codes readable at the bench's body size
        for label in self.order_screen.steps.labels.values():
            label.setFont(small)
        # the fault's words are in the banner; the print panel's red line names it at body size, never clipped
        fault_font = QFont(font)
        fault_font.setBold(True)
        self.order_screen.print_panel.fault.setFont(fault_font)
        self.banner.apply_scale(base)
        self.order_screen.apply_scale(base)

    # -- what the window shows --------------------------------------------------------------------------------------
    def apply_user_settings(self, user: UserView | None) -> None:
        """The packer's own language and text size (users.locale, users.large_text); signed out: English, normal."""
        self.text_scale = 1.3 if user is not None and user.large_text else 1.0
        switch_language(user.locale if user is not None else None)
        self.resizeEvent(QResizeEvent(self.size(), self.size()))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        """A new translator was installed: redraw every text that comes from state."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "registry"):
            self.setWindowTitle(tr("Packstation — {station}", station=self.station_code))
            self._update_header()
            self.order_screen.progress.setFormat(tr("%v of %n unit(s)", None, self.order_screen.progress.maximum()))
            model = self.order_screen.model
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(model.columnCount() - 1, 0))
            if self.session is not None:
                self.order_screen.show_session(self.session)
            if self.user is None:
                self.banner.show_idle(tr("Scan your badge"), tr("Station {station}", station=self.station_code))
            if self.last_verdict is not None and self.user is not None:
                headline, detail = verdict_text(self.last_verdict)
                self.banner.show_verdict(
                    self.last_verdict.severity, headline, detail, must_ack=self.banner.awaiting_ack
                )

    def show_signed_out(self) -> None:
        self.user = None
        self.last_verdict = None
        self.apply_user_settings(None)
        self.session = None
        self.idle_timer.stop()
        self.print_timer.stop()
        self.printer_timer.stop()
        self.printer_status.hide()
        self.photo_status.hide()
        self.sign_in_screen.reset()
        self.pages.setCurrentWidget(self.sign_in_screen)
        self.banner.show_idle(tr("Scan your badge"), tr("Station {station}", station=self.station_code))
        self._update_header()
        self.session_changed.emit(None)

    def show_session(self, session: SessionView | None) -> None:
        """Redraw from the service's answer; closed, suspended and exception orders leave the bench."""
        if session is not None and session.state in (
            SessionState.CLOSED,
            SessionState.SUSPENDED,
            SessionState.EXCEPTION,
        ):
            session = None
        before = self.session
        self.session = session
        if (session is None) != (before is None) or (
            session is not None and before is not None and before.session_id != session.session_id
        ):
            QTimer.singleShot(0, _collect_between_orders)  # an order shown or gone: after this paint
        if session is None:
            self._page(self.idle_screen if self.user else self.sign_in_screen)
        else:
            self.order_screen.show_session(session)
            self._page(self.order_screen)
        self._update_header()
        self.registry.refresh()
        # An item scan prints nothing: the queue is read again when the step changes (and by its 2 s timer).
        scanning = (SessionState.SCANNING, SessionState.QC)
        if not (
            session is not None
            and before is not None
            and before.session_id == session.session_id
            and before.state == session.state
            and session.state in scanning
        ):
            self.refresh_print_queue()
            if session is not None and session.state == SessionState.BOX:  # the label is next: is its printer ready?
                self.refresh_printer_status()
            if (session is None or before is None or before.session_id != session.session_id) and not self.photos.busy:
                self.photo_status.hide()
            if session is not None and session.state in (SessionState.LABEL, SessionState.VERIFY):
                self.photos.maybe_take(session.session_id)  # all in the box, box still open: its photo
        self.session_changed.emit(session)
        if session is not None:
            self.flow.after_refresh(session)

    def _page(self, page: QWidget) -> None:
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)

    def _update_header(self) -> None:
        self.header_station.setText(tr("Station {station}", station=self.station_code) + "   ")
        self.header_user.setText(tr("Packer: {name}", name=self.user.name) if self.user else tr("Signed out"))
        self.header_state.setText(state_name(self.session.state) if self.session else "")
        hints = []
        for command in COMMANDS:
            if command.id in ("help", "ack") or self.registry.is_enabled(command.id):
                hints.append(f"<b>{command.key}</b> {tr(command.title)}")
        self.hints.setText("&nbsp;&nbsp;·&nbsp;&nbsp;".join(hints))

    def refresh_print_queue(self) -> None:
        """Send what is due and read the queue in the print worker (a hanging printer never holds the screen); the
        panel shows the answer when it comes. A refresh asked while one runs waits as the next (latest wins)."""
        if self.user is None or not hasattr(self.station, "print_queue"):
            return
        station = self.station
        workers.run_in_background(
            station.print_queue,
            on_done=slot(self._show_print_jobs),
            on_error=slot(self._print_queue_failed),
            lane=f"print:{id(self)}",
            owner=self,
        )

    def refresh_printer_status(self) -> None:
        """Ask the bench's printers (a Zebra's ~HS, a system queue's state) in a worker; the header shows it."""
        if self.user is None or not hasattr(self.station, "printer_status"):
            return
        workers.run_in_background(
            self.station.printer_status,
            on_done=slot(self.printer_status.show_statuses),
            on_error=slot(lambda exc: log.info("printer status: %s", exc)),
            lane=f"printer-status:{id(self)}",
            owner=self,
        )

    @property
    def printer_status_busy(self) -> bool:
        return workers.busy(f"printer-status:{id(self)}")

    @property
    def printing_busy(self) -> bool:
        """The print worker is sending or reading the queue (tests wait on this, never on a time)."""
        return workers.busy(f"print:{id(self)}")

    def _show_print_jobs(self, jobs: list[Any]) -> None:
        if self.user is None:
            return
        panel = self.order_screen.print_panel
        before = self.printer_fault
        order_id = self.session.order_id if self.session is not None else -1
        stopped_by_database = any(
            isinstance(job, dict) and job.get("status") == "database_fault" and job.get("order_id") == order_id
            for job in jobs
        )
        if self._print_step_stopped_by_database and not stopped_by_database and self.session is not None:
            # The database is back and the service went on with the print step: show where the order is now.
            resumed = self.call(self.station.view, self.session.session_id)
            if resumed is not None:
                self.show_session(resumed)
        self._print_step_stopped_by_database = stopped_by_database
        panel.show_jobs(jobs, order_id)
        fault = self.printer_fault
        self.order_screen.steps.set_fault(panel.fault_step if fault else None)
        if fault and not self.banner.awaiting_ack and (fault != before or self.banner.look in ("idle", "ok")):
            self.show_next_step()  # the fault, where the packer looks: never "LABEL OK" over a failed label
        elif before and not fault and not self.banner.awaiting_ack and self.banner.look == Severity.STOP:
            self.show_next_step()

    def _print_queue_failed(self, exc: BaseException) -> None:
        jobs = [{"document": tr("print queue"), "state": "failed", "error": str(exc)}]
        self._show_print_jobs(jobs)

    def show_verdict(self, verdict: VerdictView) -> None:
        self.last_verdict = verdict
        headline, detail = verdict_text(verdict)
        self.banner.show_verdict(verdict.severity, headline, detail, must_ack=verdict.must_acknowledge)
        self.sounds.play(verdict.severity)

    def show_problem(self, text: str, severity: Severity = Severity.ATTENTION, headline: str | None = None) -> None:
        must_ack = severity == Severity.STOP
        self.banner.show_verdict(
            severity, headline or (tr("STOP") if must_ack else tr("NOT DONE")), text, must_ack=must_ack
        )
        self.sounds.play(severity)

    def show_ok(self, headline: str, detail: str = "") -> None:
        self.banner.show_verdict(Severity.OK, headline, detail)
        self.sounds.play(Severity.OK)

    def _refused(self, action: Action) -> None:
        self.show_problem(tr("Not possible now: {action}", action=action.text))

    def _refusal(self, exc: DomainError) -> None:
        """A refusal in words; a code read through the wrong keyboard layout or with Caps Lock on is a stop naming
        the setting to change."""
        if exc.code == "keyboard_layout":
            self.show_problem(error_text(exc), Severity.STOP, headline=tr("KEYBOARD LAYOUT"))
        elif exc.code == "caps_lock":
            self.show_problem(error_text(exc), Severity.STOP, headline=tr("CAPS LOCK"))
        else:
            self.show_problem(error_text(exc))

    # -- calling the service ----------------------------------------------------------------------------------------
    def call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run one service call; a refusal is shown in words (amber), anything unexpected as a stop."""
        try:
            return fn(*args, **kwargs)
        except DomainError as exc:
            self._refusal(exc)
        except Exception as exc:  # noqa: BLE001 - never hide a failure from the packer
            log.exception("service call failed")
            self.show_problem(error_text(exc), Severity.STOP)
        return None

    # -- scans ------------------------------------------------------------------------------------------------------
    def _decoded(self, scan: Any) -> None:
        self.handle_scan(scan.text, scan_id=scan.scan_id, too_fast=scan.too_fast_repeat)

    def _typed(self, text: str) -> None:
        """A code the packer typed into the manual-entry field (a damaged label) and confirmed with Enter."""
        self.handle_scan(text, typed=True)

    def handle_scan(
        self, text: str, *, scan_id: str | None = None, too_fast: bool = False, typed: bool = False
    ) -> None:
        text = text.strip()
        if not text:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is not None and hasattr(dialog, "accept_scan") and dialog.accept_scan(text):
            return
        action = self.registry.for_barcode(text)
        if action is not None:
            if dialog is not None and action.id != "ack":
                self.show_problem(tr("Finish or close the open dialog first (Esc)."))
                return
            self.registry.trigger(action.id)
            return
        if self.user is None:
            if self.sign_in_screen.badge and self.sign_in_screen.pin.isVisible() and text.isdigit():
                self._pin_entered(text)  # a PIN typed fast (or read off a PIN card) arrives as a scan
                return
            self.sign_in(text)
            return
        if self.banner.awaiting_ack:
            # the stop's reason stays on screen; the scan only adds that the stop comes first
            self.banner.add_note(tr("Acknowledge first: press Esc or scan CMD-ACK. That scan was not counted."))
            self.sounds.play(Severity.STOP)
            return
        if self.session is None:
            self.claim(text)
            return
        self.scan_item(text, scan_id, too_fast, typed=typed)

    def scan_item(self, text: str, scan_id: str | None = None, too_fast: bool = False, *, typed: bool = False) -> None:
        assert self.session is not None
        extra = {"typed": True} if typed else {}  # the journal marks a typed code
        self.show_checking(text)
        result = self.call(
            self.station.scan, self.session.session_id, text, scan_id or str(uuid.uuid4()), too_fast=too_fast, **extra
        )
        if result is None:
            return
        verdict, session = result
        self.show_verdict(verdict)
        # The verdict is on the screen before the page catches up: the scan that completes an order also switches
        # to the box step and draws its pack picture, which would hold the packer's answer back by a frame or two.
        self.banner.repaint()
        self.show_session(session)
        if getattr(verdict, "line_id", None):
            self.order_screen.scroll_to_line(verdict.line_id)

    def show_checking(self, text: str) -> None:
        """The previous verdict leaves the screen before the service is asked about the new scan: a slow or
        hanging database never leaves the last green OK standing as if it were this scan's answer."""
        self.banner.show_idle(tr("CHECKING …"), text)
        self.banner.repaint()  # painted now, not after the call returns

    def claim(self, barcode: str) -> None:
        assert self.user is not None
        self.show_checking(barcode)
        session = self.call(self.station.claim, self.user.id, barcode)
        if session is not None:
            self.show_ok(
                tr("ORDER OPEN"),
                tr("Order {ref}: %n unit(s) to pack", None, session.units_ordered, ref=session.order_ref),
            )
            self.show_session(session)

    # -- sign-in ----------------------------------------------------------------------------------------------------
    def sign_in(self, badge: str, pin: str | None = None) -> None:
        try:
            user = self.station.sign_in(badge, pin)
        except DomainError as exc:
            if exc.code == "pin_required":
                self.sign_in_screen.ask_pin(badge)
                self.banner.show_idle(tr("Type your PIN"), tr("then press Enter"))
                return
            self.sign_in_screen.show_error(error_text(exc))
            self._refusal(exc)
            return
        except Exception as exc:  # noqa: BLE001 - a sign-in that failed must say so, or the next scan is a badge
            log.exception("sign-in failed")
            self.sign_in_screen.show_error(error_text(exc))
            self.show_problem(error_text(exc), Severity.STOP)
            return
        user = self.sign_in_screen.remember_language(user, self.station)  # a language picked at sign-in is saved
        self.user = user
        self.apply_user_settings(user)
        self.idle_timer.start()
        self.print_timer.start()
        self.printer_timer.start()
        self.refresh_printer_status()
        self.show_ok(tr("WELCOME"), tr("{name} at {station}", name=user.name, station=self.station_code))
        resumed = self.call(self.station.open_session, user.id)
        if resumed is None and self.role_router is not None and self.role_router(self, user):
            return  # a lead's or trainer's own window took over (packstation.gui.roles)
        if resumed is not None:
            self.banner.show_verdict(
                Severity.ATTENTION,
                tr("ORDER RESUMED"),
                tr("Order {ref} continues where it was left.", ref=resumed.order_ref),
            )
        self.show_session(resumed)

    def _pin_entered(self, pin: str) -> None:
        if self.sign_in_screen.badge:
            self.sign_in(self.sign_in_screen.badge, pin)

    def idle_sign_out(self) -> None:
        if self.user is not None and QApplication.activeModalWidget() is None:
            self.flow.sign_out(
                reason=tr("Signed out after %n idle minute(s)", None, self.idle_timer.interval() // 60000)
            )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scan_filter)
            app.removeEventFilter(self)
        super().closeEvent(event)


def _collect_between_orders() -> None:
    """Python's full garbage collection walks every object of the process (~40 ms here): it runs when an order is
    shown or leaves the bench, never by itself during a scan (`packstation.services.packing.collector`)."""
    collector.between_orders()
