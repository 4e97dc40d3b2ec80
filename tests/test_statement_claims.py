"""The overload statement claims only what its figures hold (issue 20, a union lawyer's reading). No Qt.

A statement never reaches past today, counts no week before logging began, keeps the net over
the period apart from the sum over the weeks above the contract, compares a year earlier only
where there is data, dates the balance, and calls the workload structurally too high only by
its written rule.
"""

from datetime import date, datetime, timedelta

import pytest

from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.days_off import mark_range_off
from workload_desk.core.errors import UserError
from workload_desk.core.i18n import speaking
from workload_desk.core.measures import NewMeasure
from workload_desk.core.statement import build_statement, default_request
from workload_desk.core.statement_text import statement_html
from workload_desk.core.time_log import add_entry

MONDAY = date(2026, 6, 1)  # ISO week 2026-W23
NOW = datetime(2026, 7, 1, 12, 0)  # Wednesday of the fifth week, 2026-W27


def work(db, day: date, hours: float, start: int = 8) -> None:
    """``hours`` of work from ``start``, with the half hour of pause the law asks after 5.5 hours."""
    begin = datetime.combine(day, datetime.min.time()).replace(hour=start)
    first = min(round(hours * 60), 240)
    add_entry(db, begin, begin + timedelta(minutes=first), "visit")
    if round(hours * 60) > first:
        resume = begin + timedelta(minutes=first + 30)
        add_entry(db, resume, resume + timedelta(minutes=round(hours * 60) - first), "report")


def week_of(db, monday: date, hours_per_day: float, days: int = 5) -> None:
    for i in range(days):
        work(db, monday + timedelta(days=i), hours_per_day)


def cases(db, count: int) -> None:
    for i in range(count):
        add_case(db, f"Z-{i}", date(2026, 1, 5), [NewMeasure("ots", "K", date(2026, 1, 5))])


def english(s) -> str:
    return " ".join(statement_html(s, "en", "").split())


@pytest.fixture
def thirty_six(db):
    set_contract(db, 36, date(2026, 1, 5))
    return db


# 1. The period never reaches past today; the current week counts its contract only up to now.


def test_a_period_into_the_future_stops_today_and_counts_the_current_week_up_to_now(thirty_six):
    db = thirty_six
    cases(db, 1)
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week), 8)  # 40:00 against 36:00: over
    current = MONDAY + timedelta(weeks=4)
    week_of(db, current, 8, days=2)
    work(db, current + timedelta(days=2), 3)  # Wednesday 08:00-11:00, before now
    s = build_statement(db, MONDAY, date(2026, 12, 31), now=NOW)
    assert s.last == NOW.date() and s.weeks[-1].monday == current and s.current == current
    this_week = s.weeks[-1]
    # Monday and Tuesday over (7:12 each), today as far as worked (3:00): not the week's 36:00.
    assert round(this_week.expected_hours * 60) == 2 * 432 + 180
    assert s.expected_minutes == 4 * 36 * 60 + 2 * 432 + 180
    assert len(s.finished_weeks) == 4 and s.weeks_over == 4  # the current week is not among the counts
    text = english(s)
    assert (
        "1 June – 1 July 2026 (whole weeks, Monday to Sunday; chosen: 1 June – 31 December 2026; "
        "the current week up to today)"
    ) in text
    assert "On 01/07/2026 I carried" in text and "/12/2026" not in text.split("Date")[0]
    assert "in 4 of 4 weeks worked I worked 30 minutes or more above my contract (finished weeks only)" in text
    assert "The current week counts up to today" in text and "up to today" in text


def test_a_period_that_has_not_begun_is_refused(thirty_six):
    with pytest.raises(UserError, match="nog niet begonnen"):
        build_statement(thirty_six, date(2026, 7, 6), date(2026, 7, 31), now=NOW)


# 2. The net over the period and the sum over the weeks above the contract are two figures.


def test_weeks_below_the_contract_keep_the_net_apart_from_the_hours_above(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 8.8)  # 44:00: 8:00 above
    week_of(db, MONDAY + timedelta(weeks=1), 6)  # 30:00: 6:00 below
    week_of(db, MONDAY + timedelta(weeks=2), 8)  # 40:00: 4:00 above
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=20), now=NOW)
    assert (s.weeks_over, s.over_minutes, s.over_compensable_minutes, s.net_minutes) == (2, 720, 720, 360)
    assert s.over_compensable_minutes <= s.over_minutes  # a part is never larger than its whole
    text = english(s)
    assert "In 3 weeks I worked 114:00 hours against 108:00 in my contract: on balance 6:00 hours more." in text
    assert (
        "I worked 30 minutes or more above my contract in 2 of 3 weeks worked: 12:00 hours above it in those weeks "
        "together, "
        "of which 12:00 compensable." in text
    )
    assert "6:00 hours more, of which" not in text
    nl = " ".join(statement_html(s, "nl", "").split())
    assert "per saldo 6:00 uur meer" in nl and "in die weken samen 12:00 uur erboven, waarvan 12:00" in nl


# 3. A year earlier: only weeks with logged hours, never inside the period, left out without enough data.


def test_a_year_earlier_is_left_out_when_logging_began_with_the_period(thirty_six):
    db = thirty_six
    start = date(2025, 6, 2)
    for week in range(53):
        week_of(db, start + timedelta(weeks=week), 8)
    s = build_statement(db, start, start + timedelta(weeks=53) - timedelta(days=1), now=NOW)
    assert len(s.weeks) == 53 and s.year_before is None  # no data before 2025-06-02, and no overlap
    assert "A year earlier" not in english(s)


def test_a_year_earlier_counts_only_its_logged_weeks_and_never_the_periods_own(thirty_six):
    db = thirty_six
    earlier = MONDAY - timedelta(weeks=52)
    week_of(db, earlier, 8)
    week_of(db, earlier + timedelta(weeks=2), 8)
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week - 1), 7.2)  # the period, and the week before it
    s = build_statement(db, MONDAY - timedelta(weeks=1), MONDAY + timedelta(days=20), now=NOW)
    b = s.year_before
    assert b is not None and b.span == 4 and b.weeks == 2  # 2 of the 4 earlier weeks logged: enough
    assert (b.worked, b.expected, b.weeks_over) == (2 * 40 * 60, 2 * 36 * 60, 2)
    assert "counting only the 2 weeks with logged hours; 30 minutes or more above my contract in 2 of them" in english(
        s
    )
    # A 53-week period: the earlier weeks end before the period begins, never inside it.
    long = build_statement(db, MONDAY - timedelta(weeks=50), MONDAY + timedelta(days=20), now=NOW)
    assert long.year_before is None or long.year_before.last < long.first


