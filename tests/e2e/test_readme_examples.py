"""Every command example in README.md and docs/ runs, in reading order, as a person following them would.

The ```sh blocks of README.md and then of the docs pages (EXAMPLE_PAGES first, in the order a new site reads them:
they build on each other, then every other page) are the examples (a synopsis with [optional] parts or a|b choices is fenced as ```text).
Each block runs in bash (`set -euo pipefail`) in one working folder holding the files of resources/sample_data/
(the README's examples name them: catalog.csv, users.csv, replay.json, cartonize.json, ...), with `packstation` of
this environment first on PATH, its configured database a SQLite file there and the demo database beside it. The two
blocks that install the machine and run the whole suite (`.ci/system-deps`) are what CI itself runs; they are the
only ones left out. A new ```sh block is picked up by itself.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from packstation.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
# The pages whose examples build on each other (import before replay and report), in that order; other docs pages
# follow in name order, so a new page's ```sh block is picked up by itself.
EXAMPLE_PAGES = (
    "README.md",
    "docs/site-setup.md",
    "docs/file-formats.md",
    "docs/packing-engine.md",
    "docs/cartonization.md",
    "docs/lead.md",
)
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```", re.S | re.M)
SETUP = ".ci/system-deps"  # the top two commands: installing the machine and running the suite (CI runs them)


def pages() -> list[Path]:
    rest = sorted(p for p in (ROOT / "docs").glob("*.md") if str(p.relative_to(ROOT)) not in EXAMPLE_PAGES)
    return [ROOT / name for name in EXAMPLE_PAGES] + rest


def sh_blocks(page: Path = README) -> list[tuple[int, str]]:
    text = page.read_text(encoding="utf-8")
    return [(text[: m.start()].count("\n") + 1, m.group(2)) for m in BLOCK.finditer(text) if m.group(1) == "sh"]


def all_sh_blocks() -> list[tuple[str, int, str]]:
    return [(str(page.relative_to(ROOT)), line, body) for page in pages() for line, body in sh_blocks(page)]


def json_blocks() -> list[str]:
    return [
        m.group(2) for page in pages() for m in BLOCK.finditer(page.read_text(encoding="utf-8")) if m.group(1) == "json"
    ]


def test_the_readme_has_examples_and_only_the_setup_is_left_out() -> None:
    assert [line for line, body in sh_blocks() if SETUP in body] == [8, 15]  # the two commands at the very top
    blocks = all_sh_blocks()
    assert len(blocks) >= 8
    assert [(page, line) for page, line, body in blocks if SETUP in body] == [("README.md", 8), ("README.md", 15)]


@pytest.mark.slow
def test_every_sh_example_runs_in_order(tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(resource_path("sample_data"), work)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_")}
    env |= {
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PACKSTATION_DB_URL": f"sqlite:///{tmp_path / 'site.db'}",
        "PACKSTATION_DEMO_DB_URL": f"sqlite:///{tmp_path / 'demo.db'}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    ran = 0
    outputs: dict[tuple[str, int], str] = {}
    for page, line, body in all_sh_blocks():
        if SETUP in body:
            continue
        result = subprocess.run(
            ["bash", "-c", "set -euo pipefail\n" + body],
            cwd=work,
            env=env,
            text=True,
            capture_output=True,
            timeout=600,
            stdin=subprocess.DEVNULL,
            check=False,
        )
        assert result.returncode == 0, (
            f"{page} line {line}:\n{body}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
        )
        outputs[page, line] = result.stdout
        ran += 1
    assert ran >= 6
    # What the examples promise: the cartonize example packs its order, the replay example meets every expect.
    carton = next(out for line, out in outputs.items() if '"unpacked"' in out)
    plan = json.loads(carton.splitlines()[0])
    assert plan["unpacked"] == [] and plan["boxes"][0]["box"] == "B1"
    replay = next(out for out in outputs.values() if '"action": "sign_in"' in out)
    steps = [json.loads(x) for x in replay.splitlines()]
    assert steps[0]["user"] == "Ingrid Berg" and all(s.get("ok", True) for s in steps)
    assert [s["code"] for s in steps if "ok" in s] == ["scanning", "accepted", "unknown_barcode", "over_scan"]
    for name in ("badges.pdf", "keys.pdf", "shipments.csv", "shift.pdf"):
        assert (work / name).stat().st_size > 0, name


def test_the_readme_json_examples_are_the_shipped_sample_files() -> None:
    """The README shows the example files; the files the commands run are the same documents."""
    shown = [json.loads(block) for block in json_blocks() if block.lstrip().startswith('{"')]
    for name in ("replay.json", "cartonize.json"):
        sample = json.loads(resource_path("sample_data", name).read_text(encoding="utf-8"))
        assert sample in shown, name
