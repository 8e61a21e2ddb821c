"""The app's style: the platform's (Fusion on Linux), with one correction.

Fusion draws the tabs that are not selected a few pixels lower and clips them at the top: the
accent of a capital letter ("Árbol telefónico") was cut off, so Spanish read "Arbol". Tabs are
drawn unshifted here (``PM_TabBarTabShiftVertical`` 0); everything else is the base style's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory


class AccentSafeStyle(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802 - Qt API
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)


def install(app: QApplication) -> AccentSafeStyle:
    style = AccentSafeStyle(QStyleFactory.create(app.style().name()))
    app.setStyle(style)
    return style
