"""Helpers for the window's tests."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from workload_desk.core import i18n
from workload_desk.core.resources import translations_dir


def dutch_patterns() -> list[re.Pattern]:
    """Every Dutch translation as a pattern, its ``{placeholders}`` matching any text."""
    patterns = []
    for text in i18n.catalog("nl").values():
        escaped = re.escape(text.replace("&", ""))
        patterns.append(re.compile("^" + re.sub(r"\\\{\w+\\\}", ".+?", escaped) + "$", re.S))
    for form in ET.parse(translations_dir() / "workload_desk_nl.ts").getroot().iter("numerusform"):
        escaped = re.escape(form.text.replace("&", "")).replace("%n", r"\d+")  # a counted word: "14 maatregelen"
        patterns.append(re.compile("^" + re.sub(r"\\\{\w+\\\}", ".+?", escaped) + "$", re.S))
    return patterns


def shown_window(qtbot, db_path):
    """The main window on ``db_path``, shown and exposed, closed with the test."""
    from workload_desk.ui.main_window import MainWindow
    from workload_desk.ui.session import Session

    window = MainWindow(Session.open(db_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def minutes_of(text: str) -> int:
    """Minutes from an h:mm text as the window shows it: ``8:24``, ``+3:11``, ``-20:36``."""
    hours, minutes = text.removeprefix("+").split(":")
    sign = -1 if hours.startswith("-") else 1
    return sign * (abs(int(hours)) * 60 + int(minutes))


def demo_window(qtbot, tmp_path, db_path):
    """The main window in Dutch on a demo year, shown, exposed and active (for tests driven by keys)."""
    from conftest import fresh_dutch_app

    from workload_desk.core.database import open_database
    from workload_desk.core.demo import fill_demo

    fresh_dutch_app(tmp_path)
    db = open_database(db_path)
    fill_demo(db)
    db.close()
    window = shown_window(qtbot, db_path)
    window.activateWindow()
    return window
