"""The BSN guard: nine digits passing the eleven-test are never stored."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workload_desk.core.bsn import contains_bsn, passes_eleven_test
from workload_desk.core.cases import add_case
from workload_desk.core.errors import UserError
from workload_desk.core.parse import check_label, check_text

VALID = ["111222333", "123456782", "999999990"]


@pytest.mark.parametrize("bsn", VALID)
def test_valid_bsns_pass_the_eleven_test(bsn):
    assert passes_eleven_test(bsn)


@pytest.mark.parametrize("digits", ["123456789", "111222334", "000000000", "12345678", "1234567890"])
def test_other_numbers_do_not(digits):
    assert not passes_eleven_test(digits)


@pytest.mark.parametrize("text", ["bsn 111222333", "1112.22.333", "111 222 333", "123-456-782", "x123456782y"])
def test_found_in_text_however_grouped(text):
    assert contains_bsn(text)


# Spellings of a BSN seen in notes: each must be found (all pass the eleven-test).
SPELLINGS = [
    "123\u00a0456\u00a0782",  # non-breaking spaces
    "123\u202f456\u202f782",  # narrow non-breaking spaces
    "123  456  782",  # double spaces
    "123/456/782",
    "123,456,782",
    "123_456_782",
    "123\u2013456\u2013782",  # en dash
    "123 . 456 . 782",
    "123 - 456 - 782",
    "1234.56.782",
    "bsn 11222335",  # 011222335, its leading zero dropped by a spreadsheet
    "06-11222335",  # eight digits that pass with the zero: refused even if it was a phone number
    "\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff12",  # full-width digits
    # Marks of different kinds in one number.
    "123.456 782",
    "123-45.6782",
    "123 456-782",
    "123/456.782",
    "bsn: 123 - 456.782",
    # Eight digits in groups, the leading zero dropped: 012345672.
    "12.345.672",
    "1234 5672",
    "12 345 672",
    "kind 12-345-672",
    # Other marks.
    "123'456'782",
    "123\u2019456\u2019782",  # right single quotation mark
    "123\u00b7456\u00b7782",  # middle dot
    "123:456:782",
    "123\u2014456\u2014782",  # em dash
    "123\u2012456\u2012782",  # figure dash
    "123\uff0e456\uff0e782",  # full-width full stop
    "123\u2009456\u2009782",  # thin spaces
    "123    456    782",  # four spaces
    "123 \u00a0 \u00a0456 782",
    "123 , 456 , 782",
    "1234.56.782.",
    "12.34.56.782",  # looks like a time at its start, but goes on
    # Invisible characters inside the number.
    "1234\u200c56782",
    "123\u200d456\u200d782",
    "\ufeff123456782",
    "12345\ufeff6782",
    "123\u200e456782",
    "1\u20602\u20603\u20604\u20605\u20606\u20607\u20608\u20602",
    "123 \u200b456 \u2060782",
    "12\u200c345\u200d672",
    # A BSN beside a date or a time is still found.
    "23-11-2026 123456782",
    "10:00 123.456.782",
]
# Numbers a note holds that are no BSN: they must pass the guard.
NOT_A_BSN = [
    "tel 0612345678",
    "06-12345678",  # fails the eleven-test with a leading zero
    "tel 06-1234 5678",
    "22-11-2026 09:30",
    "7-01-2026 09:30",  # its nine digits would pass the eleven-test, but date and time are apart
    "12012026",  # a date without marks: 012012026 would pass
    "12-01-2026",
    "20261122",
    "1234567820",
    "dossier 123456789",
    "1112223330",
    "€ 1.234.567,89",
    "€ 12.345.678,90",
    "1.250, 3.400 en 12.000",
    "12345678",  # 012345678 fails
    # Dates and times side by side: their digits would pass the eleven-test if joined.
    "23-11-2026 10:00",  # 11202610: 011202610 passes
    "2026-11-23 09:30",
    "23-11-2026 10:00-12:30",
    "10:00-12:30",
    "9:00 - 17:00",
    "9.00-17.30 uur",
    "10:00:00",
    "23.11.2026 om 9.30",
    "23/11/2026 10:00:00",
    "op 23-11-2026 10:00 en 24-11-2026 14:30 gebeld",
    "7-1-2026 9:30-10:15",
    "2026-11-23 09:30, 2026-11-24 10:45",
    "23-11-2026-24-11-2026",
    "23-11 10:00, 24-11 11:30",
    "1-11 18-11 24-11",  # days without a year: 111181124 passes
    "23 11 2026",
    "week 47 2026",
    "week 45-46 2026",
    "schooljaar 2024-2025",  # 020242025 passes
    "in 2024, 2025 en 2026",
    "2024/2025",
    # Amounts.
    "1.234,56 euro",
    "€ 123.456,78",  # 012345678 would fail, but cents are no part of a number
    "€ 1.234.567,89",
    "tussen 1.200,00 - 1.500,00",
    "123.456.78",
    "€ 12,50 - 15,75",
    # Lists: a comma with a space after it ends a number.
    "uren: 8, 8, 7, 9, 6, 4, 3, 5, 7",
    "zaken 12, 15, 18, 203",
    # Phone numbers whose digits fail the eleven-test, and a 10-digit one in groups.
    "06-1234 5678",
    "06 123 456 78",
    "020-123 4567",
    "06 12 34 56 78",
]


@pytest.mark.parametrize("text", SPELLINGS)
def test_every_spelling_is_found(text):
    assert contains_bsn(text)


@pytest.mark.parametrize("text", NOT_A_BSN)
def test_not_found_where_there_is_none(text):
    assert not contains_bsn(text)


PASSING_EIGHT = "12345672"  # 012345672 passes the eleven-test


@pytest.mark.parametrize("char", ["\u200c", "\u200d", "\ufeff", "\u200e", "\u2060", "\u00ad", "\u200b"])
def test_an_invisible_character_hides_nothing(char):
    for i in range(1, 9):
        assert contains_bsn("nr " + "123456782"[:i] + char + "123456782"[i:] + " gebeld")
        assert contains_bsn("nr " + PASSING_EIGHT[:i] + char + PASSING_EIGHT[i:])


def test_the_passing_examples_really_pass():
    """The corpus means what it says: the joined digits of these cases would pass without the date and time rules."""
    assert passes_eleven_test("011202610")  # 23-11-2026 10:00
    assert passes_eleven_test("020242025")  # 2024-2025
    assert passes_eleven_test("111181124")  # 1-11 18-11 24-11
    assert passes_eleven_test("0" + PASSING_EIGHT)
    assert not passes_eleven_test("012345678")


_dates = st.dates(date(1990, 1, 1), date(2100, 12, 31))
_note_parts = st.one_of(
    _dates.map(lambda d: f"{d.day}-{d.month:02d}-{d.year}"),
    _dates.map(lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}"),
    _dates.map(lambda d: d.isoformat()),
    _dates.map(lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}"),
    _dates.map(lambda d: f"{d.day}/{d.month}/{d.year}"),
    _dates.map(lambda d: f"{d.day}-{d.month}"),
    st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}"),
    st.times().map(lambda t: f"{t.hour}:{t.minute:02d}"),
    st.times().map(lambda t: f"{t.hour}.{t.minute:02d}"),
    st.tuples(st.times(), st.times()).map(lambda t: f"{t[0]:%H:%M}-{t[1]:%H:%M}"),
    st.integers(1, 53).map(lambda w: f"week {w}"),
    st.integers(1990, 2100).map(lambda y: f"schooljaar {y}-{y + 1}"),
    st.integers(0, 9_999_999).map(lambda c: f"€ {c // 100:,},{c % 100:02d}".replace(",", ".", c // 100 >= 1000)),
)
_note_joins = st.sampled_from([" ", "  ", "\n", ", ", " - ", " – ", " tot ", " en ", "; ", " om ", " / "])


@given(st.lists(st.tuples(_note_parts, _note_joins), min_size=1, max_size=8))
def test_a_note_full_of_dates_times_and_amounts_is_never_refused(parts):
    note = "".join(part + join for part, join in parts)
    assert not contains_bsn(note), note
    check_text(note)


def test_refused_in_labels_and_notes_with_the_reason():
    with pytest.raises(UserError, match="BSN"):
        check_label("111222333")
    with pytest.raises(UserError, match="burgerservicenummer") as err:
        check_text("moeder belde, bsn 123456782")
    assert err.value.field == "note"


def test_refused_case_leaves_nothing_stored(db):
    from datetime import date

    with pytest.raises(UserError):
        add_case(db, "A.B.", date(2026, 1, 1), notes="kind 111222333")
    assert db.execute("SELECT count(*) FROM cases").fetchone()[0] == 0


@given(st.integers(min_value=1, max_value=999_999_999), st.text(max_size=20), st.text(max_size=20))
def test_any_valid_bsn_inside_any_text_is_refused(number, before, after):
    digits = f"{number:09d}"
    text = f"{before} {digits} {after}"
    if passes_eleven_test(digits):
        with pytest.raises(UserError):
            check_text(text)
