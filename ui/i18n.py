"""Install the app's translator (Spanish is the product's second language) and Qt's own."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from models.core.paths import resources_dir

SUPPORTED = ("en", "es")
_installed: list[QTranslator] = []


def choose_language(setting: str) -> str:
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def uninstall(app: QApplication) -> None:
    """Remove every translator :func:`install` put in (the texts go back to English source)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def install(app: QApplication, setting: str = "") -> str:
    uninstall(app)
    language = choose_language(setting)
    if language != "en":
        # Searched last: Qt's words its own translation lacks (ui/qt_words.py).
        from .qt_words import QtWordsTranslator  # lazy: Qt's missing words, only for a language other than English

        words = QtWordsTranslator(app)
        app.installTranslator(words)
        _installed.append(words)
    # English is the source language: its file holds only the plural forms ("1 person" / "%n people"),
    # so it is installed too, also when the system speaks a language we have no translation for.
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"committee_desk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language
    # Qt's own words (file dialogs' "Look in:", "Files of type:", message box buttons): the
    # qtbase_<lang>.qm that PySide6 ships (the packaged app keeps it, installer/committee-desk.spec).
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{language}", f"qt_{language}"):
        qt = QTranslator(app)
        if qt.load(name, folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return language


def ui_language() -> str:
    """The language the UI speaks right now ("en" without a translation): each translation renders
    this marker as its own language code, so it follows whatever translator is installed."""
    code = QCoreApplication.translate("Language", "en", "the language code of this translation, e.g. es")
    return code if code in SUPPORTED else "en"


def tr_any(context: str, text: str, n: int = -1) -> str:
    """Translate ``text`` for a module-level ``tr()`` helper.

    lupdate files bare ``tr("...")`` calls under the empty context (wherever they stand), while
    ``QT_TRANSLATE_NOOP("Ctx", ...)`` texts passed through the same helper live under ``Ctx``:
    look in the module's context first, then the empty one. With ``n`` (``tr("%n people", "", n)``)
    the plural form for ``n`` is chosen and ``%n`` replaced.
    """
    translated = QCoreApplication.translate(context, text, None, n)
    untranslated = text if n < 0 else text.replace("%n", str(n))
    if translated and translated != untranslated:
        return translated
    return QCoreApplication.translate("", text, None, n) or untranslated


def translator(context: str) -> Callable[..., str]:
    """A module-level ``tr()`` for ``context``: ``tr = translator("Trainings")``, then
    ``tr("Topic")`` or ``tr("%n people", "", n)`` as with ``self.tr()`` (see :func:`tr_any`).
    Call sites keep the name ``tr(`` so that lupdate finds their texts."""

    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return tr_any(context, text, n)

    return tr
