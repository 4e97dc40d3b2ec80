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

import os
from _thread import _local  # threading.local itself, without importing threading for the command line
from collections.abc import Callable
from functools import lru_cache

from .resources import translations_folder

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from pathlib import Path


def _file(lang: str, suffix: str) -> str:
    """The catalog of ``lang`` (``.qm`` or ``.ts``), found with os.path: no pathlib for the command line."""
    return os.path.join(translations_folder(), f"workload_desk_{lang}{suffix}")


LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

_language = DEFAULT_LANGUAGE
_translator: Callable[[str, str], str] | None = None
# A document in another language (see speaking) speaks it in its own thread only: a statement
# made in a worker thread must not change the language of the window meanwhile.
_spoken = _local()


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


#: Stands where Qt 4's ``translate`` had its encoding: ``pyside6-lupdate`` files a call as a counted
#: message (with %n forms) only in that shape, ``translate(context, "%n time(s)", None, COUNTED, n)``.
COUNTED = None


def translate(context: str, text: str, disambiguation: str | None = None, encoding: None = COUNTED, n: int = -1) -> str:
    """Return ``text`` in the current language; with ``n`` (0 or more) its form for that count, %n replaced."""
    if n >= 0:
        return _counted(context, text, n)
    lang = getattr(_spoken, "lang", None)
    if lang is None and _translator is not None:
        return _translator(context, text)
    lang = lang or _language
    if lang == "en":
        return text
    return _messages(lang).get((context, text)) or text


def _counted(context: str, text: str, n: int) -> str:
    """The form of a counted message for ``n``: Dutch and English both have two, one and the rest."""
    lang = getattr(_spoken, "lang", None)
    if lang is None and _translator is not None:
        try:
            return _translator(context, text, n)
        except TypeError:  # a translator of (context, text) only: the catalog answers
            pass
    forms = _forms(lang or _language).get((context, text))
    chosen = (forms[0] if n == 1 else forms[-1]) if forms else text
    return chosen.replace("%n", str(n))


def _forms(lang: str) -> _CountedForms | dict[tuple[str, str], list[str]]:
    """The %n forms of ``lang``'s counted messages (English has its own catalog of them only)."""
    key = (lang, translations_folder)
    found = _counted_forms.get(key)
    if found is None:
        compiled = Compiled.load(_file(lang, ".qm"))
        found = _counted_forms[key] = compiled.counted if compiled is not None else plural_catalog(lang)
    return found


_counted_forms: dict[tuple[str, Callable[[], str]], _CountedForms | dict[tuple[str, str], list[str]]] = {}


def plural_catalog(lang: str) -> dict[tuple[str, str], list[str]]:
    """The finished %n forms of ``lang``'s counted messages, from its ``.ts`` file."""
    import xml.etree.ElementTree as ET

    path = _file(lang, ".ts")
    if not os.path.exists(path):
        return {}
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            node = message.find("translation")
            if message.get("numerus") != "yes" or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            forms = [f.text or "" for f in node.iter("numerusform")]
            if all(forms):
                found[(name, message.findtext("source", ""))] = forms
    return found


def _messages(lang: str) -> Compiled | dict[tuple[str, str], str]:
    """Where :func:`translate` looks ``lang`` up: the compiled ``.qm``, else the ``.ts`` (:func:`catalog`)."""
    # Keyed by the folder's function too: a test that points the translations elsewhere gets that folder's.
    key = (lang, translations_folder)
    found = _compiled.get(key)
    if found is None:
        found = _compiled[key] = Compiled.load(_file(lang, ".qm")) or catalog(lang)
    return found


_compiled: dict[tuple[str, Callable[[], str]], Compiled | dict[tuple[str, str], str]] = {}


@lru_cache(maxsize=None)
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """Read the finished translations of ``lang`` from its ``.ts`` file."""
    import xml.etree.ElementTree as ET  # only here: a command that prints no text never needs it

    path = _file(lang, ".ts")
    if not os.path.exists(path):
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


