"""Which inputs of a window a screen reader could not name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView, QCheckBox)


def _inside_an_input(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parent()
    while parent is not None and parent is not root:
        if isinstance(parent, INPUTS):
            return True
        parent = parent.parent()
    return False


def _owners(widget: QWidget):
    parent = widget.parent()
    while parent is not None:
        yield parent
        parent = parent.parent()


def unnamed_inputs(root: QWidget) -> list[str]:
    """Every input under ``root`` with neither an accessible name nor a label whose buddy it is (and for
    tables, no accessible description): described by class and object name."""
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _inside_an_input(widget, root):
            continue  # a combo's own line edit and list, a spin box's line edit: named with their owner
        named = bool(widget.accessibleName()) or id(widget) in buddies
        if isinstance(widget, QCheckBox):
            named = named or bool(widget.text())
        if isinstance(widget, QAbstractItemView) and not widget.accessibleDescription():
            named = False
        if not named:
            owner = next((o for o in _owners(widget) if any(v is widget for v in vars(o).values())), None)
            attribute = next((k for k, v in vars(owner).items() if v is widget), "?") if owner else "?"
            found.append(f"{type(widget).__name__} {type(owner).__name__}.{attribute}")
    return found
