#!/usr/bin/env python3
"""Re-seat the tests so they mirror the package (issue #19 part 5): tests/domain/..., tests/documents, tests/store,
tests/services/<room>, tests/gui/..., tests/cli, ... Run after tools/reseat_services.py.

Each test_*.py of the folders in SOURCES goes where the highest layer it imports lives (gui > cli > services > demo
> documents | devices | integrations > store > domain), into the subpackage it imports most (packstation.services.
packing -> tests/services/packing, packstation.domain.cartonize -> tests/domain/cartonize, packstation.gui.lead ->
tests/gui/lead); OVERRIDES below wins over that rule. The move is a `git mv`; then references to the moved modules
are rewritten across tests/, packstation/, docs/, pyproject.toml and .ci/ (`tests.a.b` imports and `tests/a/b.py`
paths), and `Path(__file__)` parents in a moved file are shifted by its change of depth (data paths keep working).
tests/e2e, tests/fuzz, tests/benchmarks, tests/helpers and the already mirrored folders stay as they are.

Idempotent: a test already in its place is not moved, so the script can run again on a tree that gained new files.

    python tools/reseat_tests.py          # move and rewrite
    python tools/reseat_tests.py --check  # list what would change, change nothing (exit 1 if anything would)
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests"
# Folders whose test_*.py files are re-seated (the others already mirror a package or are kept as they are).
SOURCES = ["tests/unit", "tests/services", "tests/gui", "tests/domain", "tests/documents", "tests/cli", "tests"]
# test file name -> folder (relative to the repository), where the import rule would put it elsewhere.
OVERRIDES: dict[str, str] = {
    "test_glossary.py": "tests/gui",          # the GUI's words per language
    "test_translations.py": "tests/gui",      # the Qt catalogues
    "test_config.py": "tests",                # packstation/config.py (it drives the CLI to read a config file)
    "test_lead.py": "tests/services/site",    # the lead's service (site/lead.py), reports only used to check
    "test_lead_authority.py": "tests/services/site",  # lead approvals (site/auth.py, site/lead.py)
    "test_training.py": "tests/services/training",    # the training floor, driven through the packing service
    # the packing service's tests that reach it only through tests/services/conftest.py's packing_world fixture
    "test_package_weights.py": "tests/services/packing",
    "test_packing_qc.py": "tests/services/packing",
    "test_packing_replay.py": "tests/services/packing",
}
# Tests under these folders stay under them (their conftest fixtures live there); only the subfolder is chosen.
KEEP_LAYER = ["services", "gui"]
LAYERS = ["gui", "cli", "services", "demo", "documents", "devices", "integrations", "store", "domain"]
SHARED_MODULES = {"journal", "views", "failures"}  # services at the top of services/: their tests stay there
TEXT_SUFFIXES = {".py", ".md", ".toml", ".txt", ".cfg", ".ini", ".json", ".sh"}
SCAN = ["packstation", "tests", "docs", "tools", ".ci", "pyproject.toml"]
SKIP_PARTS = {".venv", "node_modules", "__pycache__", ".git", "screenshots", "data"}


def _imports(path: Path) -> list[list[str]]:
    """The packstation modules a test imports, as name parts after `packstation`."""
    found: list[list[str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "packstation":
            parts = node.module.split(".")[1:]
            found += [parts + [a.name] for a in node.names] if len(parts) <= 1 else [parts]
        elif isinstance(node, ast.Import):
            found += [a.name.split(".")[1:] for a in node.names if a.name.split(".")[0] == "packstation"]
    return [p for p in found if p]


def _is_package(parts: list[str]) -> bool:
    return (ROOT / "packstation" / Path(*parts) / "__init__.py").exists()


def target(path: Path) -> str:
    """The folder (relative to the repository) a test file belongs in."""
    if path.name in OVERRIDES:
        return OVERRIDES[path.name]
    imports = _imports(path)
    layers = [p[0] for p in imports if p[0] in LAYERS]
    kept = next((layer for layer in KEEP_LAYER if path.is_relative_to(TESTS / layer)), None)
    if kept is None and not layers:
        return "tests"  # packstation/config.py, app.py: the top of the package
    layer = kept or min(layers, key=LAYERS.index)
    subs = Counter(p[1] for p in imports if p[0] == layer and len(p) >= 2 and _is_package(p[:2]))
    if layer == "services":
        subs = Counter({s: n for s, n in subs.items() if s not in SHARED_MODULES})
    return f"tests/{layer}/{subs.most_common(1)[0][0]}" if subs else f"tests/{layer}"


def plan() -> dict[Path, Path]:
    moves: dict[Path, Path] = {}
    for source in SOURCES:
        folder = ROOT / source
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("test_*.py")):
            new = ROOT / target(path) / path.name
            if new != path:
                moves[path] = new
    return moves


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _check_names(moves: dict[Path, Path]) -> None:
    """Tests outside Python packages are imported by their file name: two of one name would clash."""
    final = {p for p in TESTS.rglob("test_*.py") if p not in moves} | set(moves.values())
    loose = Counter(p.name for p in final if not _package(p.parent))
    twice = sorted(name for name, n in loose.items() if n > 1)
    if twice:
        sys.exit(f"two test files of one name would clash: {', '.join(twice)} (add an OVERRIDES entry)")


def _package(folder: Path) -> bool:
    """A folder that is (or, made by a move, will be) a Python package: a new folder is one inside a package."""
    return (folder / "__init__.py").exists() if folder.is_dir() else _package(folder.parent)


def _shift_parents(text: str, delta: int) -> str:
    """`Path(__file__).resolve().parents[k]` / `.parent.parent` of a file moved `delta` folders deeper."""
    def parents(m: re.Match[str]) -> str:
        return f"{m.group(1)}.parents[{int(m.group(2)) + delta}]"

    def chain(m: re.Match[str]) -> str:
        return m.group(1) + ".parent" * (m.group(2).count(".parent") + delta)

    text = re.sub(r"(Path\(__file__\)(?:\.resolve\(\))?)\.parents\[(\d+)\]", parents, text)
    return re.sub(r"(Path\(__file__\)(?:\.resolve\(\))?)((?:\.parent(?![s\w]))+)", chain, text)


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
    moves = plan()
    _check_names(moves)
    changes = [f"move {a.relative_to(ROOT)} -> {b.relative_to(ROOT)}" for a, b in moves.items()]
    renames = {_module(a): _module(b) for a, b in moves.items()}
    paths = {str(a.relative_to(ROOT)): str(b.relative_to(ROOT)) for a, b in moves.items()}
    if not check:
        for old, new in moves.items():
            for folder in reversed(new.relative_to(ROOT).parents[:-1]):
                folder = ROOT / folder
                if not folder.is_dir():
                    folder.mkdir()
                    if (folder.parent / "__init__.py").exists():  # inside a test package: a package too
                        (folder / "__init__.py").write_text("")
                        subprocess.run(["git", "add", str(folder / "__init__.py")], cwd=ROOT, check=True)
            delta = len(new.relative_to(ROOT).parts) - len(old.relative_to(ROOT).parts)
            subprocess.run(["git", "mv", str(old), str(new)], cwd=ROOT, check=True)
            if delta:
                new.write_text(_shift_parents(new.read_text(encoding="utf-8"), delta), encoding="utf-8")
    if renames:
        dotted = re.compile(r"(?<![\w.])(" + "|".join(re.escape(k) for k in sorted(renames, key=len, reverse=True))
                            + r")(?![\w])")
        slashed = re.compile(r"(?<![\w/])(" + "|".join(re.escape(k) for k in sorted(paths, key=len, reverse=True))
                             + r")(?![\w])")
        for path in files():
            if path.resolve() == Path(__file__).resolve():
                continue
            text = path.read_text(encoding="utf-8")
            new_text = slashed.sub(lambda m: paths[m.group(1)], dotted.sub(lambda m: renames[m.group(1)], text))
            if new_text != text:
                changes.append(f"rewrite {path.relative_to(ROOT)}")
                if not check:
                    path.write_text(new_text, encoding="utf-8")
    if not check:
        for source in SOURCES:  # a folder the moves emptied goes (with its lone __init__.py)
            folder = ROOT / source
            if folder.is_dir() and folder != TESTS and not [p for p in folder.iterdir() if p.name != "__pycache__"
                                                              and p.name != "__init__.py"]:
                init = folder / "__init__.py"
                if init.exists():
                    subprocess.run(["git", "rm", "-q", str(init)], cwd=ROOT, check=True)
                for cache in folder.glob("__pycache__"):
                    subprocess.run(["rm", "-rf", str(cache)], check=True)
                if folder.exists() and not any(folder.iterdir()):
                    folder.rmdir()
    if not check and changes:
        _sort_imports()
    print("\n".join(changes) or "nothing to do")
    return 1 if check and changes else 0


if __name__ == "__main__":
    raise SystemExit(main("--check" in sys.argv[1:]))
