"""The shared words of the station: verdict codes, error types, session states, event kinds.

One name per idea across code, screen, reports and docs. Services write these into `events.code` and
`events.error_type`; the lead's dashboard counts them; the GUI translates them.
"""

from __future__ import annotations

from enum import StrEnum

# The roles a person can have (users.role).
ROLES = ("packer", "lead", "trainer", "admin")


class Severity(StrEnum):
    """How the screen shows a verdict: green OK, amber attention, red stop (must be acknowledged)."""

    OK = "ok"
    ATTENTION = "attention"
    STOP = "stop"


class VerdictCode(StrEnum):
    """The station's answer to one scan."""

    ACCEPTED = "accepted"
    OVER_SCAN = "over_scan"
    WRONG_ITEM = "wrong_item"  # a known SKU that is not in this order
    UNKNOWN_BARCODE = "unknown_barcode"
    BAD_CHECK_DIGIT = "bad_check_digit"
    EXPIRED = "expired"
    SHORT_SHELF_LIFE = "short_shelf_life"
    WRONG_LOT = "wrong_lot"
    SERIAL_REQUIRED = "serial_required"
    DUPLICATE_SERIAL = "duplicate_serial"
    CASE_NOT_ALLOWED = "case_not_allowed"  # a scan-each SKU scanned as a case pack
    UNEXPECTED_BARCODE = "unexpected_barcode"  # a box / slip / label / order / badge code where an item was expected
    TOO_FAST_REPEAT = "too_fast_repeat"  # the same unit scanned twice faster than a person handles two units
    DUPLICATE_SCAN_ID = "duplicate_scan_id"  # a replayed scan id: idempotent, nothing changes
    # Non-item scans in their own step:
    ORDER_CLAIMED = "order_claimed"
    BOX_CONFIRMED = "box_confirmed"
    BOX_OVERRIDDEN = "box_overridden"
    BOX_DOES_NOT_FIT = "box_does_not_fit"  # another box than planned, too small or too weak for the contents
    SLIP_VERIFIED = "slip_verified"
    WRONG_SLIP = "wrong_slip"
    LABEL_VERIFIED = "label_verified"
    WRONG_LABEL = "wrong_label"
    LABEL_NOT_PRINTED = "label_not_printed"  # a label of this order that no printer has put out
    COMMAND = "command"  # a printed command barcode (CMD-UNDO, ...)
    # Answers to actions (QC, weight, undo, remove, override) returned as VerdictView too:
    QC_PASSED = "qc_passed"
    QC_FAILED = "qc_failed"
    WEIGHT_OK = "weight_ok"
    WEIGHT_MISMATCH = "weight_mismatch"
    UNDONE = "undone"
    UNIT_REMOVED = "unit_removed"
    OVERRIDDEN = "overridden"
    NOTHING_TO_UNDO = "nothing_to_undo"


class ErrorType(StrEnum):
    """Every error a lead counts; each journal row with an error carries one of these in `error_type`."""

    WRONG_ITEM = "wrong_item"
    OVER_SCAN = "over_scan"
    UNKNOWN_BARCODE = "unknown_barcode"
    BAD_CHECK_DIGIT = "bad_check_digit"
    EXPIRED = "expired"
    SHORT_SHELF_LIFE = "short_shelf_life"
    WRONG_LOT = "wrong_lot"
    SERIAL_REQUIRED = "serial_required"
    DUPLICATE_SERIAL = "duplicate_serial"
    CASE_NOT_ALLOWED = "case_not_allowed"
    UNEXPECTED_BARCODE = "unexpected_barcode"
    TOO_FAST_REPEAT = "too_fast_repeat"
    QC_DAMAGE = "qc_damage"
    QC_EXPIRY = "qc_expiry"
    QC_SERIAL = "qc_serial"
    QC_LOT = "qc_lot"
    WEIGHT_MISMATCH = "weight_mismatch"
    QC_FRAGILE = "qc_fragile"
    QC_HAZMAT = "qc_hazmat"
    QC_GIFT = "qc_gift"
    OVERRIDE = "override"
    SHORT_SHIP = "short_ship"
    REPRINT = "reprint"
    LABEL_VOID = "label_void"
    SLIP_VERIFICATION = "slip_verification"
    LABEL_VERIFICATION = "label_verification"
    BOX_OVERRIDE = "box_override"
    PRINT_FAILURE = "print_failure"
    # A customer's complaint proved an error after the order left (counted back to who packed the line).
    INCIDENT_DAMAGED = "incident_damaged"
    INCIDENT_WRONG_ITEM = "incident_wrong_item"
    INCIDENT_MISSING_ITEM = "incident_missing_item"


class SessionState(StrEnum):
    """The pack session's steps: claim -> scanning -> qc -> box -> slips -> label -> verify -> closed."""

    SCANNING = "scanning"
    QC = "qc"
    BOX = "box"
    SLIPS = "slips"
    LABEL = "label"
    VERIFY = "verify"
    CLOSED = "closed"
    SUSPENDED = "suspended"
    EXCEPTION = "exception"


class EventKind(StrEnum):
    """What a journal row records."""

    SCAN = "scan"
    QC = "qc"
    OVERRIDE = "override"
    UNDO = "undo"
    REMOVE = "remove"
    QUANTITY = "quantity"
    STATE = "state"
    CLAIM = "claim"
    RELEASE = "release"
    BOX = "box"
    PRINT = "print"
    REPRINT = "reprint"
    VOID = "void"
    VERIFY = "verify"
    SLIP = "slip"
    NOTE = "note"
    INCIDENT = "incident"
    SIGN_IN = "sign_in"
