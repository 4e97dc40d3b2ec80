"""The panels reached from the navigation, each saying what it will hold until it is built."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

# (key, title, what it will hold): marked for lupdate, translated when shown.
PANELS = [
    (
        "cases",
        QT_TRANSLATE_NOOP("Panels", "Cases"),
        QT_TRANSLATE_NOOP(
            "Panels",
            "Your families, the measures the court imposed for each child, the tasks each case "
            "asks for, and the agenda of the next two weeks.",
        ),
    ),
    (
        "time",
        QT_TRANSLATE_NOOP("Panels", "Time"),
        QT_TRANSLATE_NOOP(
            "Panels",
            "The timer and your hours per week against your contract, with extra hours, overtime "
            "and the legal limits of the Working Hours Act.",
        ),
    ),
    (
        "say_no",
        QT_TRANSLATE_NOOP("Panels", "Say no"),
        QT_TRANSLATE_NOOP(
            "Panels",
            "Your caseload against the norm and the agreed reduction schedule, whether you may take "
            "a new case, and the words to refuse one.",
        ),
    ),
    (
        "statement",
        QT_TRANSLATE_NOOP("Panels", "Statement"),
        QT_TRANSLATE_NOOP(
            "Panels",
            "An overload statement (werkdrukmelding) for your manager, to print or save as PDF.",
        ),
    ),
    (
        "union",
        QT_TRANSLATE_NOOP("Panels", "Union export"),
        QT_TRANSLATE_NOOP(
            "Panels",
            "Anonymised totals of your caseload and hours that you may choose to send to the union.",
        ),
    ),
]


def panel_title(key: str) -> str:
    """The translated title of the panel ``key``."""
    return next(QCoreApplication.translate("Panels", title) for k, title, _ in PANELS if k == key)


class ComingPanel(QWidget):
    """A panel not built yet: its title and what it will hold."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self._title = QLabel()
        self._title.setObjectName("panelTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self._title.setFont(font)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        self._soon = QLabel()
        self._soon.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self._title)
        layout.addSpacing(8)
        layout.addWidget(self._text)
        layout.addSpacing(8)
        layout.addWidget(self._soon)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        _, title, text = next(p for p in PANELS if p[0] == self.key)
        self._title.setText(QCoreApplication.translate("Panels", title))
        self._text.setText(QCoreApplication.translate("Panels", text))
        self._soon.setText(self.tr("This panel is being built."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
