"""A missing or incomplete translation shows the English source, never an empty text."""

import shutil

import pytest
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox

from workload_desk.core import i18n
from workload_desk.core.resources import translations_dir
from workload_desk.ui import language


class MainWindow(QObject):
    """Named as the window, so ``tr()`` asks the window's context (and then its base classes')."""


@pytest.fixture
def english_after(qapp):
    yield
    language.apply_language("en")
    i18n.catalog.cache_clear()


@pytest.fixture
def without_qm(tmp_path, monkeypatch, english_after):
    """An installed copy whose ``.qm`` is missing: the window falls back on the ``.ts``."""
    shutil.copy(translations_dir() / "workload_desk_nl.ts", tmp_path)
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    return tmp_path


def message_box_buttons() -> list[str]:
    box = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    try:
        return [button.text().replace("&", "") for button in box.buttons()]
    finally:
        box.deleteLater()


def test_without_the_qm_the_window_speaks_dutch_from_the_ts(without_qm):
    language.apply_language("nl")
    window = MainWindow()
    # Translations equal to their source (Dutch uses the word too) were shown blank.
    assert window.tr("Workload Desk — {file}") == "Workload Desk — {file}"
    assert window.tr("&Help") == "&Help"
    assert window.tr("&File") == "&Bestand"
    assert sorted(message_box_buttons()) == ["Ja", "Nee"]
    assert QCoreApplication.translate("Nowhere", "Never translated") == "Never translated"
    assert window.tr("Never translated") == "Never translated"


def test_with_the_qm_the_same(english_after):
    language.apply_language("nl")
    window = MainWindow()
    assert window.tr("Workload Desk — {file}") == "Workload Desk — {file}"
    assert window.tr("&Help") == "&Help"
    assert window.tr("Never translated") == "Never translated"
    assert sorted(message_box_buttons()) == ["Ja", "Nee"]


def test_an_incomplete_translation_falls_back_to_english(tmp_path, monkeypatch, english_after):
    (tmp_path / "workload_desk_nl.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="nl_NL">'
        "<context><name>MainWindow</name>"
        "<message><source>&amp;File</source><translation>&amp;Bestand</translation></message>"
        "<message><source>&amp;Edit</source><translation></translation></message>"
        '<message><source>&amp;Time</source><translation type="unfinished">&amp;Tijd</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(language, "translations_dir", lambda: tmp_path)
    monkeypatch.setattr(i18n, "translations_folder", lambda: str(tmp_path))
    i18n.catalog.cache_clear()
    assert i18n.catalog("nl") == {("MainWindow", "&File"): "&Bestand"}
    assert i18n.translate("MainWindow", "&Edit") == "&Edit"
    language.apply_language("nl")
    window = MainWindow()
    assert [window.tr(t) for t in ("&File", "&Edit", "&Time")] == ["&Bestand", "&Edit", "&Time"]
