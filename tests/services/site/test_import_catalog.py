"""Catalogue and box import: GTINs checked, one SKU per barcode, re-import updates only what changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.domain.importing import ImportRejected
from packstation.resources import resource_path
from packstation.services.site.importing import import_file
from packstation.store.models import Barcode, Box, Merchant, Sku

HEADER = "merchant,sku,description,weight_g,gtin,vendor_code\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_catalogue_and_boxes_import_and_reimport_unchanged(store) -> None:  # type: ignore[no-untyped-def]
    catalog = import_file(store, "catalog", resource_path("sample_data", "catalog.csv"))
    boxes = import_file(store, "boxes", resource_path("sample_data", "boxes.csv"))
    assert (catalog.created, catalog.detail["new_barcodes"], boxes.created) == (6, 8, 3)
    again = import_file(store, "catalog", resource_path("sample_data", "catalog.csv"))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 6)
    assert import_file(store, "boxes", resource_path("sample_data", "boxes.csv")).unchanged == 3
    with store.sessions() as s:
        merchant = s.scalars(select(Merchant)).one()
        vase = s.scalars(select(Sku).where(Sku.code == "BG-VASE-S")).one()
        napkin_case = s.scalars(select(Barcode).where(Barcode.kind == "case")).one()
        mailer = s.scalars(select(Box).where(Box.code == "SH-ML3")).one()
        assert s.scalar(select(func.count()).select_from(Sku)) == 6
        assert [b.code for b in vase.barcodes] == ["07031234000019"]
    assert merchant.name == "Borgen Design AS"
    assert (vase.description, vase.fragile, vase.this_side_up) == ("Glass vase Fjære, small", True, True)
    assert (napkin_case.code, napkin_case.quantity) == ("17031234000054", 12)
    assert (mailer.kind, mailer.merchant_id, mailer.stock) == ("mailer", None, None)


def test_reimport_with_a_change_updates_that_sku(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(sqlite_store, "catalog", _write(tmp_path, "a.csv", HEADER + "ACME,A-1,Mug,300,4006381333931,\n"))
    result = import_file(
        sqlite_store,
        "catalog",
        _write(tmp_path, "b.csv", HEADER + "ACME,A-1,Mug,320,4006381333931,V-77\nACME,A-2,Cup,100,,\n"),
    )
    assert (result.created, result.updated, result.unchanged) == (1, 1, 0)
    with sqlite_store.sessions() as s:
        mug = s.scalars(select(Sku).where(Sku.code == "A-1")).one()
        assert mug.weight_g == 320 and sorted(b.code for b in mug.barcodes) == ["04006381333931", "V-77"]


def test_a_barcode_maps_to_one_sku_only(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    in_file = _write(
        tmp_path, "twice.csv", HEADER + "ACME,A-1,Mug,300,4006381333931,\nACME,A-2,Cup,100,04006381333931,\n"
    )
    with pytest.raises(ImportRejected) as caught:
        import_file(sqlite_store, "catalog", in_file)
    assert [(p.row, p.column) for p in caught.value.problems] == [("row 3", "gtin")]
    assert "a barcode maps to one SKU" in str(caught.value)
    import_file(sqlite_store, "catalog", _write(tmp_path, "one.csv", HEADER + "ACME,A-1,Mug,300,4006381333931,\n"))
    with pytest.raises(
        ImportRejected,
        match=r"row 2, column 'gtin': barcode 04006381333931 already belongs to "
        r"SKU A-1 of ACME",
    ):
        import_file(sqlite_store, "catalog", _write(tmp_path, "other.csv", HEADER + "ACME,B-9,Bowl,1,4006381333931,\n"))
    with sqlite_store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Sku)) == 1


def test_bad_check_digit_imports_nothing(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = _write(tmp_path, "cat.csv", HEADER + "ACME,A-1,Mug,300,4006381333931,\nACME,A-2,Cup,100,4006381333932,\n")
    with pytest.raises(ImportRejected, match=r"cat.csv, row 3, column 'gtin': not a valid GTIN.*check digit"):
        import_file(sqlite_store, "catalog", path)
    with sqlite_store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Sku)) == 0
        assert s.scalar(select(func.count()).select_from(Merchant)) == 0


def test_json_catalogue_with_a_barcode_list(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    doc = {
        "skus": [
            {
                "merchant": "ACME",
                "sku": "A-1",
                "fragile": True,
                "weight_g": 250,
                "barcodes": [{"code": "4006381333931"}, {"code": "14006381333938", "kind": "case", "quantity": 6}],
            },
            {"merchant": "ACME", "sku": "A-2", "barcodes": [{"code": "123", "kind": "gtin"}], "colour": 1},
        ]
    }
    path = _write(tmp_path, "cat.json", json.dumps(doc))
    with pytest.raises(ImportRejected) as caught:
        import_file(sqlite_store, "catalog", path)
    assert {(p.row, p.column) for p in caught.value.problems} == {
        ("skus[1]", "colour"),
        ("skus[1].barcodes[0]", "code"),
    }
    del doc["skus"][1]
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert import_file(sqlite_store, "catalog", path).detail["new_barcodes"] == 2


def test_box_problems_and_barcode_clashes(sqlite_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import_file(sqlite_store, "catalog", resource_path("sample_data", "catalog.csv"))
    import_file(sqlite_store, "boxes", resource_path("sample_data", "boxes.csv"))
    header = "code,barcode,merchant,inner_length_mm,inner_width_mm,inner_height_mm,empty_weight_g,max_weight_g\n"
    path = _write(
        tmp_path,
        "boxes.csv",
        header + "X1,BOX-BG-S,,100,100,100,50,1000\n"  # another box's barcode
        "X2,7031234000019,,100,100,100,50,1000\n"  # an item's barcode
        "X3,BOX-X3,NOBODY,100,100,100,50,1000\n"  # unknown merchant
        "X4,BOX-X4,,100,100,100,500,400\n",
    )  # lighter than empty
    with pytest.raises(ImportRejected) as caught:
        import_file(sqlite_store, "boxes", path)
    assert [(p.row, p.column) for p in caught.value.problems] == [
        ("row 5", "max_weight_g"),
        ("row 4", "merchant"),
        ("row 2", "barcode"),
        ("row 3", "barcode"),
    ]
    with sqlite_store.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Box)) == 3
