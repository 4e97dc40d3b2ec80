"""The app's place on the desktop: its id, its icon, the font its statement is set in.

The same id names the Linux desktop entry and AppStream file, the Windows taskbar group and the
macOS bundle, so each platform shows the app's own icon and not Python's.
"""

from __future__ import annotations

import functools
import sys

from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon

from ..core.resources import resources_dir

#: Reverse-DNS id: resources/linux/<APP_ID>.desktop, the Windows AppUserModelID, the macOS bundle id.
APP_ID = "nl.workloaddesk.WorkloadDesk"
#: The family the statement's PDF is set in; its files are in resources/fonts.
STATEMENT_FONT = "DejaVu Sans"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def set_windows_app_id(app_id: str = APP_ID) -> bool:
    """On Windows, group the process under the app's own taskbar button and icon, not python.exe's.

    Called before the first window. Returns whether the id was set (False elsewhere, or where the
    call is refused).
    """
    if sys.platform != "win32":
        return False
    import ctypes

    try:
        return ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(app_id) == 0
    except (AttributeError, OSError):
        return False


@functools.cache
def app_icon() -> QIcon:
    """The app's icon: the SVG, with the PNGs drawn from it for the sizes a platform asks first (read once)."""
    icons = resources_dir() / "icons"
    icon = QIcon(str(icons / "workload-desk.svg"))
    for size in ICON_SIZES:
        png = icons / f"workload-desk-{size}.png"
        if png.is_file():
            icon.addFile(str(png))
    return icon


@functools.cache
def load_statement_font() -> tuple[str, ...]:
    """Register the bundled DejaVu Sans with Qt, so the statement looks the same on every laptop.

    Needs a QGuiApplication. Returns the families the files bring (empty if none could be read);
    called again it does nothing.
    """
    families: list[str] = []
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families]
    return tuple(families)


def integrate(app: QGuiApplication) -> None:
    """What the desktop needs to know of the running app: its desktop entry and its icon.

    The statement's font is registered after the first paint (``app.start_up_work``), or by the
    statement when it is made first.
    """
    app.setDesktopFileName(APP_ID)  # Wayland and the taskbar find the icon through the desktop entry
    app.setWindowIcon(app_icon())
