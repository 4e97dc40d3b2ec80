"""Files written on the command line never land on a database, and a file read in is a file within limits."""

import json
import os
import sys

import pytest

from workload_desk.cli.main import run


def call(capsys, *argv):
    status = run(["--lang", "en", *map(str, argv)])
    return status, capsys.readouterr().err


@pytest.fixture
def demo(tmp_path, capsys):
    path = tmp_path / "w.db"
    assert call(capsys, "--db", path, "demo")[0] == 0
    return path


@pytest.mark.parametrize(
    "command",
    [
        ["export-all", "--out"],
        ["statement", "--from", "2026-01-05", "--to", "2026-02-01", "--out"],
        ["union-export", "--from", "2026-01", "--to", "2026-02", "--out"],
        ["backup", "--out"],
    ],
)
def test_an_out_file_is_never_the_database_its_log_its_backups_or_another_database(demo, tmp_path, capsys, command):
    other = tmp_path / "other.db"
    other.write_bytes(demo.read_bytes())
    before = demo.read_bytes()
    (tmp_path / "backups").mkdir(exist_ok=True)
    for target in (demo, f"{demo}-wal", tmp_path / "backups" / "mine.db", other):
        status, err = call(capsys, "--db", demo, *command, target)
        assert status == 2 and "is a database or one of its backups" in err, (target, err)
    assert demo.read_bytes() == before and other.read_bytes() == before


def test_an_export_from_a_mistyped_database_is_refused_not_written_empty(tmp_path, capsys):
    typo = tmp_path / "typo" / "w.db"
    status, err = call(capsys, "--db", typo, "export-all", "--out", tmp_path / "e.json")
    assert status == 2 and "There is no database at" in err
    assert not typo.exists() and not (tmp_path / "e.json").exists()


@pytest.mark.parametrize("command", [["contract", "show"], ["week", "--json"], ["log", "list"]])
def test_a_command_that_only_reads_makes_no_database_where_there_is_none(tmp_path, capsys, command):
    new = tmp_path / "new.db"
    status, err = call(capsys, "--db", new, *command)
    assert status == 2 and "There is no database at" in err
    assert not new.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_import_of_a_pipe_or_a_device_is_refused_unread(tmp_path, capsys):
    os.mkfifo(tmp_path / "pipe.json")
    for source in (tmp_path / "pipe.json", "/dev/zero" if sys.platform != "win32" else tmp_path):
        status, err = call(capsys, "--db", tmp_path / "n.db", "import-all", source)
        assert status == 2 and "is not a file" in err


def test_hostile_exports_are_refused_in_one_sentence_and_nothing_is_written(demo, tmp_path, capsys):
    out = tmp_path / "all.json"
    assert call(capsys, "--db", demo, "export-all", "--out", out)[0] == 0
    good = json.loads(out.read_text())
    label = good["tables"]["cases"][0]
    bad = {
        "surrogate": json.dumps(good).replace(json.dumps(label["label"]), '"\\ud800"', 1),
        "huge-id": json.dumps(good).replace(f'"id": {label["id"]},', f'"id": {10**30},', 1),
        "nested": "[" * 100_000 + "]" * 100_000,
        "schema-number": json.dumps(good | {"schema": 5}),
        "schema-nested": json.dumps(good | {"schema": [[1]]}),
    }
    for name, text in bad.items():
        path = tmp_path / f"{name}.json"
        path.write_text(text)
        status, err = call(capsys, "--db", tmp_path / f"{name}.db", "import-all", path)
        assert status == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err, (name, err)
    bom = tmp_path / "bom.json"
    bom.write_text(json.dumps(good), encoding="utf-8-sig")  # as Notepad saves it
    assert call(capsys, "--db", tmp_path / "bom.db", "import-all", bom)[0] == 0
