"""Issue 17 part 6: NUL bytes and lone surrogates in every text a person or file can send, through PostgreSQL and
SQLite alike: a scan, a badge, a PIN, an order barcode, an import cell. Each is refused in words (`unsafe_text`,
or an import problem naming row and column) and nothing is written; both databases give the same answer."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from packstation.app import open_store
from packstation.domain.errors import DomainError
from packstation.domain.importing import ImportRejected
from packstation.domain.safe_text import unsafe_character
from packstation.services.packing.service import PackingService
from packstation.services.site.importing import import_file
from packstation.store.models import Event, Sku
from tests.helpers.bench_world import PIN, add_orders, build_floor

# At least one NUL or lone surrogate, anywhere among any other code points.
UNSAFE = st.one_of(st.just("\x00"), st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF))
ANY = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
HOSTILE = st.tuples(ANY, st.text(UNSAFE, min_size=1, max_size=3), ANY).map("".join)


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def hostile_floor(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('hostile') / 'bench.db'}"
        drop = None
    else:
        import os

        from sqlalchemy import create_engine, text

        admin = os.environ.get("PACKSTATION_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
        name = f"ps_hostile_{uuid.uuid4().hex[:10]}"
        engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        except Exception as exc:  # noqa: BLE001
            pytest.skip(f"no PostgreSQL server: {exc}")
        url = admin.rsplit("/", 1)[0] + f"/{name}"

        def drop() -> None:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    store = open_store(url)
    floor = build_floor(store, skus=3)
    order_id = add_orders(store, floor, 1, 2)[0]
    service = PackingService(store, floor.stations[0])
    user = service.sign_in(floor.badges[0], PIN)
    session = service.claim(user.id, order_id)
    yield store, service, floor, user.id, session.session_id
    store.dispose()
    if drop:
        drop()


def _events(store) -> int:  # type: ignore[no-untyped-def]
    with store.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(Event)) or 0)


@given(HOSTILE)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_hostile_text_is_refused_in_words_everywhere(hostile_floor, text: str) -> None:  # type: ignore[no-untyped-def]
    store, service, floor, user_id, session_id = hostile_floor
    before = _events(store)
    calls = {
        "scan": lambda: service.scan(session_id, text, scan_id=str(uuid.uuid4())),
        "badge": lambda: service.sign_in(text, PIN),
        "pin": lambda: service.sign_in(floor.badges[0], text),
        "order barcode": lambda: service.claim(user_id, text),
        "suspend reason": lambda: service.to_exception(session_id, text),
    }
    for what, call in calls.items():
        with pytest.raises(DomainError) as caught:
            call()
        assert caught.value.code == "unsafe_text", (what, caught.value)
        assert "nothing was saved" in str(caught.value)
    assert _events(store) == before


@given(st.lists(HOSTILE, min_size=1, max_size=3))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_hostile_import_cells_are_named_and_nothing_is_imported(
    hostile_floor, tmp_path_factory, cells: list[str]
) -> None:  # type: ignore[no-untyped-def]
    store = hostile_floor[0]
    path = Path(tmp_path_factory.mktemp("cells")) / "catalog.json"

    # JSON joins a high and a low surrogate written next to each other into one real character: only the cells
    # still holding NUL or a lone surrogate once read back are hostile.
    assume(all(unsafe_character(json.loads(json.dumps(cell))) for cell in cells))
    rows = [{"merchant": "BENCH", "sku": f"H-{i}", "description": cell} for i, cell in enumerate(cells)]
    path.write_text(json.dumps(rows), encoding="utf-8")  # JSON escapes carry NUL and lone surrogates
    with store.sessions() as db:
        skus = db.scalar(select(func.count()).select_from(Sku))
    with pytest.raises(ImportRejected) as caught:
        import_file(store, "catalog", path)
    assert {(p.row, p.column) for p in caught.value.problems} == {
        (f"skus[{i}]", "description") for i in range(len(cells))
    }
    with store.sessions() as db:
        assert db.scalar(select(func.count()).select_from(Sku)) == skus
