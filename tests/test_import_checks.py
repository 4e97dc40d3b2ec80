"""import-all trusts nothing in its file: every row passes the checks of a row typed in the window."""

import json
from datetime import date, datetime

import pytest

from workload_desk.core import i18n
from workload_desk.core.cases import add_case, get_case
from workload_desk.core.database import stored_columns
from workload_desk.core.errors import UserError
from workload_desk.core.full_export import FORMAT, TABLES, export_all, import_all
from workload_desk.core.import_rows import COLUMNS
from workload_desk.core.migrations import known_names
from workload_desk.core.time_log import add_entry
from workload_desk.main import main


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")


def export(**tables):
    return {"format": FORMAT, "schema": known_names(), "tables": tables}


def case(id_=1, **fields):
    return {
        "id": id_,
        "label": "A.B.",
        "status": "active",
        "opened": "2026-01-05",
        "closed": None,
        "notes": "",
        **fields,
    }


def entry(id_, start, end, **fields):
    return {
        "id": id_,
        "start": start,
        "end": end,
        "task_kind": "visit",
        "case_id": None,
        "note": "",
        "start_offset": 60,
        "end_offset": 60,
        **fields,
    }


def rows(db):
    return {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}


def refused(db, data, merge=False):
    """Import ``data``; assert it is refused and nothing was written; return the message."""
    before = rows(db)
    with pytest.raises(UserError) as err:
        import_all(db, data, merge=merge)
    assert rows(db) == before
    assert err.value.field == "file" and err.value.message.startswith("Nothing was imported: row ")
    return err.value.message


def test_the_allowlist_is_the_schema(db):
    assert {t: list(c) for t, c in COLUMNS.items()} == {t: stored_columns(db, t) for t in TABLES}


def test_a_crafted_column_name_cannot_rewrite_a_case(db):
    existing = add_case(db, "Mine.", date(2026, 1, 5), notes="what the judge said")
    crafted = "id\") VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET label = excluded.label, notes = '' --"
    data = export(cases=[{"id": 99, "label": "Rewritten", "opened": "2026-01-05", crafted: existing}])
    message = refused(db, data, merge=True)
    assert "row 1 of “cases”" in message and "is not a column" in message
    assert get_case(db, existing).notes == "what the judge said"


@pytest.mark.parametrize(
    ("tables", "where"),
    [
        ({"cases": [case(label="123456782")]}, "row 1 of “cases”"),
        ({"cases": [case(), case(2, label="C.D.", notes="BSN 123456782")]}, "row 2 of “cases”"),
        ({"cases": [case(notes="moeder, bsn 123\u00a0456\u00a0782")]}, "row 1 of “cases”"),
        ({"time_entries": [entry(1, "2026-03-02T09:00", "2026-03-02T10:00", task_kind="coffee")]}, "time_entries"),
        (
            {
                "time_entries": [
                    entry(1, "2026-03-02T09:00", "2026-03-02T11:00"),
                    entry(2, "2026-03-02T10:00", "2026-03-02T12:00"),
                ]
            },
            "row 2 of “time_entries”",
        ),
        ({"contract_periods": [{"id": 1, "valid_from": "x", "hours": 36, "pattern": ""}]}, "contract_periods"),
        ({"contract_periods": [{"id": 1, "valid_from": "2026-01-05", "hours": 99, "pattern": ""}]}, "contract"),
        ({"settings": [{"key": "language", "value": "xx"}]}, "row 1 of “settings”"),
        ({"settings": [{"key": "favourite_colour", "value": "blue"}]}, "settings"),
        ({"settings": [{"key": "schedule", "value": '{"preset": "akkoord-2023", "start": 5}'}]}, "settings"),
        ({"days_off": [{"day": "2026-01-05", "kind": "party"}]}, "days_off"),
        (
            {
                "cases": [case()],
                "measures": [
                    {
                        "id": 1,
                        "case_id": 1,
                        "kind": "ots",
                        "child_label": "A",
                        "start": "2026-01-05",
                        "planned_end": "2025-01-01",
                        "actual_end": None,
                    }
                ],
            },
            "row 1 of “measures”",
        ),
        ({"tasks": [{"id": 1, "case_id": None, "kind": "nap", "due": "2026-03-02T09:00"}]}, "tasks"),
        ({"tasks": [{"id": 1, "case_id": 7, "kind": "visit", "due": "2026-03-02T09:00"}]}, "tasks"),
        (
            {"declined_requests": [{"id": 1, "day": "2026-03-02", "what": "new-case", "from_role": "lead\nx"}]},
            "declined_requests",
        ),
        ({"boundaries_kept": [{"id": 1, "day": "2026-03-02", "boundary": "sleep"}]}, "boundaries_kept"),
        ({"cases": [case(label=123)]}, "cases"),
        ({"cases": [case(id_="1")]}, "cases"),
        ({"cases": ["A.B."]}, "cases"),
    ],
)
def test_a_bad_row_refuses_the_whole_file_and_names_itself(db, tables, where):
    assert where in refused(db, export(**tables))


