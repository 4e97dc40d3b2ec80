"""Every command driven with hostile arguments: one sentence and status 2, or status 0; never a traceback.

Hypothesis picks a command and fills each of its arguments from values a clumsy user or an attacker
types: dates of year 1 or 9999, ids in other scripts or beyond SQLite's integers, control characters,
bytes that are not UTF-8, folders and missing folders for files. After each call the database still
opens whole, and the commands that read everything (``week``, ``say-no``, ``statement``,
``union-export``) still work: nothing accepted can break them later.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workload_desk.cli.main import run

DATES = [
    "2026-11-23",
    "23-11-2026",
    "2026-02-30",
    "0001-01-01",
    "9999-12-31",
    "0000-01-01",
    "1989-12-31",
    "2101-01-01",
    "２０２６-11-23",
    "2026-11-23\n",
    "",
    "x",
]
MOMENTS = [
    "2026-11-23 09:00",
    "2026-11-23 25:00",
    "2026-10-25 02:30+01:00",
    "2026-03-29 02:15",
    "0001-01-01 00:00",
    "9999-12-31 23:59",
    "2026-11-23 09:00+99:00",
    "2026-11-23",
]
IDS = ["1", "0", "-1", "²", "١", "99999999999999999999999", "9223372036854775807", "1.5", " 1 ", ""]
NUMBERS = ["36", "0", "-3", "61", "1e309", "nan", "inf", "36,5", "٣٦", "999999999999999999999"]
TEXTS = ["A.B.", "", "x" * 41, "a\nb", "a\x00b", "BSN 123456782", "123456782", "\udcff", "e\u0301", "‮"]
MONTHS = ["2026-11", "0000-01", "2026-13", "9999-12", "1989-12", "２０２６-11", "2026-1", ""]
PATHS = ["out.file", "nodir/out.file", ".", "", "../out.file"]
YEARS = ["2026", "0", "9999", "20x6", "١٩٩٠", ""]

value = {
    "date": st.sampled_from(DATES),
    "moment": st.sampled_from(MOMENTS),
    "id": st.sampled_from(IDS),
    "number": st.sampled_from(NUMBERS),
    "text": st.sampled_from(TEXTS),
    "month": st.sampled_from(MONTHS),
    "path": st.sampled_from(PATHS),
    "year": st.sampled_from(YEARS),
}

# Each command with its arguments: a literal, or (option, kind) filled by hypothesis.
COMMANDS = [
    ["contract", "set", ("--hours", "number"), ("--from", "date")],
    ["contract", "set", "--hours", "32", ("--from", "date"), ("--pattern", "text")],
    ["contract", "set-balance-start", ("", "date")],
    ["contract", "time-zone", ("", "text")],
    ["case", "add", ("--label", "text"), "--measure", "ots", ("--start", "date"), ("--end", "date")],
    ["case", "add", "--label", "X", "--measure", "ots", ("--children", "number"), ("--start", "date")],
    ["case", "show", ("", "id")],
    ["case", "export", ("", "id"), ("--out", "path")],
    ["case", "close", ("", "id"), ("--date", "date")],
    ["task", "add", ("--case", "id"), "--kind", "court", ("--due", "moment"), ("--note", "text")],
    ["task", "done", ("", "id")],
    ["task", "list", ("--due-within", "number")],
    ["log", "add", "--task", "visit", ("--case", "id"), ("--start", "moment"), ("--end", "moment")],
    ["log", "add", "--task", "visit", ("--start", "moment"), "--end", "2026-11-23 10:00", ("--note", "text")],
    ["log", "stop", ("--at", "moment")],
    ["log", "list", ("--week", "date")],
    ["day-off", "add", ("--date", "date"), ("--to", "date")],
    ["day-off", "remove", ("--date", "date"), ("--to", "date")],
    ["day-off", "list", ("--year", "year")],
    ["day-off", "holidays", ("--year", "year")],
    ["week", ("--date", "date"), "--json"],
    ["say-no", ("--date", "date")],
    ["say-no", "schedule", "--preset", "akkoord-2023", ("--from", "date"), ("--baseline", "number")],
    ["statement", ("--from", "date"), ("--to", "date"), ("--out", "path")],
    ["union-export", ("--from", "month"), ("--to", "month"), ("--out", "path")],
    ["export-all", ("--out", "path")],
    ["import-all", ("", "path")],
    ["import-all", ("", "path"), "--merge"],
    ["backup", ("--out", "path")],
    ["restore", ("", "path")],
    ["union-summary", ("", "path"), ("--out", "path"), ("--chart", "path")],
    ["contract", "show", "--json"],
    ["case", "list", "--all", "--json"],
    ["task", "list", "--json"],
    ["demo"],
    ["version"],
]


@st.composite
def calls(draw) -> list[str]:
    command = draw(st.sampled_from(COMMANDS))
    argv = []
    for part in command:
        if isinstance(part, str):
            argv.append(part)
            continue
        option, kind = part
        text = draw(value[kind])
        if kind == "path" and text.endswith(".file"):
            ending = {"statement": ".pdf", "backup": ".db", "union-summary": ".csv"}.get(command[0], ".json")
            text = text.replace(".file", ".png" if option == "--chart" else ending)
        argv += [option, text] if option else [text]
    return argv


def call(db, argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run(["--db", str(db), *argv])
    return status, err.getvalue()


@pytest.fixture(scope="module")
def worker_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("fuzz") / "w.db"
    assert call(db, ["contract", "set", "--hours", "32", "--from", "2026-01-05"])[0] == 0
    assert call(db, ["case", "add", "--label", "A", "--measure", "ots", "--start", "2026-01-05"])[0] == 0
    assert (
        call(db, ["log", "add", "--task", "visit", "--start", "2026-11-02 09:00", "--end", "2026-11-02 12:00"])[0] == 0
    )
    return db


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(calls())
def test_hostile_arguments_give_one_sentence_never_a_traceback(worker_db, monkeypatch, tmp_path_factory, argv):
    monkeypatch.chdir(tmp_path_factory.getbasetemp())
    status, err = call(worker_db, argv)  # an exception escaping here fails the test with its traceback
    assert status in (0, 2), (argv, err)
    assert "Traceback" not in err
    if status == 2:
        lines = [line for line in err.splitlines() if line.strip()]
        # The union's summary names each file it skips on a line of its own before its last word.
        assert len(lines) == 1 or argv[0] == "union-summary", (argv, err)
    conn = sqlite3.connect(worker_db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    # Whatever was accepted, the commands that read everything still work.
    for reader in (["week", "--json"], ["say-no", "--json"], ["union-export", "--from", "2026-01", "--to", "2026-11"]):
        if reader[0] == "union-export":
            reader = [*reader, "--out", str(tmp_path_factory.getbasetemp() / "u.json")]
        status, err = call(worker_db, reader)
        assert status == 0, (argv, reader, err)
