"""The cheat sheet prints every command, and every command barcode scans back to its text."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from packstation.cli import main
from packstation.documents.cheat_sheet import write_cheat_sheet
from packstation.domain.commands import COMMANDS, command_for_barcode
from tests.helpers.decode import decode_pdf, pdf_text


def test_every_command_barcode_decodes(tmp_path: Path) -> None:
    pdf = write_cheat_sheet(tmp_path / "sheet.pdf", station="BENCH-07")
    decoded = [text for text, _symbology in decode_pdf(pdf, dpi=300)]
    assert decoded == [c.barcode for c in COMMANDS]
    assert all(command_for_barcode(text) is not None for text in decoded)
    text = pdf_text(pdf)
    assert "BENCH-07" in text
    for command in COMMANDS:
        assert command.title in text and command.key in text


def test_cli_writes_the_sheet(tmp_path: Path) -> None:
    out = tmp_path / "keys.pdf"
    result = CliRunner().invoke(main, ["cheat-sheet", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"%PDF")
    bad = CliRunner().invoke(main, ["cheat-sheet", "--out", str(tmp_path / "nowhere" / "k.pdf")])
    assert bad.exit_code != 0 and "does not exist" in bad.output
