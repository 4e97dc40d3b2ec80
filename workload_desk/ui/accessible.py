"""What a screen reader says for the window's inputs and tables."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLabel, QWidget


def label_form_fields(root: QWidget) -> None:
    """Each row of every form under ``root`` whose label is a QLabel names its field: the label becomes its buddy
    (a form row made from a text does this by itself; one made from a QLabel does not)."""
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or field.widget() is None:
                continue
            if isinstance(label.widget(), QLabel) and label.widget().buddy() is None:
                label.widget().setBuddy(field.widget())


def describe(view: QAbstractItemView, name: str, description: str) -> None:
    """The name a screen reader gives ``view``, and what it holds."""
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
