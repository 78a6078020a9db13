"""A trainee's scorecard as an A4 PDF (reportlab): the numbers and what happened to each injected error, in the
trainee's language (the words of the training screens, from the GUI's catalogue)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from packstation.documents.fonts import FONT, FONT_BOLD
from packstation.documents.i18n import N_, DocText

# Injected error types as the training screens name them (packstation.gui.demo.hints.ERROR_TYPE_NAMES).
ERROR_TYPES = {
    "wrong_item": N_("Wrong item in the tote"),
    "damaged_unit": N_("Damaged unit"),
    "short_pick": N_("Short pick"),
    "expired_lot": N_("Expired lot"),
    "missing_serial": N_("Missing serial"),
    "fragile_order": N_("Fragile item"),
    "vip_slip": N_("VIP slip"),
    "printer_jam": N_("Printer jam"),
    "weight_mismatch": N_("Weight mismatch"),
}

_H1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=18, leading=22)
_BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)


_HEAD = ParagraphStyle("head", fontName=FONT_BOLD, fontSize=9, leading=11)
WIDTH = A4[0] - 30 * mm


def _table(rows: list[list[Any]], widths: list[float] | None = None) -> Table:
    """A grid whose header cells wrap (a Polish or Finnish header is longer than the English one), as wide as the
    page, columns split evenly unless `widths` (fractions of the page width) say otherwise."""
    header = [Paragraph(str(cell), _HEAD) for cell in rows[0]]
    columns = len(rows[0])
    col_widths = [WIDTH * f for f in widths] if widths else [WIDTH / columns] * columns
    table = Table([header, *rows[1:]], hAlign="LEFT", colWidths=col_widths)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("FONT", (0, 0), (-1, 0), FONT_BOLD, 10),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ]
        )
    )
    return table


def _figures(pairs: list[tuple[str, Any]]) -> Table:
    """The run's figures one per row (name, value): long words in any language fit without breaking."""
    table = Table([[name, str(value)] for name, value in pairs], hAlign="LEFT", colWidths=[70 * mm, 30 * mm])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 10),
                ("FONT", (1, 0), (1, -1), FONT_BOLD, 10),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
            ]
        )
    )
    return table


def _stamp(d: DocText) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#b00020"))
        canvas.setFont(FONT_BOLD, 14)
        canvas.drawRightString(A4[0] - 15 * mm, A4[1] - 12 * mm, d.ui("TRAINING"))
        canvas.restoreState()

    return draw


def _result(o: Any, translate: Callable[[str], str]) -> str:
    return translate("handled right") if o.handled else translate("caught, not handled" if o.caught else "MISSED")


# The scorer's reasons (packstation.domain.training.scoring.judge) are "<prefix><action>; <action>"; each part is a catalogue
# source, so the reason reads in the trainee's language as a label form ("Missed. Expected: ...").
WHY_PREFIXES = {
    "a lead's override made it go away: expected ": N_("A lead's override made it go away. Expected: {actions}"),
    "noticed, but not handled: still to ": N_("Noticed, but not handled. Still to do: {actions}"),
    "missed: expected ": N_("Missed. Expected: {actions}"),
}


def why_text(why: str, translate: Callable[..., str]) -> str:
    """A scorecard reason in the reader's words; `translate(source, **params)` is the GUI's tr or DocText.ui."""
    for prefix, template in WHY_PREFIXES.items():
        if why.startswith(prefix):
            actions = "; ".join(translate(part) for part in why[len(prefix) :].split("; "))
            return translate(template, actions=actions)
    return translate(why)


def scorecard_pdf(card: Any, attempts: Any = (), language: str | None = None) -> bytes:
    """`card` is a `packstation.services.training.service.ScorecardView`; `attempts` the trainee's earlier and later runs of
    the same scenario (ScorecardViews, oldest first) for the trend; `language` the trainee's (English when None)."""
    import io

    d = DocText(language)
    title = scenario_title(card.scenario_title, d)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=18 * mm,
        title=f"{d.ui('Scorecard')} {card.trainee} {card.scenario}",
    )
    finished = d.ui("Finished: {time}", time=d.time(card.finished_at)) if card.finished_at else d.ui("not finished")
    hints = d.ui("Hints: on") if card.hints else d.ui("Hints: off (exam)")
    story: list[Any] = [
        Paragraph(d.ui("Scorecard: {name}", name=card.trainee), _H1),
        Paragraph(
            d.ui("Scenario: {title}", title=f"<b>{title}</b>") + f" ({card.scenario}) · {hints} · {finished}", _BODY
        ),
        Spacer(1, 5 * mm),
        Paragraph(f"<b>{d.ui('PASSED') if card.passed else d.ui('NOT PASSED')}</b>", _H1),
        Spacer(1, 3 * mm),
        _figures(
            list(
                zip(
                    d.uis(
                        "Time",
                        "Errors injected",
                        "Caught",
                        "Handled right",
                        "Missed",
                        "Overrides asked",
                        "Own errors",
                        "Accuracy",
                    ),
                    [
                        f"{d.decimal(card.seconds, 0)} s",
                        card.errors_injected,
                        card.errors_caught,
                        card.errors_handled,
                        card.errors_missed,
                        card.overrides_asked,
                        card.own_errors,
                        d.percent(card.accuracy),
                    ],
                    strict=True,
                )
            )
        ),
        Spacer(1, 5 * mm),
    ]
    if card.outcomes:
        story.append(
            _table(
                [d.uis("Order", "Injected error", "Result", "What happened / what was expected")]
                + [
                    [
                        o.order,
                        Paragraph(d.ui(ERROR_TYPES.get(o.event, o.event.replace("_", " "))), _BODY),
                        Paragraph(_result(o, d.ui), _BODY),
                        Paragraph(why_text(o.why, d.ui), _BODY),
                    ]
                    for o in card.outcomes
                ],
                widths=[0.12, 0.22, 0.2, 0.46],
            )
        )
    runs = [a for a in attempts if a.finished_at is not None]
    if len(runs) > 1:
        story += [
            Spacer(1, 5 * mm),
            Paragraph(d.ui("Trend over this trainee's attempts at this scenario"), _BODY),
            _table(
                [d.uis("Attempt", "Finished", "Hints", "Time", "Handled right", "Accuracy", "Passed")]
                + [
                    [
                        n,
                        f"{a.finished_at:%Y-%m-%d %H:%M}",
                        d.ui("on") if a.hints else d.ui("off"),
                        f"{d.decimal(a.seconds, 0)} s",
                        f"{a.errors_handled}/{a.errors_injected}",
                        d.percent(a.accuracy),
                        d.ui("yes") if a.passed else d.ui("no"),
                    ]
                    for n, a in enumerate(runs, 1)
                ]
            ),
        ]
    stamp = _stamp(d)
    doc.build(story, onFirstPage=stamp, onLaterPages=stamp)
    return buffer.getvalue()


def scenario_title(title: str, d: DocText) -> str:
    """A shipped scenario's title or a packer's own-mistakes scenario ("Anna: own mistakes") in the reader's words."""
    name, colon, rest = title.rpartition(": ")
    if colon and rest == "own mistakes":
        return d.ui("{name}: own mistakes", name=name)
    return d.ui(title)


def write_scorecard(card: Any, path: Path, attempts: Any = (), language: str | None = None) -> Path:
    from packstation.documents.atomic import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, scorecard_pdf(card, attempts, language))