def test_a_year_earlier_with_too_few_logged_weeks_is_left_out(thirty_six):
    db = thirty_six
    week_of(db, MONDAY - timedelta(weeks=52), 8)  # 1 of 4 earlier weeks: less than half
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week - 1), 7.2)
    s = build_statement(db, MONDAY - timedelta(weeks=1), MONDAY + timedelta(days=20), now=NOW)
    assert s.year_before is None


# 4. Weeks before logging began are not recorded; without logged hours there is no statement of overload.


def test_weeks_before_the_first_logged_day_are_not_recorded(thirty_six):
    db = thirty_six
    first_logged = MONDAY + timedelta(weeks=2)
    week_of(db, first_logged, 8)
    s = build_statement(db, MONDAY, first_logged + timedelta(days=6), now=NOW)
    assert s.recorded_from == first_logged and s.unrecorded_weeks == 2
    assert s.expected_minutes == 36 * 60 and s.worked_minutes == 40 * 60  # no contract for the weeks before
    assert len(s.finished_weeks) == 1 and s.weeks_over == 1
    text = english(s)
    assert "In 1 week I worked 40:00 hours against 36:00" in text and "not recorded" in text
    assert "I began logging my hours in the week of 15/06/2026: the 2 weeks before it" in text


def test_a_period_without_logged_hours_claims_no_overload(thirty_six):
    db = thirty_six
    cases(db, 20)  # a caseload far above the norm
    week_of(db, MONDAY + timedelta(weeks=3), 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert not s.has_hours and s.above_norm and not s.overloaded and not s.structural
    assert s.expected_minutes == 0 and default_request("en", s) == ""
    text = english(s)
    assert "No hours were logged in this period" in text and "too high" not in text and "0:00 hours against" not in text


@pytest.mark.parametrize("data", ["empty", "before"])
def test_the_command_line_refuses_a_period_without_logged_hours(db, db_path, tmp_path, capsys, data):
    from workload_desk.main import main

    if data == "before":
        week_of(db, MONDAY + timedelta(weeks=4), 8)
    db.close()
    out = tmp_path / "statement.pdf"
    args = ["--db", str(db_path), "statement", "--from", MONDAY.isoformat(), "--to", "2026-06-14", "--out", str(out)]
    assert main(args) == 2
    assert "Van 01-06-2026 tot en met 14-06-2026 zijn geen uren geregistreerd" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--lang", "en", *args]) == 2
    assert "No hours were logged from 01/06/2026 to 14/06/2026" in capsys.readouterr().err
    assert not out.exists()


# 5. The balance is dated: the period's last counted day, not "now".


def test_the_balance_is_given_as_of_the_last_day_counted(thirty_six):
    db = thirty_six
    for week in range(4):
        week_of(db, MONDAY + timedelta(weeks=week), 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    text = english(s)
    assert "counted from 01/06/2026, was 8:00 on 14/06/2026." in text and " is now " not in text
    assert "counted from 01/06/2026 (the Monday of the first week with logged hours" in text
    assert "through 14/06/2026" in text


# 6. "Structurally too high" by a written rule; the caseload alone is reported as the caseload.


def test_hours_within_the_contract_report_only_the_caseload(thirty_six):
    db = thirty_six
    cases(db, 14)
    week_of(db, MONDAY, 7.2)
    week_of(db, MONDAY + timedelta(weeks=1), 6.97)  # 34:51 against 36:00
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert s.overloaded and s.caseload_only and not s.structural and s.weeks_over == 0
    text = english(s)
    assert "I report that my caseload is too high:" in text and "workload" not in text.split("Hours")[0]
    assert "only my caseload is reported as too high" in text and "structurally" not in text
    asked = default_request("en", s)
    assert "handing over the cases above the norm" in asked and "compensation" not in asked


def test_over_the_contract_in_most_weeks_is_structural(thirty_six):
    db = thirty_six
    for week, hours in enumerate((8, 8, 7.2, 8)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.weeks_over == 3 and not s.above_norm and s.structural
    text = english(s)
    assert "structurally too high:" in text and "I call the workload structurally too high when" in text


def test_half_the_weeks_over_is_not_most(thirty_six):
    db = thirty_six
    for week, hours in enumerate((8, 8, 7.2, 7.2)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.weeks_over == 2 and not s.structural and s.hours_too_high
    assert "too high in this period:" in english(s)


def test_one_week_over_with_the_caseload_above_the_target_throughout_is_not_structural(thirty_six):
    db = thirty_six
    cases(db, 14)  # no schedule: the target is the norm, 12
    for week, hours in enumerate((8, 7.2, 7.2, 7.2)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    # Review 2, point 4: the caseload is a ground of its own, never a structure of hours.
    assert s.weeks_over == 1 and s.above_target and not s.structural
    text = english(s)
    assert "too high in this period:" in text and "structurally" not in text
    # 13. "and above the target", not "it is above", which read as the norm.
    assert "is above the responsible norm of 12 and above the target of the agreed reduction schedule (12)." in text
    assert "it is above the target" not in text


def test_a_leave_week_is_no_week_over_and_leave_alone_claims_nothing(thirty_six):
    db = thirty_six
    cases(db, 14)
    week_of(db, MONDAY - timedelta(weeks=1), 7.2)  # logging began before the leave
    mark_range_off(db, MONDAY, MONDAY + timedelta(days=4), "leave")
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert s.unrecorded_weeks == 0 and not s.has_hours and not s.overloaded
    assert "too high" not in english(s)


def test_the_request_asks_for_action_not_for_measures_a_word_that_means_a_court_order():
    # Issue 19: "maatregel" is a court's measure for a child; the request asks for steps, "afspraken".
    from workload_desk.core.statement import default_request

    dutch, english = default_request("nl"), default_request("en")
    assert "maatregelen" not in dutch and "afspraken" in dutch
    assert "measures" not in english and "steps" in english


# Issue 20, the hostile review: the words and the figures of the document itself. No Qt.

HARD = date(2026, 9, 7)  # ISO week 37: 7-13 September 2026
LATER = datetime(2026, 11, 2, 12, 0)


def at_hard(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(HARD + timedelta(days=day), datetime.min.time()).replace(hour=hour, minute=minute)


@pytest.fixture
def hard(thirty_six):
    """A week of a dienst over 12 hours across midnight without its pause, two shortened rests, 60:10 of work;
    a hearing by phone on the first and on the last day counted, one redaction of one page, one care search
    of one provider, a boundary kept once and a day off the next week."""
    from workload_desk.core.model import Task
    from workload_desk.core.register import keep_boundary
    from workload_desk.core.settings import set_setting
    from workload_desk.core.tasks import add_task

    db = thirty_six
    set_setting(db, "worker_name", "Ada Worker")
    set_setting(db, "manager_name", "Bo Lead")
    add_entry(db, at_hard(0, 12), at_hard(0, 18), "visit")
    add_entry(db, at_hard(0, 18, 20), at_hard(1, 1), "report")
    add_entry(db, at_hard(1, 9), at_hard(1, 14), "court")
    add_entry(db, at_hard(1, 14, 30), at_hard(1, 22), "court")
    add_entry(db, at_hard(2, 7), at_hard(2, 12), "care-search")
    add_entry(db, at_hard(2, 12, 30), at_hard(2, 23), "care-search")
    add_entry(db, at_hard(3, 8), at_hard(3, 13), "redaction")
    add_entry(db, at_hard(3, 13, 30), at_hard(3, 19), "redaction")
    add_entry(db, at_hard(4, 8), at_hard(4, 13), "admin")
    add_entry(db, at_hard(4, 13, 30), at_hard(4, 17, 30), "admin")
    week_of(db, HARD + timedelta(weeks=1), 8, days=4)
    mark_range_off(db, HARD + timedelta(days=11), HARD + timedelta(days=11), "leave")
    add_task(db, Task(0, None, "court", at_hard(0, 9), mode="phone", done=True))  # the period's first day
    add_task(db, Task(0, None, "court", at_hard(13, 9), mode="video", done=True))  # its last day
    add_task(db, Task(0, None, "court", at_hard(-1, 9), mode="phone", done=True))  # the day before: not counted
    add_task(db, Task(0, None, "court", at_hard(14, 9), mode="phone", done=True))  # the day after: not counted
    add_task(db, Task(0, None, "redaction", at_hard(2, 9), pages=1, requested_by="parent", done=True))
    add_task(db, Task(0, None, "care-search", at_hard(3, 9), providers_contacted=1, done=True))
    keep_boundary(db, HARD + timedelta(days=8), "own-cases-only")
    cases(db, 13)
    return db


def hard_statement(db, first=HARD, last=HARD + timedelta(days=13)):
    return build_statement(db, first, last, now=LATER)


def text_of(s, lang: str) -> str:
    """The document's text as a reader sees it: tags dropped, entities and no-break spaces read."""
    import html
    import re

    markup = statement_html(s, lang, "")
    text = html.unescape(re.sub(r"<[^>]+>", " ", markup))
    return " ".join(text.replace("\u00a0", " ").replace("\u2060", "").replace("\u2028", " ").split())


def test_each_finding_names_its_week_or_its_dienst(hard):
    from workload_desk.core import i18n
    from workload_desk.core.statement_words import findings_listed

    s = hard_statement(hard)
    codes = {f.code for f in s.limits_passed}
    assert {"atw_shift_12h", "atw_week_60h", "atw_daily_rest_8h"} <= codes
    for lang, week, dienst in (
        ("nl", "week 37, 7–13 september 2026", "Dienst van 7 september 2026 12:00 – 8 september 2026 01:00"),
        ("en", "week 37, 7–13 September 2026", "Shift of 7 September 2026 12:00 – 8 September 2026 01:00"),
    ):
        with i18n.speaking(lang):
            _, passed, shortened = findings_listed(s)
        assert len(passed) == len(s.limits_passed) and len(shortened) == len(s.rests_shortened) == 1
        by_code: dict[str, str] = {}
        for f, line in zip(s.limits_passed, passed, strict=True):
            by_code.setdefault(f.code, line)  # the first of each rule
        assert week in by_code["atw_week_60h"] and "60:10" in by_code["atw_week_60h"]
        assert by_code["atw_shift_12h"].startswith(dienst)
        assert "september 2026" in by_code["atw_daily_rest_8h"].lower()
        for line in passed + shortened:  # a week or a date in words, in every one
            assert "september 2026" in line.lower(), line
        text = text_of(s, lang)
        assert "deze week" not in text and "this week" not in text and "ending with this one" not in text


def test_the_legal_section_and_the_appendix_count_the_same_limits_and_the_opening_those_beyond_pauses(hard):
    from workload_desk.core import i18n
    from workload_desk.core.statement_words import law_lines

    s = hard_statement(hard)
    passed, kinds = len(s.limits_passed), s.kinds_passed
    assert passed > kinds > 1  # more limits passed than kinds: the two counts differ
    beyond = s.limits_beyond_pauses
    assert s.pause_limits and len(beyond) > 1
    ground = (len(beyond), len({f.code for f in beyond}))
    for lang, said, opened in (
        (
            "nl",
            f"{passed} overschrijdingen van de Arbeidstijdenwet, van {kinds} soorten",
            "{} overschrijdingen van de Arbeidstijdenwet, van {} soorten;".format(*ground),
        ),
        (
            "en",
            f"{passed} limits of the Working Hours Act passed, of {kinds} kinds",
            "{} limits of the Working Hours Act passed, of {} kinds;".format(*ground),
        ),
    ):
        text = text_of(s, lang)
        assert text.count(said) == 2, (lang, text.count(said))  # the legal section, the appendix
        assert text.count(opened) == 1  # the opening: pauses the record cannot show are no ground of overload
        with i18n.speaking(lang):
            lines = law_lines(s, notes=False)
        # The legal section groups by week and rule; every finding is in one line, first or after "Also".
        assert all(line.count("week 37") == 1 for line in lines)  # each line names its week once
        also = "Ook:" if lang == "nl" else "Also:"
        assert sum(1 + (line.split(also)[1].count(";") + 1 if also in line else 0) for line in lines) == passed


def test_the_statement_speaks_in_the_first_person_in_both_languages(hard):
    import re

    s = hard_statement(hard)
    nl, en = text_of(s, "nl").lower(), text_of(s, "en").lower()
    assert not re.search(r"\b(je|jij|jou|jouw|jullie|u|uw)\b", nl), re.findall(r".{40}\b(?:je|jouw|uw)\b.{10}", nl)
    assert not re.search(r"\b(you|your|yours)\b", en), re.findall(r".{40}\byour?\b.{10}", en)
    assert "mijn langste rust" in nl and "my longest rest" in en


def test_the_english_statement_holds_no_dutch_word(hard):
    import re

    s = hard_statement(hard)
    en = text_of(s, "en").lower()
    dutch = (
        "dienst",
        "nachtdienst",
        "week van",
        "uur",
        "uren",
        "verlof",
        "pagina",
        "pagina's",
        "keer",
        "lid",
        "vrije dag",
        "zitting",
        "maatregel",
        "gezin",
        "meeruren",
        "overwerk",
        "bijlage",
        "periode",
        "van",
        "tot en met",
    )
    found = [word for word in dutch if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", en)]
    assert found == []
    assert "shift of 7 september 2026" in en and "leave" in en


def test_a_period_of_days_is_said_as_counted_in_whole_weeks(hard):
    s = hard_statement(hard, HARD + timedelta(days=2), HARD + timedelta(days=9))  # Wednesday to Wednesday
    assert (s.first, s.last) == (HARD, HARD + timedelta(days=13)) and s.widened
    en = text_of(s, "en")
    assert "Period 7–20 September 2026 (whole weeks, Monday to Sunday; chosen: 9–16 September 2026)" in en
    nl = text_of(s, "nl")
    assert "Periode 7–20 september 2026 (hele weken, maandag tot en met zondag; gekozen: 9–16 september 2026)" in nl
    whole = hard_statement(hard)
    assert not whole.widened and "chosen" not in text_of(whole, "en")


def test_hearings_are_counted_on_the_periods_first_and_last_day_and_not_beyond(hard):
    """The counts (hearings, redactions, searches) cover exactly the days the period line names: its first
    Monday to its last Sunday. A period chosen from a Wednesday still counts the Monday's hearing, and says so,
    where a month's count in the window would not: that was the difference of one."""
    s = hard_statement(hard)
    assert s.court == (2, 0, 2)
    widened = hard_statement(hard, HARD + timedelta(days=2), HARD + timedelta(days=9))
    assert widened.court == s.court and widened.first == HARD
    assert "Court hearings: 2 (2 by phone or video)" in text_of(s, "en") and "0 in person" not in text_of(s, "en")
    before = hard_statement(hard, HARD - timedelta(days=7), HARD - timedelta(days=1))
    assert before.court == (1, 0, 1)


def test_counted_words_take_their_form_for_one_in_both_languages(hard):
    s = hard_statement(hard)
    en, nl = text_of(s, "en"), text_of(s, "nl")
    assert "File redactions: 1, 1 page in all" in en and "1 provider contacted" in en
    assert "Kept: Only reachable for my own running cases, once." in en or ", once." in en
    assert "1 pagina" in nl and "1 aanbieder" in nl and "1 keer." in nl
    assert "1 day off" in en and "1 vrije dag" in nl
    for wrong in ("1 pages", "1 times", "1 time.", "1 providers", "1 days", "(s)", "1 kinds"):
        assert wrong not in en, wrong
    for wrong in ("1 pagina's", "1 aanbieders", "1 vrije dagen", "1 soorten", "1 weken"):
        assert wrong not in nl, wrong


@pytest.mark.parametrize(
    "values",
    [[1, 1, 1], [1] * 7, [1, 1, 1, 1, 1, 1], [2, 2, 2, 1, 1, 1, 1], [333, 333, 334], [5, 5, 5, 5, 5, 5, 5, 5, 5, 55]],
)
def test_shares_always_sum_to_a_hundred(values):
    from workload_desk.core.statement_text import shares

    naive = [round(100 * v / sum(values)) for v in values]
    got = shares(values)
    assert sum(got) == 100
    assert all(abs(g - 100 * v / sum(values)) < 1 for g, v in zip(got, values, strict=True))
    assert naive != got or sum(naive) == 100  # the cases chosen include those where rounding each one fails


def test_the_naive_rounding_of_these_shares_would_not_sum_to_a_hundred():
    assert sum(round(100 * v / 3) for v in (1, 1, 1)) == 99
    assert sum(round(100 * v / 7) for v in [1] * 7) == 98
    assert sum(round(100 * v / 6) for v in [1] * 6) == 102


def test_where_the_time_went_prints_shares_that_sum_to_a_hundred(hard):
    import re

    s = hard_statement(hard)
    text = text_of(s, "en").split("Where the time went")[1].split("Requests declined")[0]
    assert sum(int(p) for p in re.findall(r"(\d+)%", text)) == 100


def test_the_explanations_name_the_full_time_week_and_overtime_by_instruction_and_consent(hard):
    s = hard_statement(hard)
    en, nl = text_of(s, "en"), text_of(s, "nl")
    assert "on average 36 hours (CAO Jeugdzorg art. 6.1)" in en and "gemiddeld 36 uur is (cao Jeugdzorg art. 6.1)" in nl
    assert "when the employer instructed them" in en and "only with my consent (CAO Jeugdzorg art. 6.4.5)" in en
    assert "als de werkgever ze heeft opgedragen" in nl and "alleen met mijn instemming" in nl


def test_weeks_read_as_a_person_reads_them_and_files_keep_iso(hard):
    s = hard_statement(hard)
    en, nl = text_of(s, "en"), text_of(s, "nl")
    assert "week 37, 7–13 Sep" in en and "week 38, 14–20 Sep" in en
    assert "week 37, 7–13 sep" in nl
    assert "2026-W37" not in en and "2026-W37" not in nl
    assert s.weeks[0].week == "2026-W37"  # the figures (and files, --json) keep the ISO code


# Issue 20, second round: a hostile reader's fourteen points, each in the core.


def test_no_cases_recorded_claims_nothing_of_the_caseload(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 7.2)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert not s.has_cases and not s.overloaded
    text = english(s)
    assert "within the norm" not in text and "I carried" not in text
    assert "No cases are recorded" in text


def test_weeks_over_count_the_weeks_worked_and_name_the_leave(thirty_six):
    db = thirty_six
    for week in (0, 1, 2):
        week_of(db, MONDAY + timedelta(weeks=week), 8)  # over
    for week in (3, 4):
        monday = MONDAY + timedelta(weeks=week)
        mark_range_off(db, monday, monday + timedelta(days=4), "leave")
    s = build_statement(db, MONDAY, MONDAY + timedelta(weeks=5) - timedelta(days=1), now=datetime(2026, 8, 1, 12))
    # Three weeks worked are too few to call anything structural (review 1, point 5).
    assert len(s.worked_weeks) == 3 and s.leave_weeks == 2 and s.weeks_over == 3 and not s.structural
    assert "in 3 of 3 weeks worked (2 weeks of leave) I worked 30 minutes or more above my contract" in english(s)
    assert "too high in this period:" in english(s) and "structurally too high:" not in english(s)
    assert "in 3 van 3 gewerkte weken (2 weken verlof) werkte ik 30 minuten of meer boven mijn contract" in " ".join(
        statement_html(s, "nl", "").split()
    )


def test_leave_weeks_make_three_weeks_over_of_seven_structural(thirty_six):
    db = thirty_six
    for week, hours in enumerate((8, 8, 8, 7.2)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    for week in (4, 5, 6):
        monday = MONDAY + timedelta(weeks=week)
        mark_range_off(db, monday, monday + timedelta(days=4), "leave")
    s = build_statement(db, MONDAY, MONDAY + timedelta(weeks=7) - timedelta(days=1), now=datetime(2026, 8, 1, 12))
    # 3 of 7 finished weeks is not most of them; 3 of the 4 weeks worked is.
    assert len(s.finished_weeks) == 7 and s.weeks_over == 3 and s.structural


def test_hours_saved_are_said_to_be_an_estimate_and_hearings_and_the_boundary_are_told_apart(hard):
    from workload_desk.core.register import keep_boundary

    keep_boundary(hard, HARD + timedelta(days=1), "court-remote")
    text = text_of(hard_statement(hard), "en")
    assert "(estimated 3:30 hours saved: 3:30 each time, as set in the app)" in text
    assert "count hearings held (tasks done); the boundary on court counts the times" in text
    assert "Kept: court by phone or video instead of in person" in text  # lower case after the colon


def test_a_hearing_or_boundary_on_a_day_off_is_noted_not_hidden(thirty_six):
    from workload_desk.core.register import keep_boundary

    db = thirty_six
    week_of(db, MONDAY, 7.2, days=4)
    mark_range_off(db, MONDAY + timedelta(days=4), MONDAY + timedelta(days=4), "leave")
    keep_boundary(db, MONDAY + timedelta(days=4), "contract-hours")
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert s.busy_days_off == (MONDAY + timedelta(days=4),)
    text = english(s)
    assert "it also holds hours or registrations: 05/06/2026 (boundary kept)." in text
    assert "leave, with activity" in text


def test_a_missing_name_is_said_and_nothing_to_report_is_a_record_of_hours(thirty_six):
    from workload_desk.core.statement import statement_footer

    db = thirty_six
    week_of(db, MONDAY, 7.2)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    text = english(s)
    assert text.count("(name not filled in)") == 4  # From, To and both signatures
    assert "<h1>Record of hours</h1>" in text and "Overload statement" not in text
    assert "Report and request" not in text and "Seen:" in text
    assert statement_footer(s, "nl").startswith("(naam niet ingevuld) · urenoverzicht ")


def test_an_overload_keeps_its_title_and_its_request(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    text = english(s)
    assert s.overloaded and "<h1>Overload statement</h1>" in text and "Report and request" in text


def test_weeks_more_than_a_ninth_above_the_contract_are_counted(db):
    set_contract(db, 32, date(2026, 1, 5))
    for week in range(2):
        week_of(db, MONDAY + timedelta(weeks=week), 8)  # 40 h against 32: more than 32 + 32/9
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert s.consent_weeks == 2
    assert "In 2 weeks I worked more than a ninth above my contract" in english(s)


def test_a_week_without_logged_hours_is_marked_and_explained(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 7.2)
    week_of(db, MONDAY + timedelta(weeks=2), 7.2)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=20), now=NOW)
    assert [w.monday for w in s.empty_weeks] == [MONDAY + timedelta(weeks=1)]
    text = english(s)
    assert "no hours logged" in text and "In 1 week no hours were logged" in text


def test_a_month_only_partly_in_the_period_says_which_days_it_holds():
    from workload_desk.core.i18n import speaking
    from workload_desk.core.statement_text import _month_label

    class Week:
        def __init__(self, monday):
            self.monday = monday

    with speaking("en"):
        whole = [Week(date(2026, 8, 31) + timedelta(weeks=i)) for i in range(4)]  # Thursdays 3-24 September
        assert _month_label(2026, 9, whole, date(2026, 9, 27)) == "September 2026"
        assert _month_label(2026, 10, [Week(date(2026, 9, 28))], date(2026, 10, 4)) == "October 2026 (28 Sep – 4 Oct)"


def test_no_pause_is_said_in_words_not_as_zero_minutes():
    from zoneinfo import ZoneInfo

    from workload_desk.core.i18n import speaking
    from workload_desk.core.statement_findings import sentence
    from workload_desk.core.working_hours_act import Finding

    start = datetime(2026, 6, 1, 6)
    f = Finding(code="atw_pause_30m", article="5:4", start=start, end=start + timedelta(hours=7), figure=0, limit=30)
    with speaking("nl"):
        said = sentence(f, ZoneInfo("Europe/Amsterdam"))
    assert "mijn registratie toont geen pauze" in said and " 0 minuten" not in said


# Review 1, point 1. Weeks with no logged hours since the balance starts: no balance figure, and why.

YEAR_AGO = MONDAY - timedelta(weeks=52)  # 2 June 2025


@pytest.fixture
def two_years(db):
    """Four weeks logged a year ago and four weeks now (each day 8:00, over a 36-hour contract), nothing between."""
    set_contract(db, 36, date(2025, 1, 6))
    for week in range(4):
        week_of(db, YEAR_AGO + timedelta(weeks=week), 7.2)
        week_of(db, MONDAY + timedelta(weeks=week), 8)
    return db


def test_weeks_without_logged_hours_since_the_balance_starts_withhold_the_balance(two_years):
    s = build_statement(two_years, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    # 30 June 2025 to 25 May 2026: 48 weeks that expected 36 hours and hold none.
    assert s.balance_since == YEAR_AGO and s.unlogged_since_balance == 48 and not s.balance_given
    text = english(s)
    assert (
        "No balance is given: a balance would count 48 weeks without logged hours since 02/06/2025 as not worked."
        in text
    )
    assert "My balance" not in text and "The balance is the hours worked" not in text
    assert "Er staat geen saldo in: een saldo zou 48 weken zonder geregistreerde uren sinds 02-06-2025" in " ".join(
        statement_html(s, "nl", "").split()
    )


def test_weeks_wholly_off_between_keep_the_balance(two_years):
    db = two_years
    mark_range_off(db, YEAR_AGO + timedelta(weeks=4), MONDAY - timedelta(days=1), "leave")
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.unlogged_since_balance == 0 and s.balance_given
    text = english(s)
    assert "No balance is given" not in text
    assert "My balance of hours above my contract, counted from 02/06/2025, was 16:00 on 28/06/2026." in text


def test_one_empty_week_in_the_period_is_said_in_the_singular(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 7.2)
    week_of(db, MONDAY + timedelta(weeks=2), 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=20), now=NOW)
    assert s.unlogged_since_balance == 1
    assert "a balance would count 1 week without logged hours since 01/06/2026 as not worked." in english(s)


def test_an_entry_into_the_next_week_logs_that_week_too(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 7.2)
    monday = datetime.combine(MONDAY + timedelta(weeks=1), datetime.min.time())
    add_entry(db, monday - timedelta(hours=2), monday + timedelta(hours=1), "visit")  # Sunday 22:00 to 01:00
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert s.weeks[1].worked_minutes == 60 and s.unlogged_since_balance == 0


def test_a_year_earlier_without_a_week_over_and_without_cases_says_no_zero(two_years):
    s = build_statement(two_years, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.year_before is not None and s.year_before.weeks_over == 0 and not s.has_cases
    text = english(s)
    assert "counting only the 4 weeks with logged hours; in none of them 30 minutes or more above my contract." in text
    assert " 0 of them" not in text and "My caseload then" not in text and "0 measures" not in text


def test_a_year_earlier_names_the_caseload_then_only_when_cases_are_recorded(two_years):
    db = two_years
    add_case(db, "Z-1", date(2025, 1, 6), [NewMeasure("ots", "K", date(2025, 1, 6))])
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert "My caseload then: 1 measure." in english(s)


# Review 1, point 2. Pause findings alone are no statement of overload; the record shows a pause only as a gap.

PAUSE_CAVEAT = "The record shows a pause only where no work was logged"


def nonstop(db, day: date, hours: float) -> None:
    """``hours`` of work from 09:00 in one entry: the record shows no pause."""
    begin = datetime.combine(day, datetime.min.time()).replace(hour=9)
    add_entry(db, begin, begin + timedelta(minutes=round(hours * 60)), "visit")


def test_pause_findings_alone_are_a_record_of_hours_with_the_caveat(thirty_six):
    db = thirty_six
    for i in range(5):
        nonstop(db, MONDAY + timedelta(days=i), 7.2)  # 36:00, the contract, each day without a gap
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert len(s.pause_limits) == 5 and not s.limits_beyond_pauses and not s.overloaded
    text = english(s)
    assert "<h1>Record of hours</h1>" in text and "too high" not in text
    assert (
        "in no week did I work 30 minutes or more above my contract. The record shows 5 limits of the Working Hours "
        "Act passed, "
        "of 1 kind, all on pauses, which alone I do not report as overload. No cases are recorded."
    ) in text
    assert text.count(PAUSE_CAVEAT) == 1 and default_request("en", s) == ""


def test_pause_findings_with_a_caseload_within_the_norm_say_so(thirty_six):
    db = thirty_six
    cases(db, 5)
    for i in range(5):
        nonstop(db, MONDAY + timedelta(days=i), 7.2)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert not s.overloaded
    text = english(s)
    assert "above my contract and my caseload is within the norm. The record shows 5 limits" in text
    assert PAUSE_CAVEAT in text


def test_pause_findings_beside_weeks_over_ask_no_schedule_within_the_law(thirty_six):
    db = thirty_six
    for i in range(5):
        nonstop(db, MONDAY + timedelta(days=i), 8)  # 40:00 against 36:00
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert s.overloaded and s.weeks_over == 1 and s.pause_limits
    assert PAUSE_CAVEAT in english(s)
    asked = default_request("en", s)
    assert "compensation" in asked and "Working Hours Act" not in asked


def test_pause_findings_beside_a_caseload_above_the_norm_report_the_caseload_only(thirty_six):
    db = thirty_six
    cases(db, 14)
    for i in range(5):
        nonstop(db, MONDAY + timedelta(days=i), 7.2)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert s.caseload_only
    text = english(s)
    assert "I report that my caseload is too high:" in text and "limits of the Working Hours Act passed;" not in text
    assert "no legal limit other than on pauses was passed: only my caseload is reported as too high" in text
    assert PAUSE_CAVEAT in text


def test_pause_findings_beside_another_limit_are_overload(thirty_six):
    db = thirty_six
    work(db, MONDAY, 13)  # a shift of 13 hours: more than 12
    nonstop(db, MONDAY + timedelta(days=1), 7.2)
    work(db, MONDAY + timedelta(days=2), 7.2)
    work(db, MONDAY + timedelta(days=3), 8.6)  # 36:00 in the week: the contract
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert s.weeks_over == 0 and s.limits_beyond_pauses and s.pause_limits and s.overloaded
    text = english(s)
    assert "I report that my workload has been too high in this period:" in text and PAUSE_CAVEAT in text
    assert "a schedule that keeps my working hours within the Working Hours Act" in default_request("en", s)


def test_no_pause_finding_no_pause_caveat(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    assert s.overloaded and not s.pause_limits and PAUSE_CAVEAT not in english(s)


# Review 1, point 3. A long shift names the rests inside it that were too short to end it.


def logged(db, *spans: tuple[datetime, datetime]) -> None:
    for start, end in spans:
        add_entry(db, start, end, "visit")


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute)


def test_a_night_shift_of_28_hours_names_its_rests_of_7_30_and_6_00(thirty_six):
    db = thirty_six
    logged(
        db,
        (at(1, 14), at(1, 18)),
        (at(1, 18, 30), at(2, 0, 30)),
        (at(2, 8), at(2, 12)),  # 7:30 after 00:30
        (at(2, 12, 30), at(2, 16, 30)),
        (at(2, 17), at(2, 23)),
        (at(3, 5), at(3, 9)),  # 6:00 after 23:00
    )
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    night = [f for f in s.findings if f.code == "atw_night_dienst_12h"]
    assert len(night) == 1 and night[0].rests == (450, 360) and night[0].figure == 28 * 60
    text = english(s)
    assert (
        "Night shift of 1 June 2026 14:00 – 3 June 2026 09:00, with rests of 7:30 and 6:00, each shorter than the 8 "
        "hours that end a shift: I worked 28:00 hours, more than the 12"
    ) in text
    assert "met rusten van 7:30 en 6:00, elk korter dan de 8 uur die een dienst beëindigen" in " ".join(
        statement_html(s, "nl", "").split()
    )


def test_a_long_shift_names_one_rest_and_no_pause(thirty_six):
    db = thirty_six
    logged(db, (at(1, 8), at(1, 14)), (at(1, 17), at(1, 23)), (at(1, 23, 30), at(2, 0)))  # 3:00, then a pause
    work(db, MONDAY + timedelta(days=2), 13)  # 13 hours with a half hour's pause: nothing to name
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=6), now=NOW)
    shifts = [f for f in s.findings if f.code == "atw_shift_12h"]
    assert [getattr(f, "rests", ()) for f in shifts] == [(180,), ()]
    text = english(s)
    assert (
        "1 June 2026 08:00 – 2 June 2026 00:00, with a rest of 3:00, shorter than the 8 hours that end a shift:" in text
    )
    assert text.count("shorter than the 8 hours that end a shift") == 2  # the legal section and the appendix


# Review 1, point 4. Every day off with work on it is named, with what was done, in the first person.


def test_every_day_off_with_work_is_named_with_what_was_done(thirty_six):
    from workload_desk.core.model import Task
    from workload_desk.core.register import keep_boundary
    from workload_desk.core.tasks import add_task

    db = thirty_six
    week_of(db, MONDAY, 7.2)
    leave = MONDAY + timedelta(weeks=1)
    mark_range_off(db, leave, leave + timedelta(days=4), "leave")
    at_nine = datetime.combine(leave, datetime.min.time()).replace(hour=9)
    add_task(db, Task(0, None, "visit", at_nine, done=True))  # Monday: a home visit done
    add_task(db, Task(0, None, "report", at_nine + timedelta(days=1), done=False))  # not done: not work
    add_entry(db, at_nine + timedelta(days=2), at_nine + timedelta(days=2, hours=2), "report")  # Wednesday
    keep_boundary(db, leave + timedelta(days=2), "contract-hours")
    add_task(db, Task(0, None, "report", at_nine + timedelta(days=4), done=True))  # Friday
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert s.busy_days_off == (leave, leave + timedelta(days=2), leave + timedelta(days=4))
    text = english(s)
    assert (
        "On days the record holds as days off, it also holds hours or registrations: 08/06/2026 (home visit "
        "done), 10/06/2026 (2:00 hours logged, boundary kept), 12/06/2026 (report done). Both the day off and what "
        "was recorded on it are shown as recorded."
    ) in text
    # Under the hours, not among the requests declined: a day off with work is neither.
    html = statement_html(s, "en", "")
    assert html.index("it also holds hours") < html.index("Requests declined")
    assert "falls on a day the record holds" not in text


# Review 1, point 5. "Structurally" only over at least four finished weeks worked.


def test_two_weeks_over_of_two_worked_are_too_high_in_this_period_not_structurally(thirty_six):
    db = thirty_six
    for week in range(2):
        week_of(db, MONDAY + timedelta(weeks=week), 8)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert s.weeks_over == 2 and len(s.worked_weeks) == 2 and not s.structural and s.hours_too_high
    text = english(s)
    assert "my workload has been too high in this period:" in text and "structurally" not in text
    assert "With 2 weeks worked, fewer than 4, I report the workload as too high in this period" in text


def test_four_weeks_worked_over_the_contract_in_three_are_structural_and_the_rule_says_four(thirty_six):
    db = thirty_six
    for week, hours in enumerate((8, 8, 8, 7.2)):
        week_of(db, MONDAY + timedelta(weeks=week), hours)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.structural
    text = english(s)
    assert "structurally too high:" in text and "over at least 4 finished weeks worked" in text
    assert "fewer than 4" not in text


# Review 2. A week counts as over the contract only 30 minutes or more above it; a week wholly off is leave
# whatever was logged in it; weeks without logged hours are left out; pauses are no ground in the opening.


def minutes_of(text: str) -> int:
    """The minutes of an ``8:24`` cell (an empty cell: none)."""
    hours, _, mins = text.partition(":")
    return 60 * int(hours) + int(mins) if mins else 0


def minutes_over(db, monday: date, extra: int) -> None:
    """A week of the 36 hours' contract, and ``extra`` minutes more on its Friday evening."""
    week_of(db, monday, 7.2)
    friday = datetime.combine(monday + timedelta(days=4), datetime.min.time()).replace(hour=19)
    add_entry(db, friday, friday + timedelta(minutes=extra), "admin")


def test_a_minute_over_the_contract_is_no_week_over_and_the_record_asks_nothing(thirty_six):
    db = thirty_six
    for week in range(4):
        minutes_over(db, MONDAY + timedelta(weeks=week), 1)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.net_minutes == 4 and s.weeks_over == 0 and not s.structural and not s.overloaded
    assert default_request("en", s) == ""
    text = english(s)
    assert "structurally" not in text and "too high" not in text
    assert "in no week did I work 30 minutes or more above my contract" in text
    assert "0:01" in text  # the table still shows the minutes


def test_thirty_minutes_over_is_a_week_over_and_twenty_nine_is_not(thirty_six):
    db = thirty_six
    for week, extra in enumerate((30, 29, 30, 30)):
        minutes_over(db, MONDAY + timedelta(weeks=week), extra)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert s.weeks_over == 3 and s.over_minutes == 90 and s.structural
    assert "in 3 of 4 weeks worked I worked 30 minutes or more above my contract" in english(s)


def test_a_leave_week_with_some_work_logged_is_leave_not_a_week_worked_over_the_contract(db):
    set_contract(db, 32, date(2026, 1, 5))
    week_of(db, MONDAY, 8, days=5)  # 40:00 against 32:00
    for week, hours in ((1, 0.5), (2, 2), (3, 0.5)):
        monday = MONDAY + timedelta(weeks=week)
        mark_range_off(db, monday, monday + timedelta(days=6), "leave")
        work(db, monday + timedelta(days=1), hours)
    week_of(db, MONDAY + timedelta(weeks=4), 8, days=5)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=34), now=datetime(2026, 8, 1, 12))
    assert s.leave_weeks == 3 and len(s.worked_weeks) == 2 and s.weeks_over == 2 and not s.structural
    assert s.worked_minutes == 80 * 60 + 180  # the work logged during leave is in the total
    text = english(s)
    assert "in 2 of 2 weeks worked (3 weeks of leave) I worked 30 minutes or more above my contract" in text
    assert "structurally" not in text
    assert "09/06/2026 (0:30 hours logged)" in text  # its work is named, as on any day off
    # The table shows the leave week's work, so its rows still add up to the total.
    from workload_desk.core.statement_text import week_rows

    with speaking("en"):
        rows = week_rows(s, False, "Total")
    assert rows[2].cells[1] == "leave" and rows[2].cells[2] == "2:00"
    assert sum(minutes_of(r.cells[2]) for r in rows[:-1]) == minutes_of(rows[-1].cells[2]) == s.worked_minutes


def test_weeks_without_logged_hours_are_left_out_of_every_total_and_count(thirty_six):
    db = thirty_six
    week_of(db, MONDAY, 7.2)  # logging began; then three weeks without a logged hour
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=27), now=NOW)
    assert len(s.empty_weeks) == 3 and [w.monday for w in s.counted_weeks] == [MONDAY]
    assert (s.expected_minutes, s.worked_minutes, s.net_minutes) == (36 * 60, 36 * 60, 0)
    text = english(s)
    assert "In 1 week I worked 36:00 hours against 36:00 in my contract." in text
    assert "on balance" not in text and "less" not in text.split("In 3 weeks no hours")[0].split("Hours")[-1]
    assert "In 3 weeks no hours were logged" in text and "left out of every total and count" in text
    from workload_desk.core.statement_text import appendix_weeks, week_rows

    with speaking("en"):
        rows = week_rows(s, False, "Total")
        appendix = appendix_weeks(s)
    assert rows[-1].cells[1:3] == ["36:00", "36:00"]
    assert all(r.cells[1] == "" and r.cells[5] == "no hours logged" for r in rows[1:4])
    # The appendix's days add up to the weekly table.
    assert sum(minutes_of(t[-1].cells[3]) for t in appendix) == minutes_of(rows[-1].cells[2])


def test_pause_findings_are_no_ground_of_overload_in_the_opening(thirty_six):
    from workload_desk.core.statement_words import opening

    db = thirty_six
    for week in range(2):
        monday = MONDAY + timedelta(weeks=week)
        week_of(db, monday, 8)
        saturday = datetime.combine(monday + timedelta(days=5), datetime.min.time()).replace(hour=9)
        add_entry(db, saturday, saturday + timedelta(hours=6), "admin")  # 6 hours with no pause
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=13), now=NOW)
    assert s.pause_limits and not s.limits_beyond_pauses and s.weeks_over == 2
    with speaking("en"):
        said, grounds, _ = opening(s)
    assert grounds == ["in 2 of 2 weeks worked I worked 30 minutes or more above my contract."]
    assert "limit" not in " ".join([said, *grounds])
    assert "2 limits of the Working Hours Act passed" in english(s)  # the legal section reports them


