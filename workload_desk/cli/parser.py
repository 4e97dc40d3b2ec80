"""The command line's grammar: ``workload-desk [--db PATH] [--lang nl|en] COMMAND ...``."""

from __future__ import annotations

import argparse

from ..core.i18n import translate
from ..core.model import MEASURE_KINDS, TASK_KINDS
from .words import COMMANDS, OPTIONS_WITH_VALUE, command_in

__all__ = ["COMMANDS", "GRAMMAR", "OPTIONS_WITH_VALUE", "WINDOW", "Parser", "UsageError", "build_parser", "command_in"]

#: For :func:`build_parser`: the window's options, no commands.
WINDOW = ""


class UsageError(Exception):
    """The words of the call are off; the message is argparse's, wrapped by the caller."""


class Parser(argparse.ArgumentParser):
    """An argparse parser that raises instead of printing usage and exiting."""

    def error(self, message: str) -> None:  # noqa: D102 - argparse's hook
        raise UsageError(message)


def build_parser(command: str | None = None) -> Parser:
    """The grammar, help texts in the current language.

    With a ``command``, that command's alone (a call builds only what it uses); with ``WINDOW``,
    only the options the window takes.
    """
    p = Parser(
        prog="workload-desk", description=translate("CommandLine", "Your caseload and hours, kept on your own machine.")
    )
    p.add_argument(
        "--db", metavar="PATH", help=translate("CommandLine", "the database file (default: in your user data folder)")
    )
    p.add_argument("--lang", choices=["nl", "en"], help=translate("CommandLine", "language: nl (default) or en"))
    p.add_argument(
        "--version", action="store_true", help=translate("CommandLine", "show the version (as the command version)")
    )
    p.add_argument(
        "--quit-when-ready",
        action="store_true",
        help=translate("CommandLine", "open the window, then quit once it is shown"),
    )
    commands = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    for name, add in GRAMMAR.items():
        if command is None or name == command:
            add(commands)
    return p


def _version(commands: argparse._SubParsersAction) -> None:
    commands.add_parser("version", help=translate("CommandLine", "show the version"))


def _contract(commands: argparse._SubParsersAction) -> None:
    contract = commands.add_parser("contract", help=translate("CommandLine", "contract hours per week")).add_subparsers(
        dest="action", required=True, metavar="ACTION", parser_class=Parser
    )
    c = contract.add_parser("set", help=translate("CommandLine", "set the contract hours from a date"))
    c.add_argument("--hours", required=True, help=translate("CommandLine", "hours per week, from 1 to 60"))
    c.add_argument(
        "--from", dest="from_", metavar="DATE", help=translate("CommandLine", "the first day (default: today)")
    )
    c.add_argument(
        "--pattern",
        metavar="MO,TU,WE,TH,FR,SA,SU",
        help=translate(
            "CommandLine", "hours of Monday to Sunday, summing to the hours (default: a fifth on Monday to Friday)"
        ),
    )
    c = contract.add_parser("show", help=translate("CommandLine", "show the contract periods"))
    c.add_argument("--json", action="store_true")
    c = contract.add_parser(
        "set-balance-start", help=translate("CommandLine", "the day the running balance counts from")
    )
    c.add_argument(
        "day",
        metavar="DATE|first-entry",
        help=translate(
            "CommandLine", "a date, or first-entry for the Monday of the week of your first logged entry (default)"
        ),
    )
    c = contract.add_parser("time-zone", help=translate("CommandLine", "show or set the time zone hours count in"))
    c.add_argument("zone", nargs="?", metavar="ZONE", help=translate("CommandLine", "for example Europe/Amsterdam"))


