"""The norm, both schedules on and around every step, the hours rule, the projection, the register."""

from datetime import date, datetime, timedelta

import pytest

from workload_desk.core.caseload_norm import get_schedule, norm_on, set_norms, set_schedule, target_on
from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.errors import UserError
from workload_desk.core.measures import NewMeasure
from workload_desk.core.refusal import TO_MAX, refusal_message, save_template, template
from workload_desk.core.register import (
    boundaries_kept,
    decline,
    declined,
    declined_per_month,
    keep_boundary,
    set_hours_saved,
)
from workload_desk.core.say_no import may_accept, projection
from workload_desk.core.time_log import add_entry


def d(text: str) -> date:
    return date.fromisoformat(text)


def test_the_norm_is_pro_rata(db):
    set_contract(db, 32, d("2026-01-05"))
    norm = norm_on(db, d("2026-06-01"))
    assert round(norm.measures, 2) == 10.67 and round(norm.fte, 2) == 0.89
    assert tuple(round(f, 2) for f in norm.families) == (7.11, 8.0)
    set_norms(db, 10, 7, 8)
    assert round(norm_on(db, d("2026-06-01")).measures, 2) == 8.89
    with pytest.raises(UserError):
        set_norms(db, 10, 9, 8)


def test_no_schedule_means_the_norm(db):
    set_contract(db, 36, d("2023-01-02"))
    assert target_on(db, d("2026-06-01")) == 12


AKKOORD = [
    ("2023-04-30", 26),
    ("2023-05-01", 26),
    ("2023-08-31", 26),
    ("2023-09-01", 24.5),
    ("2023-12-31", 24.5),
    ("2024-01-01", 23.5),
    ("2024-04-30", 23.5),
    ("2024-05-01", 22.5),
    ("2024-08-31", 22.5),
    ("2024-09-01", 21.5),
    ("2025-01-01", 20.5),
    ("2025-05-01", 19.5),
    ("2025-09-01", 18.5),
    ("2026-01-01", 17.5),
    ("2026-05-01", 16.5),
    ("2026-09-01", 15.5),
    ("2027-01-01", 14.5),
    ("2027-05-01", 13.5),
    ("2027-09-01", 12.5),
    ("2028-01-01", 12),
    ("2030-01-01", 12),
]


@pytest.mark.parametrize("day,target", AKKOORD)
def test_akkoord_2023_on_and_around_every_step(db, day, target):
    set_contract(db, 36, d("2023-01-02"))
    set_schedule(db, "akkoord-2023", baseline=26)
    assert target_on(db, d(day)) == target


def test_akkoord_2023_counts_the_baseline_from_the_data(db):
    set_contract(db, 36, d("2023-01-02"))
    for i in range(20):
        add_case(db, f"C{i}", d("2023-01-02"), [NewMeasure("voogdij", "A", d("2023-01-02"))])
    set_schedule(db, "akkoord-2023")
    assert get_schedule(db).baseline is None
    assert target_on(db, d("2023-09-01")) == 18.5


@pytest.mark.parametrize(
    "day,target",
    [
        ("2026-02-28", 20),
        ("2026-03-01", 20),
        ("2026-06-30", 20),
        ("2026-07-01", 19),
        ("2026-10-31", 19),
        ("2026-11-01", 18),
        ("2029-03-01", 12),
    ],
)
def test_every_four_months_from_a_chosen_date(db, day, target):
    set_contract(db, 36, d("2023-01-02"))
    set_schedule(db, "every-4-months", d("2026-03-01"), baseline=20)
    assert target_on(db, d(day)) == target


def test_the_target_never_goes_below_the_norm_of_a_part_timer(db):
    set_contract(db, 24, d("2023-01-02"))
    set_schedule(db, "every-4-months", d("2024-01-01"), baseline=10)
    assert target_on(db, d("2030-01-01")) == 8


def test_a_schedule_needs_its_start(db):
    with pytest.raises(UserError, match="vanaf"):
        set_schedule(db, "every-4-months")
    with pytest.raises(UserError):
        set_schedule(db, "later")


def cases(db, n, start="2026-01-05", planned_end=None):
    taken = db.execute("SELECT count(*) FROM cases").fetchone()[0]
    for i in range(taken, taken + n):
        add_case(db, f"K{i}", d(start), [NewMeasure("ots", "A", d(start), d(planned_end) if planned_end else None)])


