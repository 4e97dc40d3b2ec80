"""The union export: exactly the documented fields, nothing that names anyone, valid against its schema."""

import csv
import io
import json
import re
import string
from datetime import date, datetime, timedelta

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workload_desk.core.cases import add_case
from workload_desk.core.contracts import set_contract
from workload_desk.core.database import open_memory
from workload_desk.core.errors import UserError
from workload_desk.core.measures import NewMeasure
from workload_desk.core.model import Task
from workload_desk.core.register import decline, keep_boundary
from workload_desk.core.resources import resources_dir
from workload_desk.core.settings import set_setting
from workload_desk.core.tasks import add_task
from workload_desk.core.time_log import add_entry
from workload_desk.core.union_export import CSV_FIELDS, build_export, parse_month, write_export

SCHEMA = json.loads((resources_dir() / "union_export.schema.json").read_text())


@pytest.fixture
def worked(db):
    set_contract(db, 32, date(2026, 1, 5))
    case = add_case(
        db,
        "M.V.",
        date(2026, 1, 5),
        [NewMeasure("ots", "A", date(2026, 1, 5)), NewMeasure("jr", "B", date(2026, 1, 5))],
    )
    # October 2026: 8 h 20 of visits and 1 h 40 of court on 1 October, an entry across the month's end.
    add_entry(db, datetime(2026, 10, 1, 8), datetime(2026, 10, 1, 16, 20), "visit", case)
    add_entry(db, datetime(2026, 10, 1, 17), datetime(2026, 10, 1, 18, 40), "court", case)
    add_entry(db, datetime(2026, 10, 31, 22), datetime(2026, 11, 1, 2), "travel")
    add_task(db, Task(0, case, "court", datetime(2026, 10, 20, 9), mode="video", done=True))
    add_task(db, Task(0, case, "court", datetime(2026, 10, 21, 9), mode="in-person", done=True))
    add_task(db, Task(0, case, "redaction", datetime(2026, 10, 22, 9), pages=50, done=True))
    add_task(db, Task(0, case, "court", datetime(2026, 10, 23, 9), mode="in-person"))  # not ticked done: no count
    decline(db, date(2026, 10, 3), "new-case", "teamleider")
    keep_boundary(db, date(2026, 10, 4), "court-remote")
    set_setting(db, "worker_name", "Ada Werker")
    return db


def test_one_row_per_month_with_the_right_figures(worked):
    export = build_export(worked, date(2026, 10, 1), date(2026, 11, 1), region="utrecht")
    october, november = export.months
    assert october["month"] == "2026-10" and november["month"] == "2026-11"
    assert october["worked_hours"] == 12.0  # 8:20 + 1:40 + 2:00 of travel before midnight
    assert october["hours_visit"] == 8.5 and october["hours_court"] == 1.5 and october["hours_travel"] == 2.0
    assert november["hours_travel"] == 2.0
    assert october["contract_hours"] == 32 and october["contract_band"] is None
    assert october["caseload_measures"] == 2 and october["caseload_families"] == 1 and october["caseload_children"] == 2
    assert october["norm_measures"] == 10.67 and october["schedule_target"] == 10.67
    assert (october["court_in_person"], october["court_remote"], october["redactions"]) == (1, 1, 1)
    assert october["declined_new_case"] == 1 and october["boundaries_kept"] == 1
    assert export.to_json()["region"] == "utrecht"
    jsonschema.validate(export.to_json(), SCHEMA)


def test_a_band_instead_of_the_hours(worked):
    export = build_export(worked, date(2026, 10, 1), date(2026, 10, 1), band=True)
    assert export.months[0]["contract_hours"] is None and export.months[0]["contract_band"] == "32-35"
    jsonschema.validate(export.to_json(), SCHEMA)


def test_every_file_gets_a_new_random_id(worked):
    a, b = (build_export(worked, date(2026, 10, 1), date(2026, 10, 1)) for _ in range(2))
    assert a.submission_id != b.submission_id


