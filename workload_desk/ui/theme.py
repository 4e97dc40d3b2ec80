"""Colours that follow the palette: warnings, errors, the big Yes/No, marked cells and the charts.

Every colour is worked out from the palette in use (light or dark), so text keeps a contrast of at
least 4.5:1 (WCAG AA) against what it stands on. Paper is always white: the statement's charts and
its pages use :func:`paper_palette`, whatever the screen's theme.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

from ..core.records import Record

#: WCAG 2 AA for normal text.
TEXT_CONTRAST = 4.5
#: WCAG 2 for lines and shapes that carry meaning (1.4.11).
GRAPHIC_CONTRAST = 3.0

# The hues the app speaks in; each is made darker or lighter until it reads on the palette.
_DANGER, _WARNING, _OK, _MARK = QColor("#b00020"), QColor("#a15c00"), QColor("#1e7b34"), QColor("#ffd54f")

# The Okabe-Ito palette: told apart by people with any common colour blindness. Black, the eighth,
# is the text colour of the chart (contract line, admin), so it turns light in a dark theme.
OKABE_ITO = {
    "orange": "#e69f00",
    "sky-blue": "#56b4e9",
    "bluish-green": "#009e73",
    "yellow": "#f0e442",
    "blue": "#0072b2",
    "vermillion": "#d55e00",
    "reddish-purple": "#cc79a7",
}
# One colour per kind of work, the same in the window and on paper.
KIND_HUES = {
    "court": "vermillion",
    "redaction": "reddish-purple",
    "care-search": "orange",
    "visit": "blue",
    "report": "bluish-green",
    "consult": "sky-blue",
    "travel": "yellow",
    "admin": "text",
    "other": "grey",
}

#: The roles a widget's text can take (see :func:`set_text_role`).
TEXT_ROLES = ("danger", "warning", "ok")


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour`` as WCAG 2 defines it (0 for black, 1 for white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme: light text on a dark window."""
    return luminance(palette.color(QPalette.ColorRole.Window)) < luminance(palette.color(QPalette.ColorRole.WindowText))


def readable(colour: QColor, *backgrounds: QColor, minimum: float = TEXT_CONTRAST) -> QColor:
    """``colour``'s hue, made darker (on light backgrounds) or lighter (on dark ones) until it reads on each."""
    darker = luminance(backgrounds[0]) > 0.18  # the middle of the scale, as contrast counts it
    hue, saturation, lightness, _ = colour.getHslF()
    step = -0.02 if darker else 0.02
    candidate = QColor(colour)
    while min(contrast(candidate, b) for b in backgrounds) < minimum:
        lightness += step
        if not 0 <= lightness <= 1:
            return QColor("#000000" if darker else "#ffffff")
        candidate = QColor.fromHslF(max(hue, 0), saturation, lightness)
    return candidate


