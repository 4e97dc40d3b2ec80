"""The Cases panel: the list of families, one case opened, and the agenda of the next two weeks."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core import cases
from ..core.case_list import case_rows
from ..core.history import case_keys
from .accessible import describe
from .case_columns import CaseFilter, case_columns
from .table_model import ROW_ROLE, RowsModel
from .tables import delete_key, open_dialog, table
from .undoable import UndoableChanges

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .agenda_view import AgendaView
    from .case_dialogs import CaseDialog
    from .case_page import CasePage


class CasesPanel(QWidget):
    """Where a worker starts the day. Every change here goes on the panel's undo stack."""

    #: A timer asked for from a case's page: the task kind and the case.
    start_timer = Signal(str, int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = UndoableChanges(db, self)
        today = date.today()
        self.model = RowsModel(case_columns(today), "CaseColumns", self)
        self.proxy = CaseFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = table(self.proxy)
        # A click on a header sorts the model itself, once, rather than through the proxy.
        header = self.view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.activated.connect(self._open_index)
        self.delete_key = delete_key(self.view, self.delete_selected)

        self.new_button = QPushButton(clicked=self.new_case)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.show_closed = QCheckBox()
        self.show_closed.toggled.connect(self._reload_list)
        self.count = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.new_button)
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.show_closed)
        bar.addWidget(self.count)
        self.list_page = QWidget()
        list_layout = QVBoxLayout(self.list_page)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.view, 1)

        self._case_page: CasePage | None = None  # built when a case is first opened
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        self._agenda: AgendaView | None = None  # built when its tab is first opened: not before the first paint
        self.tabs = QTabWidget()
        self.tabs.addTab(self.pages, "")
        self.tabs.addTab(QWidget(), "")  # the agenda's place until then
        self.tabs.currentChanged.connect(self._tab_opened)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)

        self.changes.changed.connect(self.reload)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self, self.new_in_view)
        self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_button.setText(self.tr("New case…"))
        # Help → Keyboard shortcuts reads what each shortcut does here.
        self.new_shortcut.setWhatsThis(self.tr("Cases: a new case; on a case's page: a new task"))
        self.delete_key.setWhatsThis(self.tr("Cases: delete the selected case (asks first; Ctrl+Z brings it back)"))
        self.find_shortcut.setWhatsThis(self.tr("Cases: filter the list"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.filter.setPlaceholderText(self.tr("Filter on label or measure (Ctrl+F)"))
        self.filter.setAccessibleName(self.tr("Filter on label or measure (Ctrl+F)"))
        describe(
            self.view, self.tr("Cases"), self.tr("Your cases; Enter opens the selected one, Delete asks to delete it.")
        )
        self.show_closed.setText(self.tr("Show closed cases"))
        self.tabs.setTabText(0, self.tr("Cases"))
        self.tabs.setTabText(1, self.tr("Agenda"))
        self.model.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's virtual
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_db(self, db: Database) -> None:
        """Show another database; the undo history of the old one is dropped."""
        self.changes.set_db(db)
        self.show_list()
        self.reload()

    def reload(self, *_) -> None:
        """Read the list, the open case and the agenda again."""
        self._reload_list()
        if self._case_page is not None:
            self._case_page.reload()
        if self._agenda is not None:
            self._agenda.reload(cases.case_labels(self.changes.db))

    def _tab_opened(self, index: int) -> None:
        if index == 1:
            self.agenda  # noqa: B018 - built the first time its tab opens

    @property
    def agenda(self) -> AgendaView:
        """The agenda of the coming days, built and read the first time its tab is opened (or it is asked for)."""
        if self._agenda is None:
            from .agenda_view import AgendaView
            from .panels import AGENDA_HINT

            self._agenda = AgendaView(self.changes)
            self._agenda.view.empty_hint = AGENDA_HINT
            self._agenda.open_case.connect(self.open_case)
            self._agenda.reload(cases.case_labels(self.changes.db))
            tabs, placeholder = self.tabs, self.tabs.widget(1)
            current, text = tabs.currentIndex(), tabs.tabText(1)
            tabs.blockSignals(True)  # the tab in view stays; nobody hears of the swap
            tabs.removeTab(1)
            tabs.insertTab(1, self._agenda, text)
            tabs.setCurrentIndex(current)
            tabs.blockSignals(False)
            placeholder.deleteLater()
        return self._agenda

    def _reload_list(self, *_) -> None:
        """Read the list again (closed cases shown or not: the open case and the agenda stay as they are)."""
        rows = case_rows(self.changes.db, date.today(), self.show_closed.isChecked())
        self.model.set_rows(rows)
        self.count.setText(self.tr("%n case(s)", "", len(rows)))
        self.view.executeDelayedItemsLayout()

    def _filter(self, text: str) -> None:
        """Show the cases whose label or measure holds ``text``: in memory, the columns as they are."""
        self.proxy.set_text(text)
        # The rows laid out now, not at the loop's next turn: that turn paints the table a second time.
        self.view.executeDelayedItemsLayout()

    @property
    def case_page(self) -> CasePage:
        """The page of one case, built the first time a case is opened."""
        if self._case_page is None:
            from .case_page import CasePage

            self._case_page = CasePage(self.changes)
            self._case_page.back.connect(self.show_list)
            self._case_page.start_timer.connect(self.start_timer)
            self.pages.addWidget(self._case_page)
        return self._case_page

    def focus_filter(self) -> None:
        """Ctrl+F: to the filter of the list."""
        self.tabs.setCurrentIndex(0)
        self.show_list()
        self.filter.setFocus()
        self.filter.selectAll()

    def show_list(self) -> None:
        """Back to the list of cases."""
        self.pages.setCurrentWidget(self.list_page)
        self.view.setFocus()

    def open_case(self, case_id: int) -> None:
        """Show one case."""
        self.case_page.show_case(case_id)
        self.tabs.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.case_page)
        self.case_page.task_view.setFocus()

    def new_in_view(self):
        """Ctrl+N: a new task while a case's page is in view, else a new case."""
        if (
            self._case_page is not None
            and self.pages.currentWidget() is self._case_page
            and self.tabs.currentIndex() == 0
        ):
            return self._case_page.add_task()
        return self.new_case()

    def delete_selected(self):
        """Delete on the list: ask to delete the selected case, as its page's "Delete…" does."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        from .case_page import ask_delete_case

        return ask_delete_case(self, self.changes, rows[0].data(ROW_ROLE))

    def _open_index(self, index) -> None:
        self.open_case(index.data(ROW_ROLE).id)

    def new_case(self) -> CaseDialog:
        """Ctrl+N: a new case with its first measures; once saved, it opens."""
        created: list[int] = []

        def save(label, opened, measures, notes):
            created.append(
                self.changes.apply(
                    self.tr("New case “{label}”").format(label=label.strip()),
                    lambda: cases.add_case(self.changes.db, label, opened, measures, notes),
                    new_keys=lambda case_id: case_keys(self.changes.db, case_id),
                )
            )

        from .case_dialogs import CaseDialog

        dialog = open_dialog(CaseDialog(save, None, self))
        dialog.accepted.connect(lambda: created and self.open_case(created[-1]))
        return dialog
