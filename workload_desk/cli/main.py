"""Running one command: choose the language, open the database, do the work, report."""

from __future__ import annotations

import sys

from ..core import i18n
from ..core.errors import UserError
from ..core.i18n import translate
from .words import read_simply


def _language_from(argv: list[str]) -> str | None:
    """The ``--lang`` of the call, read before parsing so even a usage error speaks it."""
    for i, arg in enumerate(argv[:-1]):
        if arg == "--lang" and argv[i + 1] in i18n.LANGUAGES:
            return argv[i + 1]
    return None


def _not_text(arg: str) -> bool:
    """Whether an argument came in as bytes that are not UTF-8 (Python keeps them as lone surrogates)."""
    try:
        arg.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def run(argv: list[str]) -> int:
    """Run the command in ``argv``; a user's mistake prints one sentence on stderr and returns 2."""
    chosen = _language_from(argv)
    i18n.set_language(chosen or i18n.DEFAULT_LANGUAGE)
    if any(_not_text(arg) for arg in argv):
        print(
            translate("CommandLine", "An argument holds bytes that are not text (UTF-8): type it again."),
            file=sys.stderr,
        )
        return 2
    args = read_simply(argv)  # a plain read command (week --json) skips argparse: a quicker start
    if args is None:
        from .parser import UsageError, build_parser, command_in

        # The help texts are read only when help is asked: otherwise the grammar is built in English,
        # and a command that prints no text never reads the translations (a quicker start).
        wants_help = any(arg in ("-h", "--help") for arg in argv)
        if wants_help:
            parser = build_parser(command_in(argv))
        else:
            with i18n.speaking("en"):
                parser = build_parser(command_in(argv))
        try:
            args = parser.parse_args(argv)
        except UsageError as exc:
            print(
                translate("CommandLine", "Wrong use of the command ({problem}); see “workload-desk --help”.").format(
                    problem=exc
                ),
                file=sys.stderr,
            )
            return 2
    from . import commands

    try:
        return commands.dispatch(args, chosen)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (``| head``) left; say nothing more and let Python not complain at exit.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
