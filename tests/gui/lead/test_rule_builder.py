"""The campaign editor's rule builder: who gets a campaign, picked from lists by keyboard, stored as rule data."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from packstation.gui.lead.rule_builder import parse_rule
from tests.gui.lead.test_lead_campaigns import _replace, editor  # noqa: F401 - the editor fixture
from tests.gui.screenshots import save


def test_pick_a_rule_from_lists_preview_it_and_save_it_as_data(editor, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    panel, service, merchant_id = editor
    builder = panel.builder
    assert not panel.rule.isVisible(), "no JSON to type: the rule is picked from lists"
    _replace(qtbot, panel.name, "Thanks, VIPs")
    _replace(qtbot, panel.headline, "Thank you, {first_name}")
    # The new campaign starts with one condition (orders before this one at least 0); replace it with "VIP: yes".
    row = builder.rows[0]
    row.fact.setFocus()
    qtbot.keyClicks(row.fact, "V")  # a combo box jumps to the entry starting with the typed letter
    assert row.fact.currentData() == "vip" and row.op.currentData() == "yes" and not row.value.isVisible()
    # Add condition (Space on the focused button), then "Country is one of NO, FI".
    builder.add_button.setFocus()
    qtbot.keyClick(builder.add_button, Qt.Key.Key_Space)
    second = builder.rows[1]
    qtbot.keyClicks(second.fact, "C")
    assert second.fact.currentData() == "country"
    second.op.setFocus()
    for _ in range(2):  # is, is not, is one of
        qtbot.keyClick(second.op, Qt.Key.Key_Down)
    assert second.op.currentData() == "in"
    qtbot.keyClicks(second.value, "NO, FI")
    qtbot.keyClick(builder.combine, Qt.Key.Key_Down)  # "any of these"
    expected = {"any": [{"segment": "vip"}, {"fact": "country", "op": "in", "value": ["NO", "FI"]}]}
    qtbot.waitUntil(lambda: json.loads(panel.rule.toPlainText()) == expected)
    qtbot.waitUntil(lambda: "Sample customers who get it" in panel.message.text(), timeout=10_000)
    assert panel.preview_model.rowCount() > 0
    save(panel.window(), "rule_builder")
    assert panel.save()
    stored = service.list_campaigns(merchant_id)
    spec = next(s.spec for s in stored if s.spec.name == "Thanks, VIPs")
    assert spec.rule == expected  # stored and validated as data

    # Opened again: the lists show it; a rule they cannot show stays JSON, the lists greyed out.
    panel.new()
    panel.load(spec.id)
    assert [(r.fact.currentData(), r.op.currentData()) for r in builder.rows] == [("vip", "yes"), ("country", "in")]
    assert builder.rows[1].value.text() == "NO, FI" and builder.combine.currentData() == "any"
    nested = {"all": [{"any": [{"segment": "vip"}]}]}
    panel.as_json.setChecked(True)
    panel.rule.setPlainText(json.dumps(nested))
    assert not builder.isEnabled() and panel.rule.isVisible()


def test_every_condition_kind_round_trips_through_the_rule_data() -> None:
    rule = {
        "all": [
            {"fact": "journey_stage", "op": "==", "value": "lapsed"},
            {"not": {"segment": "first_order"}},
            {"fact": "days_since_last_order", "op": ">=", "value": 180},
            {"fact": "open_incidents", "op": "not_empty"},
            {"fact": "locale", "op": "==", "value": "nb"},
            {"fact": "order_value", "op": ">", "value": 500},
            {"fact": "order_categories", "op": "contains", "value": "coffee"},
            {"fact": "merchant", "op": "!=", "value": "KAWKA"},
        ]
    }
    combine, conditions = parse_rule(rule)
    assert combine == "all" and len(conditions) == 8
    assert parse_rule({}) == ("all", [])
    assert parse_rule({"all": [{"all": []}]}) is None


def test_templates_duplicate_and_texts_per_language(editor, qtbot) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A template fills the campaign in every language; each language has its own headline and text; a saved
    campaign is duplicated as a new, inactive one."""
    from packstation.domain.campaigns import campaign_from_dict
    from packstation.domain.campaigns.templates import TEMPLATES, template_draft

    for template in TEMPLATES:  # every template is a valid campaign as it stands
        campaign_from_dict(template_draft(template.id, 1))
    panel, service, merchant_id = editor
    panel.template.setFocus()
    index = panel.template.findData("vip_thanks")
    panel.template.setCurrentIndex(index)
    panel.template.activated.emit(index)
    assert panel.name.text() == "Thanks to a VIP" and panel.headline.text() == "Thank you, {first_name}"
    assert [(r.fact.currentData(), r.op.currentData()) for r in panel.builder.rows] == [("vip", "yes")]
    # Polish: its own headline; English stays as it was.
    panel.text_language.setCurrentIndex(panel.text_language.findData("pl"))
    assert panel.headline.text() == "Dziękujemy, {first_name}"
    _replace(qtbot, panel.headline, "Witaj ponownie, {first_name}")
    panel.text_language.setCurrentIndex(panel.text_language.findData("en"))
    assert panel.headline.text() == "Thank you, {first_name}"
    texts = panel.draft()["variants"][0]["texts"]
    assert texts["pl"]["headline"] == "Witaj ponownie, {first_name}" and set(texts) == {"en", "nb", "pl", "fi"}
    qtbot.waitUntil(lambda: "Sample customers who get it" in panel.message.text(), timeout=10_000)
    assert panel.save()
    saved = next(s.spec for s in service.list_campaigns(merchant_id) if s.spec.name == "Thanks to a VIP")
    assert saved.variants[0].texts["pl"].headline == "Witaj ponownie, {first_name}"
    # Duplicate: a new campaign, not active, same texts and rule, saved beside the first.
    assert panel.duplicate()
    assert panel.name.text() == "Thanks to a VIP (copy)" and not panel.active.isChecked()
    assert panel.save()
    names = sorted(s.spec.name for s in service.list_campaigns(merchant_id))
    assert "Thanks to a VIP" in names and "Thanks to a VIP (copy)" in names
    copy = next(s.spec for s in service.list_campaigns(merchant_id) if s.spec.name.endswith("(copy)"))
    assert copy.id != saved.id and copy.rule == saved.rule and not copy.active
