"""Install the app's translator (Spanish is the product's second language) and Qt's own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from models.paths import resources_dir

SUPPORTED = ("en", "es")
_installed: list[QTranslator] = []


def choose_language(setting: str) -> str:
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install(app: QApplication, setting: str = "") -> str:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = choose_language(setting)
    if language == "en":
        return language
    ours = QTranslator(app)
    if ours.load(str(resources_dir() / "i18n" / f"committee_desk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language


def tr_any(context: str, text: str) -> str:
    """Translate ``text`` for a module-level ``tr()`` helper.

    lupdate files bare ``tr("...")`` calls under the empty context (wherever they stand), while
    ``QT_TRANSLATE_NOOP("Ctx", ...)`` texts passed through the same helper live under ``Ctx``:
    look in the module's context first, then the empty one.
    """
    translated = QCoreApplication.translate(context, text)
    return translated if translated != text else QCoreApplication.translate("", text)
