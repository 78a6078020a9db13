"""A trainee's scorecard as an A4 PDF (reportlab): the numbers and what happened to each injected error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from packstation.documents.fonts import FONT, FONT_BOLD

_H1 = ParagraphStyle("h1", fontName=FONT_BOLD, fontSize=18, leading=22)
_BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)


def _table(rows: list[list[Any]]) -> Table:
    table = Table(rows, hAlign="LEFT")
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10), ("FONT", (0, 0), (-1, 0), FONT_BOLD, 10),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]))
    return table


def _stamp(canvas: Any, doc: Any) -> None:
    canvas.saveState()
    canvas.setFillColor(colors.HexColor("#b00020"))
    canvas.setFont(FONT_BOLD, 14)
    canvas.drawRightString(A4[0] - 15 * mm, A4[1] - 12 * mm, "TRAINING")
    canvas.restoreState()


def _result(o: Any) -> str:
    return "handled right" if o.handled else ("caught, not handled" if o.caught else "MISSED")


def scorecard_pdf(card: Any, attempts: Any = ()) -> bytes:
    """`card` is a `packstation.services.training.ScorecardView`; `attempts` the trainee's earlier and later runs of
    the same scenario (ScorecardViews, oldest first) for the trend."""
    import io

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            title=f"Scorecard {card.trainee} {card.scenario}")
    finished = f"{card.finished_at:%Y-%m-%d %H:%M} UTC" if card.finished_at else "not finished"
    story: list[Any] = [
        Paragraph(f"Scorecard: {card.trainee}", _H1),
        Paragraph(f"Scenario <b>{card.scenario_title}</b> ({card.scenario}) · hints "
                  f"{'on' if card.hints else 'off (exam)'} · {finished}", _BODY),
        Spacer(1, 5 * mm),
        Paragraph(f"<b>{'PASSED' if card.passed else 'NOT PASSED'}</b>", _H1),
        Spacer(1, 3 * mm),
        _table([["Time", "Errors injected", "Caught", "Handled right", "Missed", "Overrides asked", "Own errors",
                 "Accuracy"],
                [f"{card.seconds:.0f} s", card.errors_injected, card.errors_caught, card.errors_handled,
                 card.errors_missed, card.overrides_asked, card.own_errors, f"{card.accuracy:.0%}"]]),
        Spacer(1, 5 * mm),
    ]
    if card.outcomes:
        story.append(_table([["Order", "Injected error", "Result", "What happened / what was expected"]]
                            + [[o.order, o.event.replace("_", " "), _result(o), Paragraph(o.why, _BODY)]
                               for o in card.outcomes]))
    runs = [a for a in attempts if a.finished_at is not None]
    if len(runs) > 1:
        story += [Spacer(1, 5 * mm), Paragraph("Trend over this trainee's attempts at this scenario", _BODY),
                  _table([["Attempt", "Finished", "Hints", "Time", "Handled right", "Accuracy", "Passed"]]
                         + [[n, f"{a.finished_at:%Y-%m-%d %H:%M}", "on" if a.hints else "off", f"{a.seconds:.0f} s",
                             f"{a.errors_handled}/{a.errors_injected}", f"{a.accuracy:.0%}",
                             "yes" if a.passed else "no"] for n, a in enumerate(runs, 1)])]
    doc.build(story, onFirstPage=_stamp, onLaterPages=_stamp)
    return buffer.getvalue()


def write_scorecard(card: Any, path: Path, attempts: Any = ()) -> Path:
    from packstation.documents.atomic import write_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, scorecard_pdf(card, attempts))