def test_may_accept_at_the_target_edge(db):
    set_contract(db, 36, d("2026-01-05"))
    cases(db, 11)
    yes = may_accept(db, d("2026-06-01"))
    assert yes.may_accept and "Ja" in yes.reason and "12" in yes.reason
    cases(db, 1, start="2026-02-02")
    no = may_accept(db, d("2026-06-01"))
    assert not no.may_accept and "13" in no.reason and "12" in no.reason
    data = no.to_json()
    assert list(data) == [
        "date",
        "caseload_measures",
        "caseload_families",
        "caseload_children",
        "contract_hours",
        "fte",
        "norm_measures",
        "schedule_target",
        "may_accept",
        "reason",
    ]
    assert data["caseload_measures"] == 12 and data["fte"] == 1.0 and data["norm_measures"] == 12.0


def overwork(db, weeks: list[int], monday: date):
    """Work 37 hours in each of the given weeks back from ``monday`` (1 = the week before)."""
    for back in weeks:
        first = monday - timedelta(weeks=back)
        for day in range(5):
            start = datetime.combine(first + timedelta(days=day), datetime.min.time()).replace(hour=8)
            add_entry(db, start, start + timedelta(hours=7, minutes=24), "visit")


def test_hours_past_the_contract_in_3_of_4_weeks_say_no_whatever_the_caseload(db):
    set_contract(db, 36, d("2026-01-05"))
    monday = d("2026-06-01")
    cases(db, 3)
    overwork(db, [1, 2], monday)
    assert may_accept(db, monday).may_accept
    overwork(db, [4], monday)
    answer = may_accept(db, monday)
    assert not answer.may_accept and answer.weeks_over_contract == 3 and "3 van de laatste 4" in answer.reason
    overwork(db, [5], monday)  # a fifth week back does not count
    assert may_accept(db, monday).weeks_over_contract == 3


def test_projection_from_the_planned_ends(db):
    set_contract(db, 36, d("2026-01-05"))
    cases(db, 12, planned_end="2026-09-01")
    cases(db, 4, start="2026-02-02", planned_end="2026-12-01")
    add_case(db, "V", d("2026-01-05"), [NewMeasure("voogdij", "A", d("2026-01-05"))])  # no planned end
    set_schedule(db, "every-4-months", d("2026-01-01"), baseline=17)
    p = projection(db, d("2026-06-01"))
    # 17 running; on 2026-07-01 the target is 15 (two steps), on 2026-09-01 the load falls to 5
    assert p.reaches_target == d("2026-09-01") and p.reaches_norm == d("2026-09-01")
    assert p.without_end == 1


def test_projection_never_when_measures_have_no_end(db):
    set_contract(db, 36, d("2026-01-05"))
    for i in range(14):
        add_case(db, f"V{i}", d("2026-01-05"), [NewMeasure("voogdij", "A", d("2026-01-05"))])
    p = projection(db, d("2026-06-01"))
    assert p.reaches_target is None and p.reaches_norm is None and p.without_end == 14


def test_register_of_declined_requests_and_boundaries(db):
    decline(db, d("2026-10-03"), "new-case", "teamleider", "via mail")
    decline(db, d("2026-11-03"), "court-in-person", "rechtbank")
    decline(db, d("2026-11-04"), "call")
    assert [r.what for r in declined(db)] == ["call", "court-in-person", "new-case"]
    per_month = declined_per_month(db)
    assert per_month["2026-11"]["court-in-person"] == 1 and sum(per_month["2026-10"].values()) == 1
    with pytest.raises(UserError, match="BSN"):
        decline(db, d("2026-11-04"), "call", note="kind 111222333")
    with pytest.raises(UserError, match="rol"):
        decline(db, d("2026-11-04"), "call", from_role="x" * 61)
    keep_boundary(db, d("2026-11-05"), "court-remote")
    keep_boundary(db, d("2026-11-06"), "court-remote")
    keep_boundary(db, d("2026-11-06"), "own-cases-only")
    kept = {b.boundary: b for b in boundaries_kept(db)}
    assert kept["court-remote"].times == 2 and kept["court-remote"].hours_saved == 7.0
    set_hours_saved(db, "court-remote", 4)
    assert {b.boundary: b for b in boundaries_kept(db)}["court-remote"].hours_saved == 8.0


def test_the_refusal_message_has_the_figures_and_can_be_edited(db):
    set_contract(db, 32, d("2026-01-05"))
    cases(db, 14)
    answer = may_accept(db, d("2026-06-01"))
    dutch = refusal_message(db, answer, "nl", "Sanne")
    assert "Beste Sanne" in dutch and "14 maatregelen" in dutch and "10,7" in dutch and "32 uur" in dutch
    english = refusal_message(db, answer, "en")
    assert "14 measures" in english and "10.7" in english
    save_template(db, "en", "{caseload} against {target}; {{unknown}}")
    assert refusal_message(db, answer, "en") == "14 against 10.7; {unknown}"
    save_template(db, "en", "")
    assert template(db, "en").startswith("Dear")