def _case(commands: argparse._SubParsersAction) -> None:
    case = commands.add_parser(
        "case", help=translate("CommandLine", "cases (families) and their measures")
    ).add_subparsers(dest="action", required=True, metavar="ACTION", parser_class=Parser)
    c = case.add_parser("add", help=translate("CommandLine", "add a case; prints its number"))
    c.add_argument(
        "--label", required=True, help=translate("CommandLine", "your own label: initials or a code, never a name")
    )
    c.add_argument(
        "--measure", required=True, choices=list(MEASURE_KINDS), help=translate("CommandLine", "the kind of measure")
    )
    c.add_argument(
        "--children", default="1", metavar="N", help=translate("CommandLine", "one measure for each of N children")
    )
    c.add_argument("--start", required=True, metavar="DATE", help=translate("CommandLine", "the start of the measure"))
    c.add_argument(
        "--end", metavar="DATE", help=translate("CommandLine", "the planned end (default: by the kind of measure)")
    )
    c = case.add_parser("list", help=translate("CommandLine", "list the active cases"))
    c.add_argument("--all", action="store_true", help=translate("CommandLine", "closed cases too"))
    c.add_argument("--json", action="store_true")
    c = case.add_parser("show", help=translate("CommandLine", "show a case with its measures and tasks"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--json", action="store_true")
    c = case.add_parser("export", help=translate("CommandLine", "export all the app holds on a case (HTML and JSON)"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--out", required=True, metavar="FILE")
    c = case.add_parser("close", help=translate("CommandLine", "close a case and end its measures"))
    c.add_argument("id", metavar="ID")
    c.add_argument("--date", required=True, metavar="DATE")


def _task(commands: argparse._SubParsersAction) -> None:
    task = commands.add_parser("task", help=translate("CommandLine", "tasks and the agenda")).add_subparsers(
        dest="action", required=True, metavar="ACTION", parser_class=Parser
    )
    c = task.add_parser("add", help=translate("CommandLine", "add a task to a case; prints its number"))
    c.add_argument("--case", required=True, metavar="ID")
    c.add_argument("--kind", required=True, choices=list(TASK_KINDS))
    c.add_argument("--due", required=True, metavar='"DATE HH:MM"')
    c.add_argument(
        "--mode",
        choices=["in-person", "phone", "video"],
        help=translate("CommandLine", "how a court hearing is attended"),
    )
    c.add_argument("--note", default="")
    c = task.add_parser("done", help=translate("CommandLine", "tick a task done"))
    c.add_argument("id", metavar="ID")
    c = task.add_parser("list", help=translate("CommandLine", "the open tasks by due date"))
    c.add_argument("--due-within", metavar="DAYS", help=translate("CommandLine", "only those due within DAYS days"))
    c.add_argument("--json", action="store_true")


def _log(commands: argparse._SubParsersAction) -> None:
    log = commands.add_parser("log", help=translate("CommandLine", "hours worked")).add_subparsers(
        dest="action", required=True, metavar="ACTION", parser_class=Parser
    )
    c = log.add_parser("add", help=translate("CommandLine", "log time worked"))
    c.add_argument("--task", required=True, choices=list(TASK_KINDS))
    c.add_argument("--case", metavar="ID")
    c.add_argument("--start", required=True, metavar='"DATE HH:MM[+01:00]"')
    c.add_argument("--end", required=True, metavar='"DATE HH:MM[+01:00]"')
    c.add_argument("--note", default="")
    c = log.add_parser("start", help=translate("CommandLine", "start the timer"))
    c.add_argument("--task", required=True, choices=list(TASK_KINDS))
    c.add_argument("--case", metavar="ID")
    c = log.add_parser("stop", help=translate("CommandLine", "stop the timer"))
    c.add_argument(
        "--at",
        metavar='"DATE HH:MM"',
        help=translate("CommandLine", "when you stopped (needed after more than 16 hours)"),
    )
    c = log.add_parser("list", help=translate("CommandLine", "the entries of a week"))
    c.add_argument("--week", metavar="DATE", help=translate("CommandLine", "a day in the week (default: today)"))
    c.add_argument("--json", action="store_true")


def _day_off(commands: argparse._SubParsersAction) -> None:
    day_off = commands.add_parser(
        "day-off", help=translate("CommandLine", "leave, public holidays and sick days")
    ).add_subparsers(dest="action", required=True, metavar="ACTION", parser_class=Parser)
    c = day_off.add_parser("add", help=translate("CommandLine", "mark a day, or the working days of a range, off"))
    c.add_argument("--date", required=True, metavar="DATE")
    c.add_argument("--to", metavar="DATE", help=translate("CommandLine", "the last day of a range"))
    c.add_argument("--kind", default="leave", choices=["leave", "holiday", "sick"])
    c = day_off.add_parser("list", help=translate("CommandLine", "the days off of a year"))
    c.add_argument("--year", metavar="YYYY", help=translate("CommandLine", "default: this year"))
    c.add_argument("--json", action="store_true")
    c = day_off.add_parser("remove", help=translate("CommandLine", "make a day, or a range, working days again"))
    c.add_argument("--date", required=True, metavar="DATE")
    c.add_argument("--to", metavar="DATE")
    c = day_off.add_parser("holidays", help=translate("CommandLine", "the Dutch public holidays of a year"))
    c.add_argument("--year", metavar="YYYY", help=translate("CommandLine", "default: this year"))
    c.add_argument(
        "--accept", action="store_true", help=translate("CommandLine", "mark the working days among them off")
    )


def _week(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("week", help=translate("CommandLine", "a week's hours against the contract and the law"))
    c.add_argument("--date", metavar="DATE", help=translate("CommandLine", "a day in the week (default: today)"))
    c.add_argument("--json", action="store_true")


def _say_no(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("say-no", help=translate("CommandLine", "may I take a new case? and the register of no"))
    c.add_argument("--date", metavar="DATE", help=translate("CommandLine", "the day to ask about (default: today)"))
    c.add_argument("--json", action="store_true")
    say_no = c.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)
    s = say_no.add_parser("schedule", help=translate("CommandLine", "pick the reduction schedule"))
    s.add_argument("--preset", choices=["akkoord-2023", "every-4-months"])
    s.add_argument("--from", dest="from_", metavar="DATE")
    s.add_argument("--baseline", metavar="N", help=translate("CommandLine", "the baseline caseload (default: counted)"))
    s.add_argument("--none", action="store_true", help=translate("CommandLine", "no schedule: the target is the norm"))
    s = say_no.add_parser("decline", help=translate("CommandLine", "record a request you declined"))
    s.add_argument("--what", required=True, choices=["new-case", "extra-task", "court-in-person", "call", "other"])
    s.add_argument(
        "--from", dest="from_", default="", metavar="ROLE", help=translate("CommandLine", "a role, never a name")
    )
    s.add_argument("--note", default="")
    s.add_argument("--date", dest="day", metavar="DATE")
    s = say_no.add_parser("declined", help=translate("CommandLine", "the requests declined"))
    s.add_argument("--json", action="store_true")


def _statement(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("statement", help=translate("CommandLine", "the overload statement as PDF"))
    c.add_argument("--from", dest="from_", required=True, metavar="DATE")
    c.add_argument("--to", required=True, metavar="DATE")
    c.add_argument("--out", required=True, metavar="FILE.pdf")
    c.add_argument(
        "--lang", dest="doc_lang", choices=["nl", "en"], help=translate("CommandLine", "the statement's language")
    )
    c.add_argument(
        "--no-appendix",
        dest="appendix",
        action="store_false",
        help=translate("CommandLine", "leave out the appendix of hours per day and legal findings"),
    )


def _union_export(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("union-export", help=translate("CommandLine", "anonymised monthly totals for the union"))
    c.add_argument("--from", dest="from_", required=True, metavar="YYYY-MM")
    c.add_argument("--to", required=True, metavar="YYYY-MM")
    c.add_argument("--out", required=True, metavar="FILE.json|FILE.csv")
    c.add_argument("--region", metavar="R", help=translate("CommandLine", "your region (optional)"))
    c.add_argument(
        "--contract-band", action="store_true", help=translate("CommandLine", "a contract band instead of the hours")
    )


def _union_summary(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("union-summary", help=translate("CommandLine", "merge union exports into one summary"))
    c.add_argument("files", nargs="+", metavar="FILES")
    c.add_argument("--out", required=True, metavar="summary.csv")
    c.add_argument("--chart", metavar="summary.png")
    c.add_argument(
        "--releases",
        metavar="releases.json",
        help=translate(
            "CommandLine",
            "the register of releases (default: union-releases.json in your data folder): a month is published once",
        ),
    )
    for option, help_text in (
        ("--min-respondents", translate("CommandLine", "publish a month from this many respondents (at least 5)")),
        ("--min-for-quantiles", translate("CommandLine", "medians and quartiles from this many (at least 10)")),
        ("--p-percent", translate("CommandLine", "the p of the p%-rule (at least 10)")),
        ("--hours-base", translate("CommandLine", "round sums of hours to this base (at least 5)")),
        ("--count-base", translate("CommandLine", "round counts to this base (at least 5)")),
    ):
        c.add_argument(option, metavar="N", help=help_text)


def _backup(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("backup", help=translate("CommandLine", "back up the database now"))
    c.add_argument("--out", metavar="FILE", help=translate("CommandLine", "where (default: the backups folder)"))


def _restore(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("restore", help=translate("CommandLine", "put a backup in place of the database"))
    c.add_argument("file", metavar="FILE")


def _export_all(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("export-all", help=translate("CommandLine", "everything, to move to a new laptop"))
    c.add_argument("--out", required=True, metavar="FILE.json")


def _import_all(commands: argparse._SubParsersAction) -> None:
    c = commands.add_parser("import-all", help=translate("CommandLine", "load everything from export-all"))
    c.add_argument("file", metavar="FILE.json")
    c.add_argument("--merge", action="store_true", help=translate("CommandLine", "add to a database that holds data"))


def _demo(commands: argparse._SubParsersAction) -> None:
    commands.add_parser("demo", help=translate("CommandLine", "fill an empty database with a demo year"))


GRAMMAR = {
    "version": _version,
    "contract": _contract,
    "case": _case,
    "task": _task,
    "log": _log,
    "day-off": _day_off,
    "week": _week,
    "say-no": _say_no,
    "statement": _statement,
    "union-export": _union_export,
    "union-summary": _union_summary,
    "backup": _backup,
    "restore": _restore,
    "export-all": _export_all,
    "import-all": _import_all,
    "demo": _demo,
}
