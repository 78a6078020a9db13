"""Screenshots of the packer's screen in each state, in Norwegian and Finnish with large text, at 1366x768 and
1920x1080 (issue 15): scanning, a stop, a check dialog, the box step, a printer fault, verify.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.gui.packer_shots [OUT_DIR]` (default docs/screenshots/).
Taken on the real station service with generated demo data; dialogs are painted centred over their window. Each
picture is saved as a 64-colour PNG to keep the repository small.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = Path(__file__).resolve().parent.parent.parent / "docs" / "screenshots"
LANGUAGES = ("nb", "fi")
SIZES = ((1366, 768), (1920, 1080))
STATES = ("scanning", "stop", "check-dialog", "box", "printer-fault", "verify")


def _save_small(window, path: Path) -> Path:  # type: ignore[no-untyped-def]
    from PIL import Image

    from tests.gui.screenshots import grab

    with tempfile.TemporaryDirectory() as tmp:
        raw = grab(window, "raw", Path(tmp))
        image = Image.open(raw).convert("RGB")
        image.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path


def take(out: Path, language: str, size: tuple[int, int]) -> list[Path]:
    from sqlalchemy import update

    from packstation.app import open_store
    from packstation.demo.generate import generate_demo_data
    from packstation.store.models import Order, User
    from tests.gui import keys
    from tests.gui.conftest import find_order, make_bench, unit_code
    from tests.gui.printing import settle_prints
    from tests.gui.screenshots import _Bot

    app = QApplication.instance() or QApplication(sys.argv)
    bot = _Bot(app)  # type: ignore[arg-type]
    shots: list[Path] = []

    def shot(window, state: str) -> None:  # type: ignore[no-untyped-def]
        name = f"{language}-{size[0]}x{size[1]}-{STATES.index(state) + 1}-{state}.png"
        shots.append(_save_small(window, out / name))

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "shots.db"
        store = open_store(f"sqlite:///{db}")
        generate_demo_data(store, orders=30, seed=7)
        with store.sessions.begin() as session:
            session.execute(
                update(User).where(User.badge_code == "BADGE-P001").values(locale=language, large_text=True)
            )
        order = find_order(store, lines=(2, 12), plain=True)
        with store.sessions.begin() as session:  # a gift order: its check opens once the slips have printed
            session.execute(update(Order).where(Order.id == order.id).values(gift=True))
        store.dispose()
        bench = make_bench(bot, db, Path(tmp) / "prints")
        w = bench.window
        w.resize(*size)
        bench.sign_in()
        bench.scan(order.order_barcode)
        for line in w.session.lines[:1]:
            bench.scan(unit_code(line))
        shot(w, "scanning")
        bench.scan("NOT-A-BARCODE-15")
        bench.scan(unit_code(w.session.lines[-1]))  # a scan during the stop: "acknowledge first"
        shot(w, "stop")
        bench.press(Qt.Key.Key_Escape)
        bench.scan_all_units()
        bench.press(Qt.Key.Key_Insert)  # "what now?": the banner names the box to take
        shot(w, "box")
        bench.set_devices(label_printer="tcp://127.0.0.1:9", label_format="zpl")  # nothing listens: a fault
        for box in w.session.plan["boxes"]:
            bench.scan(box["box"])
        bench.modal()
        shot(w, "check-dialog")
        keys.type_text("y", QApplication.activeModalWidget())
        bot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        for code in w.session.slips_expected:
            bench.scan(code)
        from tests.gui.screens.test_packer_screen import WeightDialog

        while isinstance(QApplication.activeModalWidget(), WeightDialog):  # a merchant that weighs its boxes
            dialog = QApplication.activeModalWidget()
            bench.scale.place(int(w.session.next_request.params["expected_g"]))
            keys.type_text("s", dialog)
            bot.waitUntil(lambda d=dialog: not d.isVisible())
        settle_prints(bot, w)
        shot(w, "printer-fault")
        bench.set_devices(label_printer="", label_format="pdf")
        bench.press(Qt.Key.Key_F7)
        reprint = bench.modal()
        keys.key(Qt.Key.Key_Return, reprint.reason.lineEdit(), "\r")
        bot.waitUntil(lambda: not reprint.isVisible())
        settle_prints(bot, w)
        bench.press(Qt.Key.Key_Insert)  # the banner names the next step: scan the label
        shot(w, "verify")
        w.close()
        bench.store.dispose()
    return shots


def main(out: Path = OUT) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    shots: list[Path] = []
    for language in LANGUAGES:
        for size in SIZES:
            shots += take(out, language, size)
    return shots


if __name__ == "__main__":
    for path in main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT):
        print(path)
