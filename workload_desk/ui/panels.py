"""The panels reached from the navigation: their titles, what each holds, and what their empty tables say."""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize
from PySide6.QtWidgets import QWidget

# (key, title, what it holds): marked for lupdate, translated when shown.
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


def panel_description(key: str) -> str:
    """The translated sentence saying what the panel ``key`` holds."""
    return next(QCoreApplication.translate("Panels", text) for k, _, text in PANELS if k == key)


#: What the agenda (built when first opened, see CasesPanel.agenda) says while it is empty.
AGENDA_HINT = QT_TRANSLATE_NOOP(
    "EmptyTables", "Nothing planned in the next two weeks. Tasks with a date, added on a case's page, appear here."
)
# Per panel: the table (an attribute path) and what it says while empty; the source texts of "EmptyTables".
EMPTY_HINTS = {
    "cases": [
        (
            "view",
            QT_TRANSLATE_NOOP(
                "EmptyTables", "No cases yet. Press Ctrl+N or “New case…” to add the first family you work with."
            ),
        ),
    ],
    "time": [
        (
            "entry_view",
            QT_TRANSLATE_NOOP(
                "EmptyTables", "No hours this week yet. Start the timer (Ctrl+T) or press “Add…” to log time worked."
            ),
        ),
        ("kind_view", QT_TRANSLATE_NOOP("EmptyTables", "Hours per kind of work appear here.")),
    ],
    "say_no": [
        (
            "declined_view",
            QT_TRANSLATE_NOOP(
                "EmptyTables",
                "No requests declined yet. When you say no to new work, press “Record a request declined…”: "
                "the statement counts them.",
            ),
        ),
        ("register_month_view", QT_TRANSLATE_NOOP("EmptyTables", "The requests declined, counted per month.")),
    ],
}


def give_empty_hints(key: str, panel: QWidget) -> None:
    """Tell the tables of the panel ``key`` what to say while they are empty."""
    for path, hint in EMPTY_HINTS.get(key, []):
        view = attrgetter(path)(panel)
        view.empty_hint = hint
        view.viewport().update()


class LayoutStop(QWidget):
    """Holds one widget filling it, and keeps the relayouts inside that widget from going further up.

    A label or a table that changes its size hint asks its parents to lay out again, up to the
    window; a :class:`QTabWidget` on the way repaints the whole tab for that, every table in it
    (a third of a week paged on ten years). Here the request stops: the widget is laid out in its
    own room, whose size the window gives. Its least size is still asked when the window lays out.
    """

    def __init__(self, inner: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner = inner
        inner.setParent(self)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        self.inner.setGeometry(self.rect())
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's virtual
        return self.inner.sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's virtual
        return self.inner.minimumSizeHint()
