"""Shared fixtures: every test gets its own database and settings; Qt runs offscreen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Without a display Qt aborts the whole run; this must come before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

# The same examples on every run, so a run that passed passes again (and CI is never flaky).
settings.register_profile("steady", derandomize=True, database=None)
settings.load_profile("steady")

from workload_desk.core import i18n  # noqa: E402
from workload_desk.core.database import open_database  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory, monkeypatch):
    """No test reads or writes the person's real database or settings; each starts in Dutch."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("WORKLOAD_DESK_DB", str(home / "default.db"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("WORKLOAD_DESK_LOG_DIR", str(home / "log"))  # platformdirs follows XDG on Linux only
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    i18n.use_translator(None)
    if "PySide6.QtWidgets" in sys.modules:
        # Widgets an earlier test closed are deleted now, before a language change reaches them.
        from PySide6.QtCore import QCoreApplication, QEvent

        if QCoreApplication.instance() is not None:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield
    i18n.set_language(i18n.DEFAULT_LANGUAGE)
    i18n.use_translator(None)


@pytest.fixture
def english():
    """Core messages in English for the test."""
    i18n.set_language("en")


@pytest.fixture
def db_path(tmp_path) -> Path:
    """Where this test's database file lives."""
    return tmp_path / "workload.db"


@pytest.fixture
def db(db_path):
    """A fresh database file at the current schema."""
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def python() -> str:
    """The interpreter running the tests, for subprocess runs of the app."""
    return sys.executable


def fresh_dutch_app(tmp_path: Path) -> None:
    """Ready the application for a new window: old windows gone, settings kept in ``tmp_path``, Dutch."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from workload_desk.ui.app import make_application
    from workload_desk.ui.language import apply_language

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    make_application()
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    apply_language("nl")
