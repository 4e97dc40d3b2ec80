"""The forms of the Say no panel: a declined request, and the refusal template."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QPlainTextEdit, QPushButton, QWidget

from ..core import refusal, register
from ..core.errors import UserError
from .case_dialogs import kind_combo
from .form_dialog import FormDialog, date_edit, date_of


class DeclineDialog(FormDialog):
    """A request declined: when, what, from whom (a role), a note; ``request`` fills it in to correct one."""

    def __init__(
        self,
        save: Callable[[date, str, str, str], None],
        what: str = "new-case",
        parent: QWidget | None = None,
        request: register.Declined | None = None,
    ):
        super().__init__(self.tr("Request declined"), parent)
        self._save = save
        if request is not None:
            what = request.what
        self.day = self.add_field("date", self.tr("Date"), date_edit(request.day if request else None))
        self.what = self.add_field(
            "what", self.tr("What was asked"), kind_combo(register.REQUESTS, register.request_name, what)
        )
        self.from_role = self.add_field(
            "from_role", self.tr("From (a role, never a name)"), QLineEdit(request.from_role if request else "")
        )
        self.from_role.setPlaceholderText(self.tr("for example: team lead"))
        self.note = self.add_field("note", self.tr("Note"), QLineEdit(request.note if request else ""))

    def save(self) -> None:
        self._save(date_of(self.day), self.what.currentData(), self.from_role.text(), self.note.text())


class TemplateDialog(FormDialog):
    """The worker's own refusal template in one language; empty brings back the default.

    The figures stand in the text by name (``«today's target»``), inserted from a menu; the
    template is stored with its placeholders (``{target}``), as before.
    """

    def __init__(self, text: str, lang: str, save: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(self.tr("Refusal template"), parent)
        self._save, self._lang = save, lang
        self.text = self.add_field("template", self.tr("Template"), QPlainTextEdit(refusal.as_shown(text)))
        self.text.setMinimumSize(560, 280)
        self.text.setTabChangesFocus(True)
        self.insert_button = QPushButton(self.tr("Insert a figure"))
        self.insert_menu = QMenu(self.insert_button)
        for key in refusal.PLACEHOLDERS:
            action = self.insert_menu.addAction(refusal.field_name(key))
            action.setData(key)
            action.triggered.connect(lambda _=False, key=key: self.insert_field(key))
        self.insert_button.setMenu(self.insert_menu)
        hint = QLabel(
            self.tr(
                "A figure between « and » is filled in with today's value when the message is made. "
                "Insert one at the cursor with the button."
            )
        )
        hint.setWordWrap(True)
        self.form.addRow("", self.insert_button)
        self.form.addRow("", hint)
        self.default_button = self.buttons.addButton(self.tr("Default text"), self.buttons.ButtonRole.ResetRole)
        self.default_button.clicked.connect(
            lambda: self.text.setPlainText(refusal.as_shown(refusal.DEFAULT_TEMPLATES[self._lang]))
        )

    def insert_field(self, key: str) -> None:
        """Put the figure ``key`` at the cursor, by its name."""
        self.text.insertPlainText(refusal.field_shown(key))
        self.text.setFocus()

    def save(self) -> None:
        try:
            self._save(refusal.as_stored(self.text.toPlainText()))
        except UserError as exc:
            raise UserError(exc.message, "template") from exc
