"""Screenshots of every state of the packer's screen, taken offscreen on the real service with demo data.

Run: `QT_QPA_PLATFORM=offscreen python -m tests.gui.screenshots [OUT_DIR]` (default tests/screenshots/).
GUI tests save their pictures through `shot_dir()` / `save()`: a temporary folder unless PACKSTATION_SCREENSHOTS is
set, so a test run does not dirty the git tree.
Dialogs are separate windows, so each dialog is painted centred over the window it belongs to.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "screenshots"
ENV = "PACKSTATION_SCREENSHOTS"
_scratch: list[Path] = []


def shot_dir() -> Path:
    """Where the GUI tests save their screenshots: `$PACKSTATION_SCREENSHOTS` when set (e.g. tests/screenshots to
    refresh the checked-in pictures), else one temporary folder per test run, so a plain test run never dirties
    the git tree."""
    chosen = os.environ.get(ENV)
    if chosen:
        path = Path(chosen)
    else:
        if not _scratch:
            _scratch.append(Path(tempfile.mkdtemp(prefix="packstation-shots-")))
        path = _scratch[0]
    path.mkdir(parents=True, exist_ok=True)
    return path


def save(widget, name: str) -> Path:  # type: ignore[no-untyped-def]
    """Grab `widget` (offscreen) into `<shot_dir()>/<name>.png`; returns the file."""
    path = shot_dir() / f"{name}.png"
    for _ in range(5):
        QApplication.processEvents()
    assert widget.grab().save(str(path)), f"could not write {path}"
    return path


class _Bot:
    """Just enough of pytest-qt's qtbot for the Bench helpers outside pytest."""

    def __init__(self, app: QApplication) -> None:
        self.app = app

    def addWidget(self, widget: object) -> None:  # noqa: N802
        pass

    def waitExposed(self, widget: object) -> None:  # noqa: N802
        self.wait(50)

    def wait(self, ms: int) -> None:
        import time

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()
            time.sleep(0.005)

    def waitUntil(self, condition, timeout: int = 5000) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        import time

        end = time.monotonic() + timeout / 1000
        while True:
            self.app.processEvents()
            if condition() in (None, True):
                return
            if time.monotonic() > end:
                raise TimeoutError("condition never became true")
            time.sleep(0.005)

    def keyClick(self, widget, key) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key)


