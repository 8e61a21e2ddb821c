"""Qt's own words that Qt's shipped translations (qtbase_es.qm) lack in Qt 6: the file dialog's
"&Look in:" and "Files of &type:" (Qt 6 added the "&"), a few print dialog labels. They are
translated in our .ts under the context "MissingQtWords" and served by :class:`QtWordsTranslator`,
installed before Qt's translator so that Qt's own translation wins wherever it has one.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, QTranslator

CONTEXT = "MissingQtWords"
WORDS = (
    QT_TRANSLATE_NOOP("MissingQtWords", "&Look in:"),
    QT_TRANSLATE_NOOP("MissingQtWords", "Files of &type:"),
    QT_TRANSLATE_NOOP("MissingQtWords", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("MissingQtWords", "Long side binding"),
    QT_TRANSLATE_NOOP("MissingQtWords", "Short side binding"),
    QT_TRANSLATE_NOOP("MissingQtWords", "Off"),
    QT_TRANSLATE_NOOP("MissingQtWords", "Page &Set:"),
    QT_TRANSLATE_NOOP("MissingQtWords", "Pages"),
)


class QtWordsTranslator(QTranslator):
    """Translates WORDS in Qt's own contexts (QFileDialog, QPrintSettingsOutput, ...) from our file."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words = set(WORDS)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt API
        return False

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D401 - Qt API
        # None (a null QString) means "not mine": Qt then goes on to the next translator. An
        # empty string would count as a translation and blank every text the others lack.
        if not context or not context.startswith("Q") or source_text not in self._words:
            return None
        text = QCoreApplication.translate(CONTEXT, source_text)
        return text if text != source_text else None
