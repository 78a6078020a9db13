"""The box step: the proposed carton(s) drawn, the cushioning to use, the cost; scan a box barcode to confirm."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from packstation.gui.messages import tr
from packstation.gui.widgets.pack_picture import PackPicture


def _money(value: Any) -> str:
    try:
        return f"{float(value):.2f}"
    except (TypeError, ValueError):
        return str(value)


def box_instruction(box: dict[str, Any]) -> str:
    """What to do with one planned box, in the packer's language, from the plan's data: the box code, whether its
    fragile units sit in a clearance (wrap them), the fill per material (material codes are catalogue data).

    A plan stored before `wrap_fragile` was part of the plan JSON shows its own (English) sentence.
    """
    if box.get("kind") == "as_is":
        placements = box.get("placements") or [{}]
        return tr("Ship {sku} as is: put the label on the product", sku=placements[0].get("sku", "?"))
    if "wrap_fragile" not in box:
        return tr(str(box.get("instruction") or ""))
    fill = ", ".join(f"{units} × {code}" for code, units in (box.get("cushioning") or {}).items())
    code = box.get("box", "?")
    if box["wrap_fragile"]:
        if fill:
            return tr("Use {box}; wrap fragile items first; fill with {fill}", box=code, fill=fill)
        return tr("Use {box}; wrap fragile items first", box=code)
    return tr("Use {box}; fill with {fill}", box=code, fill=fill) if fill else tr("Use {box}", box=code)


def plan_summary(plan: dict[str, Any]) -> list[str]:
    """One line per box (code, kind, cushioning) and a cost line, in words."""
    lines = []
    for number, box in enumerate(plan.get("boxes", ()), start=1):
        cushioning = ", ".join(f"{units} × {code}" for code, units in (box.get("cushioning") or {}).items())
        lines.append(
            tr("Box {n}: {box} — fill: {fill}", n=number, box=box.get("box", "?"), fill=cushioning or tr("none"))
        )
        instruction = box_instruction(box)
        if instruction:
            lines.append(f"    {instruction}")
    for item in plan.get("unpacked", ()):
        lines.append(
            tr(
                "Not in a box: {qty} × {sku} — {reason}",
                qty=item.get("qty", 1),
                sku=item.get("sku", "?"),
                reason=item.get("reason", ""),
            )
        )
    cost = plan.get("cost") or {}
    if cost:
        total = cost.get("total")
        if total is None:
            total = sum(float(cost.get(k, 0) or 0) for k in ("boxes", "cushioning", "shipping"))
        lines.append(
            tr(
                "Cost: boxes {boxes} + fill {fill} + shipping {ship} = {total}",
                boxes=_money(cost.get("boxes", 0)),
                fill=_money(cost.get("cushioning", 0)),
                ship=_money(cost.get("shipping", 0)),
                total=_money(total),
            )
        )
    return lines


class BoxPanel(QWidget):
    """Shows the plan; the box barcode scan itself goes to the service through the main window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("Box"))
        self.title.setObjectName("panelTitle")
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.picture = PackPicture()
        self.summary = QLabel()
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.instruction)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.summary)

    def show_plan(self, plan: dict[str, Any] | None, confirmed: bool = False) -> None:
        boxes = list((plan or {}).get("boxes", ()))
        self.picture.set_boxes(boxes)
        if not boxes:
            self.instruction.setText(tr("No box proposal yet: scan any box barcode to choose one."))
            self.summary.setText("")
            return
        codes = ", ".join(str(b.get("box", "?")) for b in boxes)
        if confirmed:
            self.instruction.setText(tr("Box confirmed: {codes}", codes=codes))
        else:
            self.instruction.setText(
                tr("Scan the box barcode {codes} to confirm (another box overrides).", codes=codes)
            )
        self.summary.setText("\n".join(plan_summary(plan or {})))