def test_csv_opens_with_the_documented_columns(worked, tmp_path):
    export = build_export(worked, date(2026, 9, 1), date(2026, 11, 1))
    assert write_export(export, tmp_path / "out.csv") == "csv"
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = list(reader)
    assert reader.fieldnames == CSV_FIELDS
    assert [r["month"] for r in rows] == ["2026-09", "2026-10", "2026-11"]
    assert rows[1]["worked_hours"] == "12.0" and rows[1]["schema_version"] == "2"
    assert set(SCHEMA["properties"]["months"]["items"]["properties"]) | {
        "schema_version",
        "respondent_key",
        "sequence",
        "sequence_proof",
        "submission_id",
        "region",
    } == set(CSV_FIELDS)


def test_nothing_that_names_anyone_leaves(worked, tmp_path):
    write_export(build_export(worked, date(2026, 1, 1), date(2026, 12, 1)), tmp_path / "out.json")
    text = (tmp_path / "out.json").read_text()
    for private in ("M.V.", "Ada Werker", "teamleider", str(tmp_path), "workload.db"):
        assert private not in text
    assert re.findall(r"\d{4}-\d{2}-\d{2}", text) == []


@pytest.mark.parametrize(
    "first,last,region,words",
    [
        ("2026-10", "2026-09", None, "niet vóór de eerste"),
        ("2026-10", "2026-10", "atlantis", "geen regio"),
    ],
)
def test_bad_choices_are_refused(worked, first, last, region, words):
    with pytest.raises(UserError, match=words):
        build_export(worked, parse_month(first), parse_month(last), region)


@pytest.mark.parametrize("text", ["2026-13", "2026-1", "26-10", "oktober", ""])
def test_bad_months(text):
    with pytest.raises(UserError, match="geen maand"):
        parse_month(text)


def test_the_file_kind_comes_from_its_ending(worked, tmp_path):
    with pytest.raises(UserError, match=".json- of .csv-bestand"):
        write_export(build_export(worked, date(2026, 10, 1), date(2026, 10, 1)), tmp_path / "out.txt")


texts = st.text(alphabet=string.ascii_letters + string.digits + " .-éü", min_size=6, max_size=30).filter(
    lambda t: t.strip() and not t.strip().isdigit()
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(texts, texts, texts), min_size=1, max_size=4, unique_by=lambda t: t[0].strip().lower()))
def test_no_label_note_or_child_label_ever_leaves(cases):
    db = open_memory()
    set_contract(db, 36, date(2026, 1, 5))
    secrets = []
    for i, (label, note, child) in enumerate(cases):
        label, child = label.strip()[:40], child.strip()[:40]
        case = add_case(db, label, date(2026, 2, 1), [NewMeasure("ots", child, date(2026, 2, 1))], notes=note)
        start = datetime(2026, 3, 2, 8) + timedelta(days=i)
        add_entry(db, start, start + timedelta(hours=3), "visit", case, note=note)
        add_task(db, Task(0, case, "care-search", start, note=note, care_sought=note, outcome=note))
        decline(db, date(2026, 3, 3), "call", "", note)
        secrets += [label, note.strip(), child]
    export = build_export(db, date(2026, 1, 1), date(2026, 6, 1))
    data = export.to_json()
    values = [data[k] for k in ("schema_version", "respondent_key", "sequence", "sequence_proof", "submission_id")]
    values.append(data["region"])
    values += [v for row in data["months"] for v in row.values()]
    values += [v for row in csv.DictReader(io.StringIO(export.to_csv())) for v in row.values()]
    allowed = re.compile(
        r"^(|\d+(\.\d+)?|\d{4}-\d{2}|[0-9a-f]{64}|[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$"
    )
    for value in values:
        # Only numbers, a month and the random id: no free text can be in the file at all.
        assert value is None or isinstance(value, (int, float)) or allowed.match(value), value
    for secret in secrets:
        assert secret not in values
    jsonschema.validate(data, SCHEMA)


