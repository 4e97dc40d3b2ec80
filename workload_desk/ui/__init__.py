"""The Qt layer of Workload Desk: it shows and edits, the core decides.

The modules the window needs at start-up that do not use Qt are loaded here, before anything
imports Qt: once PySide6 is loaded, its import hook reads the source of every module imported
after it (to see whether it uses PySide's ``__feature__`` switches), which about doubles their
cost (loaded here: about 3% fewer instructions at start, measured with valgrind).
"""

# Loaded before Qt on purpose (see above): what the start, the Cases panel and the status bar use.
import calendar  # noqa: F401
import getpass  # noqa: F401
import html  # noqa: F401

import platformdirs  # noqa: F401

from ..core import backup, case_list, cases, history, logbook, measures, overview, tasks, window_lock  # noqa: F401
from . import session  # noqa: F401 - no Qt in it
