"""The sidebar sections of the main window, in the order of models/features.py.

Each section's page module defines ``SECTION = SectionSpec(...)``, a plain constant, and its
feature names it in FEATURES. ``factory(context)`` returns the page widget; a page may define
``refresh()`` (called when shown) and ``focus_search()`` (Ctrl+F).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from models.features import gather

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import AppContext


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title: Callable[[], str]  # returns the translated title
    factory: Callable[["AppContext"], "QWidget"]
    icon: str = ""  # file name in resources/icons


def sections() -> list[SectionSpec]:
    """Every feature's sections, in sidebar order (imports the page modules)."""
    return gather("sections")