def test_the_kinds_of_work_add_up_to_the_hours_worked(db):
    set_contract(db, 36, date(2026, 1, 5))
    for i, kind in enumerate(["visit", "report", "court", "travel"]):  # four kinds of 15 minutes each
        start = datetime(2026, 3, 2, 9) + timedelta(minutes=20 * i)
        add_entry(db, start, start + timedelta(minutes=15), kind)
    (march,) = build_export(db, date(2026, 3, 1), date(2026, 3, 1)).months
    kinds = sum(v for k, v in march.items() if k.startswith("hours_"))
    assert march["worked_hours"] == 1.0 and kinds == 1.0  # before: each 0.0, summing to nothing


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000), st.integers(0, 10_000))
def test_rounded_parts_always_add_up(a, b, c, d):
    from workload_desk.core.union_export import half_hours_adding_up

    total, parts = half_hours_adding_up({"a": a, "b": b, "c": c, "d": d})
    assert sum(parts.values()) == total == (a + b + c + d + 15) // 30 / 2  # halves up
    assert all(abs(parts[k] - m / 60) <= 0.5 for k, m in zip("abcd", (a, b, c, d)))


def logged_in_march(db):
    """An hour logged in March 2026: an export of that month holds data (one without any is refused)."""
    add_entry(db, datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10), "admin")
    return db


def test_a_respondent_key_made_once_and_renewable(db, tmp_path):
    from workload_desk.core.union_export import renew_respondent_key

    logged_in_march(db)
    first = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    write_export(first, tmp_path / "a.json", db)
    second = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    assert second.respondent_key == first.respondent_key and second.sequence == first.sequence + 1
    assert second.submission_id != first.submission_id
    assert renew_respondent_key(db) != first.respondent_key
    assert build_export(db, date(2026, 3, 1), date(2026, 3, 1)).sequence == 1


def band_export(contract: float, days: tuple[int, ...], leave: tuple[int, int], holidays: bool) -> dict:
    """A band export of a database with ``contract`` hours on ``days`` (0 = Monday) and a range of leave in March."""
    from workload_desk.core.days_off import mark_range_off, public_holidays

    db = open_memory()
    pattern = ",".join(f"{contract / len(days):.6f}" if d in days else "0" for d in range(7))
    set_contract(db, contract, date(2026, 1, 5), pattern)
    add_case(db, "X", date(2026, 1, 5), [NewMeasure("ots", "A", date(2026, 1, 5))])
    mark_range_off(db, date(2026, 3, leave[0]), date(2026, 3, leave[1]), "leave")
    if holidays:  # the holidays dialog ticks those on the pattern's working days only
        for day in public_holidays(2026):
            if day.weekday() in days:
                mark_range_off(db, day, day, "holiday")
    for day in range(2, 28):
        start = datetime(2026, 3, day, 8)
        add_entry(db, start, start + timedelta(hours=9, minutes=day * 7 % 60), "visit")
    data = build_export(db, date(2026, 2, 1), date(2026, 6, 1), band=True).to_json()
    return {k: v for k, v in data.items() if k not in ("respondent_key", "sequence_proof", "submission_id")}


work_days = st.lists(st.integers(0, 5), min_size=4, max_size=6, unique=True).map(lambda d: tuple(sorted(d)))


@settings(max_examples=25, deadline=None)
@given(
    st.sampled_from([(32, 35.5), (28, 31.5), (36, 40)]).flatmap(lambda band: st.tuples(*(st.floats(*band),) * 2)),
    st.tuples(work_days, work_days),
    st.integers(2, 20).flatmap(lambda first: st.tuples(st.just(first), st.integers(first, first + 10))),
    st.booleans(),
)
def test_a_band_hides_the_contract_and_the_pattern_inside_it(contracts, patterns, leave, holidays):
    """Contracts and patterns inside one band, the same work and leave: the files are the same but for their keys."""
    a, b = (round(c * 2) / 2 for c in contracts)
    assert band_export(a, patterns[0], leave, holidays) == band_export(b, patterns[1], leave, holidays)


def test_each_file_proves_its_sequence_and_no_one_else_can_prove_a_higher_one(db, tmp_path):
    from workload_desk.core.union_export import CHAIN_LENGTH, chain_link, proves

    logged_in_march(db)
    for _ in range(3):
        export = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
        write_export(export, tmp_path / "a.json", db)
    assert export.sequence == 3 and proves(export.respondent_key, 3, export.sequence_proof)
    link = bytes.fromhex(export.sequence_proof)
    # From a file anyone can make the links of its earlier files, never of a newer one.
    assert proves(export.respondent_key, 2, chain_link(link, 1).hex())
    assert not proves(export.respondent_key, 4, export.sequence_proof)
    assert not proves(export.respondent_key, 4, chain_link(link, 1).hex())
    assert not proves(export.respondent_key, CHAIN_LENGTH + 1, export.sequence_proof)
    assert not proves(export.respondent_key, 3, "zz")