class Compiled:
    """The messages of a ``.qm`` file (what ``lrelease`` makes of the ``.ts``), looked up as Qt does.

    Reading the 200 kB ``.ts`` with an XML parser costs a command more than its own work; the ``.qm``
    is read as it is and only the messages asked for are decoded, found by the hash of their source
    text. It answers what :func:`catalog` answers, except that ``lrelease`` keeps a translation still
    marked unfinished (the window shows it too); the committed ``.ts`` has none (a test checks), and a
    test checks both answer the same for every message.
    """

    MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    _HASHES, _MESSAGES = 0x42, 0x69
    _END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8

    def __init__(self, hashes: bytes, messages: bytes) -> None:
        self._messages = messages
        self._hashes = hashes[: len(hashes) // 8 * 8]

    def _offsets_of(self, hashed: int) -> list[int]:
        """Where the messages filed under ``hashed`` begin: the hash table (pairs of hash and offset,
        sorted by hash, as Qt's own lookup reads it) is searched by halves, not read whole."""
        table, lo, hi = self._hashes, 0, len(self._hashes) // 8
        while lo < hi:
            middle = (lo + hi) // 2
            if int.from_bytes(table[middle * 8 : middle * 8 + 4], "big") < hashed:
                lo = middle + 1
            else:
                hi = middle
        found = []
        while lo * 8 < len(table) and int.from_bytes(table[lo * 8 : lo * 8 + 4], "big") == hashed:
            found.append(int.from_bytes(table[lo * 8 + 4 : lo * 8 + 8], "big"))
            lo += 1
        return found

    @classmethod
    def load(cls, path: Path | str) -> Compiled | None:
        """The messages of the ``.qm`` at ``path``; None when there is none or it is not one."""
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return None
        if not data.startswith(cls.MAGIC):
            return None
        sections, at = {}, len(cls.MAGIC)
        while at + 5 <= len(data):
            size = int.from_bytes(data[at + 1 : at + 5], "big")
            sections[data[at]] = data[at + 5 : at + 5 + size]
            at += 5 + size
        if cls._MESSAGES not in sections:
            return None
        return cls(sections.get(cls._HASHES, b""), sections[cls._MESSAGES])

    def get(self, key: tuple[str, str]) -> str | None:
        """The translation of ``(context, source)``; None when there is none (or it counts, with %n forms)."""
        context, source = key
        wanted = source.encode("utf-8")
        for offset in self._offsets_of(_elf_hash(wanted)):
            found = self._message(offset)
            if found is not None and found[0] == context.encode("utf-8") and found[1] == wanted:
                return found[2]
        return None

    @property
    def counted(self) -> _CountedForms:
        """The %n forms of the counted messages, looked up by ``(context, source)`` as :meth:`get` does."""
        return _CountedForms(self)

    def forms(self, key: tuple[str, str]) -> list[str] | None:
        """The %n forms of a counted message; None when it has none."""
        context, source = key
        wanted = source.encode("utf-8")
        for offset in self._offsets_of(_elf_hash(wanted)):
            found = self._message(offset, every=True)
            if found is not None and found[0] == context.encode("utf-8") and found[1] == wanted:
                return found[2] if len(found[2]) > 1 and all(found[2]) else None
        return None

    def _message(self, at: int, every: bool = False):
        """The context, source and translation of the message at ``at`` (a translation of %n forms: None;
        with ``every``, the list of all its translations)."""
        data, context, source, translations = self._messages, b"", b"", []
        while at < len(data):
            tag = data[at]
            at += 1
            if tag == self._END:
                break
            if tag == self._OBSOLETE1:
                at += 4
                continue
            if tag not in (self._TRANSLATION, self._SOURCE, self._CONTEXT, self._COMMENT):
                return None  # a tag this reader does not know: leave the message to the English source
            size = int.from_bytes(data[at : at + 4], "big")
            at += 4
            if tag == self._TRANSLATION:
                translations.append(None if size == 0xFFFFFFFF else data[at : at + size].decode("utf-16-be"))
                size = 0 if size == 0xFFFFFFFF else size
            elif tag == self._SOURCE:
                source = data[at : at + size]
            elif tag == self._CONTEXT:
                context = data[at : at + size]
            at += size
        if every:
            return context, source, translations
        return context, source, translations[0] if len(translations) == 1 else None


class _CountedForms:
    """A compiled catalog's counted messages, with ``get`` as a dict has it."""

    def __init__(self, compiled: Compiled) -> None:
        self._compiled = compiled

    def get(self, key: tuple[str, str]) -> list[str] | None:
        return self._compiled.forms(key)


def _elf_hash(text: bytes) -> int:
    """The hash Qt files a message under in a ``.qm`` (its source text's UTF-8; there is no comment)."""
    h = 0
    for byte in text:
        h = (h << 4) + byte
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def format_date(day) -> str:
    """A date as the window's locale writes it (Qt's short date format of nl_NL and en_NL):
    ``22-11-2026`` in Dutch, ``22/11/2026`` in English. Files and ``--json`` keep ISO dates."""
    separator = "-" if language() == "nl" else "/"
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year:04d}"


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


def speaking(lang: str) -> _Speaking:
    """Speak ``lang`` for a while (a document in another language than the window), from the catalog:
    ``with speaking("en"): ...``. (A class, not contextlib's decorator: the command line loads no contextlib.)"""
    return _Speaking(lang)


class _Speaking:
    """The language of this thread set for a ``with`` block, and the one before given back after it."""

    def __init__(self, lang: str) -> None:
        self._lang = lang
        self._before: str | None = None

    def __enter__(self) -> None:
        self._before = getattr(_spoken, "lang", None)
        _spoken.lang = self._lang

    def __exit__(self, *exc: object) -> None:
        _spoken.lang = self._before
