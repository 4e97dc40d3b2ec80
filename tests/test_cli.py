"""The command line: every command, JSON shapes, and a mistake gives one sentence and status 2."""

import csv
import json
import subprocess

import pytest

from workload_desk.main import main


@pytest.fixture
def cli(db_path, capsys):
    """Run ``workload-desk --db <test db> ARGS``; return (status, stdout, stderr)."""

    def run(*args):
        status = main(["--db", str(db_path), *args])
        out, err = capsys.readouterr()
        return status, out, err

    return run


def test_version(cli):
    status, out, _ = cli("version")
    assert status == 0 and out.startswith("Workload Desk 0.")
    assert cli("--version") == (0, out, "")  # the option says the same as the command, and opens no window


def test_contract_set_and_show(cli):
    assert cli("contract", "set", "--hours", "32", "--from", "01-01-2026")[0] == 0
    cli("contract", "set", "--hours", "28,5", "--from", "2026-07-01")
    status, out, _ = cli("contract", "show", "--json")
    data = json.loads(out)
    assert data["periods"] == [{"valid_from": "2026-01-01", "hours": 32.0}, {"valid_from": "2026-07-01", "hours": 28.5}]
    assert "Vanaf 01-07-2026: 28,5 uur per week" in cli("contract", "show")[1]


def test_case_add_list_close(cli):
    status, out, _ = cli(
        "case", "add", "--label", "J.K.", "--measure", "ots", "--children", "2", "--start", "2026-03-01"
    )
    case_id = int(out)
    rows = json.loads(cli("case", "list", "--json")[1])
    assert rows[0]["id"] == case_id and rows[0]["label"] == "J.K." and rows[0]["status"] == "active"
    assert [m["child"] for m in rows[0]["measures"]] == ["A", "B"]
    assert rows[0]["measures"][0]["planned_end"] == "2027-03-01"
    assert cli("case", "close", str(case_id), "--date", "01-10-2026")[0] == 0
    assert json.loads(cli("case", "list", "--json")[1]) == []
    assert json.loads(cli("case", "list", "--all", "--json")[1])[0]["status"] == "closed"


def test_log_add_start_stop_list(cli):
    status, out, _ = cli(
        "log",
        "add",
        "--task",
        "court",
        "--start",
        "16-11-2026 09:00",
        "--end",
        "16-11-2026 12:30",
        "--note",
        "corridor",
    )
    assert status == 0 and int(out) > 0
    rows = json.loads(cli("log", "list", "--week", "2026-11-20", "--json")[1])
    assert rows == [
        {
            "id": int(out),
            "start": "2026-11-16T09:00",
            "end": "2026-11-16T12:30",
            "task": "court",
            "case_id": None,
            "note": "corridor",
        }
    ]
    assert cli("log", "start", "--task", "admin")[0] == 0
    status, _, err = cli("log", "start", "--task", "admin")
    assert status == 2 and "al een timer" in err
    assert cli("log", "stop")[0] == 0


@pytest.mark.parametrize(
    "args,words",
    [
        (["case", "add", "--label", "X", "--measure", "ots", "--start", "31-02-2026"], "geen bestaande datum"),
        (
            ["case", "add", "--label", "X", "--measure", "ots", "--start", "2026-01-01", "--end", "2025-01-01"],
            "geplande einde",
        ),
        (["case", "add", "--label", "111222333", "--measure", "ots", "--start", "2026-01-01"], "BSN"),
        (
            ["case", "add", "--label", "X", "--measure", "ots", "--start", "2026-01-01", "--children", "-1"],
            "geen geheel getal",
        ),
        (["case", "add", "--label", "X", "--measure", "prison", "--start", "2026-01-01"], "Verkeerd gebruik"),
        (["case", "close", "abc", "--date", "2026-01-01"], "geen nummer"),
        (["case", "close", "7", "--date", "2026-01-01"], "geen zaak met nummer 7"),
        (["contract", "set", "--hours", "61"], "tussen 1 en 60"),
        (["contract", "set", "--hours", "-3"], "tussen 1 en 60"),
        (["log", "add", "--task", "court", "--start", "16-11-2026 12:00", "--end", "16-11-2026 09:00"], "na het begin"),
        (["log", "add", "--task", "court", "--start", "16-11-2026", "--end", "16-11-2026 09:00"], "datum en een tijd"),
        (["log", "stop"], "geen timer"),
        (["frobnicate"], "Verkeerd gebruik"),
        (["case"], "Verkeerd gebruik"),
        (["case", "add", "--label", "X"], "Verkeerd gebruik"),
    ],
)
def test_mistakes_give_one_sentence_and_status_2(cli, args, words):
    status, out, err = cli(*args)
    assert status == 2
    assert words in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and out == ""