@pytest.mark.parametrize("text", ["A\x00B", "A\nB", "A\tB", "A\u2028B", "A\u2029B", "evil\u202efdp.exe", "A\u2066B"])
def test_control_characters_in_a_label_are_refused_never_a_raw_sqlite_error(db, text):
    refused(db, export(cases=[case(label=text)]))


def test_a_nul_in_a_note_or_a_key_is_refused(db):
    refused(db, export(cases=[case(notes="lines\nand\ttabs are fine, \x00 is not")]))
    refused(db, export(cases=[case(notes="lines are fine, evil\u202efdp.exe is not")]))
    refused(db, export(cases=[{**case(), "no\x00tes": ""}]))
    refused(db, export(settings=[{"key": "language\x00", "value": "nl"}]))


@pytest.mark.parametrize("value", ["Dear {to.__class__}", "Dear {to:>1999999999}", "Dear {to!r}", "Dear {to"])
def test_an_imported_refusal_template_may_hold_only_known_placeholders(db, value):
    refused(db, export(settings=[{"key": "refusal_template_en", "value": value}]))


def test_the_first_bad_row_is_named_even_after_good_ones(db):
    good = [entry(i, f"2026-03-0{i}T09:00", f"2026-03-0{i}T10:00") for i in range(2, 6)]
    bad = entry(9, "2026-03-09T09:00", "2026-03-09T08:00")
    assert "row 5 of “time_entries”" in refused(db, export(time_entries=[*good, bad]))


def test_a_merge_checks_against_the_database_too(db, tmp_path):
    add_entry(db, datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 10), "visit")
    assert "overlaps" in refused(db, export(time_entries=[entry(1, "2026-03-02T09:30", "2026-03-02T10:30")]), True)
    add_case(db, "A.B.", date(2026, 1, 5))
    assert "already has the label" in refused(db, export(cases=[case()]), merge=True)


def test_an_unknown_table_is_refused(db):
    with pytest.raises(UserError, match="not a table"):
        import_all(db, export(sqlite_master=[]))


def test_an_export_from_an_older_schema_still_imports(db):
    """Schema 1: no task details, no work pattern, no UTC offsets; the checks fill in the defaults."""
    data = {
        "format": FORMAT,
        "schema": known_names()[:1],
        "tables": {
            "contract_periods": [{"id": 1, "valid_from": "2026-01-05", "hours": 32.0}],
            "cases": [case()],
            "tasks": [
                {"id": 1, "case_id": 1, "kind": "visit", "due": "2026-03-02T09:00", "done": 0, "note": "", "mode": None}
            ],
            "time_entries": [
                {
                    "id": 1,
                    "start": "2026-07-06T09:00",
                    "end": "2026-07-06T10:00",
                    "task_kind": "visit",
                    "case_id": 1,
                    "note": "",
                }
            ],
        },
    }
    assert import_all(db, data) == 4
    assert db.execute("SELECT pattern FROM contract_periods").fetchone()[0] == "6.4,6.4,6.4,6.4,6.4,0,0"
    assert db.execute("SELECT start_offset, end_offset, minutes FROM time_entries").fetchone() == (120, 120, 60)
    assert db.execute("SELECT court, providers_contacted FROM tasks").fetchone() == ("", 0)


def test_a_good_file_round_trips_with_a_running_timer(db, tmp_path):
    from workload_desk.core.database import open_database

    add_case(db, "A.B.", date(2026, 1, 5), notes="two lines\nand a tab\t")
    add_entry(db, datetime(2026, 10, 25, 2, 30, fold=1), datetime(2026, 10, 25, 3, 0), "visit")
    db.execute("INSERT INTO time_entries(start, task_kind, start_offset) VALUES ('2026-11-30T09:00', 'visit', 60)")
    new = open_database(tmp_path / "new.db")
    import_all(new, export_all(db))
    assert rows(new) == rows(db)


def test_the_command_line_says_the_row_in_one_line_with_status_2(db_path, tmp_path, capsys):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(export(settings=[{"key": "language", "value": "xx"}])), encoding="utf-8")
    status = main(["--db", str(db_path), "--lang", "en", "import-all", str(path)])
    _, err = capsys.readouterr()
    assert status == 2 and err.count("\n") == 1 and "row 1 of “settings”" in err
