"""Verdict and error codes + parameters -> the packer's words.

Every user-visible string of the packer's screen goes through `tr()` here, so Qt translations (lupdate/lrelease)
can replace them later without touching the screens. A template whose parameters the engine did not send falls
back to the engine's own plain-English message rather than showing a half-filled sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from string import Formatter
from typing import Any

from PySide6.QtCore import QCoreApplication

from packstation.domain.errors import DomainError
from packstation.services.views import VerdictView

CONTEXT = "Packstation"


def N_(text: str) -> str:  # noqa: N802 - the usual name of a translation marker
    """Mark a source string for the catalogue without translating it now (table headers, preset names).

    The text is translated when shown (`tr(text)`), so it follows a language switch.
    """
    return text


def tr(text: str, disambiguation: str | None = None, n: int = -1, /, **params: Any) -> str:
    """Translate `text` (a source string) and fill its `{placeholders}`.

    With a count, `tr("%n unit(s) to pack", None, count)` (Qt's `tr(source, disambiguation, n)`), the language's
    plural form for `count` is chosen and its `%n` replaced by the count. English forms come from
    packstation_en.qm; when no translator knows the message (no language installed yet, as in a unit test), the
    English forms are read from that file too, so "%n unit(s)" never reaches a screen.
    """
    translated = QCoreApplication.translate(CONTEXT, text, disambiguation, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        translated = _english().translate(CONTEXT, text, disambiguation, n) or translated
        translated = translated.replace("%n", str(n))
    return translated.format(**params) if params else translated


_ENGLISH: list[Any] = []


def _english() -> Any:
    """The English plural forms (packstation_en.qm), loaded once, not installed."""
    if not _ENGLISH:
        from PySide6.QtCore import QTranslator

        from packstation.resources import resource_root

        translator = QTranslator()
        path = resource_root() / "translations" / "packstation_en.qm"
        if not translator.load(str(path)):
            raise FileNotFoundError(f"translation not found or unreadable: {path}")
        _ENGLISH.append(translator)
    return _ENGLISH[0]


# Short headline per verdict code, shown in the banner's large line.
HEADLINES: dict[str, str] = {
    "accepted": "OK",
    "over_scan": "TOO MANY",
    "wrong_item": "WRONG ITEM",
    "unknown_barcode": "UNKNOWN BARCODE",
    "bad_check_digit": "MISREAD — SCAN AGAIN",
    "expired": "EXPIRED",
    "short_shelf_life": "SHELF LIFE TOO SHORT",
    "wrong_lot": "WRONG LOT",
    "serial_required": "SCAN THE SERIAL",
    "duplicate_serial": "SERIAL ALREADY SHIPPED",
    "case_not_allowed": "SCAN EACH UNIT",
    "unexpected_barcode": "NOT AN ITEM",
    "too_fast_repeat": "SCANNED TWICE?",
    "duplicate_scan_id": "ALREADY COUNTED",
    "order_claimed": "ORDER OPEN",
    "box_confirmed": "BOX OK",
    "box_overridden": "BOX CHANGED",
    "slip_verified": "SLIP OK",
    "wrong_slip": "WRONG SLIP",
    "label_verified": "LABEL OK",
    "wrong_label": "WRONG LABEL",
    "label_not_printed": "LABEL NOT PRINTED",
    "command": "COMMAND",
    "box_does_not_fit": "BOX DOES NOT FIT",
    "qc_passed": "QC PASSED",
    "qc_failed": "QC FAILED",
    "weight_ok": "WEIGHT OK",
    "weight_mismatch": "WEIGHT MISMATCH",
    "undone": "UNDONE",
    "unit_removed": "UNIT REMOVED",
    "overridden": "OVERRIDDEN",
    "nothing_to_undo": "NOTHING TO UNDO",
}

# Longer instruction per code, or per "code:variant" where one code has several message shapes (the verdict's
# `params["variant"]`, or the param VARIANT_PARAM names). Placeholders are the verdict's params; a param named in
# VOCABULARY is itself translated first (a check name, a kind of barcode). tests/services/packing/test_verdict_words.py drives
# the packing service through every verdict and proves each one fills a template here.
DETAILS: dict[str, str] = {
    # item scans (domain/verdicts.py)
    "accepted": "{sku} — {scanned} of {ordered}",
    "over_scan": "{sku} needs only {ordered}. Take the extra unit out of the box.",
    "over_scan:pack": "This scan counts %n unit(s) but line {line_no} needs only {remaining} more. "
    "Open the pack or scan single units.",
    "over_scan:typed": "Line {line_no} needs only {remaining} more.",
    "over_scan:zero": "Type a quantity of at least 1.",
    "wrong_item": "{sku} is not in this order. Put it aside.",
    "unknown_barcode": "Barcode {barcode} is not in the catalogue. Put the item aside for a lead.",
    "unknown_barcode:empty": "Nothing was read. Scan the item again.",
    "unknown_barcode:layout": "{got} matches nothing: the scanner types for a US keyboard and meant {meant}. Set the "
    "scanner's keyboard country to this PC's layout ({layout}), or the PC's keyboard layout "
    "to English (US). Nothing was accepted: scan again after the change.",
    "unknown_barcode:caps_lock": "{got} matches nothing; with Caps Lock off it reads {meant}. Turn Caps Lock off (or "
    "set the scanner to ignore Caps Lock), then scan again.",
    "unknown_barcode:box": "{barcode} is not a box we know. Scan the barcode on the box.",
    "unknown_barcode:command": "{barcode} is not a command this station knows. Use the keys or the cheat sheet.",
    "bad_check_digit": "The barcode {barcode} has a wrong check digit. Scan it again or type the code from the "
    "label; if it repeats, put the item aside for a lead.",
    "expired": "This unit expired on {expiry}. Put it aside and take another.",
    "short_shelf_life": "This unit expires in %n day(s); {sku} must have at least {min_days}. Take a fresher unit.",
    "wrong_lot": "Line {line_no} needs lot {lot_required}; this unit is lot {lot}. Use a unit from the right lot.",
    "serial_required": "{sku} needs its serial number: scan the barcode that carries the serial.",
    "serial_required:each": "{sku} is serialised: scan each unit's own serial barcode.",
    "duplicate_serial": "Serial {serial} of {sku} has already been packed. Put this unit aside for a lead.",
    "case_not_allowed": "{sku} must be scanned one unit at a time, not as a pack. Scan each unit.",
    "case_not_allowed:typed": "{sku} must be scanned unit by unit.",
    "case_not_allowed:limit": "At most %n unit(s) of {sku} may be typed at once.",
    "unexpected_barcode": "That is not an item's barcode. Scan the barcode on the item.",
    "unexpected_barcode:box": "That is a box barcode. Scan the barcode on the item.",
    "unexpected_barcode:slip": "That is a slip barcode. Scan the barcode on the item.",
    "unexpected_barcode:label": "That is a shipping label. Scan the barcode on the item.",
    "unexpected_barcode:sscc": "That is a shipping label (SSCC). Scan the barcode on the item.",
    "unexpected_barcode:order": "That is an order barcode. Scan the barcode on the item.",
    "unexpected_barcode:tote": "That is a tote barcode. Scan the barcode on the item.",
    "unexpected_barcode:badge": "That is a badge. Scan the barcode on the item.",
    "too_fast_repeat": "The same unit twice in a moment. Scan each unit once.",
    "duplicate_scan_id": "This scan was already counted; nothing changed.",
    "command": "Command {command}",
    "order_claimed": "The order is open: scan the items.",
    # the box
    "box_confirmed": "Box {box} OK.",
    "box_overridden": "Box {box} instead of the planned {planned}: noted as a deviation.",
    "box_overridden:cost": "Box {box} instead of the planned {planned}: noted as a deviation ({difference} against "
    "the plan).",
    "box_does_not_fit": "The contents of package {package_no} do not fit in box {box}. Take the planned {planned} "
    "or a box that fits.",
    "box_does_not_fit:too_heavy": "Package {package_no} is too heavy for box {box}. Take the planned {planned} or a "
    "box that fits.",
    "box_does_not_fit:unplanned": "The order does not fit in box {box}. Take a bigger box.",
    "box_does_not_fit:unplanned_heavy": "The order is too heavy for box {box}. Take a box that carries it.",
    "box_does_not_fit:merchant": "Box {box} belongs to another merchant. Take a box of this order's merchant.",
    # slips and labels
    "slip_verified": "Slip OK.",
    "slip_verified:more": "Slip OK; %n to go.",
    "slip_verified:again": "This slip was already scanned; %n to go.",
    "wrong_slip": "This slip ({code}) does not belong to this order. Take it out and use this order's slip.",
    "label_verified": "Label OK.",
    "label_verified:more": "Label OK; %n to go.",
    "label_verified:again": "This label was already scanned; %n to go.",
    "wrong_label": "This label ({code}) does not belong to this order. Take it off and use this order's label.",
    "wrong_label:unknown_label": "This is not a label the station issued.",  # LabelService: params["reason"]
    "wrong_label:other_order": "This label belongs to another order.",
    "wrong_label:voided": "This label was voided; put the new label on the box.",
    "wrong_label:other_package": "This label belongs to another box of this order.",
    "wrong_label:not_printed": "This label has not been printed by the station.",
    "label_not_printed": "Label {label} has not printed. Clear the printer, reprint it (F7) and scan the new one.",
    # quality checks and the weight
    "qc_passed": "{check} for {sku}: OK.",
    "qc_passed:order": "{check}: OK.",
    "qc_passed:serial_next": "Serial {serial} captured; next unit.",
    "qc_passed:serial_done": "Serial {serial} captured.",
    "qc_passed:blocked": "Confirmed, but hazardous goods (class {hazmat_class}) cannot ship by {service}: they need "
    "a ground service. A lead must override.",
    "qc_failed": "{check} for {sku} failed.",
    "qc_failed:order": "{check} failed.",
    "qc_failed:damage": "{sku} marked damaged: take it out and scan a replacement.",
    "qc_failed:lot": "Lot {lot} is not the lot {lot_required} this line needs.",
    "qc_failed:expiry": "{sku} expires {expiry} (%n day(s) left; needs {min_days}).",
    "weight_ok": "Weight {grams} g OK (expected {expected_g} ± {tolerance_g} g).",
    "weight_ok:next_box": "Box {package_no} of {packages}: {grams} g OK (expected {expected_g} ± {tolerance_g} g). "
    "Now put box {next_package} on the scale.",
    "weight_mismatch": "The box weighs {grams} g but should weigh {expected_g} ± {tolerance_g} g. Check for a "
    "missing or extra item.",
    # undo, remove, override
    "undone": "Undone: {units} × {sku} out of the box.",
    "unit_removed": "1 × {sku} removed: {reason}",
    "overridden": "{lead} approved: {reason}",
    "nothing_to_undo": "Nothing to undo.",
}

# The count of a numerus template (one with %n): DETAILS key or ERRORS code -> the param holding the number; the
# language's plural form for it is chosen by Qt (`tr(source, None, n)`).
COUNTS: dict[str, str] = {
    "over_scan:pack": "units",
    "short_shelf_life": "days_left",
    "case_not_allowed:limit": "limit",
    "qc_failed:expiry": "days_left",
    "slip_verified:more": "left",
    "slip_verified:again": "left",
    "label_verified:more": "left",
    "label_verified:again": "left",
    "no_recurring_mistakes": "days",
}

# The param that names a code's message shape when it is not `variant` (LabelService sends `reason`).
VARIANT_PARAM: dict[str, str] = {"wrong_label": "reason", "unexpected_barcode": "kind"}

# Params whose values are the station's own words (a check name), translated before they fill a template; a value not
# in its table (a lot number) is shown as it is. `reason` values are the reason dialog's presets (English
# sources) or the packer's own words, so they go through tr() as they are.
VOCABULARY: dict[str, dict[str, str]] = {
    "check": {
        "damage": N_("Damage check"),
        "expiry": N_("Expiry check"),
        "serial": N_("Serial number check"),
        "lot": N_("Lot check"),
        "weight": N_("Weight check"),
        "fragile": N_("Fragile check"),
        "hazmat": N_("Hazardous goods check"),
        "gift": N_("Gift check"),
    },
    "lot": {"none": N_("none")},
    # roles and order statuses as people read them (the stored value stays the code)
    "role": {"packer": N_("packer"), "lead": N_("lead"), "trainer": N_("trainer"), "admin": N_("admin")},
    "status": {
        "new": N_("new"),
        "claimed": N_("claimed"),
        "suspended": N_("suspended"),
        "exception": N_("exception"),
        "closed": N_("closed"),
        "cancelled": N_("cancelled"),
    },
    # keyboard layouts a US-set scanner can be wrong for (packstation.domain.keyboard_layouts.LAYOUT_NAMES)
    "layout": {"no": N_("Norwegian"), "fi": N_("Finnish"), "de": N_("German"), "pl_qwertz": N_("Polish (QWERTZ)")},
}
TRANSLATED_PARAMS = frozenset({"reason"})


def headline(code: str) -> str:
    return tr(HEADLINES.get(code, code.replace("_", " ").upper()))


def _fill(
    template: str, params: dict[str, Any], word: Callable[[str, Any], Any] | None = None, count: str | None = None
) -> str | None:
    """`template` translated and filled from `params`; None when a placeholder (or the count) has no value.

    `count` names the param whose number picks the plural form of a numerus template (one with %n)."""
    names = {name for _, name, _, _ in Formatter().parse(template) if name}
    if not names <= params.keys():
        return None
    n = -1
    if "%n" in template:
        try:
            n = int(params[count]) if count else -1
        except (KeyError, TypeError, ValueError):
            return None
        if n < 0:
            return None
    return tr(template, None, n, **{name: word(name, params[name]) if word else params[name] for name in names})


def detail_key(verdict: VerdictView) -> str:
    """The DETAILS key of a verdict: "code:variant" when it names a shape that has its own words, else "code"."""
    variant = verdict.params.get(VARIANT_PARAM.get(verdict.code, "variant"))
    key = f"{verdict.code}:{variant}"
    return key if variant and key in DETAILS else verdict.code


def scenario_title(title_or_id: str) -> str:
    """A training scenario's title in the reader's language: a shipped scenario's title (or id) through the
    catalogue (packstation.domain.training.scenarios.load_shipped), a packer's own-mistakes scenario ("Anna: own mistakes") by
    its template; any other title (a trainer's own file) as written."""
    from packstation.domain.training.scenarios import load_shipped

    titles = {s.id: s.title for s in load_shipped()} | {s.title: s.title for s in load_shipped()}
    if title_or_id in titles:
        return tr(titles[title_or_id])
    name, colon, rest = title_or_id.rpartition(": ")
    if colon and rest == "own mistakes":
        return tr("{name}: own mistakes", name=name)
    return title_or_id


def clock_time(value: Any) -> str:
    """An ISO time (UTC) from a service as the reader's clock shows it: local zone, the locale's short format."""
    import datetime as dt

    from PySide6.QtCore import QDateTime, QLocale

    try:
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)


def _word(name: str, value: Any) -> Any:
    table = VOCABULARY.get(name)
    if name == "missing" and isinstance(value, str):  # training scenarios still to pass, by id
        return ", ".join(scenario_title(part.strip()) for part in value.split(",") if part.strip())
    if name in ("since", "claimed_at") and value:
        return clock_time(value)
    if name == "layout" and isinstance(value, str):  # "no,fi": each layout named in the packer's language
        return " / ".join(tr(table[part]) if table and part in table else part for part in value.split(","))
    if table is not None and isinstance(value, str) and value in table:
        return tr(table[value])
    if name in TRANSLATED_PARAMS and isinstance(value, str):
        return tr(value)
    return value


def verdict_text(verdict: VerdictView) -> tuple[str, str]:
    """(headline, detail) for a verdict: DETAILS[detail_key] filled with its params, words among them translated.

    The detail falls back to the engine's own (English) message only when no template fits its params.
    """
    key = detail_key(verdict)
    template = DETAILS.get(key)
    detail = _fill(template, verdict.params, _word, COUNTS.get(key)) if template else None
    titles = {"unknown_barcode:layout": "KEYBOARD LAYOUT", "unknown_barcode:caps_lock": "CAPS LOCK"}
    title = tr(titles[key]) if key in titles else headline(verdict.code)
    return title, detail or tr(verdict.message)


# Refusals from the services by code; placeholders are the error's params, plus `{detail}`: the service's own
# (English) sentence, for codes whose params alone cannot say what is wrong (a file's line, a rule's field). A code
# not here, or one whose params do not fill its template, shows the service's own message.
# tests/gui/test_translations.py proves every code raised under packstation/services and packstation/domain is
# here and that every raise of it carries the template's placeholders.
ERRORS: dict[str, str] = {
    # signing in and approvals
    "bad_pin": "Wrong PIN.",
    "unknown_badge": "This badge is not known or not active.",
    "caps_lock": "{got} matches nothing; with Caps Lock off it reads {meant}. Turn Caps Lock off (or set the scanner "
    "to ignore Caps Lock), then scan again.",
    "keyboard_layout": "{got} matches nothing: the scanner types for a US keyboard and meant {meant}. Set the "
    "scanner's keyboard country to this PC's layout ({layout}), or the PC's keyboard layout to "
    "English (US). Nothing was accepted: scan again after the change.",
    "locked_out": "Too many wrong PINs for {user}; wait ten minutes or ask an admin.",
    "pin_not_set": "{user} has no PIN yet; an admin must set one.",
    "pin_required": "{user}: type your PIN after scanning your badge.",
    "not_a_lead": "Only a shift lead can do this; a lead must approve it.",
    "lead_required": "Order {order} is in the exception queue; a lead must take it.",
    "bad_pin_format": "A PIN is {min} to {max} digits.",
    "four_eyes": "{user} is packing order {order}; another lead must approve.",
    "script_clock_refused": "This script sets its own clock ('now'); only a demo or test database accepts that.",
    # orders and the bench
    "no_such_order": "This order was not found: {detail}",
    "order_cancelled": "Order {order} was cancelled by the shop. Do not pack it.",
    "order_closed": "Order {order} was already packed and closed; a lead can reopen it.",
    "order_in_exception": "Order {order} is in the lead's exception queue.",
    "order_claimed_elsewhere": "Order {order} is being packed at another bench. A lead can release it. Bench: "
    "{station} · Since: {since}",
    "order_not_claimable": "Order {order} cannot be claimed now. Status: {status}.",
    "session_elsewhere": "Order {order} is open at another station.",
    "station_busy": "Finish or suspend order {order} first.",
    "no_such_session": "There is no pack session {session_id}.",
    "no_session": "This order has no pack session to release.",
    "no_such_user": "This user is not known or not active.",
    "no_such_line": "Line {line_id} is not part of this order.",
    "scan_id_reused": "This scan id belongs to another order.",
    "illegal_transition": "Not possible at this step: {detail}",
    "cannot_close": "The order cannot close yet: {detail}",
    "database_unavailable": "The database cannot be reached: this was NOT saved. Try again when the connection "
    "is back.",
    # packing steps
    "nothing_to_remove": "No unit of {sku} is in the box.",
    "nothing_to_capture": "Every packed unit of {sku} already has its serial.",
    "serial_missing": "Scan or type the serial number.",
    "bad_weight": "{grams} g is not a weight; put the box on the scale.",
    # the connected scale (packstation.devices.serial_scale)
    "scale_no_answer": "The scale does not answer: check that it is on and its cable is in, or type the weight "
    "if this merchant allows it.",
    "scale_unstable": "The weight does not settle: keep the box still on the scale and read it again.",
    "scale_overload": "The scale is overloaded: this box is too heavy for it.",
    "scale_negative": "The scale reads below zero: empty the pan and zero the scale.",
    "scale_empty": "The scale reads 0 g: put the box on the scale.",
    "scale_unreadable": "The scale sent something the station cannot read; check its settings (protocol, unit).",
    "scale_none": "No scale is connected to this bench: type the weight.",
    "typed_weight_locked": "This bench has a scale: the weight comes from the scale. A lead can override the "
    "weight check.",
    # the camera (packstation.devices.camera)
    "camera_failed": "No photo: the camera did not give a picture.",
    "photo_required": "This merchant requires a photo of the package before it closes: check the camera, then "
    "close again (the station takes the photo again).",
    # the archive (packstation archive, docs/archive.md)
    "archive_missing": "Part of this history was archived, but the archive cannot be read (on SQLite the file "
    "beside the store, STORE-archive.db, is missing).",
    "archive_future": "The archive date {date} is in the future: only history that already happened is archived.",
    "archive_demo": "This is a demo (training) store: its history is practice and is reset with the demo, never "
    "archived.",
    "archive_no_store": "There is no Packstation database at {url}.",
    "evidence_not_found": "No package or order has the code {what} (tracking number, SSCC or order).",
    "bad_date": "{value} is not a date (YYYY-MM-DD).",
    "line_required": "{check} is done per line: say which line.",
    "no_such_check": "Unknown QC check {check}.",
    "no_such_blocker": "Nothing to override called {blocker}.",
    "reason_required": "Give a reason.",
    "bad_plan": "A packing plan is a JSON object.",
    "bad_package": "There is no package {package_no} in the plan.",
    "bad_items": "The box plan does not match the order: {detail}",
    # labels and printing
    "no_packages": "This order has no packages to label yet.",
    "no_such_label": "There is no label with id {label_id}.",
    "label_voided": "Label {tracking_number} is voided; issue a new one.",
    "labels_unavailable": "Label printing is not available in this build; a lead can override the label step.",
    "bad_format": "Unknown format: {detail}",
    "unknown_carrier": "Unknown carrier {carrier}.",
    "unknown_service": "Carrier {carrier} has no service {service}.",
    "bad_rates": "The rate table cannot be used: {detail}",
    "over_rate_table": "Too heavy for this service: billable weight {weight}, at most {limit}.",
    # the lead's housekeeping
    "name_required": "A person needs a name.",
    "badge_required": "A person needs a badge code.",
    "badge_taken": "Badge {badge} is already in use.",
    "bad_role": "There is no role {role}.",
    "unknown_language": "There is no language {locale}.",
    "unknown_user": "There is no user {user_id}.",
    "code_required": "A station needs a code, e.g. BENCH-05.",
    # setting a site up (first-run dialog, `packstation site|users|stations`)
    "site_name_required": "The site needs a name, e.g. Oslo DC.",
    "bad_company_prefix": "A GS1 company prefix is 6 to 12 digits, not {prefix}.",
    "bad_printer": "The printer address is not usable: {detail}",
    "pin_required_for_role": "This role needs a PIN: {role}.",
    "unknown_merchant": "There is no merchant {merchant}; import the catalogue first.",
    "bad_cutoff": "A cut-off is a time of day like 14:00, not {value}.",
    "bad_time_zone": "Unknown time zone {value} (e.g. Europe/Oslo).",
    # complaints (incidents) against shipped orders
    "incident_not_shipped": "Order {order} has not been shipped (status {status}); a complaint is recorded against "
    "a shipped order.",
    "incident_no_lines": "Choose at least one line of order {order} the complaint is about.",
    "incident_unknown_line": "Order {order} has no line {line}.",
    "incident_too_many": "Line {line} of order {order} shipped {shipped} units; the complaint names {quantity}.",
    "incident_bad_kind": "A complaint is damaged, wrong item or missing item, not {kind}.",
    "setup_in_demo": "This is a demo (training) database; a real site needs its own database.",
    "bad_columns": "The file cannot be used: {detail}",
    "bad_rows": "Nothing was imported: {detail}",
    "demo_into_production": "This is a production database; demo data goes into the training database.",
    "station_exists": "Station {station} already exists.",
    "unknown_station": "Unknown station: {detail}",
    "unknown_order": "There is no order with id {order_id}.",
    "not_claimed": "Order {order_ref} is not claimed.",
    "not_in_queue": "Order {order_ref} is not in the exception queue. Status: {status}.",
    "note_required": "Resolving an exception needs a note saying what was done.",
    "bad_resolution": "Unknown resolution {action}.",
    # campaigns and slips
    "invalid_campaign": "Campaign: {path}: {reason}",
    "cannot_stop_variant": "Variant {variant} cannot be stopped: it is already stopped or the last one running.",
    "return_label_number_taken": "The return label's tracking number {tracking} is already on a shipping label; "
    "nothing was printed.",
    "invalid_rule": "Rule: {path}: {reason}",
    "bad_rule": "Rule: {detail}",
    "campaign_not_found": "There is no campaign {key}.",
    "unknown_template": "There is no campaign template {template}.",
    "merchant_not_found": "There is no merchant {key}.",
    "customer_not_found": "There is no customer {key}.",
    "order_not_found": "Order not found: {detail}",
    "order_ambiguous": "Order reference {ref} is used by several merchants; scan the pick-ticket barcode.",
    "order_incomplete": "The order has no customer or merchant.",
    "slip_not_found": "The order has no slip {slip_code}.",
    "slip_incomplete": "Slip {slip_code} lost its customer, merchant or campaign.",
    "code_collision": "Could not draw a unique coupon code; try again.",
    # files, exports, training (command line and trainer)
    "import_rejected": "Nothing was imported: {detail}",
    "bad_file": "The file cannot be used: {detail}",
    "bad_units": "Unknown units: {detail}",
    "bad_box": "A box is wrong: {detail}",
    "bad_dims": "Dimensions are wrong: {detail}",
    "bad_item": "An item is wrong: {detail}",
    "bad_material": "A material is wrong: {detail}",
    "bad_order": "An order is wrong: {detail}",
    "bad_value": "A value is wrong: {detail}",
    "bad_script": "The script cannot be replayed: {detail}",
    "naive_time": "A time needs a time zone: {detail}",
    "demo_database": "This is a demo (training) database: its orders never shipped and are not exported.",
    "not_demo_database": "Training runs only in a demo database; this one holds real data.",
    "bad_scenario": "The training scenario {file} cannot be used ({path}): {problem}",
    "no_such_scenario": "There is no training scenario {scenario}.",
    "no_such_scorecard": "This scorecard was not found: {detail}",
    # labels from carriers and the site's shipping system, orders in and confirmations out (docs/integrations.md)
    "label_source_bad_tracking": "{source} answered without a usable tracking number for order {order}; "
    "nothing was printed.",
    "label_source_no_document": "{source} gave no label document for order {order}; nothing was printed.",
    "label_source_bad_document": "{source} sent a label for order {order} that is neither a PDF nor ZPL; "
    "nothing was printed.",
    "label_source_wrong_format": "{source} sent a {got} label for order {order}, but this bench's label "
    "printer takes {wanted}.",
    "label_source_unreachable": "No label for order {order}: {source} did not answer ({reason}). Press F7 to "
    "try again.",
    "label_source_no_label": "{source} has no label for order {order} yet. Press F7 to try again.",
    "label_source_refused": "{source} refused the label for order {order}: {reason}",
    "label_source_failed": "{source} answered HTTP {status} for order {order}. Press F7 to try again.",
    "label_source_reused": "{source} offered a label for order {order} that the station has used before; make "
    "a new label there.",
    "label_source_not_installed": "Labels from {source} need karrio and the carrier's extension installed.",
    "label_source_no_credentials": "The carrier connection {source} needs the environment variable {variable}.",
    "label_source_bad_settings": "The carrier connection {source} is set up wrong: {detail}",
    "label_void_refused": "{source} did not void label {tracking}: {reason}",
    "bad_label_source": "The label source for {key} is set up wrong: {detail}",
    "bought_pdf_per_box": "Carrier PDF labels print one box at a time.",
    "mixed_label_sources": "This order's labels come from different sources; print them box by box.",
    "manifest_empty": "There are no labels from {connection} to put on a manifest.",
    "manifest_refused": "No manifest from {source}: {reason}",
    "no_carrier_rates": "This order's labels come from a source that quotes no rates.",
    "no_such_connection": "There is no carrier connection named {connection}.",
    "ambiguous_order": "Order {order} matches several orders; give its id.",
    "inbox_listen_failed": "The order endpoint cannot listen on {address}: {detail}",
    "inbox_token_missing": "The order endpoint needs a token of at least 16 characters in PACKSTATION_INBOX_TOKEN.",
    "training_gate": "{name} is still in training. To pass on the training floor before packing real orders: "
    "{missing}. A lead can lift the gate (badge, PIN and a reason).",
    "bad_training_action": "Unknown training action: {detail}",
    "no_recurring_mistakes": "{name} has no recurring mistakes to practise in the last %n day(s).",
    "output_not_written": "Cannot write {path}: nothing was written and the old file is unchanged. ({reason})",
    # database faults (packstation.store.faults)
    "database_disk_full": "The disk of the database is full: this was NOT saved. Free space, then try again.",
    "database_read_only": "The database cannot be written (read-only file, folder or server): this was NOT saved.",
    "database_busy": "The database is busy (another bench holds this order): this was NOT saved. Try again.",
    "unknown_database": "This is not a database Packstation can use: {url}",
    "unsafe_text": "This holds a character no barcode, badge or name can have (position {position}). Nothing was "
    "saved; scan or type it again.",
    "out_of_range": "The number {value} is far too large. Nothing was saved.",
    "unprintable_text": "{text} holds characters no label font can print ({characters}). Correct it in the shop, "
    "or a lead overrides the step.",
}


def error_text(error: BaseException) -> str:
    """A refused action in the packer's words (DomainError carries a code and params)."""
    if isinstance(error, DomainError):
        template = ERRORS.get(error.code)
        params = {"detail": error.message, **error.params}
        return (_fill(template, params, _word, COUNTS.get(error.code)) if template else None) or tr(error.message)
    return tr("Something went wrong: {error}", error=str(error) or type(error).__name__)


STATE_NAMES: dict[str, str] = {
    "scanning": "Scan the items",
    "qc": "Quality checks",
    "box": "Box",
    "slips": "Slips",
    "label": "Label",
    "verify": "Verify slips and label",
    "closed": "Closed",
    "suspended": "Suspended",
    "exception": "Sent to exception",
}


def qc_prompt(request: Any) -> str:
    """A QC prompt by its check and params (the domain's English templates, `packstation.domain.qc.PROMPTS`)."""
    from packstation.domain.qc import PROMPTS

    template = PROMPTS.get(request.check)
    return (_fill(template, dict(request.params or {})) if template else None) or tr(request.prompt)


def state_name(state: str) -> str:
    return tr(STATE_NAMES.get(str(state), str(state)))


# What each kind of check asks, as the Y / N keys read in its dialog (fragile, hazmat and gift are not "damaged").
CHECK_KEYS = {
    "damage": N_("Y  undamaged      N  damaged: take it out"),
    "expiry": N_("Y  the date is fine      N  expired or too short"),
    "fragile": N_("Y  wrapped, FRAGILE sticker on the box      N  no sticker or cannot wrap it"),
    "hazmat": N_("Y  hazard mark on the box      N  no hazard mark at hand"),
    "gift": N_("Y  no prices on the slip, gift message in      N  prices shown or message missing"),
}
CHECK_NAMES = {
    "damage": N_("Damage check"),
    "expiry": N_("Expiry check"),
    "serial": N_("Serial numbers"),
    "lot": N_("Lot number"),
    "weight": N_("Weigh the box"),
    "fragile": N_("Fragile sticker"),
    "hazmat": N_("Hazard mark"),
    "gift": N_("Gift check"),
}


def next_step_text(session: Any, printer_fault: str = "") -> tuple[str, str]:
    """(headline, instruction): the one thing to do next in this order, and the key or scan that does it."""
    if printer_fault:
        fault = printer_fault.rstrip(" .") + "."
        return tr("PRINTER FAULT"), tr("{fault} Fix the printer, then press F7 to print again.", fault=fault)
    step = getattr(session, "next_step", "")
    request = session.next_request if hasattr(session, "next_request") else None
    check_name = tr(CHECK_NAMES.get(request.check, request.check)) if request is not None else ""
    if step == "scan_units":
        active = session.active_line
        if active is not None:
            return tr("NEXT: SCAN {sku}", sku=active.sku_code), tr(
                "From bin {bin}: {description}", bin=active.bin or "—", description=active.description
            )
        return tr("NEXT: SCAN THE UNITS"), tr("Scan every unit of the order.")
    if step == "check" and request is not None:
        key = "F6" if request.check == "weight" else "Insert"
        return tr("NEXT: {check}", check=check_name.upper()), tr(
            "{prompt} Press {key} (or scan CMD-STEP) to answer.", prompt=qc_prompt(request), key=key
        )
    if step == "fix_check":
        if request is not None and request.check == "weight":
            return (
                tr("NEXT: WEIGH AGAIN"),
                tr(
                    "Check the box for a missing or extra item, then F6 to weigh it "
                    "again, or F11 for a lead's override."
                ),
            )
        what = check_name or tr("a check")
        return tr("NEXT: FIX {check}", check=what.upper()), tr(
            "Do the check again (Insert) or ask a lead to override it (F11)."
        )
    if step == "scan_box":
        boxes = [str(b.get("box", "?")) for b in ((session.plan or {}).get("boxes") or [])]
        todo = boxes[session.boxes_confirmed :] or boxes
        return tr("NEXT: SCAN THE BOX"), tr("Take box {box} and scan its barcode.", box=", ".join(todo) or "?")
    if step == "print_slips":
        return tr("NEXT: SLIPS PRINTING"), tr("Wait for the slips; F7 prints them again.")
    if step == "scan_slips":
        return tr("NEXT: SCAN THE SLIPS"), tr("Scan each printed slip, then put it in the box.")
    if step == "print_label":
        return tr("NEXT: LABEL PRINTING"), tr("Wait for the label; F7 prints it again.")
    if step == "scan_labels":
        return tr("NEXT: SCAN THE LABEL"), tr("Stick the label on the box, then scan it.")
    if step == "close":
        return tr("NEXT: CLOSE THE ORDER"), tr("Everything is checked: press F12 or scan CMD-CLOSE.")
    return tr("Ready"), ""
