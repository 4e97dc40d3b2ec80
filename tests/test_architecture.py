"""The core never imports Qt; the command line runs without loading it."""

import ast
import subprocess
from pathlib import Path

import workload_desk

PACKAGE = Path(workload_desk.__file__).parent


def qt_imports(folder: Path) -> list[str]:
    found = []
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            found += [f"{path.name}: {n}" for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "PyQt6")]
            if isinstance(node, ast.ImportFrom) and node.level and node.module and node.module.startswith("ui"):
                found.append(f"{path.name}: .{node.module}")
    return found


def top_level_qt_imports(folder: Path) -> list[str]:
    """Qt or the window imported when a module loads (a function may load them when it runs)."""
    found = []
    for path in folder.rglob("*.py"):
        for node in ast.parse(path.read_text(), str(path)).body:
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in ("PySide6", "shiboken6") or (
                    node.level and node.module.startswith("ui")
                ):
                    found.append(f"{path.name}: {node.module}")
            if isinstance(node, ast.Import):
                found += [f"{path.name}: {a.name}" for a in node.names if a.name.split(".")[0] == "PySide6"]
    return found


def test_the_core_has_no_qt_import_at_all():
    assert qt_imports(PACKAGE / "core") == []


def test_the_command_line_loads_qt_only_to_draw_a_pdf_or_a_chart():
    assert top_level_qt_imports(PACKAGE / "cli") == []
    assert sorted(qt_imports(PACKAGE / "cli")) == [
        "report_commands.py: .ui.statement_pdf",
        "report_commands.py: .ui.union_chart",
    ]


def test_running_a_command_loads_no_qt(python, db_path):
    code = (
        "import sys; from workload_desk.main import main; "
        f"main(['--db', {str(db_path)!r}, 'demo']); main(['--db', {str(db_path)!r}, 'case', 'list']); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_week_command_loads_only_what_it_needs(python, db_path):
    """``week --json`` is the command people script: no Qt, no sqlite-utils, no cases or exports."""
    demo = [python, "-m", "workload_desk", "--db", str(db_path), "demo"]
    made = subprocess.run(demo, capture_output=True, timeout=60)
    assert made.returncode == 0, made.stderr  # the database exists: no migration to run
    code = (
        "import sys; from workload_desk.main import main; "
        f"main(['--db', {str(db_path)!r}, 'week', '--json']); "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'sqlite_utils', 'workload_desk.core.'))))"
    )
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    loaded = eval(done.stdout.strip().splitlines()[-1])  # noqa: S307 - our own printed list
    assert not [m for m in loaded if m.startswith(("PySide6", "sqlite_utils"))]
    unwanted = {"demo", "case_export", "union_export", "statement", "backup", "full_export", "say_no"}
    assert not {m.rsplit(".", 1)[1] for m in loaded} & unwanted
    assert "workload_desk.core.week" in loaded


def test_the_grammar_has_every_command_and_a_call_builds_only_its_own():
    from workload_desk.cli.parser import COMMANDS, GRAMMAR, build_parser, command_in

    assert list(GRAMMAR) == list(COMMANDS)
    assert command_in(["--db", "week", "--lang", "en", "week", "--json"]) == "week"
    assert command_in(["--help", "week"]) is None
    assert command_in(["--quit-when-ready"]) is None
    assert command_in(["nonsense"]) is None
    only = build_parser("week")
    full = build_parser()
    argv = ["--db", "x.db", "week", "--date", "2026-11-18", "--json"]
    assert only.parse_args(argv) == full.parse_args(argv)


def test_emitting_a_signal_leaves_true_and_false_alone(qapp):
    """PySide6 6.12.0's emit() took a reference it did not own: a few hundred emits aborted Python."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        step = Signal(int)

    emitter = Emitter()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(2000):
        emitter.step.emit(i)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