def test_the_current_week_shows_no_figure_not_yet_known_and_its_month_ends_today(thirty_six):
    from workload_desk.core.statement_text import NOT_KNOWN, _month_label, week_rows

    db = thirty_six
    week_of(db, MONDAY, 7.2)
    current = MONDAY + timedelta(weeks=4)
    work(db, current, 4)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=34), now=NOW)
    with speaking("en"):
        row = week_rows(s, False, "Total")[-2]
        assert row.cells[2] == "4:00" and row.cells[3:5] == [NOT_KNOWN, NOT_KNOWN]

        class Week:
            monday = date(2026, 11, 30)

        assert _month_label(2026, 12, [Week()], date(2026, 12, 2)) == "December 2026 (30 Nov – 2 Dec)"
        assert _month_label(2026, 12, [Week()], date(2026, 12, 6)) == "December 2026 (30 Nov – 6 Dec)"


def test_a_year_earlier_counts_its_weeks_over_as_the_period_does(thirty_six):
    db = thirty_six
    earlier = MONDAY - timedelta(weeks=52)
    minutes_over(db, earlier, 1)  # a minute over: no week over
    minutes_over(db, earlier + timedelta(weeks=1), 30)
    leave = earlier + timedelta(weeks=2)
    mark_range_off(db, leave, leave + timedelta(days=6), "leave")
    work(db, leave + timedelta(days=1), 2)  # work on leave: no week over either
    for week in range(3):
        week_of(db, MONDAY + timedelta(weeks=week), 7.2)
    s = build_statement(db, MONDAY, MONDAY + timedelta(days=20), now=NOW)
    assert s.year_before is not None and s.year_before.weeks == 3 and s.year_before.weeks_over == 1
    assert "30 minutes or more above my contract in 1 of them" in english(s)
