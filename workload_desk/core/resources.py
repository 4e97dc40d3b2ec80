"""Where the data files in ``resources/`` are, for a checkout and an installed copy alike."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """Return the folder holding translations, icons and schemas.

    An installed wheel carries them as ``workload_desk/resources``; a checkout
    (and an editable install) keeps them in the top-level ``resources/``.
    """
    installed = _PACKAGE / "resources"
    if (installed / "translations").is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def translations_dir() -> Path:
    """Return the folder with the ``.ts`` sources and built ``.qm`` files."""
    return resources_dir() / "translations"
