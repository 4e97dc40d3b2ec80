"""A field of hours as people read them: it shows hours and minutes (``7:12``) and takes ``7:12``, ``7,2``
or ``7.2`` alike, while its value stays hours as a float, as they are stored."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox

from ..core.errors import UserError
from ..core.i18n import format_duration
from ..core.parse import parse_duration

# What may still become a length of time while it is typed: "7", "7:", "7:1", "7,"; never "7:7".
_PARTIAL = re.compile(r"[0-9]{0,4}(?::(?:[0-5][0-9]?)?|[.,][0-9]*)?")


class HoursField(QDoubleSpinBox):
    """Hours shown as ``h:mm``; typed as hours and minutes or as a number; ``value()`` is hours."""

    def __init__(self, value: float = 0.0, maximum: float = 24.0, minimum: float = 0.0) -> None:
        super().__init__()
        self.setDecimals(4)  # 7:14 is 7.2333 hours: kept to the minute
        self.setRange(minimum, maximum)
        self.setSingleStep(0.25)
        # The value changes when the field is left, not at each key: "7" on the way to "7:12" changes nothing.
        self.setKeyboardTracking(False)
        self.setValue(value)
        # "7,2" typed becomes "7:12" once left; Qt itself rewrites the text only when the value changes.
        self.editingFinished.connect(self._show_value)

    def _show_value(self) -> None:
        self.lineEdit().setText(self.prefix() + self.textFromValue(self.value()) + self.suffix())

    def _bare(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's virtual
        return format_duration(round(value * 60))

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's virtual
        try:
            return parse_duration(self._bare(text))
        except UserError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        bare = self._bare(text)
        try:
            hours = parse_duration(bare)
        except UserError:
            state = QValidator.State.Intermediate if _PARTIAL.fullmatch(bare) else QValidator.State.Invalid
            return state, text, pos
        if self.minimum() <= hours <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


def spread(hours: float, days: Sequence[QDoubleSpinBox]) -> None:
    """New weekly hours spread in whole minutes over the days that work now (Monday to Friday if none
    does); what does not divide goes to the last of them, so the days add up to the week."""
    working = [i for i, box in enumerate(days) if box.value() > 0] or list(range(5))
    share, rest = divmod(round(hours * 60), len(working))
    for i, box in enumerate(days):
        box.setValue(share / 60 if i in working else 0)
    days[working[-1]].setValue((share + rest) / 60)
