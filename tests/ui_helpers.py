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
