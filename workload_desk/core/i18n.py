"""Translation for the core, without Qt.

Every string a person sees is marked with :func:`translate` (or
:func:`QT_TRANSLATE_NOOP` for tables of names), so ``pyside6-lupdate`` collects
it into ``resources/translations/workload_desk_nl.ts`` next to the window's own
strings. Source strings are English; Dutch is the default language.

The command line reads the Dutch catalog straight from the ``.ts`` file. The
window hands its Qt translator in with :func:`use_translator`, so both speak
from the same source.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache

from .resources import translations_dir

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_language = DEFAULT_LANGUAGE
_translator: Callable[[str, str], str] | None = None
# A document in another language (see speaking) speaks it in its own thread only: a statement
# made in a worker thread must not change the language of the window meanwhile.
_spoken = threading.local()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for translation in ``context`` and return it unchanged."""
    return text


WEEKDAYS = (
    QT_TRANSLATE_NOOP("Weekdays", "Mon"),
    QT_TRANSLATE_NOOP("Weekdays", "Tue"),
    QT_TRANSLATE_NOOP("Weekdays", "Wed"),
    QT_TRANSLATE_NOOP("Weekdays", "Thu"),
    QT_TRANSLATE_NOOP("Weekdays", "Fri"),
    QT_TRANSLATE_NOOP("Weekdays", "Sat"),
    QT_TRANSLATE_NOOP("Weekdays", "Sun"),
)


def weekday_names() -> list[str]:
    """The short names of Monday to Sunday in the current language."""
    return [translate("Weekdays", name) for name in WEEKDAYS]


def set_language(language: str) -> None:
    """Choose the language of the core's messages: ``"nl"`` or ``"en"``."""
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


def language() -> str:
    """Return the language in use (in this thread)."""
    return getattr(_spoken, "lang", None) or _language


def use_translator(translator: Callable[[str, str], str] | None) -> None:
    """Let ``translator(context, text)`` translate instead of the ``.ts`` catalog (the window's Qt)."""
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """Return ``text`` in the current language."""
    lang = getattr(_spoken, "lang", None)
    if lang is None and _translator is not None:
        return _translator(context, text)
    lang = lang or _language
    if lang == "en":
        return text
    return catalog(lang).get((context, text)) or text


@lru_cache(maxsize=None)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """Read the finished translations of ``lang`` from its ``.ts`` file."""
    import xml.etree.ElementTree as ET  # only here: a command that prints no text never needs it

    path = translations_dir() / f"workload_desk_{lang}.ts"
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if message.get("numerus") == "yes":
                continue  # a counted word (%n): Qt picks its form, from the .qm
            if node is None or node.get("type") in ("unfinished", "obsolete", "vanished") or not node.text:
                continue  # no translation: the English source is shown, never an empty text
            found[(name, message.findtext("source", ""))] = node.text
    return found


def format_date(day) -> str:
    """A date as people here write it: ``22-11-2026`` in Dutch, ``2026-11-22`` in English."""
    return f"{day.day:02d}-{day.month:02d}-{day.year:04d}" if language() == "nl" else day.isoformat()


def format_day_span(first, last) -> str:
    """Two days with their weekdays, short, for what runs from one into the other: ``zo 29-11 → ma 30-11``
    in Dutch, ``Sun 11-29 → Mon 11-30`` in English (the year is the row's, and stays off to keep it short)."""
    names = weekday_names()

    def short(day) -> str:
        return f"{day.day:02d}-{day.month:02d}" if language() == "nl" else f"{day.month:02d}-{day.day:02d}"

    return f"{names[first.weekday()]} {short(first)} → {names[last.weekday()]} {short(last)}"


def format_hours(hours: float) -> str:
    """Hours with one decimal (none for whole hours), the decimal comma in Dutch: ``38,5``, ``36``."""
    text = f"{hours:.1f}".removesuffix(".0")
    return text.replace(".", ",") if language() == "nl" else text


def format_duration(minutes: float) -> str:
    """A length of time in hours and minutes, as a clock shows it: ``10:59`` (never rounded up to a limit)."""
    whole = int(minutes)
    sign = "-" if whole < 0 else ""
    return f"{sign}{abs(whole) // 60}:{abs(whole) % 60:02d}"


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """Speak ``lang`` for a while (a document in another language than the window), from the catalog."""
    before = getattr(_spoken, "lang", None)
    _spoken.lang = lang
    try:
        yield
    finally:
        _spoken.lang = before
