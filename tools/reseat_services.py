#!/usr/bin/env python3
"""Re-seat packstation/services into subpackages (issue #19 part 4): `git mv` each module of the table below into its
room, then rewrite every reference to it across packstation/, tests/, docs/, pyproject.toml and .ci/.

Idempotent: a module already in its room is not moved again, and only the old spellings are rewritten, so the
script can run again on a tree that gained new files (or new imports of the old paths) meanwhile.

    python tools/reseat_services.py          # move and rewrite
    python tools/reseat_services.py --check  # list what would change, change nothing (exit 1 if anything would)

Forms rewritten: `packstation.services.X` (imports, strings, import-linter contracts), `from packstation.services
import X[, Y]` (split per room; a module renamed in its room is imported `as` its old name), and the paths
`packstation/services/X.py` / `services/X.py` in text. README.md is left alone (the lead rewrites it).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

# old module (packstation/services/<old>.py) -> (room, module name in the room). A module whose name is its room's
# name becomes the room's `service` module (packstation.services.packing.service holds PackingService).
MOVES: dict[str, tuple[str, str]] = {
    # packing at the bench: the session, its steps and what the station drives
    "packing": ("packing", "service"),
    "packing_steps": ("packing", "packing_steps"),
    "progress": ("packing", "progress"),
    "scanning": ("packing", "scanning"),
    "claims": ("packing", "claims"),
    "unit_actions": ("packing", "unit_actions"),
    "box_plan": ("packing", "box_plan"),
    "layout_check": ("packing", "layout_check"),
    "replay": ("packing", "replay"),
    "station": ("packing", "station"),
    "station_print": ("packing", "station_print"),
    "photos": ("packing", "photos"),
    "collector": ("packing", "collector"),
    "orders": ("packing", "orders"),
    # labels, carrier documents and what leaves the building
    "labels": ("shipping", "labels"),
    "label_documents": ("shipping", "label_documents"),
    "connect": ("shipping", "connect"),
    "exporting": ("shipping", "exporting"),
    # complaints against shipped orders and their replacements
    "incidents": ("shipping", "incidents"),
    "incident_import": ("shipping", "incident_import"),
    # marketing slips and their campaigns
    "marketing": ("marketing", "service"),
    "marketing_editor": ("marketing", "marketing_editor"),
    "marketing_store": ("marketing", "marketing_store"),
    "marketing_views": ("marketing", "marketing_views"),
    # the lead's reports, the dashboard and claim evidence
    "reports": ("reports", "service"),
    "report_folds": ("reports", "report_folds"),
    "report_delivery": ("reports", "report_delivery"),
    "report_aggregates": ("reports", "report_aggregates"),
    "archive": ("reports", "archive"),
    "evidence": ("reports", "evidence"),
    # training floor and the training gate
    "training": ("training", "service"),
    "training_gate": ("training", "training_gate"),
    "training_orders": ("training", "training_orders"),
    # the site: people, stations, sign-in, imports
    "site": ("site", "service"),
    "auth": ("site", "auth"),
    "lead": ("site", "lead"),
    "importing": ("site", "importing"),
    "import_checks": ("site", "import_checks"),
    "import_files": ("site", "import_files"),
    "database": ("site", "database"),
}
# Stay at the top of services/ (shared by every room): journal, views, failures. (report_views moved to the domain.)

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "packstation" / "services"
ROOMS = sorted({room for room, _ in MOVES.values()})
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".cfg", ".ini", ".json", ".sh", ".cjs"}
SCAN = ["packstation", "tests", "docs", "tools", ".ci", "pyproject.toml"]
SKIP_PARTS = {".venv", "node_modules", "__pycache__", ".git", "screenshots"}


def room_modules(room: str) -> set[str]:
    """The modules that are (or will be) in a room: from the table and from the files already there."""
    names = {new for r, new in MOVES.values() if r == room}
    folder = SERVICES / room
    if folder.is_dir():
        names |= {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    return names


def _new(old: str) -> str:
    room, new = MOVES[old]
    return f"packstation.services.{room}.{new}"


DOTTED = re.compile(r"packstation\.services\.(" + "|".join(sorted(MOVES, key=len, reverse=True)) + r")(?![\w])")
FROM_SERVICES = re.compile(r"^(?P<indent>[ \t]*)from packstation\.services import (?P<names>\([^)]*\)|[^\n#]*)"
                           r"(?P<comment>[ \t]*#[^\n]*)?$", re.M)
PATHS = re.compile(r"(?<![\w/])(packstation/)?services/(" + "|".join(sorted(MOVES, key=len, reverse=True))
                   + r")\.py\b")


def _dotted(match: re.Match[str]) -> str:
    old = match.group(1)
    if old in ROOMS:  # `packstation.services.packing` may already be the room: then leave it
        after = match.string[match.end():]
        follow = re.match(r"\.(\w+)", after)
        if follow and follow.group(1) in room_modules(old):
            return match.group(0)
        imported = re.match(r"[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)", after)
        if imported:
            listed = imported.group(1).strip("()").split(",")
            names = {n.split("#")[0].split(" as ")[0].strip() for n in listed if n.split("#")[0].strip()}
            if names and names <= room_modules(old):
                return match.group(0)
    return _new(old)


def _from_services(match: re.Match[str]) -> str:
    indent, names_text = match.group("indent"), match.group("names")
    comment = match.group("comment") or ""
    names = [n.strip() for n in names_text.strip("()").replace("\n", " ").split(",") if n.strip()]
    stay, moved = [], []
    for name in names:
        base, _, alias = name.partition(" as ")
        base, alias = base.strip(), alias.strip()
        if base in MOVES:
            room, new = MOVES[base]
            local = alias or base
            moved.append(f"{indent}from packstation.services.{room} import {new}"
                         + (f" as {local}" if local != new else ""))
        else:
            stay.append(name)
    if not moved:
        return match.group(0)
    lines = ([f"{indent}from packstation.services import {', '.join(stay)}"] if stay else []) + moved
    if comment:
        lines[0] += comment
    return "\n".join(lines)


def _paths(match: re.Match[str]) -> str:
    prefix, old = match.group(1) or "", match.group(2)
    room, new = MOVES[old]
    return f"{prefix}services/{room}/{new}.py"


def rewrite(text: str) -> str:
    text = FROM_SERVICES.sub(_from_services, text)
    text = DOTTED.sub(_dotted, text)
    return PATHS.sub(_paths, text)


def files() -> list[Path]:
    found: list[Path] = []
    for entry in SCAN:
        path = ROOT / entry
        candidates = [path] if path.is_file() else path.rglob("*") if path.is_dir() else []
        for p in candidates:
            if p.is_file() and p.suffix in TEXT_SUFFIXES and not SKIP_PARTS & set(p.relative_to(ROOT).parts):
                found.append(p)
    return sorted(found)


def _sort_imports() -> None:
    """Rewritten imports sorted again as the linter wants them (ruff's isort rule, nothing else)."""
    ruff = Path(sys.executable).with_name("ruff")
    if ruff.exists():
        subprocess.run([str(ruff), "check", "-q", "--select", "I", "--fix", "packstation", "tests"], cwd=ROOT,
                       check=False)


def main(check: bool) -> int:
    changes: list[str] = []
    for old, (room, new) in MOVES.items():
        source, target = SERVICES / f"{old}.py", SERVICES / room / f"{new}.py"
        if source.exists() and source != target:
            if target.exists():
                sys.exit(f"both {source.relative_to(ROOT)} and {target.relative_to(ROOT)} exist: merge by hand")
            changes.append(f"move {source.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
            if not check:
                target.parent.mkdir(exist_ok=True)
                init = target.parent / "__init__.py"
                if not init.exists():
                    init.write_text(f'"""Packstation services: {room}."""\n')
                    subprocess.run(["git", "add", str(init)], cwd=ROOT, check=True)
                subprocess.run(["git", "mv", str(source), str(target)], cwd=ROOT, check=True)
    for path in files():
        if path.resolve() == Path(__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8")
        new_text = rewrite(text)
        if new_text != text:
            changes.append(f"rewrite {path.relative_to(ROOT)}")
            if not check:
                path.write_text(new_text, encoding="utf-8")
    if not check and changes:
        _sort_imports()
    print("\n".join(changes) or "nothing to do")
    return 1 if check and changes else 0


if __name__ == "__main__":
    raise SystemExit(main("--check" in sys.argv[1:]))
