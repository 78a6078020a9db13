"""The lead's window in Norwegian, Polish and Finnish, switched live; and every control reachable by Tab with a
visible focus ring. Screenshots lead_{nb,pl,fi}.png (dashboard) and lead_campaigns_{lang}.png / lead_people_{lang}.png
go to a temporary folder, or to $PACKSTATION_SCREENSHOTS (tests/screenshots to refresh the checked-in ones)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from packstation.demo.history import generate_history
from packstation.gui.i18n import current_language, switch_language
from packstation.gui.lead import LeadWindow
from packstation.services.marketing.marketing_editor import CampaignEditorService
from packstation.services.reports.service import ReportService
from packstation.services.site.lead import LeadService
from packstation.store.models import Merchant, User
from tests.gui.screenshots import save

END = dt.date(2024, 5, 10)

# What a lead reading each language must find (written here, not read from the .ts files).
WORDS: dict[str, dict[str, Any]] = {
    "nb": {
        "tabs": ["Oversikt", "Avvikskø", "Personer og stasjoner", "Bevis", "Reklamasjoner", "Opplæring", "Kampanjer"],
        "dash_tabs": [
            "Feil etter type",
            "Per time",
            "Pakkere",
            "Stasjoner",
            "I tide og komplett",
            "Per dag",
            "Feil per varenummer",
        ],
        "packer_headers": ["Pakker", "Ordrer", "Enheter", "Ordrer/t", "Snitt pakking", "Feil", "Nøyaktighet"],
        "kpi": "Ordrer",
        "preset": "I går",
        "error_type": "feil vare",
        "campaign_labels": ["Kampanjenavn", "Type", "Prioritet", "Hvem får den", "Kupongprefiks"],
        "queue_headers": ["Ordre", "Hvorfor", "Status", "Årsak"],
        "people_header": "Språk",
        "button": "Frigi ordren",
    },
    "pl": {
        "tabs": ["Pulpit", "Kolejka wyjątków", "Osoby i stanowiska", "Dowody", "Reklamacje", "Szkolenie", "Kampanie"],
        "dash_tabs": [
            "Błędy wg rodzaju",
            "Na godzinę",
            "Pakowacze",
            "Stanowiska",
            "Na czas i w komplecie",
            "Według dni",
            "Błędy według SKU",
        ],
        "packer_headers": ["Pakowacz", "Zamówienia", "Sztuki", "Zam./h", "Śr. pakowanie", "Błędy", "Dokładność"],
        "kpi": "Zamówienia",
        "preset": "Wczoraj",
        "error_type": "zły towar",
        "campaign_labels": ["Nazwa kampanii", "Rodzaj", "Priorytet", "Kto ją dostaje", "Prefiks kuponu"],
        "queue_headers": ["Zamówienie", "Dlaczego", "Status", "Powód"],
        "people_header": "Język",
        "button": "Zwolnij zamówienie",
    },
    "fi": {
        "tabs": [
            "Yleiskatsaus",
            "Poikkeusjono",
            "Henkilöt ja pakkauspisteet",
            "Todisteet",
            "Reklamaatiot",
            "Koulutus",
            "Kampanjat",
        ],
        "dash_tabs": [
            "Virheet tyypeittäin",
            "Tunneittain",
            "Pakkaajat",
            "Pakkauspisteet",
            "Ajallaan ja täydellisenä",
            "Päivittäin",
            "Virheet nimikkeittäin",
        ],
        "packer_headers": [
            "Pakkaaja",
            "Tilaukset",
            "Kappaleet",
            "Tilaukset/h",
            "Keskim. pakkaus",
            "Virheet",
            "Tarkkuus",
        ],
        "kpi": "Tilaukset",
        "preset": "Eilen",
        "error_type": "väärä tuote",
        "campaign_labels": ["Kampanjan nimi", "Laji", "Prioriteetti", "Kuka sen saa", "Kupongin etuliite"],
        "queue_headers": ["Tilaus", "Miksi", "Tila", "Syy"],
        "people_header": "Kieli",
        "button": "Vapauta tilaus",
    },
}


@pytest.fixture
def lead_window(qtbot, sqlite_store):  # type: ignore[no-untyped-def]
    summary = generate_history(sqlite_store, 2, seed=4, end=END, orders_per_shift=12)
    with sqlite_store.sessions() as s:
        merchant_id = s.query(Merchant.id).scalar()
    lead = LeadService(sqlite_store.sessions)
    lead_id = next(u.id for u in lead.users() if u.role == "lead")
    win = LeadWindow(
        ReportService(sqlite_store.sessions),
        lead,
        lead_id,
        tz=dt.UTC,
        refresh_ms=60_000,
        campaigns=CampaignEditorService(sqlite_store.sessions),
        merchant_id=merchant_id,
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.dashboard.set_range(summary.start, summary.end)
    with qtbot.waitSignal(win.dashboard.refreshed, timeout=10_000):
        win.dashboard.refresh()
    yield win, sqlite_store
    switch_language("en")
    win.dashboard.timer.stop()
    win.dashboard.runner.wait()


def _headers(view_or_model: Any) -> list[str]:
    model = view_or_model.model() if isinstance(view_or_model, QTableView) else view_or_model
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def _tab_texts(tabs: Any) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


@pytest.mark.parametrize("language", ["nb", "pl", "fi"])
def test_lead_window_switches_language_live(lead_window, qtbot, language: str) -> None:  # type: ignore[no-untyped-def]
    win, _store = lead_window
    words = WORDS[language]
    dash = win.dashboard
    english_tabs = _tab_texts(win.tabs)
    assert english_tabs == [
        "Dashboard",
        "Exception queue",
        "People and stations",
        "Evidence",
        "Complaints",
        "Training",
        "Campaigns",
    ]
    rows_before = dash.packer_model.rowCount()
    switch_language(language)  # no new window: the open one re-translates
    assert current_language() == language
    assert _tab_texts(win.tabs) == words["tabs"]
    assert _tab_texts(dash.tabs) == words["dash_tabs"]
    assert _headers(dash.packer_model)[:7] == words["packer_headers"]
    assert words["kpi"] in dash.kpi_label.text() and dash.packer_model.rowCount() == rows_before
    assert words["error_type"] in {dash.type_model.value(r, 0) for r in range(dash.type_model.rowCount())}
    assert words["error_type"] in _headers(dash.packer_matrix)
    assert dash.type_chart.chart().title() == words["dash_tabs"][0]
    # Presets are chosen by id: "Yesterday" works whatever it is called on screen.
    dash.preset.setCurrentIndex(dash.preset.findData("yesterday"))
    assert dash.preset.currentText() == words["preset"] and dash.preset_id() == "yesterday"
    start, end = dash.current_filter().start, dash.current_filter().end
    assert end - start == dt.timedelta(days=1)
    dash.set_range(
        dt.datetime.combine(END - dt.timedelta(days=1), dt.time(), dt.UTC),
        dt.datetime.combine(END + dt.timedelta(days=1), dt.time(), dt.UTC),
    )
    assert dash.preset_id() == "custom"
    with qtbot.waitSignal(dash.refreshed, timeout=10_000):
        dash.refresh()
    win.resize(1366, 800)
    save(win, f"lead_{language}")
    # Exception queue and people
    win.tabs.setCurrentWidget(win.queue)
    assert _headers(win.queue.model)[:4] == words["queue_headers"]
    assert win.queue.release_button.text() == words["button"]
    win.tabs.setCurrentWidget(win.people)
    assert words["people_header"] in _headers(win.people.users_model)
    assert win.people.language.itemText(2) == "Polski"  # each language named in its own words, always
    save(win, f"lead_people_{language}")
    # Campaign editor: form labels, and the kind combo's value stays the code
    editor = win.campaigns
    win.tabs.setCurrentWidget(editor)
    labels = [caption.text() for caption, source in editor.form_labels if source]
    assert [w for w in words["campaign_labels"] if w in labels] == words["campaign_labels"]
    assert editor.draft()["kind"] == "marketing"
    save(win, f"lead_campaigns_{language}")
    # ... and back to English, live.
    switch_language("en")
    assert _tab_texts(win.tabs) == english_tabs and _headers(dash.packer_model)[0] == "Packer"
    assert dash.preset.currentText() == "Custom"


def test_people_tab_sets_a_persons_language(lead_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    win, store = lead_window
    people = win.people
    win.tabs.setCurrentWidget(people)
    row = next(r for r in range(people.users_model.rowCount()) if people.users_model.payload(r).role == "packer")
    people.users_table.selectRow(row)
    user = people.users_model.payload(row)
    people.new_language.setCurrentIndex(people.new_language.findData("fi"))
    qtbot.mouseClick(people.language_button, Qt.MouseButton.LeftButton)
    assert people.message.text() == f"{user.name} now reads Suomi"
    with store.sessions() as s:
        assert s.get(User, user.id).locale == "fi"
    assert people.users_model.value(row, 3) == "Suomi"
    with pytest.raises(Exception, match="language must be one of"):
        people.lead.set_locale(user.id, "de")


_CONTROLS = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit)


def _controls(page: QWidget) -> list[QWidget]:
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, _CONTROLS)
        and w.isVisible()
        and w.isEnabled()
        and not isinstance(w.parent(), QComboBox)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and not w.objectName().startswith("qt_")
    ]


def test_every_lead_control_is_reachable_by_tab_with_a_visible_focus(lead_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On each tab, pressing Tab visits every field, list, table and button, and each shows a focus ring."""
    win, _store = lead_window
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    checked = 0
    for index in range(win.tabs.count()):
        win.tabs.setCurrentIndex(index)
        page = win.tabs.currentWidget()
        QApplication.processEvents()
        controls = _controls(page)
        assert len(controls) >= 3, win.tabs.tabText(index)
        win.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
        visited: list[QWidget] = []
        for _ in range(4 * len(controls) + 20):  # Tab as a lead does, never the mouse
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            while (
                focus is not None
                and focus not in controls
                and isinstance(focus.parent(), (QComboBox, QAbstractSpinBox))
            ):
                focus = focus.parent()  # an editable combo's / date edit's inner line edit
            if focus is not None:
                visited.append(focus)
        missing = [
            f"{type(c).__name__}:{getattr(c, 'text', lambda: '')() or c.objectName()}"
            for c in controls
            if c not in visited
        ]
        assert not missing, f"tab {win.tabs.tabText(index)!r}: not reachable by Tab: {missing}"
        for control in controls:
            other = next(c for c in controls if c is not control)
            other.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            before = control.grab().toImage()
            control.setFocus(Qt.FocusReason.TabFocusReason)
            QApplication.processEvents()
            assert control.grab().toImage() != before, f"no visible focus on {type(control).__name__}"
            checked += 1
    assert checked >= 30
