"""The campaign editor: change an insert campaign in a few clicks and see, as you type, the slip each sample
customer would get and which queued orders would get it.

Everything goes through `CampaignEditorService` (validate, save, preview, queue). Variants and languages beyond
the English text of the first variant are kept as loaded (edit them in a campaign file).
Signals: `saved(object)` with the stored CampaignSpec.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.campaigns import campaign_to_dict
from packstation.domain.campaigns.campaign import KINDS
from packstation.domain.campaigns.campaign import LANGUAGES as TEXT_LANGUAGES
from packstation.domain.campaigns.templates import BY_ID as TEMPLATE_BY_ID
from packstation.domain.campaigns.templates import TEMPLATES, duplicate_draft, template_draft
from packstation.domain.errors import DomainError
from packstation.gui.i18n import LANGUAGES as LANGUAGE_NAMES
from packstation.gui.lead.models import RowsModel
from packstation.gui.lead.rule_builder import RuleBuilder, parse_rule
from packstation.gui.messages import N_, error_text, tr
from packstation.services.marketing.marketing_editor import CampaignEditorService

NEW_RULE = {"all": [{"fact": "orders_to_date", "op": ">=", "value": 0}]}
# Campaign kinds as a lead reads them (the stored value stays the code).
KIND_NAMES: dict[str, str] = {"marketing": N_("marketing"), "apology": N_("apology"), "returns": N_("returns")}
PREVIEW_HEADERS = (N_("Customer"), N_("Gets it"), N_("Why"), N_("Headline"), N_("Text"))
RESULT_HEADERS = (
    N_("Variant"),
    N_("Inserted"),
    N_("Redeemed"),
    N_("Rate"),
    N_("Revenue"),
    N_("Came back"),
    N_("Uplift, points (95 %)"),
    N_("Cost"),
)
STOP_LOSER_KEY = "Ctrl+Shift+X"  # stop the losing variant
QUEUE_HEADERS = (N_("Order"), N_("Customer"), N_("Why"))


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


class CampaignEditor(QWidget):
    saved = Signal(object)

    def __init__(self, editor: CampaignEditorService, merchant_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.merchant_id = editor, merchant_id
        self._loaded: dict[str, Any] = {}
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.update_preview)
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.campaigns = QListWidget()
        self.campaigns.currentItemChanged.connect(
            lambda item, _prev: item and self.load(item.data(Qt.ItemDataRole.UserRole))
        )
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new)
        self.list_label = QLabel()
        self.list_label.setBuddy(self.campaigns)
        left.addWidget(self.list_label)
        left.addWidget(self.campaigns)
        left.addWidget(self.new_button)
        self.template = QComboBox()
        self.template.setObjectName("campaignTemplate")
        self.template.addItem("", "")
        for template in TEMPLATES:
            self.template.addItem(tr(template.title), template.id)
        self.template.activated.connect(self._from_template)
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self.duplicate)
        left.addWidget(self.template)
        left.addWidget(self.duplicate_button)
        layout.addLayout(left, 1)

        form = QFormLayout()
        self.name, self.headline, self.prefix = QLineEdit(), QLineEdit(), QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.active = QCheckBox()
        self.priority = QSpinBox()
        self.priority.setRange(-100, 100)
        self.starts, self.ends = QLineEdit(), QLineEdit()
        self.text_language = QComboBox()
        self.text_language.setObjectName("textLanguage")
        for code in TEXT_LANGUAGES:
            self.text_language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self._texts: dict[str, dict[str, str]] = {}
        self._text_lang = "en"
        self.text_language.currentIndexChanged.connect(self._switch_language)
        self.body, self.rule = QPlainTextEdit(), QPlainTextEdit()
        self.rule.setPlaceholderText('{"fact": "orders_to_date", "op": ">=", "value": 3}')
        for text in (self.body, self.rule):
            text.setTabChangesFocus(True)  # Tab moves on (a keyboard user is never trapped in a text box)
        self.holdout = QSpinBox()
        self.holdout.setObjectName("holdoutPercent")
        self.holdout.setRange(0, 50)
        self.holdout.setSuffix(" %")
        self.paper_cost, self.print_cost = QDoubleSpinBox(), QDoubleSpinBox()
        for cost in (self.paper_cost, self.print_cost):
            cost.setRange(0, 1000)
            cost.setDecimals(2)
            cost.setSingleStep(0.01)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.form_labels: list[tuple[QLabel, str]] = []
        for label, widget in (
            (N_("Campaign name"), self.name),
            (N_("Kind"), self.kind),
            ("", self.active),
            (N_("Priority"), self.priority),
            (N_("Starts"), self.starts),
            (N_("Ends"), self.ends),
            (N_("Language"), self.text_language),
            (N_("Headline"), self.headline),
            (N_("Text"), self.body),
            (N_("Who gets it"), self._rule_box()),
            (N_("Coupon prefix"), self.prefix),
            (N_("Holdout (no slip)"), self.holdout),
            (N_("Paper per insert"), self.paper_cost),
            (N_("Printing per insert"), self.print_cost),
            ("", self.save_button),
        ):
            caption = QLabel()
            caption.setBuddy(widget)
            self.form_labels.append((caption, label))
            form.addRow(caption, widget)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        layout.addLayout(form, 2)
        for edit in (self.name, self.headline, self.prefix, self.starts, self.ends):
            edit.textChanged.connect(self._changed)
        for text in (self.body, self.rule):
            text.textChanged.connect(self._changed)
        self.kind.currentIndexChanged.connect(self._changed)
        self.active.toggled.connect(self._changed)
        self.priority.valueChanged.connect(self._changed)
        for number in (self.holdout, self.paper_cost, self.print_cost):
            number.valueChanged.connect(self._changed)

        right = QVBoxLayout()
        self.preview_label = QLabel()
        right.addWidget(self.preview_label)
        self.preview_model = RowsModel(PREVIEW_HEADERS, self)
        preview = QTableView()
        preview.setTabKeyNavigation(False)  # Tab leaves the table (arrows move between cells)
        preview.setModel(self.preview_model)
        preview.horizontalHeader().setStretchLastSection(True)
        right.addWidget(preview, 1)
        self.queue_label = QLabel()
        right.addWidget(self.queue_label)
        self.queue_model = RowsModel(QUEUE_HEADERS, self)
        queue = QTableView()
        queue.setTabKeyNavigation(False)
        queue.setModel(self.queue_model)
        queue.horizontalHeader().setStretchLastSection(True)
        right.addWidget(queue, 1)
        self.results_label = QLabel()
        right.addWidget(self.results_label)
        self.results_model = RowsModel(RESULT_HEADERS, self)
        self.results_table = QTableView()
        self.results_table.setObjectName("campaignResults")
        self.results_table.setTabKeyNavigation(False)
        self.results_table.setModel(self.results_model)
        self.results_table.horizontalHeader().setStretchLastSection(True)
        right.addWidget(self.results_table, 1)
        self.results_message = QLabel("")
        self.results_message.setWordWrap(True)
        right.addWidget(self.results_message)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stopLosingVariant")
        self.stop_button.clicked.connect(self.stop_loser)
        right.addWidget(self.stop_button)
        self.stop_shortcut = QShortcut(QKeySequence(STOP_LOSER_KEY), self)
        self.stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.stop_shortcut.activated.connect(self.stop_loser)
        self._results: Any = None
        layout.addLayout(right, 3)
        self.retranslate()
        self.new()

    # -- texts per language, templates, duplicates ----------------------------------------------------------
    def _keep_texts(self) -> None:
        """The headline and text on screen belong to the language shown."""
        self._texts[self._text_lang] = {"headline": self.headline.text(), "body": self.body.toPlainText()}

    def _switch_language(self, *_args: Any) -> None:
        self._keep_texts()
        self._text_lang = str(self.text_language.currentData())
        shown = self._texts.get(self._text_lang, {})
        for w in (self.headline, self.body):
            w.blockSignals(True)
        self.headline.setText(shown.get("headline", ""))
        self.body.setPlainText(shown.get("body", ""))
        for w in (self.headline, self.body):
            w.blockSignals(False)
        self._changed()

    def _from_template(self, index: int) -> None:
        template_id = str(self.template.itemData(index) or "")
        self.template.setCurrentIndex(0)
        if template_id:
            self._fill(template_draft(template_id, self.merchant_id))
            self.message.setText(tr("From the template: adjust it, then Save."))

    def duplicate(self) -> bool:
        """The campaign on screen as a new, inactive one named "... (copy)", to change and save."""
        try:
            draft = self.draft()
        except DomainError as exc:
            self.message.setText(f"<span style='color:#c62828'>{error_text(exc)}</span>")
            return False
        self._fill(duplicate_draft(draft, tr("copy")))
        self.message.setText(tr("A copy: not saved and not active yet."))
        return True

    def _rule_box(self) -> QWidget:
        """The rule builder (lists), with the rule's JSON under "Edit as JSON" for what the lists cannot show."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.builder = RuleBuilder()
        self.builder.setObjectName("ruleBuilder")
        self.as_json = QCheckBox()
        self.as_json.toggled.connect(self._show_json)
        layout.addWidget(self.builder)
        layout.addWidget(self.as_json)
        layout.addWidget(self.rule)
        self.rule.setVisible(False)
        self.rule.setMaximumHeight(90)
        self._syncing = False
        self.builder.changed.connect(self._builder_changed)
        self.rule.textChanged.connect(self._json_changed)
        return box

    def _show_json(self, on: bool) -> None:
        self.rule.setVisible(on)
        self.builder.setEnabled(not on or parse_rule(self._rule_json()) is not None)

    def _rule_json(self) -> Any:
        try:
            return json.loads(self.rule.toPlainText() or "{}")
        except json.JSONDecodeError:
            return None

    def _builder_changed(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.rule.setPlainText(json.dumps(self.builder.rule(), ensure_ascii=False))
        finally:
            self._syncing = False

    def _json_changed(self) -> None:
        """JSON typed by hand: the lists follow when they can show it, else they wait (greyed)."""
        if self._syncing:
            return
        self._syncing = True
        try:
            shown = self.builder.set_rule(self._rule_json())
            self.builder.setEnabled(shown)
            if not shown:
                self.as_json.setChecked(True)
        finally:
            self._syncing = False

    def retranslate(self) -> None:
        if hasattr(self, "builder"):
            self.as_json.setText(tr("Edit as JSON"))
            self.builder.retranslate()
        self.list_label.setText("<b>" + tr("Campaigns") + "</b>")
        self.new_button.setText(tr("New campaign"))
        if hasattr(self, "template"):
            self.template.setItemText(0, tr("New from a template…"))
            for index in range(1, self.template.count()):
                self.template.setItemText(index, tr(TEMPLATE_BY_ID[str(self.template.itemData(index))].title))
            self.duplicate_button.setText(tr("Duplicate"))
        self.active.setText(tr("Active"))
        self.save_button.setText(tr("Save"))
        self.starts.setPlaceholderText(tr("YYYY-MM-DD (empty: now)"))
        self.ends.setPlaceholderText(tr("YYYY-MM-DD (empty: open)"))
        self.body.setPlaceholderText(tr("Hi {first_name}, …"))
        for caption, source in self.form_labels:
            caption.setText(tr(source) if source else "")
        for index in range(self.kind.count()):
            self.kind.setItemText(index, kind_name(str(self.kind.itemData(index))))
        self.preview_label.setText("<b>" + tr("Preview for sample customers") + "</b>")
        self.queue_label.setText("<b>" + tr("Orders in the queue that would get it") + "</b>")
        self.results_label.setText("<b>" + tr("Results against the holdout group") + "</b>")
        self.preview_model.retranslate()
        self.queue_model.retranslate()
        self.results_model.retranslate()
        if hasattr(self, "stop_button"):
            self.show_results()
        self.reload()
        if self._loaded:
            self._changed()  # the preview's yes/no and the message follow the new language

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "form_labels"):
            self.retranslate()

    def reload(self) -> None:
        self.campaigns.blockSignals(True)
        self.campaigns.clear()
        for summary in self.editor.list_campaigns(self.merchant_id):
            spec = summary.spec
            template = N_("{name} ({kind}) — %n slip(s)") if spec.active else N_("{name} ({kind}, off) — %n slip(s)")
            item = QListWidgetItem(tr(template, None, summary.slips_printed, name=spec.name, kind=kind_name(spec.kind)))
            item.setData(Qt.ItemDataRole.UserRole, spec.id)
            self.campaigns.addItem(item)
        self.campaigns.blockSignals(False)

    def new(self) -> None:
        self._fill(
            {
                "merchant_id": self.merchant_id,
                "name": "",
                "kind": "marketing",
                "rule": NEW_RULE,
                "priority": 0,
                "per_customer_limit": 1,
                "active": True,
                "coupon_prefix": "",
                "variants": [{"name": "A", "split": 100, "texts": {"en": {"headline": "", "body": ""}}}],
            }
        )

    def load(self, campaign_id: int) -> None:
        self._fill(campaign_to_dict(self.editor.get_campaign(campaign_id)))

    def _fill(self, data: dict[str, Any]) -> None:
        self._loaded = data
        widgets = (
            self.name,
            self.headline,
            self.prefix,
            self.starts,
            self.ends,
            self.body,
            self.rule,
            self.kind,
            self.active,
            self.priority,
            self.holdout,
            self.paper_cost,
            self.print_cost,
        )
        for w in widgets:
            w.blockSignals(True)
        self._texts = {lang: dict(t) for lang, t in data["variants"][0]["texts"].items()}
        self._text_lang = "en"
        self.text_language.blockSignals(True)
        self.text_language.setCurrentIndex(max(self.text_language.findData("en"), 0))
        self.text_language.blockSignals(False)
        english = self._texts.get("en", {})
        self.name.setText(data.get("name", ""))
        self.kind.setCurrentIndex(max(self.kind.findData(data.get("kind", "marketing")), 0))
        self.active.setChecked(bool(data.get("active", True)))
        self.priority.setValue(int(data.get("priority", 0)))
        self.starts.setText(data.get("starts_on") or "")
        self.ends.setText(data.get("ends_on") or "")
        self.headline.setText(english.get("headline", ""))
        self.body.setPlainText(english.get("body", ""))
        self.rule.setPlainText(json.dumps(data.get("rule") or {}, ensure_ascii=False))
        shown = self.builder.set_rule(data.get("rule") or {})
        self.builder.setEnabled(shown)
        self.as_json.setChecked(not shown)
        self.prefix.setText(data.get("coupon_prefix", ""))
        self.holdout.setValue(int(data.get("holdout_percent", 0) or 0))
        self.paper_cost.setValue(float(data.get("paper_cost", 0) or 0))
        self.print_cost.setValue(float(data.get("print_cost", 0) or 0))
        for w in widgets:
            w.blockSignals(False)
        self.message.setText("")
        self._changed()
        if hasattr(self, "stop_button"):
            self.show_results()

    def draft(self) -> dict[str, Any]:
        """The campaign as the form says it (DomainError-free: validation happens in the service)."""
        data = json.loads(json.dumps(self._loaded))  # a deep copy of what was loaded
        try:
            rule = json.loads(self.rule.toPlainText() or "{}")
        except json.JSONDecodeError as exc:
            raise DomainError("bad_rule", f"not valid JSON ({exc.msg} at column {exc.colno})") from None
        variant = data["variants"][0]
        self._keep_texts()
        variant["texts"] = {
            lang: dict(t) for lang, t in self._texts.items() if lang == "en" or t.get("headline") or t.get("body")
        }
        data.update(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            active=self.active.isChecked(),
            priority=self.priority.value(),
            starts_on=self.starts.text().strip() or None,
            ends_on=self.ends.text().strip() or None,
            rule=rule,
            coupon_prefix=self.prefix.text().strip(),
            merchant_id=self._loaded.get("merchant_id", self.merchant_id),
            holdout_percent=self.holdout.value(),
            paper_cost=f"{self.paper_cost.value():.2f}",
            print_cost=f"{self.print_cost.value():.2f}",
        )
        return data

    def _changed(self, *_args: Any) -> None:
        self._preview_timer.start()

    def update_preview(self) -> bool:
        """Validate the form and show the preview and the queue; a problem is shown, naming the field."""
        try:
            draft = self.draft()
            self.editor.validate(draft)
            customers = [cid for cid, _name in self.editor.sample_customers(self.merchant_id)]
            rows = self.editor.preview(draft, customers)
            queue = self.editor.orders_in_queue_matching(draft, limit=200)
        except DomainError as exc:
            self.message.setText(f"<span style='color:#c62828'>{error_text(exc)}</span>")
            return False
        self.message.setText(
            tr(
                "Sample customers who get it: {n}/{total} · Queued orders that would: {queued}",
                n=sum(r.matched for r in rows),
                total=len(rows),
                queued=len(queue),
            )
        )
        yes, no = tr("yes"), tr("no")
        self.preview_model.set_rows(
            [[r.customer_name, yes if r.matched else no, r.explanation, r.headline, r.body] for r in rows],
            payloads=list(rows),
        )
        self.queue_model.set_rows([[q.order_ref, q.customer_name, q.explanation] for q in queue], payloads=list(queue))
        return True

    def save(self) -> bool:
        try:
            spec = self.editor.save_campaign(self.draft())
        except DomainError as exc:
            self.message.setText(
                "<span style='color:#c62828'>" + tr("Not saved: {reason}", reason=error_text(exc)) + "</span>"
            )
            return False
        self._loaded = campaign_to_dict(spec)
        self.reload()
        self.show_results()
        self.message.setText(tr("Saved {name}", name=spec.name))
        self.saved.emit(spec)
        return True

    # -- results --------------------------------------------------------------------------------------------------
    def show_results(self) -> None:
        """The loaded campaign's results per variant against its holdout group (empty for a new campaign)."""
        campaign_id = self._loaded.get("id")
        self._results = self.editor.results(int(campaign_id)) if campaign_id else None
        results = self._results
        if results is None:
            self.results_model.set_rows([])
            self.results_message.setText(tr("Save the campaign to see what its slips do."))
            self.stop_button.setText(tr("Stop the losing variant"))
            self.stop_button.setEnabled(False)
            return
        rows = [self._result_row(v) for v in results.variants]
        if results.holdout is not None:
            rows.append(self._result_row(results.holdout))
        self.results_model.set_rows(rows, payloads=[*results.variants, *([results.holdout] if results.holdout else [])])
        self.results_table.resizeColumnsToContents()
        loser = results.loser()
        summary = tr(
            "Insert cost in all: {cost} ({each} each). Came back: ordered again within %n day(s).",
            None,
            results.window_days,
            cost=_money(results.total_cost),
            each=_money(results.insert_cost),
        )
        if results.holdout is None:
            summary += " " + tr("No holdout group: set a holdout share to measure the uplift.")
        self.results_message.setText(summary)
        self.stop_button.setText(
            tr("Stop the losing variant ({variant})", variant=loser) if loser else tr("Stop the losing variant")
        )
        self.stop_button.setEnabled(loser is not None)

    @staticmethod
    def _result_row(v: Any) -> list[str]:
        def pct(x: float | None) -> str:
            return "–" if x is None else f"{x * 100:.1f} %"

        name = (
            tr("Holdout (no slip)")
            if v.name == "holdout"
            else (tr("{variant} (stopped)", variant=v.name) if v.stopped else v.name)
        )
        uplift = (
            "–"
            if v.uplift is None
            else (f"{v.uplift * 100:+.1f} ({v.uplift_low * 100:+.1f}…{v.uplift_high * 100:+.1f})")
        )
        redeemed = "–" if v.name == "holdout" else str(v.redeemed)
        return [
            name,
            str(v.inserted),
            redeemed,
            pct(v.redemption_rate),
            "–" if v.name == "holdout" else _money(v.revenue),
            f"{v.came_back} ({pct(v.came_back_rate)})",
            uplift,
            "–" if v.name == "holdout" else _money(v.cost),
        ]

    def stop_loser(self) -> bool:
        """Stop the variant that does worst (its share goes to the best running one): one key, one click."""
        results = self._results
        loser = results.loser() if results is not None else None
        if loser is None:
            self.results_message.setText(
                tr("There is no losing variant to stop: fewer than two variants are running with slips inserted.")
            )
            return False
        try:
            spec = self.editor.stop_variant(results.campaign_id, loser)
        except DomainError as exc:
            self.results_message.setText(f"<span style='color:#c62828'>{error_text(exc)}</span>")
            return False
        self._fill(campaign_to_dict(spec))
        self.reload()
        self.results_message.setText(
            tr("Variant {variant} stopped: new slips go to the other variants.", variant=loser)
            + " "
            + self.results_message.text()
        )
        self.saved.emit(spec)
        return True


def _money(value: Any) -> str:
    return f"{value:,.2f}".replace(",", "\u202f")
