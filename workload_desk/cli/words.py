"""The command words, and a quick reading of the simple read commands without argparse.

``workload-desk week --json`` is what people run from scripts and status bars, so its start
counts: building argparse's grammar (and argparse itself, gettext, shutil) costs more than the
week's sums. :func:`read_simply` reads the plain calls of a few read commands into the same
namespace argparse would make; anything else (help, an abbreviation, ``--opt=value``, an
unknown or repeated word, a value that looks like an option) is left to argparse, so every
mistake gets argparse's own message. A test checks both readings agree.
"""

from __future__ import annotations

from types import SimpleNamespace

COMMANDS = (
    "version",
    "contract",
    "case",
    "task",
    "log",
    "day-off",
    "week",
    "say-no",
    "statement",
    "union-export",
    "union-summary",
    "backup",
    "restore",
    "export-all",
    "import-all",
    "demo",
)
OPTIONS_WITH_VALUE = ("--db", "--lang")
LANGUAGES = ("nl", "en")

#: The read commands read here: (command, action) -> (options taking a value, flags), each as
#: option -> the namespace's name. They must say what the grammar in :mod:`.parser` says.
SIMPLE: dict[tuple[str, str | None], tuple[dict[str, str], dict[str, str]]] = {
    ("week", None): ({"--date": "date"}, {"--json": "json"}),
    ("log", "list"): ({"--week": "week"}, {"--json": "json"}),
    ("contract", "show"): ({}, {"--json": "json"}),
    ("day-off", "list"): ({"--year": "year"}, {"--json": "json"}),
    ("task", "list"): ({"--due-within": "due_within"}, {"--json": "json"}),
    ("case", "list"): ({}, {"--all": "all", "--json": "json"}),
}


def command_in(argv: list[str]) -> str | None:
    """The command word of ``argv``; None when there is none, or help is asked before it."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif arg in ("-h", "--help"):
            return None
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _a_value(arg: str) -> bool:
    """Whether argparse would surely take ``arg`` as an option's value (not empty, not like an option)."""
    return bool(arg) and not arg.startswith("-")


def read_simply(argv: list[str]) -> SimpleNamespace | None:
    """The namespace argparse makes of a plain call of a command in :data:`SIMPLE`; None for any other call."""
    found: dict[str, object] = {"db": None, "lang": None, "version": False, "quit_when_ready": False}
    i, n = 0, len(argv)
    while i < n and argv[i] in OPTIONS_WITH_VALUE:
        if i + 1 >= n or not _a_value(argv[i + 1]) or argv[i][2:] in found and found[argv[i][2:]] is not None:
            return None
        found[argv[i][2:]] = argv[i + 1]
        i += 2
    if found["lang"] is not None and found["lang"] not in LANGUAGES:
        return None
    if i >= n:
        return None
    command, i = argv[i], i + 1
    action = None
    if (command, None) not in SIMPLE:
        if i >= n or (command, argv[i]) not in SIMPLE:
            return None
        action, i = argv[i], i + 1
    valued, flags = SIMPLE[(command, action)]
    found["command"] = command
    if action is not None:
        found["action"] = action
    found.update(dict.fromkeys(valued.values()))
    found.update(dict.fromkeys(flags.values(), False))
    seen: set[str] = set()
    while i < n:
        arg = argv[i]
        if arg in seen:
            return None
        seen.add(arg)
        if arg in flags:
            found[flags[arg]] = True
            i += 1
        elif arg in valued and i + 1 < n and _a_value(argv[i + 1]):
            found[valued[arg]] = argv[i + 1]
            i += 2
        else:
            return None
    return SimpleNamespace(**found)
