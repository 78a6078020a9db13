"""The wheel as a fresh machine gets it: resources and migrations inside, and the installed command works.

Built with `pip wheel --no-deps .` and installed non-editable into a new venv that borrows this interpreter's
packages (so nothing is downloaded but the build backend, which pip fetches unless hatchling is installed).
"""

from __future__ import annotations

import importlib.util
import os
import site
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _sh(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    """(wheel, venv, environment) with packstation installed from the wheel only."""
    tmp = tmp_path_factory.mktemp("wheel")
    build = ["--no-build-isolation"] if importlib.util.find_spec("hatchling") else []
    built = _sh(sys.executable, "-m", "pip", "wheel", "--no-deps", *build, ".", "-w", tmp / "dist", cwd=REPO)
    assert built.returncode == 0, built.stderr[-3000:]
    wheel = next((tmp / "dist").glob("packstation-*.whl"))
    venv = tmp / "venv"
    made = _sh(sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", venv, cwd=tmp)
    assert made.returncode == 0, made.stderr
    # The tests may run in a venv themselves (the README's .venv): let the new venv see those packages too.
    # A path in a .pth file does not run the .pth files inside it, so the editable checkout stays out of sight.
    venv_site = next(venv.glob("lib/python3*/site-packages"))
    parents = [p for p in (*site.getsitepackages(), site.getusersitepackages()) if Path(p).is_dir()]
    (venv_site / "_parent_env.pth").write_text("\n".join(parents) + "\n", encoding="utf-8")
    # This interpreter's pip installs into the venv (`--python`): no ensurepip run for a throwaway venv.
    pip = _sh(
        sys.executable,
        "-m",
        "pip",
        "--python",
        venv / "bin" / "python",
        "install",
        "--no-index",
        "--no-deps",
        "--force-reinstall",
        wheel,
        cwd=tmp,
    )
    assert pip.returncode == 0, pip.stderr[-3000:]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACKSTATION_") and k != "PYTHONPATH"}
    env |= {"XDG_CONFIG_HOME": str(tmp / "config"), "XDG_DATA_HOME": str(tmp / "data")}
    return wheel, venv, env


def test_the_wheel_carries_resources_and_migrations(installed: tuple[Path, Path, dict[str, str]]) -> None:
    wheel, _venv, _env = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("orders.csv", "orders.json", "catalog.csv", "boxes.csv"):
        assert f"packstation/resources/sample_data/{name}" in names
    assert "packstation/store/migrations/env.py" in names
    assert any(n.startswith("packstation/store/migrations/versions/0001") for n in names)
    assert not any(n.startswith("tests/") for n in names)


def test_installed_command_runs_from_the_venv(installed: tuple[Path, Path, dict[str, str]], tmp_path: Path) -> None:
    _wheel, venv, env = installed
    where = _sh(
        venv / "bin" / "python",
        "-c",
        "import packstation, packstation.resources as r; "
        "print(packstation.__file__); print(r.resource_path('sample_data', 'catalog.csv'))",
        cwd=tmp_path,
        env=env,
    )
    assert where.returncode == 0, where.stderr
    module, sample = where.stdout.split()
    assert module.startswith(str(venv)) and sample.startswith(str(venv))  # not the source checkout

    packstation = venv / "bin" / "packstation"
    helped = _sh(packstation, "--help", cwd=tmp_path, env=env)
    assert helped.returncode == 0 and "demo-data" in helped.stdout

    demo = _sh(packstation, "demo-data", "--orders", "5", cwd=tmp_path, env=env)
    assert demo.returncode == 0, demo.stderr
    assert "5 orders" in demo.stdout and Path(env["XDG_DATA_HOME"], "packstation", "packstation-demo.db").is_file()

    db = tmp_path / "station.db"
    catalog = _sh(packstation, "import", "catalog", sample, "--db", f"sqlite:///{db}", cwd=tmp_path, env=env)
    assert catalog.returncode == 0, catalog.stderr
    bad = tmp_path / "orders.csv"
    bad.write_text(
        "merchant,order_ref,customer_ref,first_name,sku,quantity\n"
        "BORGEN,W-1,C-1,Päivi,BG-VASE-S,1\nBORGEN,W-2,C-2,Bjørn,BG-VASE-S,lots\n",
        encoding="utf-8",
    )
    imported = _sh(packstation, "import", "orders", bad, "--db", f"sqlite:///{db}", cwd=tmp_path, env=env)
    assert imported.returncode != 0
    assert "orders.csv, row 3, column 'quantity'" in imported.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from orders").fetchone()[0] == 0
        assert conn.execute("select count(*) from customers").fetchone()[0] == 0
