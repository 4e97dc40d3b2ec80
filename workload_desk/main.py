"""``workload-desk``: with no command the window opens; with a command the command line runs.

The command line never imports Qt, so it starts fast and runs where no screen is.
"""

from __future__ import annotations

import sys

from .cli.words import COMMANDS, OPTIONS_WITH_VALUE, read_simply


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
    ends_here = argv is None  # the process's own call (the workload-desk script): it ends when this returns
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--lay-out-statement-pdf"]:  # the window's PDF, laid out apart (ui/pdf_process.py)
        from .ui.pdf_process import child_main

        return child_main(argv[1])
    if wants_command_line(argv):
        import gc

        if ends_here and read_simply(argv) is not None:
            # A plain read (week --json) makes no cyclic garbage worth finding: the collector would only walk
            # the objects of the modules it loads, again and again (about 1.5 million instructions).
            gc.disable()
        from .cli.main import run

        status = run(argv)
        if ends_here:
            # The process ends now: without this, Python's exit walks every object of every module loaded
            # once more for cycles (about 2 million instructions of week --json); the memory goes back anyway.
            gc.disable()
        return status
    from .ui.app import run_window

    return run_window(argv)


if __name__ == "__main__":
    sys.exit(main())
