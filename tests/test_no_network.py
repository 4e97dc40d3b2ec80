"""The app opens no network connection: the main flows run with socket creation made to fail."""

import socket
import sys
from datetime import date, timedelta

import pytest


@pytest.fixture
def no_sockets(monkeypatch):
    """Every attempt to make a socket is recorded and fails."""
    tried = []

    def refuse(*args, **kwargs):
        tried.append((args, kwargs))
        raise OSError("network use is not allowed in Workload Desk")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return tried


def test_the_command_line_never_connects(no_sockets, db_path, tmp_path, capsys):
    from workload_desk.main import main

    today = date.today()
    commands = [
        ["demo"],
        ["case", "list", "--json"],
        ["case", "export", "1", "--out", str(tmp_path / "c.html")],
        ["task", "list"],
        ["log", "start", "--task", "admin"],
        ["log", "stop"],
        ["week", "--json"],
        ["say-no", "--json"],
        [
            "statement",
            "--from",
            (today - timedelta(days=28)).isoformat(),
            "--to",
            today.isoformat(),
            "--out",
            str(tmp_path / "s.pdf"),
        ],
        ["union-export", "--from", "2026-01", "--to", "2026-03", "--out", str(tmp_path / "u.json")],
        ["union-summary", str(tmp_path / "u.json"), "--out", str(tmp_path / "sum.csv")],
        ["backup"],
        ["export-all", "--out", str(tmp_path / "all.json")],
    ]
    for args in commands:
        assert main(["--db", str(db_path), *args]) in (0, 2), args
    assert no_sockets == []


def test_the_window_never_connects(no_sockets, qapp, qtbot, db_path, tmp_path):
    from workload_desk.core.database import open_database
    from workload_desk.core.demo import fill_demo
    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    db = open_database(db_path)
    fill_demo(db)
    db.close()
    make_application()
    apply_language("nl")
    window = MainWindow(Session.open(db_path))
    qtbot.addWidget(window)
    window.show()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
    window.time_panel.tabs.setCurrentIndex(2)
    window.say_no_panel.tabs.setCurrentWidget(window.say_no_panel.chart_tab)
    with qtbot.waitSignal(window.statement_panel.written, timeout=20000):
        window.statement_panel.save_pdf(str(tmp_path / "s.pdf"))
    window.union_panel.save("json", str(tmp_path / "u.json"))
    window.safety.backup_now()
    window.safety.export_everything(str(tmp_path / "all.json"))
    assert no_sockets == []
    assert "PySide6.QtNetwork" not in sys.modules
