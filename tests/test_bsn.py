"""The BSN guard: nine digits passing the eleven-test are never stored."""

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
]


@pytest.mark.parametrize("text", SPELLINGS)
def test_every_spelling_is_found(text):
    assert contains_bsn(text)


@pytest.mark.parametrize("text", NOT_A_BSN)
def test_not_found_where_there_is_none(text):
    assert not contains_bsn(text)


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
