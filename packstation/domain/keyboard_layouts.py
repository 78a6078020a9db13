"""What a scanner set to a US keyboard types on a bench whose keyboard layout is another country's.

A keyboard-wedge scanner sends key positions, not characters. Set to "USA" on a PC whose layout is Norwegian,
Finnish, German or Polish (QWERTZ), the keys for `-`, `/`, `+`, `]` and others give other characters (`ORD-NL-1`
arrives as `ORD+NL+1` on a Norwegian bench; Y and Z trade places on QWERTZ). Letters and digits mostly survive, so
such a code looks almost right and matches nothing.

`us_readings(text)` gives, per known bench layout, what the scanner meant: the station looks those up only to *say*
which setting to change; it never accepts the mapped code. Pure Python, no Qt.
"""

from __future__ import annotations

# Key positions of a US keyboard, (unshifted, shifted), and what the same positions give on each bench layout.
# "" marks a dead key (it types nothing by itself), so a code with that character cannot be mapped back.
_US = (
    "`~",
    "1!",
    "2@",
    "3#",
    "4$",
    "5%",
    "6^",
    "7&",
    "8*",
    "9(",
    "0)",
    "-_",
    "=+",
    "qQ",
    "wW",
    "eE",
    "rR",
    "tT",
    "yY",
    "uU",
    "iI",
    "oO",
    "pP",
    "[{",
    "]}",
    "\\|",
    "aA",
    "sS",
    "dD",
    "fF",
    "gG",
    "hH",
    "jJ",
    "kK",
    "lL",
    ";:",
    "'\"",
    "zZ",
    "xX",
    "cC",
    "vV",
    "bB",
    "nN",
    "mM",
    ",<",
    ".>",
    "/?",
)

_ROW_DIGITS = ("1!", '2"', "3#", "4¤", "5%", "6&", "7/", "8(", "9)", "0=")
_LETTERS_TOP = ("qQ", "wW", "eE", "rR", "tT", "yY", "uU", "iI", "oO", "pP")
_LETTERS_MID = ("aA", "sS", "dD", "fF", "gG", "hH", "jJ", "kK", "lL")
_LETTERS_LOW = ("zZ", "xX", "cC", "vV", "bB", "nN", "mM")
_QWERTZ_TOP = ("qQ", "wW", "eE", "rR", "tT", "zZ", "uU", "iI", "oO", "pP")
_QWERTZ_LOW = ("yY", "xX", "cC", "vV", "bB", "nN", "mM")

LAYOUTS: dict[str, tuple[str, ...]] = {
    "no": (
        "|§",
        *_ROW_DIGITS,
        "+?",
        "\\",
        *_LETTERS_TOP,
        "åÅ",
        "",
        "'*",
        *_LETTERS_MID,
        "øØ",
        "æÆ",
        *_LETTERS_LOW,
        ",;",
        ".:",
        "-_",
    ),
    "fi": (
        "§½",
        *_ROW_DIGITS,
        "+?",
        "",
        *_LETTERS_TOP,
        "åÅ",
        "",
        "'*",
        *_LETTERS_MID,
        "öÖ",
        "äÄ",
        *_LETTERS_LOW,
        ",;",
        ".:",
        "-_",
    ),
    "de": (
        "",
        "1!",
        '2"',
        "3§",
        "4$",
        "5%",
        "6&",
        "7/",
        "8(",
        "9)",
        "0=",
        "ß?",
        "",
        *_QWERTZ_TOP,
        "üÜ",
        "+*",
        "#'",
        *_LETTERS_MID,
        "öÖ",
        "äÄ",
        *_QWERTZ_LOW,
        ",;",
        ".:",
        "-_",
    ),
    "pl_qwertz": (
        "",
        "1!",
        '2"',
        "3#",
        "4¤",
        "5%",
        "6&",
        "7/",
        "8(",
        "9)",
        "0=",
        "+?",
        "'*",
        *_QWERTZ_TOP,
        "żń",
        "ść",
        "óź",
        *_LETTERS_MID,
        "łŁ",
        "ąę",
        *_QWERTZ_LOW,
        ",;",
        ".:",
        "-_",
    ),
}

# The setting to name: the layout as a person picks it in a scanner's "keyboard country" list or the PC's settings.
LAYOUT_NAMES = {"no": "Norwegian", "fi": "Finnish", "de": "German", "pl_qwertz": "Polish (QWERTZ)"}


def _back_map(layout: str) -> dict[str, str]:
    """bench character -> the US character at the same key position."""
    back: dict[str, str] = {}
    for us, bench in zip(_US, LAYOUTS[layout], strict=True):
        for position, char in enumerate(bench):
            if position < len(us) and char not in back:
                back[char] = us[position]
    return back


_BACK = {layout: _back_map(layout) for layout in LAYOUTS}


def us_reading(text: str, layout: str) -> str | None:
    """What a US-set scanner meant when the bench (in `layout`) shows `text`; None when it reads the same."""
    back = _BACK[layout]
    meant = "".join(back.get(char, char) for char in text)
    return meant if meant != text else None


def us_readings(text: str) -> list[tuple[tuple[str, ...], str]]:
    """(bench layouts, what the scanner meant) for each different reading of `text` by a US-set scanner.

    Layouts that give the same reading are grouped (Norwegian and Finnish move `-` to the same key).
    """
    grouped: dict[str, list[str]] = {}
    for layout in LAYOUTS:
        meant = us_reading(text, layout)
        if meant is not None:
            grouped.setdefault(meant, []).append(layout)
    return [(tuple(layouts), meant) for meant, layouts in grouped.items()]


def layout_names(layouts: tuple[str, ...] | list[str]) -> str:
    """ "Norwegian or Finnish": the layouts as a person names them."""
    names = [LAYOUT_NAMES.get(layout, layout) for layout in layouts]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]
