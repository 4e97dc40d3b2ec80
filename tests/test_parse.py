"""Every validation rule at its edge, with the message in the user's language."""

from datetime import date, datetime, time

import pytest

from workload_desk.core.errors import UserError
from workload_desk.core.parse import (
    check_label,
    check_line,
    check_text,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_hours,
    parse_time,
)


@pytest.mark.parametrize("text", ["2026-11-22", "22-11-2026", " 22-11-2026 ", "2026-1-5", "5-1-2026"])
def test_dates_iso_and_dutch(text):
    expected = date(2026, 11, 22) if "11" in text else date(2026, 1, 5)
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["", "22/11/2026", "2026-11-22T10:00", "tomorrow", "31-02-2026", "2026-13-01", "00-01-2026"]
)
def test_bad_dates_are_refused_in_dutch(text):
    with pytest.raises(UserError) as err:
        parse_date(text)
    assert "datum" in err.value.message


def test_bad_date_message_in_english(english):
    with pytest.raises(UserError, match="is not a date that exists"):
        parse_date("29-02-2026")
    assert parse_date("29-02-2028") == date(2028, 2, 29)


@pytest.mark.parametrize("text,expected", [("00:00", time(0, 0)), ("23:59", time(23, 59)), ("9:30", time(9, 30))])
def test_times(text, expected):
    assert parse_time(text) == expected


@pytest.mark.parametrize("text", ["24:00", "23:60", "9:5", "0930", "9.30", "", "-1:00"])
def test_bad_times(text):
    with pytest.raises(UserError, match="geen tijd"):
        parse_time(text)


def test_datetime_needs_both_parts():
    assert parse_datetime("22-11-2026 09:30") == datetime(2026, 11, 22, 9, 30)
    with pytest.raises(UserError, match="datum en een tijd"):
        parse_datetime("22-11-2026")


@pytest.mark.parametrize("value,expected", [("1", 1.0), ("60", 60.0), ("32", 32.0), ("31,5", 31.5), (36, 36.0)])
def test_contract_hours_within_1_to_60(value, expected):
    assert parse_hours(value) == expected


@pytest.mark.parametrize("value", ["0.99", "60.01", "0", "-36", "1e9", "inf", "-inf"])
def test_contract_hours_outside_1_to_60(value):
    with pytest.raises(UserError, match="tussen 1 en 60"):
        parse_hours(value)


@pytest.mark.parametrize("value", ["nan", "abc", "", "3 6"])
def test_contract_hours_not_a_number(value):
    with pytest.raises(UserError, match="geen aantal uren"):
        parse_hours(value)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("7:12", 7.2),
        ("7,2", 7.2),
        ("7.2", 7.2),
        ("7", 7.0),
        ("0:45", 0.75),
        ("36:00", 36.0),
        (" 3:30 ", 3.5),
        (",5", 0.5),
        ("0", 0.0),
        (3.5, 3.5),
    ],
)
def test_hours_as_hours_and_minutes_or_as_a_number(value, expected):
    assert parse_duration(value) == pytest.approx(expected)


@pytest.mark.parametrize("value", ["7:5", "7:60", "7:", ":30", "-1", "7h12", "1e3", "nan", "", "7:12:00", -2.0])
def test_hours_that_are_not_a_length_of_time(value):
    with pytest.raises(UserError, match="7:12 of 7,2"):
        parse_duration(value)


@pytest.mark.parametrize("value,expected", [("36:00", 36.0), ("31:30", 31.5), ("28:30", 28.5), ("36:10", 36.17)])
def test_contract_hours_in_hours_and_minutes(value, expected):
    assert parse_hours(value) == expected


def test_contract_hours_in_hours_and_minutes_keep_their_range():
    with pytest.raises(UserError, match="tussen 1 en 60"):
        parse_hours("60:01")
    with pytest.raises(UserError, match="tussen 1 en 60"):
        parse_hours("0:59")


def test_label_edges():
    assert check_label("x" * 40) == "x" * 40
    assert check_label("  J.K.  ") == "J.K."
    with pytest.raises(UserError, match="hoogstens 40"):
        check_label("x" * 41)
    for empty in ("", "   ", None):
        with pytest.raises(UserError, match="niet leeg"):
            check_label(empty)


def test_error_names_its_field():
    with pytest.raises(UserError) as err:
        check_label("", "child_label")
    assert err.value.field == "child_label"


def test_plain_note_passes():
    assert check_text("zitting verplaatst naar 14:00, 3 kinderen") == "zitting verplaatst naar 14:00, 3 kinderen"


# Characters that break a line or turn the order text is shown in: "evil\u202efdp.exe" shows as "evilexe.pdf".
LINE_BREAKERS = ["\u2028", "\u2029"]
BIDI_OVERRIDES = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
BIDI_MARKS = ["\u200e", "\u200f"]


@pytest.mark.parametrize("char", LINE_BREAKERS + BIDI_OVERRIDES + BIDI_MARKS)
def test_a_label_and_a_one_line_field_refuse_line_separators_and_direction_controls(char):
    with pytest.raises(UserError, match="één regel") as err:
        check_label(f"evil{char}fdp.exe", "child_label")
    assert err.value.field == "child_label"
    with pytest.raises(UserError, match="één regel") as err:
        check_line(f"Rechtbank{char}Utrecht", "court", 200)
    assert err.value.field == "court"


@pytest.mark.parametrize("char", BIDI_OVERRIDES)
def test_a_note_refuses_direction_overrides(char):
    with pytest.raises(UserError, match="stuurtekens") as err:
        check_text(f"bijlage evil{char}fdp.exe\nzie map")
    assert err.value.field == "note"


def test_a_note_keeps_lines_tabs_and_direction_marks():
    note = "gesprek\n\tmoeder: \u200fشكرا\u200f\nvolgende week"
    assert check_text(note) == note
