"""``week --json`` starts quickly: no argparse, no XML parser, no sqlite-utils; and it says what the slow way says."""

import subprocess

import pytest

from workload_desk.cli.parser import build_parser
from workload_desk.cli.words import SIMPLE, read_simply
from workload_desk.core import i18n
from workload_desk.core.resources import translations_dir

CALLS = [
    ["week"],
    ["week", "--json"],
    ["week", "--date", "2026-11-18", "--json"],
    ["--db", "x.db", "--lang", "en", "week", "--json", "--date", "18-11-2026"],
    ["--lang", "nl", "--db", "week", "week"],
    ["log", "list", "--week", "2026-11-18", "--json"],
    ["contract", "show", "--json"],
    ["day-off", "list", "--year", "2026"],
    ["task", "list", "--due-within", "7", "--json"],
    ["case", "list", "--all", "--json"],
    ["--db", "a b.db", "case", "list"],
]
# Left to argparse: its own answer (or its own message) for each.
NOT_SIMPLE = [
    [],
    ["--help"],
    ["week", "--help"],
    ["week", "--js"],
    ["week", "--json", "--json"],
    ["week", "--date"],
    ["week", "--date", "--json"],
    ["week", "--date", "-1"],
    ["week", "--date", ""],
    ["--db=x.db", "week"],
    ["--db", "x.db", "--db", "y.db", "week"],
    ["--lang", "fr", "week"],
    ["week", "--db", "x.db"],
    ["week", "extra"],
    ["week", "--", "--json"],
    ["--version", "week"],
    ["log"],
    ["log", "add", "--task", "visit"],
    ["say-no", "--json"],
    ["case", "list", "--all", "--all"],
]


@pytest.mark.parametrize("argv", CALLS)
def test_a_plain_read_command_is_read_as_argparse_reads_it(argv):
    assert vars(read_simply(argv)) == vars(build_parser().parse_args(argv))


@pytest.mark.parametrize("argv", NOT_SIMPLE)
def test_anything_else_is_left_to_argparse(argv):
    assert read_simply(argv) is None


def test_every_quick_command_is_in_the_grammar():
    for command, action in SIMPLE:
        argv = [command] + ([action] if action else [])
        assert read_simply(argv) is not None
        assert vars(read_simply(argv)) == vars(build_parser().parse_args(argv))


def test_the_compiled_translation_answers_as_the_ts_does():
    compiled = i18n.Compiled.load(translations_dir() / "workload_desk_nl.qm")
    catalog = i18n.catalog("nl")
    assert compiled is not None and len(catalog) > 500
    assert [key for key, dutch in catalog.items() if compiled.get(key) != dutch] == []
    assert compiled.get(("Nowhere", "Never translated")) is None
    # A counted word (%n) has a form for one and for more: Qt picks it, so neither the catalog nor this answers.
    assert ("SayNoPanel", "%n measure(s)") not in catalog
    assert compiled._message(compiled._offsets_of(i18n._elf_hash(b"%n measure(s)"))[0])[1] == b"%n measure(s)"
    assert compiled.get(("SayNoPanel", "%n measure(s)")) is None


def test_a_missing_or_foreign_qm_falls_back_to_the_ts(tmp_path):
    assert i18n.Compiled.load(tmp_path / "none.qm") is None
    (tmp_path / "other.qm").write_bytes(b"not a qm file")
    assert i18n.Compiled.load(tmp_path / "other.qm") is None


def test_week_json_loads_none_of_the_heavy_modules(python, db_path):
    """What ``week --json`` no longer loads stays unloaded: each of these once cost its start a few ms."""
    made = subprocess.run(
        [python, "-m", "workload_desk", "--db", str(db_path), "demo"], capture_output=True, timeout=60
    )
    assert made.returncode == 0, made.stderr
    code = (
        # What the interpreter loaded before (here the editable install's finder loads pathlib) is not week's.
        "import sys; before = set(sys.modules); from workload_desk.main import main; "
        f"status = main(['--db', {str(db_path)!r}, 'week', '--json']); "
        "print(status, sorted(set(sys.modules) - before))"
    )
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    status, loaded = done.stdout.strip().splitlines()[-1].split(" ", 1)
    loaded = set(eval(loaded))  # noqa: S307 - our own printed list
    assert status == "0"
    assert '"worked_hours"' in done.stdout
    heavy = {
        "argparse",  # the grammar: read_simply reads the call
        "gettext",
        "xml.etree.ElementTree",  # the .ts: the compiled .qm is read instead
        "tempfile",  # only to write a database aside
        "shutil",
        "random",
        "calendar",
        "locale",
        "workload_desk.cli.parser",
        "workload_desk.core.bsn",
        "workload_desk.core.files",
        "sqlite_utils",
        "platformdirs",  # --db is given
        "PySide6",
        "dataclasses",  # frozen records (core/records.py) compile only their __init__
        "inspect",
        "ast",
        "typing",  # TYPE_CHECKING = False in each module instead of importing it from typing
        "pathlib",  # an up-to-date file is opened read-only by os.path (database.open_to_read)
        "urllib.parse",
        "workload_desk.core.copies",
        "workload_desk.core.window_lock",
        "json",  # the answer is plain JSON, written by cli/commands.py itself
    }
    assert sorted(heavy & loaded) == []
