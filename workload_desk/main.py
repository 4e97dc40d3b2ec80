"""``workload-desk``: with no command the window opens; with a command the command line runs.

The command line never imports Qt, so it starts fast and runs where no screen is.
"""

from __future__ import annotations

import sys

from .cli.words import COMMANDS, OPTIONS_WITH_VALUE


def wants_command_line(argv: list[str]) -> bool:
    """Whether ``argv`` names a command (or asks for help), rather than the window."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in OPTIONS_WITH_VALUE:
            skip = True
        elif arg in ("-h", "--help", "--version") or arg in COMMANDS:
            return True
        elif not arg.startswith("-"):
            return True  # an unknown command: the command line says so
    return False


def main(argv: list[str] | None = None) -> int:
    """Run Workload Desk with ``argv`` (default: the process's arguments); return the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--lay-out-statement-pdf"]:  # the window's PDF, laid out apart (ui/pdf_process.py)
        from .ui.pdf_process import child_main

        return child_main(argv[1])
    if wants_command_line(argv):
        from .cli.main import run

        return run(argv)
    from .ui.app import run_window

    return run_window(argv)


if __name__ == "__main__":
    sys.exit(main())