def grab(window, name: str, out: Path) -> Path:  # type: ignore[no-untyped-def]
    for _ in range(10):
        QApplication.processEvents()
    picture = window.grab()
    dialog = QApplication.activeModalWidget()
    if dialog is not None:
        shot = dialog.grab()
        painter = QPainter(picture)
        painter.fillRect(picture.rect(), Qt.GlobalColor.transparent)
        shade = QPixmap(picture.size())
        shade.fill(Qt.GlobalColor.black)
        painter.setOpacity(0.35)
        painter.drawPixmap(0, 0, shade)
        painter.setOpacity(1.0)
        painter.drawPixmap(QPoint((picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 3), shot)
        painter.end()
    path = out / f"{name}.png"
    picture.save(str(path))
    return path


def main(out: Path = OUT) -> list[Path]:
    from sqlalchemy import update

    from packstation.app import open_store
    from packstation.demo.generate import generate_demo_data
    from packstation.store.models import User
    from tests.gui import keys
    from tests.gui.conftest import find_order, make_bench
    from tests.gui.printing import settle_prints

    app = QApplication.instance() or QApplication(sys.argv)
    bot = _Bot(app)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shots.db"
        store = open_store(f"sqlite:///{db}")
        generate_demo_data(store, orders=30, seed=7)
        with store.sessions.begin() as session:  # the README's pictures in English; lang_*.png show the others
            session.execute(update(User).where(User.badge_code == "BADGE-P001").values(locale="en"))
        store.dispose()
        bench = make_bench(bot, db, Path(tmp) / "prints")
        w = bench.window
        shots.append(grab(w, "01-sign-in", out))
        keys.scan("BADGE-P001")
        shots.append(grab(w, "02-pin", out))
        keys.type_text("1111", w.sign_in_screen.pin)
        bot.waitUntil(lambda: w.sign_in_screen.pin.text() == "1111")
        keys.key(Qt.Key.Key_Return, w.sign_in_screen.pin, "\r")
        shots.append(grab(w, "03-idle", out))

        big = find_order(
            bench.store, lines=(12, 12), carriers=("bring", "dhl", "dpd", "inpost", "posti", "postnord", "royalmail")
        )
        bench.scan(big.order_barcode)
        from tests.gui.conftest import unit_code

        for line in w.session.lines[:3]:
            bench.scan(unit_code(line))
        shots.append(grab(w, "04-scanning-12-lines-ok", out))
        bench.scan("4006381333931")
        shots.append(grab(w, "05-stop-unknown-barcode", out))
        bench.scan("CMD-ACK")
        bench.scan("CMD-SUSPEND")
        shots.append(grab(w, "06-suspended", out))

        order = find_order(bench.store, lines=(1, 3), needs="damage")
        bench.scan(order.order_barcode)
        bench.scan_all_units()
        bench.modal()
        shots.append(grab(w, "07-qc-damage-dialog", out))
        dialog = QApplication.activeModalWidget()
        keys.type_text("n", dialog)
        bot.waitUntil(lambda: dialog.waiting_for_replacement)
        keys.key(Qt.Key.Key_Escape, dialog)
        bot.waitUntil(lambda: not dialog.isVisible())
        bench.answer_qc_yes()
        shots.append(grab(w, "08-qc-failed", out))
        bench.press(Qt.Key.Key_F11)
        override = bench.modal()
        keys.scan("BADGE-L001")
        keys.type_text("9999", override.pin)
        bot.waitUntil(lambda: override.pin.text() == "9999")
        override.submit()
        shots.append(grab(w, "09-override-wrong-pin", out))
        keys.type_text("5050", override.pin)
        bot.waitUntil(lambda: override.pin.text() == "5050")
        override.submit()
        bench.scan_all_units()  # the damaged unit left the box: its replacement goes in
        bench.answer_qc_yes()
        shots.append(grab(w, "10-box-with-pack-picture", out))
        bench.set_devices(label_printer="tcp://127.0.0.1:9", label_format="zpl")
        for box in w.session.plan["boxes"]:
            bench.scan(box["box"])
        bench.answer_qc_yes()  # fragile sticker / hazard mark on the chosen box, the gift check on the slips
        shots.append(grab(w, "11-slips-to-scan", out))
        for code in w.session.slips_expected:
            bench.scan(code)
        bench.answer_qc_yes()
        bench.weigh_if_asked()  # with the slips inside
        w.refresh_print_queue()
        settle_prints(bot, w)
        shots.append(grab(w, "12-printer-fault", out))
        bench.set_devices(label_printer="", label_format="pdf")
        bench.press(Qt.Key.Key_F7)
        reprint = bench.modal()
        keys.key(Qt.Key.Key_Return, reprint.reason.lineEdit(), "\r")
        bot.waitUntil(lambda: not reprint.isVisible())
        settle_prints(bot, w)
        shots.append(grab(w, "13-label-to-verify", out))
        for code in w.session.labels_expected:
            bench.scan(code)
        shots.append(grab(w, "14-ready-to-close", out))
        bench.scan("CMD-CLOSE")
        shots.append(grab(w, "15-closed", out))
        bench.press(Qt.Key.Key_F1)
        bench.modal()
        shots.append(grab(w, "16-keys-dialog", out))
        QApplication.activeModalWidget().reject()
        bench.scan(big.order_barcode)
        w.resize(2560, 1440)
        shots.append(grab(w, "17-scanning-2560x1440", out))
        w.close()
        bench.store.dispose()
    return shots


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