def test_a_restore_keeps_the_respondent_key_and_never_winds_the_sequence_back(tmp_path):
    from workload_desk.core.backup import backup_now, restore
    from workload_desk.core.database import open_database

    path = tmp_path / "w.db"
    db = logged_in_march(open_database(path))
    first = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    write_export(first, tmp_path / "1.json", db)
    db.close()
    backup = backup_now(path)
    db = open_database(path)
    for i in (2, 3):
        write_export(build_export(db, date(2026, 3, 1), date(2026, 3, 1)), tmp_path / f"{i}.json", db)
    db.close()
    restore(path, backup)
    db = open_database(path)
    after = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    assert after.respondent_key == first.respondent_key and after.sequence == 4
    db.close()


def test_a_restore_without_the_database_it_was_of_moves_the_sequence_on(tmp_path):
    from workload_desk.core.backup import SEQUENCE_MARGIN, backup_now, restore
    from workload_desk.core.database import open_database

    path = tmp_path / "w.db"
    db = logged_in_march(open_database(path))
    write_export(build_export(db, date(2026, 3, 1), date(2026, 3, 1)), tmp_path / "1.json", db)
    db.close()
    backup = backup_now(path)
    db = open_database(path)
    sent = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    write_export(sent, tmp_path / "2.json", db)
    db.close()
    new_laptop = tmp_path / "new" / "w.db"
    new_laptop.parent.mkdir()
    restore(new_laptop, backup)
    db = open_database(new_laptop)
    after = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    assert after.respondent_key == sent.respondent_key and after.sequence == 1 + SEQUENCE_MARGIN + 1 > sent.sequence
    db.close()


def test_moving_everything_to_a_new_laptop_keeps_the_key_and_moves_the_sequence_on(db, tmp_path):
    from workload_desk.core.backup import SEQUENCE_MARGIN
    from workload_desk.core.database import open_memory
    from workload_desk.core.full_export import export_all, import_all

    logged_in_march(db)
    sent = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    write_export(sent, tmp_path / "u.json", db)
    laptop = open_memory()
    import_all(laptop, export_all(db))
    after = build_export(laptop, date(2026, 3, 1), date(2026, 3, 1))
    assert after.respondent_key == sent.respondent_key and after.sequence == sent.sequence + SEQUENCE_MARGIN + 1


def test_a_key_that_is_not_its_secrets_is_made_anew(db):
    from workload_desk.core.union_export import KEY_SETTING, proves

    first = build_export(db, date(2026, 3, 1), date(2026, 3, 1)).respondent_key
    set_setting(db, KEY_SETTING, "a" * 64)
    export = build_export(db, date(2026, 3, 1), date(2026, 3, 1))
    assert export.respondent_key not in (first, "a" * 64)
    assert proves(export.respondent_key, export.sequence, export.sequence_proof)


def test_months_without_any_data_are_refused_and_nothing_is_written(db, tmp_path, english):
    from workload_desk.core.settings import get_setting
    from workload_desk.core.union_export import SEQUENCE_SETTING

    set_contract(db, 32, date(2026, 1, 5))  # a contract alone is no data: norm and target follow from it
    empty = build_export(db, date(2026, 3, 1), date(2026, 5, 1))
    sequence = get_setting(db, SEQUENCE_SETTING)
    with pytest.raises(UserError, match="These months hold no data") as refused:
        write_export(empty, tmp_path / "u.json", db)
    assert refused.value.field == "from"
    assert not (tmp_path / "u.json").exists() and get_setting(db, SEQUENCE_SETTING) == sequence  # none used up
    logged_in_march(db)  # one month with an hour: the three months go, the empty ones as zeros
    write_export(build_export(db, date(2026, 3, 1), date(2026, 5, 1)), tmp_path / "u.json", db)
    assert [m["worked_hours"] for m in json.loads((tmp_path / "u.json").read_text())["months"]] == [1.0, 0.0, 0.0]
