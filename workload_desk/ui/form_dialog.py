"""A dialog with a form that saves through the core and, on a refusal, says why at the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..core import i18n
from ..core.errors import UserError
from .theme import colours, set_text_role


def invalid_style() -> str:
    """The frame of a field the core refused: in the theme's red, which reads on a light and a dark theme."""
    return f"border: 2px solid {colours().danger.name()};"


def date_format() -> str:
    """How a date field writes a date: as the labels beside it do (:func:`..core.i18n.format_date`)."""
    return "dd-MM-yyyy" if i18n.language() == "nl" else "dd/MM/yyyy"  # QLocale nl_NL and en_NL short formats


#: A month in words, in the window's language: "mei 2026", "May 2026".
MONTH_FORMAT = "MMMM yyyy"


def month_name(month: str) -> str:
    """A month as stored (``2026-05``) in words in the window's language (``mei 2026``)."""
    year, number = month.split("-")
    return QLocale().toString(QDate(int(year), int(number), 1), MONTH_FORMAT)


class _TabLeaves(QObject):
    """Tab and Shift+Tab leave a date or time field; Qt would walk its sections first (day, month, year,
    hours, minutes), so leaving "From" took five presses. The arrow keys and typing still move between
    the sections."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            if not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
                forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                # QWidget's own focus step, not the date field's, which moves between its sections.
                QWidget.focusNextPrevChild(watched, forward)
                return True
        return False


def tab_leaves(edit: QDateTimeEdit) -> QDateTimeEdit:
    """Make Tab leave ``edit`` (any QDateEdit, QDateTimeEdit or QTimeEdit) at once; hand it back."""
    edit.installEventFilter(_TabLeaves(edit))
    return edit


class DateField(QDateEdit):
    """A date (or month) field with a calendar, in the window's language: it follows a switch of language."""

    def __init__(self, day: date | None = None, month_only: bool = False) -> None:
        super().__init__(QDate(day.year, day.month, day.day) if day else QDate.currentDate())
        self._month_only = month_only
        self.setCalendarPopup(True)
        tab_leaves(self)
        self._follow_language()

    def _follow_language(self) -> None:
        self.setLocale(QLocale())
        self.setDisplayFormat(MONTH_FORMAT if self._month_only else date_format())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self._follow_language()
        super().changeEvent(event)


def date_edit(day: date | None = None) -> QDateEdit:
    """A date field with a calendar, written as the window's language writes dates."""
    return DateField(day)


def date_of(edit: QDateEdit) -> date:
    """The date a date field holds."""
    return edit.date().toPython()


def first_field(widgets) -> QWidget | None:
    """Put the focus in the first of ``widgets`` that takes it by Tab, and hand that one back."""
    for widget in widgets:
        if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return widget
    return None


class FormDialog(QDialog):
    """Subclasses add rows with :meth:`add_field` and define ``save()``, which saves through the core
    and raises :class:`UserError` to refuse; the input then stays as typed."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.error = QLabel()
        self.error.setObjectName("formError")
        set_text_role(self.error, "danger")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a row; ``name`` is the core's name for the field, so a refusal lands at it."""
        self.fields[name] = widget
        self.form.addRow(label, widget)
        return widget

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's virtual
        """Open with the cursor in the first field one can type in, not on Save: Enter then saves."""
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or self.buttons.isAncestorOf(focused):
            first_field(self.fields.values())

    def show_error(self, exc: UserError) -> None:
        """Say why at the field, and put the cursor there."""
        for widget in self.fields.values():
            widget.setStyleSheet("")
        self.error.setText(exc.message)
        self.error.show()
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setStyleSheet(invalid_style())
            widget.setFocus()

    def accept(self) -> None:  # noqa: D102 - saves first; stays open on a refusal
        try:
            self.save()
        except UserError as exc:
            self.show_error(exc)
            return
        super().accept()
