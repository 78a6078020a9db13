"""The scanner decoder: fast scans never merge or get lost, each has its own id, quick repeats are flagged."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from packstation.devices.scale import SimulatedScale, TypedWeight, parse_weight
from packstation.devices.scanner import ScanDecoder
from packstation.domain.errors import ValidationError
from packstation.domain.ports import Scale


def type_chars(decoder: ScanDecoder, text: str, start_ms: int, gap_ms: int = 8) -> list:
    out = []
    for i, ch in enumerate(text):
        out += decoder.feed(ch, start_ms + i * gap_ms)
    return out


def test_back_to_back_scans_split_on_their_terminators() -> None:
    decoder = ScanDecoder()
    scans = type_chars(decoder, "4006381333931\r5901234123457\r\nVND-SOCK-01\t", 0, gap_ms=1)
    assert [s.text for s in scans] == ["4006381333931", "5901234123457", "VND-SOCK-01"]
    assert len({s.scan_id for s in scans}) == 3


def test_a_whole_burst_in_one_chunk() -> None:
    scans = ScanDecoder().feed("A1\rB2\rC3\r", 100)
    assert [s.text for s in scans] == ["A1", "B2", "C3"]


def test_same_code_too_soon_is_flagged_later_is_not() -> None:
    decoder = ScanDecoder(repeat_window_ms=400)
    first = type_chars(decoder, "4006381333931\r", 0)
    quick = type_chars(decoder, "4006381333931\r", first[0].ended_ms + 50)
    slow = type_chars(decoder, "4006381333931\r", quick[0].ended_ms + 1500)
    assert not first[0].too_fast_repeat
    assert quick[0].too_fast_repeat
    assert not slow[0].too_fast_repeat


def test_a_different_code_in_quick_succession_is_fine() -> None:
    decoder = ScanDecoder()
    scans = decoder.feed("AAA\rBBB\r", 0)
    assert not any(s.too_fast_repeat for s in scans)


def test_pending_text_and_idle_flush_for_scanners_without_terminator() -> None:
    decoder = ScanDecoder(idle_flush_ms=100)
    assert decoder.feed("ABC", 10) == []
    assert decoder.pending == "ABC"
    assert decoder.poll(50) == []
    [scan] = decoder.poll(200)
    assert scan.text == "ABC" and decoder.pending == ""
    assert ScanDecoder().flush(5) == []


def test_gs_and_aim_prefix_pass_through_untouched() -> None:
    [scan] = ScanDecoder().feed("]C10104006381333931\x1d10L1\r", 0)
    assert scan.text == "]C10104006381333931\x1d10L1"


codes = st.text(
    alphabet=st.characters(blacklist_characters="\r\n\t\x02\x03", blacklist_categories=("Cs",)), min_size=1, max_size=30
)


@given(
    st.lists(codes, min_size=1, max_size=20),
    st.lists(st.integers(1, 7), min_size=1, max_size=50),
    st.sampled_from(["\r", "\n", "\t", "\r\n"]),
)
def test_no_scan_is_ever_merged_or_lost(texts: list[str], cuts: list[int], terminator: str) -> None:
    stream = "".join(t + terminator for t in texts)
    decoder = ScanDecoder()
    out, pos, ms, i = [], 0, 0, 0
    while pos < len(stream):
        size = cuts[i % len(cuts)]
        out += decoder.feed(stream[pos : pos + size], ms)
        pos, ms, i = pos + size, ms + 3, i + 1
    assert [s.text for s in out] == texts
    assert len({s.scan_id for s in out}) == len(texts)


def test_scales() -> None:
    scale = SimulatedScale(1250)
    assert isinstance(scale, Scale)
    assert scale.read().grams == 1250
    scale.place(900, stable=False)
    assert scale.read() is None
    assert SimulatedScale(1000, drift_g=40).read().grams == 1040
    typed = TypedWeight()
    assert typed.enter("1,25 kg") == 1250
    assert typed.read().grams == 1250 and typed.read() is None
    assert parse_weight("2 lb") == 907 and parse_weight("300") == 300
    for bad in ("", "heavy", "-3 kg", "0 g"):
        try:
            parse_weight(bad)
        except ValidationError:
            continue
        raise AssertionError(f"{bad!r} accepted")


def test_stx_etx_and_configured_prefix_suffix_are_taken_off() -> None:
    from packstation.devices.scanner import strip_framing

    [a, b] = ScanDecoder(prefix="@@", suffix="#").feed("\x02@@BADGE-P004#\x03\r@@ORD-NL-100005#\r", 0)
    assert (a.text, b.text) == ("BADGE-P004", "ORD-NL-100005")
    assert a.terminator == "\x03"  # ETX ended the first; the Enter after it ended nothing
    assert strip_framing("]C1010400638133393110L1") == "]C1010400638133393110L1"  # AIM prefix kept for the parser
    assert strip_framing("#", suffix="#") == "#"  # a code that is only the suffix character stays


def test_a_burst_is_a_scan_by_its_median_gap_not_by_one_gap() -> None:
    from packstation.devices.scanner import burst_is_scan

    def stamps(gaps: list[int]) -> list[int]:
        out = [0]
        for gap in gaps:
            out.append(out[-1] + gap)
        return out

    assert burst_is_scan(stamps([8] * 10), max_gap_ms=30)
    assert burst_is_scan(stamps([0, 0, 9, 400, 0, 0, 8, 90, 0, 1]), max_gap_ms=30)  # lumps from a busy PC
    assert not burst_is_scan(stamps([180, 150, 210, 170, 240]), max_gap_ms=30)  # a person
    assert not burst_is_scan(stamps([45, 50, 40, 55, 60]), max_gap_ms=30)  # a fast typist
    assert not burst_is_scan(stamps([8, 8]), max_gap_ms=30)  # two characters are never a scan
    # a starved PC stretched most gaps, but several are still machine-fast: a scan, not a person
    assert burst_is_scan(stamps([6, 4, 12, 41, 142, 71, 19, 26, 106, 52, 17, 9, 60]), max_gap_ms=30)
    assert burst_is_scan(stamps([32, 152, 42, 178, 44, 4, 5]), max_gap_ms=30)  # CMD-ACK seen on a loaded CI box
    assert not burst_is_scan(stamps([120, 14, 180, 95, 210, 160, 130, 90, 12]), max_gap_ms=30)  # rollover twice
    assert not burst_is_scan(stamps([150, 9, 180, 120, 200, 140, 160, 130, 170]), max_gap_ms=30)  # one chord
