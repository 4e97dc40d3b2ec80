"""Helpers for the window's tests."""

from __future__ import annotations

import re

from workload_desk.core import i18n


def dutch_patterns() -> list[re.Pattern]:
    """Every Dutch translation as a pattern, its ``{placeholders}`` matching any text."""
    patterns = []
    for text in i18n.catalog("nl").values():
        escaped = re.escape(text.replace("&", ""))
        patterns.append(re.compile("^" + re.sub(r"\\\{\w+\\\}", ".+?", escaped) + "$", re.S))
    return patterns