def mix(a: QColor, b: QColor, share: float) -> QColor:
    """``a`` with ``share`` of ``b`` mixed in."""
    return QColor.fromRgbF(*(x + (y - x) * share for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def paper_palette() -> QPalette:
    """Black on white: the statement's pages and charts, whatever the screen's theme."""
    palette = QPalette(QColor("#000000"), QColor("#ffffff"))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        palette.setColor(role, QColor("#ffffff"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
        palette.setColor(role, QColor("#000000"))
    return palette


class Colours(Record):
    """The app's colours on one palette: text colours read on both the window and the fields."""

    danger: QColor
    warning: QColor
    ok: QColor
    mark_background: QColor
    mark_text: QColor


class ChartColours(Record):
    """What a chart is drawn in: its background, text and grid, a colour per kind of work, its lines."""

    background: QColor
    text: QColor
    grid: QColor
    kinds: dict[str, QColor]
    contract: QColor
    leave: QColor
    caseload: QColor
    target: QColor
    norm: QColor
    box: QColor
    box_edge: QColor


def colours(palette: QPalette | None = None) -> Colours:
    """The semantic colours on ``palette`` (the application's when not given)."""
    palette = palette or QGuiApplication.palette()
    return _colours(
        palette.color(QPalette.ColorRole.Window).rgba(),
        palette.color(QPalette.ColorRole.Base).rgba(),
        palette.color(QPalette.ColorRole.Text).rgba(),
    )


@lru_cache(maxsize=8)
def _colours(window_rgba: int, base_rgba: int, text_rgba: int) -> Colours:
    window, base, text = QColor.fromRgba(window_rgba), QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    dark = luminance(base) < 0.18
    mark = mix(base, _MARK, 0.3 if dark else 0.35)
    mark_text = text if contrast(text, mark) >= TEXT_CONTRAST else readable(text, mark)
    return Colours(
        danger=readable(_DANGER, window, base),
        warning=readable(_WARNING, window, base),
        ok=readable(_OK, window, base),
        mark_background=mark,
        mark_text=mark_text,
    )


def chart_colours(palette: QPalette | None = None) -> ChartColours:
    """How a chart is drawn on ``palette``: on its base colour, the series readable there."""
    palette = palette or QGuiApplication.palette()
    return _chart_colours(palette.color(QPalette.ColorRole.Base).rgba(), palette.color(QPalette.ColorRole.Text).rgba())


@lru_cache(maxsize=8)
def _chart_colours(base_rgba: int, text_rgba: int) -> ChartColours:
    background, text = QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    if contrast(text, background) < TEXT_CONTRAST:
        text = readable(text, background)
    hues = {name: QColor(code) for name, code in OKABE_ITO.items()}
    hues["text"] = text
    hues["grey"] = mix(background, text, 0.25)  # apart in lightness from the reddish purple, for deuteranopes
    kinds = {kind: QColor(hues[hue]) for kind, hue in KIND_HUES.items()}

    def line(name: str) -> QColor:
        return readable(hues[name], background, minimum=GRAPHIC_CONTRAST)

    return ChartColours(
        background=background,
        text=text,
        grid=mix(background, text, 0.18),
        kinds=kinds,
        contract=text,
        leave=mix(background, text, 0.5),
        caseload=line("blue"),
        target=line("vermillion"),
        norm=line("bluish-green"),
        box=mix(background, hues["sky-blue"], 0.6),
        box_edge=line("blue"),
    )


def paper_chart_colours() -> ChartColours:
    """The charts' colours on paper (and in a PNG): always the light ones."""
    return chart_colours(paper_palette())


def set_text_role(widget: QWidget, role: str) -> None:
    """Colour ``widget``'s text as ``role`` (one of :data:`TEXT_ROLES`, or "" for the palette's own).

    The role is kept on the widget, which colours itself again when the theme changes (a dialog's error
    line as much as a panel's): :func:`follow_palette` does the same for a whole panel at once.
    """
    widget.setProperty("textRole", role)
    if not widget.property("followsPalette"):
        widget.setProperty("followsPalette", True)
        widget.installEventFilter(_PaletteFollower.instance())
    _apply_role(widget)


class _PaletteFollower(QObject):
    """Colours a widget with a text role again when its palette changes (a light or dark theme chosen)."""

    _instance: _PaletteFollower | None = None

    @classmethod
    def instance(cls) -> _PaletteFollower:
        if cls._instance is None:
            cls._instance = cls()  # kept here for the life of the program
        return cls._instance

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        # Setting the same colours again changes nothing, so this does not call itself for ever.
        if event.type() == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            _apply_role(watched)
        return False


def follow_palette(root: QWidget) -> None:
    """Colour every widget under ``root`` that has a text role again, from the palette now in use."""
    for widget in root.findChildren(QWidget):
        if widget.property("textRole") is not None:
            _apply_role(widget)


def _apply_role(widget: QWidget) -> None:
    role = widget.property("textRole") or ""
    palette = QPalette(widget.palette())
    base = QGuiApplication.palette()
    colour = getattr(colours(base), role) if role else base.color(QPalette.ColorRole.WindowText)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.WindowText, colour)
        palette.setColor(group, QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