def test_english_on_request(cli):
    status, _, err = cli("--lang", "en", "contract", "set", "--hours", "0")
    assert status == 2 and "between 1 and 60" in err


def test_language_setting_is_used(cli, db_path):
    from workload_desk.core.database import open_database
    from workload_desk.core.settings import set_setting

    db = open_database(db_path)
    set_setting(db, "language", "en")
    db.close()
    assert "between 1 and 60" in cli("contract", "set", "--hours", "0")[2]


def test_demo_fills_once(cli):
    assert cli("demo")[0] == 0
    cases = json.loads(cli("case", "list", "--json")[1])
    assert 15 <= len(cases) <= 20
    status, _, err = cli("demo")
    assert status == 2 and "bevat al gegevens" in err


def test_newer_database_is_one_sentence_too(cli, db_path):
    from workload_desk.core.database import open_database
    from workload_desk.core.migrations import SET_NAME

    db = open_database(db_path)
    db.execute("INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES (?, 'm999', 'x')", [SET_NAME])
    db.conn.commit()
    db.close()
    status, _, err = cli("case", "list")
    assert status == 2 and "nieuwere versie" in err and len(err.strip().splitlines()) == 1


def test_installed_command_runs_as_a_process(python, db_path):
    done = subprocess.run(
        [python, "-m", "workload_desk", "--db", str(db_path), "log", "add", "--task", "x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_tasks_and_case_show_and_export(cli, tmp_path):
    from datetime import date, timedelta

    case_id = int(cli("case", "add", "--label", "K.L.", "--measure", "vots", "--start", "2026-11-01")[1])
    soon = (date.today() + timedelta(days=3)).isoformat()
    later = (date.today() + timedelta(days=30)).isoformat()
    status, out, _ = cli(
        "task", "add", "--case", str(case_id), "--kind", "court", "--due", f"{soon} 10:00", "--mode", "phone"
    )
    hearing = int(out)
    cli("task", "add", "--case", str(case_id), "--kind", "visit", "--due", f"{later} 09:00", "--note", "school")
    due = json.loads(cli("task", "list", "--due-within", "14", "--json")[1])
    assert [t["id"] for t in due] == [hearing] and due[0]["mode"] == "phone"
    assert len(json.loads(cli("task", "list", "--json")[1])) == 2
    assert cli("task", "done", str(hearing))[0] == 0
    assert len(json.loads(cli("task", "list", "--json")[1])) == 1
    shown = json.loads(cli("case", "show", str(case_id), "--json")[1])
    assert shown["label"] == "K.L." and len(shown["tasks"]) == 2 and shown["measures"][0]["planned_end"] == "2027-02-01"
    assert "K.L." in cli("case", "show", str(case_id))[1]
    status, out, _ = cli("case", "export", str(case_id), "--out", str(tmp_path / "kl.html"))
    assert status == 0 and "school" in (tmp_path / "kl.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args,words",
    [
        (["task", "add", "--case", "99", "--kind", "court", "--due", "2026-11-25 10:00"], "geen zaak met nummer 99"),
        (
            ["task", "add", "--case", "1", "--kind", "visit", "--due", "2026-11-25 10:00", "--mode", "phone"],
            "Alleen een zitting",
        ),
        (["task", "add", "--case", "1", "--kind", "visit", "--due", "morgen"], "datum en een tijd"),
        (["task", "done", "42"], "geen taak met nummer 42"),
        (["task", "list", "--due-within", "-3"], "geen geheel getal"),
        (["case", "show", "5"], "geen zaak met nummer 5"),
        (["case", "export", "5", "--out", "x.html"], "geen zaak met nummer 5"),
    ],
)
def test_task_and_case_mistakes(cli, args, words):
    cli("case", "add", "--label", "A.", "--measure", "ots", "--start", "2026-01-01")
    status, out, err = cli(*args)
    assert status == 2 and words in err and len(err.strip().splitlines()) == 1


def test_say_no_commands(cli):
    cli("contract", "set", "--hours", "32", "--from", "2023-01-02")
    for i in range(12):
        cli("case", "add", "--label", f"S{i}", "--measure", "voogdij", "--start", "2023-03-01")
    data = json.loads(cli("say-no", "--date", "2026-06-01", "--json")[1])
    assert data["caseload_measures"] == 12 and data["norm_measures"] == 10.67 and data["fte"] == 0.89
    assert data["may_accept"] is False and data["schedule_target"] == 10.67
    assert cli("say-no", "schedule", "--preset", "akkoord-2023", "--baseline", "26")[0] == 0
    assert json.loads(cli("say-no", "--date", "2026-06-01", "--json")[1])["schedule_target"] == 16.5
    assert cli("say-no", "schedule", "--preset", "every-4-months", "--from", "2026-01-01")[0] == 0
    assert json.loads(cli("say-no", "--date", "2026-06-01", "--json")[1])["schedule_target"] == 11.0
    assert cli("say-no", "schedule", "--none")[0] == 0
    assert cli("say-no", "decline", "--what", "court-in-person", "--from", "rechtbank", "--date", "2026-05-02")[0] == 0
    rows = json.loads(cli("say-no", "declined", "--json")[1])
    assert rows == [{"id": 1, "date": "2026-05-02", "what": "court-in-person", "from": "rechtbank", "note": ""}]
    assert "Nee" in cli("say-no", "--date", "2026-06-01")[1]


@pytest.mark.parametrize(
    "args,words",
    [
        (["say-no", "schedule"], "--preset"),
        (["say-no", "schedule", "--preset", "every-4-months"], "vanaf"),
        (["say-no", "schedule", "--preset", "akkoord-2023", "--baseline", "veel"], "geen getal"),
        (["say-no", "schedule", "--preset", "akkoord-2023", "--baseline", "-1"], "nulmeting"),
        (["say-no", "decline", "--what", "nap"], "Verkeerd gebruik"),
        (["say-no", "decline", "--what", "call", "--note", "bsn 123456782"], "BSN"),
        (["say-no", "--date", "gisteren"], "geen datum"),
    ],
)
def test_say_no_mistakes(cli, args, words):
    status, out, err = cli(*args)
    assert status == 2 and words in err and len(err.strip().splitlines()) == 1


def test_union_export_and_summary(cli, db_path, tmp_path, capsys):
    from workload_desk.core.database import open_database
    from workload_desk.core.union_export import renew_respondent_key

    assert cli("demo")[0] == 0
    outs = []
    for i in range(5):
        db = open_database(db_path)
        renew_respondent_key(db)  # five respondents: one key each (one person's files count once)
        db.close()
        out = tmp_path / f"u{i}.{'json' if i % 2 else 'csv'}"
        status, text, _ = cli(
            "union-export",
            "--from",
            "2026-06",
            "--to",
            "2026-08",
            "--out",
            str(out),
            "--region",
            "utrecht",
            *(["--contract-band"] if i == 3 else []),
        )
        assert status == 0 and out.exists()
        outs.append(str(out))
    (tmp_path / "junk.json").write_text("[]")
    status, text, err = cli(
        "union-summary",
        *outs,
        str(tmp_path / "junk.json"),
        "--out",
        str(tmp_path / "s.csv"),
        "--chart",
        str(tmp_path / "s.png"),
    )
    assert status == 0
    assert "junk.json: overgeslagen" in err and len(err.strip().splitlines()) == 1
    rows = list(csv.DictReader(open(tmp_path / "s.csv", encoding="utf-8-sig"), delimiter=";"))
    assert [r["respondents"] for r in rows] == ["5", "5", "5"]
    assert (tmp_path / "s.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    "args,words",
    [
        (["union-export", "--from", "2026-13", "--to", "2026-12", "--out", "x.json"], "geen maand"),
        (["union-export", "--from", "2026-06", "--to", "2026-05", "--out", "x.json"], "niet vóór de eerste"),
        (["union-export", "--from", "2026-06", "--to", "2026-06", "--out", "x.txt"], ".csv-bestand"),
        (["union-export", "--from", "2026-06", "--to", "2026-06", "--out", "x.json", "--region", "mars"], "geen regio"),
        (["union-summary", "nothing.json", "--out", "s.csv"], "Geen leesbare vakbondsexport"),
    ],
)
def test_union_mistakes(cli, args, words):
    cli(
        "contract", "set", "--hours", "36", "--from", "2026-01-01"
    )  # a database to export from (an export of none is refused first)
    status, _, err = cli(*args)
    assert status == 2 and words in err.strip().splitlines()[-1]


def test_union_export_of_months_without_data_is_refused(cli, tmp_path):
    cli("contract", "set", "--hours", "32", "--from", "2026-01-05")
    status, _, err = cli("union-export", "--from", "2026-03", "--to", "2026-04", "--out", str(tmp_path / "u.json"))
    assert status == 2 and "Deze maanden bevatten geen gegevens" in err
    assert not (tmp_path / "u.json").exists()
