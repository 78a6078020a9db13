"""Issue 15.3 on the real window: for every combination of the order-level checks (weight, hazmat, gift, fragile) a
packer who only follows the screen packs the order to a closed box. At every step Insert (CMD-STEP) either opens the
check the order waits for or makes the banner name the one thing to do; each check dialog is first put away with
Esc, to prove the key brings it back."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select, update

from packstation.gui.messages import next_step_text
from packstation.gui.screens.qc import QcDialog, WeightDialog
from packstation.store.db import transaction
from packstation.store.models.catalog import Merchant
from packstation.store.models.orders import Order
from packstation.store.models.packing import QcResult
from tests.gui import keys
from tests.gui.conftest import make_bench, unit_code
from tests.helpers.packing_data import PACKER_PIN, add_order, open_copy, world_template

ORDER_CHECKS = ("weight", "hazmat", "gift", "fragile")
COMBOS = [c for n in range(len(ORDER_CHECKS) + 1) for c in itertools.combinations(ORDER_CHECKS, n)]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return world_template(tmp_path_factory.mktemp("combos"))


@pytest.mark.parametrize("combo", COMBOS, ids=lambda c: "+".join(c) or "none")
def test_following_the_screen_closes_every_combination_of_checks(
    qtbot: Any, template: Any, tmp_path: Path, combo: tuple[str, ...]
) -> None:
    path, world = template
    store = open_copy(path, tmp_path)
    lines = [("MUG", 1)] + ([("GLASS", 1)] if "fragile" in combo else []) + ([("BATT", 1)] if "hazmat" in combo else [])
    order_id = add_order(store, world, "C1", lines, gift="gift" in combo, service="standard")
    with transaction(store.sessions) as db:
        db.execute(update(Order).where(Order.id == order_id).values(carrier="postnord"))
        db.scalars(select(Merchant)).one().qc_rules = {"weight_check": "weight" in combo, "cushioning_g": 0}
    store.dispose()
    bench = make_bench(qtbot, Path(str(tmp_path / "packstation.db")), tmp_path / "prints")
    window = bench.window
    try:
        bench.sign_in(world.packer_badge, PACKER_PIN)
        bench.scan("ORD-C1")
        steps: list[str] = []
        put_away: set[str] = set()
        for _ in range(60):
            QApplication.processEvents()
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                check = dialog.request.check if isinstance(dialog, QcDialog) else "weight"
                if check not in put_away:  # Esc first: the order must not be stuck without it
                    put_away.add(check)
                    keys.key(Qt.Key.Key_Escape, dialog)
                    qtbot.waitUntil(lambda d=dialog: not d.isVisible())
                    continue
                if isinstance(dialog, WeightDialog):
                    bench.scale.place(int(window.session.next_request.params["expected_g"]))
                    keys.type_text("s", dialog)
                else:
                    keys.type_text("y", dialog)
                qtbot.waitUntil(lambda d=dialog: not d.isVisible())
                continue
            if window.banner.awaiting_ack:
                keys.key(Qt.Key.Key_Escape, window)
                continue
            session = window.session
            if session is None:
                break
            bench.press(Qt.Key.Key_Insert)  # the one key: "what now?"
            QApplication.processEvents()
            if QApplication.activeModalWidget() is not None:
                steps.append(f"check:{session.next_check.split(':')[0]}")
                continue
            step = session.next_step
            assert step not in ("check", "fix_check"), f"Insert did not open the {session.next_check} check"
            assert window.banner.headline == next_step_text(session)[0], (step, window.banner.headline)
            assert window.banner.headline.startswith("NEXT")
            steps.append(step)
            if step == "scan_units":
                bench.scan(unit_code(session.active_line))
            elif step == "scan_box":
                bench.scan(session.plan["boxes"][session.boxes_confirmed]["box"])
            elif step == "scan_slips":
                bench.scan(session.slips_expected[0])
            elif step == "scan_labels":
                bench.scan(session.labels_expected[0])
            elif step == "close":
                bench.press(Qt.Key.Key_F12)
            else:
                raise AssertionError(f"stuck at {step}: {session.blockers} / {steps}")
        else:
            raise AssertionError(f"never closed: {steps}")
        assert bench.order(order_id).status == "closed"
        with bench.store.sessions() as db:
            checks = {r.check for r in db.scalars(select(QcResult).where(QcResult.passed.is_(True)))}
        assert checks == set(combo)
        assert put_away == set(combo)  # every check was put away with Esc and brought back by Insert
        order = [s for s in steps if s != "scan_units"]
        for check in combo:  # the hands' order: box, sticker and mark, slips, gift, weight, label
            at = order.index(f"check:{check}")
            if check in ("fragile", "hazmat"):
                assert order.index("scan_box") < at
            if check == "gift":
                assert order.index("scan_box") < at
            if check == "weight":
                assert all(order.index(f"check:{c}") < at for c in combo if c != "weight")
            assert at < order.index("scan_labels")
    finally:
        window.close()
        bench.store.dispose()
