"""Switching the window's language with Qt translators; the core then speaks through Qt too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core import i18n
from ..core.resources import translations_dir


class CatalogTranslator(QTranslator):
    """Translates from the ``.ts`` source when the ``.qm`` cannot be loaded.

    A message it does not know is answered with None, Qt's "no translation": Qt then asks the next
    translator (qtbase's Dutch for Yes and No) and at last shows the English source. An empty string
    would be taken as the translation, and PySide's ``tr()``, which asks the base classes' contexts
    when a translation equals its source, would end on it: blank titles and buttons.
    """

    def __init__(self, lang: str) -> None:
        super().__init__()
        self._catalog = i18n.catalog(lang)

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt's virtual
        return self._catalog.get((context, source_text))

    def isEmpty(self) -> bool:  # noqa: N802, D102 - Qt's virtual
        return not self._catalog


_installed: list[QTranslator] = []


def apply_language(lang: str) -> None:
    """Speak ``lang`` ("nl" or "en") from now on; open windows retranslate on Qt's LanguageChange."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    i18n.set_language(lang)
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English))
    if lang == "en":
        plurals = QTranslator()  # the English forms of counted words: "1 measure", "2 measures"
        if plurals.load("workload_desk_en", str(translations_dir())):
            _installed.append(plurals)
    else:
        ours = QTranslator()
        if not ours.load(f"workload_desk_{lang}", str(translations_dir())):
            ours = CatalogTranslator(lang)
        qt_own = QTranslator()  # Qt's own dialogs: "Annuleren", not "Cancel"
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    i18n.use_translator(lambda context, text, n=-1: QCoreApplication.translate(context, text, None, n))
