"""The sidebar sections of the main window, registered by the modules that implement them.

A section module calls ``register_section(...)`` at import and is listed in SECTION_MODULES.
``factory(context)`` returns the page widget; a page may define ``refresh()`` (called when shown)
and ``focus_search()`` (Ctrl+F).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from .context import AppContext

SECTION_MODULES = ["ui.roster.page", "ui.organization.workplaces", "ui.organization.committees", "ui.resolutions.page", "ui.trainings.page", "ui.leaflets.page", "ui.importing.wizard", "ui.mobilization.page"]


@dataclass(frozen=True)
class SectionSpec:
    key: str
    order: int
    title: Callable[[], str]  # returns the translated title
    factory: Callable[["AppContext"], "QWidget"]
    icon: str = ""  # file name in resources/icons


_SECTIONS: dict[str, SectionSpec] = {}


def register_section(spec: SectionSpec) -> None:
    _SECTIONS[spec.key] = spec


def sections() -> list[SectionSpec]:
    for module in SECTION_MODULES:
        importlib.import_module(module)
    return sorted(_SECTIONS.values(), key=lambda s: s.order)
