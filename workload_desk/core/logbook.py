"""The app's log: what happened and where the code went wrong, never what the worker typed.

The rule for what goes in:

- events the code names itself ("window opened", "backup made"), the version and the platform;
- for an exception: its type, and the frames of its traceback (file inside the app or library,
  line, function, the line of code), for every exception in its chain;
- an exception's *message* only for the types in :data:`MESSAGE_IS_CODE`, whose messages Python
  writes from names in the code. Every other message is left out: a ``KeyError``, a ``ValueError``,
  an SQLite error or one of our own :class:`UserError` can carry a case label, a note, a path
  with a person's name or a number someone typed.

No case label, note, path or typed text is logged; file paths in frames are cut to the part from
the package on (``workload_desk/ui/main_window.py``), so a user name in a home folder stays out.
The log lies in platformdirs' user log folder (``WORKLOAD_DESK_LOG_DIR`` moves it: tests), and
rotates at 1 MB with three old files kept. The window starts it once it has painted (``logging`` and its
handlers are loaded then: about 4% of a start), or at the first error before that.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .. import APP_NAME, __version__

if TYPE_CHECKING:
    import logging

LOG_ENV = "WORKLOAD_DESK_LOG_DIR"
LOG_NAME = "workload-desk.log"
LOGGER = "workload_desk"

#: Exceptions whose messages hold no data at all. An AttributeError or NameError can name an attribute
#: made from data (``getattr(obj, label)``) and an ImportError carries a path with the user's name: of
#: those only the type and the frames are logged (of an ImportError also the module's dotted name).
MESSAGE_IS_CODE = (NotImplementedError, RecursionError)


def log_dir() -> Path:
    """The folder of the log: the user log folder of this system, or ``$WORKLOAD_DESK_LOG_DIR``."""
    if os.environ.get(LOG_ENV):
        return Path(os.environ[LOG_ENV])
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The current log file."""
    return log_dir() / LOG_NAME


def start_logging() -> logging.Logger:
    """Write the app's log to :func:`log_file` (once per folder); return the app's logger.

    A folder that cannot be made leaves the app without a log rather than without a window.
    """
    import logging
    import platform
    from logging.handlers import RotatingFileHandler

    logger = logging.getLogger(LOGGER)
    logger.setLevel(logging.INFO)
    path = log_file()
    for handler in list(logger.handlers):
        if isinstance(handler, RotatingFileHandler):
            if Path(handler.baseFilename) == path.resolve():
                return logger
            logger.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        return logger
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.propagate = False
    logger.info(
        "Workload Desk %s started: Python %s on %s",
        __version__,
        platform.python_version(),
        # Not platform.platform(): on Linux it reads the whole Python binary for its C library (tens of ms).
        f"{platform.system()}-{platform.release()}-{platform.machine()}",
    )
    return logger


def _short(filename: str) -> str:
    """A frame's file from the package on: no home folder, no user name."""
    parts = Path(filename).parts
    for anchor in ("site-packages", "dist-packages", "lib"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) :])
    if "workload_desk" in parts:
        return "/".join(parts[parts.index("workload_desk") :])
    return Path(filename).name


def describe(exc: BaseException) -> str:
    """The exception and its chain without personal data: types, frames and only code-made messages."""
    import traceback

    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if lines:
            lines.append("which came from:")
        name = f"{type(current).__module__}.{type(current).__qualname__}".removeprefix("builtins.")
        if isinstance(current, MESSAGE_IS_CODE):
            lines.append(f"{name}: {current}")
        elif isinstance(current, ImportError) and (current.name or "").replace(".", "").isidentifier():
            lines.append(f"{name}: module {current.name} (message left out: it holds a path)")
        else:
            lines.append(f"{name} (message left out: it may hold personal data)")
        for frame in traceback.extract_tb(current.__traceback__):
            lines.append(f"  {_short(frame.filename)}:{frame.lineno} in {frame.name}")
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        current = current.__cause__ or current.__context__
    return "\n".join(lines)


def report(exc: BaseException, where: str) -> str:
    """What went wrong, for the log and the "copy details" button: version, platform and :func:`describe`."""
    import platform

    return (
        f"Workload Desk {__version__}, Python {platform.python_version()}, {platform.system()} {platform.release()}\n"
        f"Unexpected error in {where}\n{describe(exc)}"
    )


def log_exception(exc: BaseException, where: str) -> str:
    """Log an unexpected exception by :func:`report` and return that report."""
    import logging

    text = report(exc, where)
    if not logging.getLogger(LOGGER).handlers:
        start_logging()  # an error before the window painted: the log starts now
    logging.getLogger(LOGGER).error("%s", text)
    return text


def log_event(message: str, *args: object) -> None:
    """Log an event the code names; ``args`` must never be anything the worker typed."""
    import logging

    logging.getLogger(LOGGER).info(message, *args)
