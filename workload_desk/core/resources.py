"""Where the data files in ``resources/`` are, for a checkout and an installed copy alike.

The folders are found with ``os.path``: the command line's translations are read without
loading pathlib (``week --json`` starts quicker); :func:`resources_dir` and
:func:`translations_dir` give them as paths for everyone else.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # as typing.TYPE_CHECKING, without importing typing at start
if TYPE_CHECKING:
    from pathlib import Path

_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))


def resources_folder() -> str:
    """The folder holding translations, icons and schemas, as text.

    An installed wheel carries them as ``workload_desk/resources``; a checkout
    (and an editable install) keeps them in the top-level ``resources/``.
    """
    installed = os.path.join(_PACKAGE, "resources")
    if os.path.isdir(os.path.join(installed, "translations")):
        return installed
    return os.path.join(os.path.dirname(_PACKAGE), "resources")


def translations_folder() -> str:
    """The folder with the ``.ts`` sources and built ``.qm`` files, as text."""
    return os.path.join(resources_folder(), "translations")


def resources_dir() -> Path:
    """Return the folder holding translations, icons and schemas (see :func:`resources_folder`)."""
    from pathlib import Path

    return Path(resources_folder())


def translations_dir() -> Path:
    """Return the folder with the ``.ts`` sources and built ``.qm`` files."""
    from pathlib import Path

    return Path(translations_folder())