# Templates that would break the say-no panel (an uncaught error) or freeze it (a 2 GB string).
BAD_TEMPLATES = [
    "Dear {to.x}",
    "Dear {to.__class__}",
    "Dear {to[0]}",
    "Dear {to:>1999999999}",
    "Dear {to:{caseload}}",
    "Dear {to!r}",
    "Dear {unknown}",
    "Dear {}",
    "Dear {0}",
    "Dear {to",
    "Dear to}",
]


@pytest.mark.parametrize("text", BAD_TEMPLATES)
def test_a_template_with_anything_but_a_known_placeholder_is_refused(db, text):
    with pytest.raises(UserError) as err:
        save_template(db, "en", text)
    assert err.value.field == "refusal_template_en"
    assert "." in err.value.message and "\n" not in err.value.message
    assert template(db, "en").startswith("Dear {to},")  # the default, untouched


def test_every_placeholder_and_doubled_braces_are_accepted(db):
    set_contract(db, 32, d("2026-01-05"))
    cases(db, 14)
    answer = may_accept(db, d("2026-06-01"))
    save_template(db, "en", "{{to}} {to} " + " ".join("{" + p + "}" for p in ("caseload", "norm", "target")) + " }}")
    assert refusal_message(db, answer, "en", "Sanne") == "{to} Sanne 14 10.7 10.7 }"


@pytest.mark.parametrize("text", BAD_TEMPLATES)
def test_a_stored_bad_template_fills_safely(db, text):
    """A template stored before the check (or written into the file) never raises and is never blown up."""
    set_contract(db, 32, d("2026-01-05"))
    cases(db, 14)
    answer = may_accept(db, d("2026-06-01"))
    db.execute("INSERT INTO settings(key, value) VALUES ('refusal_template_en', ?)", [text + " {caseload}"])
    message = refusal_message(db, answer, "en", "Sanne")
    assert message.startswith("Dear ") and len(message) < len(text) + 20
    assert message.endswith(" 14") or message == text + " {caseload}"


def test_the_name_asked_is_cut_so_the_message_stays_small(db):
    set_contract(db, 32, d("2026-01-05"))
    answer = may_accept(db, d("2026-06-01"))
    save_template(db, "en", "{to}" * 1000)
    assert len(refusal_message(db, answer, "en", "x" * 1_000_000)) == 1000 * TO_MAX


def test_an_empty_database_may_take_a_case_and_the_reason_says_why(db):
    # No contract (36 hours assumed), no cases, no hours: nothing speaks against a new case.
    answer = may_accept(db, d("2026-06-01"))
    assert answer.caseload.measures == 0 and answer.norm.contract_hours == 36 and answer.weeks_over_contract == 0
    assert answer.may_accept
    assert answer.reason == "Ja: met één zaak meer wordt je caseload 1, binnen het doel van vandaag van 12."


def test_a_first_day_with_the_guides_choices_still_says_yes(db):
    # The first-day guide: a contract and the 2023 agreement's schedule from today, the baseline counted (0).
    today = d("2026-06-01")
    set_contract(db, 32, today)
    set_schedule(db, "akkoord-2023", today)
    answer = may_accept(db, today)
    assert answer.may_accept and answer.target >= 10.6
    assert "caseload 1" in answer.reason


def test_with_no_measures_only_a_real_reason_says_no_and_the_reason_names_it(db):
    monday = d("2026-06-01")
    overwork(db, [1, 2, 3], monday)  # 37 hours against the 36 assumed, three weeks running
    answer = may_accept(db, monday)
    assert answer.caseload.measures == 0 and not answer.may_accept
    assert answer.reason.startswith("Nee: je caseload zou passen") and "3 van de laatste 4 weken" in answer.reason
    set_contract(db, 30, monday)
    set_norms(db, 1, 1, 1)  # one measure per full-time job: 0,8 for 30 hours, which even one case passes
    answer = may_accept(db, d("2026-07-13"))  # the long weeks out of sight
    assert not answer.may_accept and answer.weeks_over_contract == 0
    assert answer.reason == (
        "Nee: je caseload is 0; één meer maakt 1, boven het doel van vandaag van 0,8 (de norm is 0,8 bij 30 uur)."
    )
