"""The Qt layer of Workload Desk: it shows and edits, the core decides.

The core modules the window needs at start-up are loaded here, before anything imports Qt:
once PySide6 is loaded, its import hook reads the source of every module imported after it
(to see whether it uses PySide's ``__feature__`` switches), which about doubles their cost.
"""

from ..core import backup, case_list, history, overview, tasks  # noqa: F401 - loaded before Qt on purpose
