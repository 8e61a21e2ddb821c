"""Typed navigation between pages: a page asks the main window to show something with a method
and typed arguments (``context.navigator.show_roster(RosterPlace(workplace_id=3))``), never
with a string. The main window implements :class:`Navigator` and sets ``context.navigator``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol

#: In a RosterPlace, a department or shift of NONE means "people with no department/shift";
#: None means "any".
NONE = 0


@dataclass(frozen=True)
class RosterPlace:
    """Who the roster shows: the people of a workplace, or of one department x shift cell."""

    workplace_id: Optional[int] = None
    department_id: Optional[int] = None  # None any, NONE (0) people with none
    shift_id: Optional[int] = None


class Navigator(Protocol):
    def show_section(self, key: str): ...

    def show_roster(self, place: RosterPlace) -> None: ...


class NoNavigator:
    """What a page outside the main window (a test, a dialog of its own) gets: goes nowhere."""

    last_roster_place: Optional[RosterPlace] = None

    def show_section(self, key: str) -> None:
        return None

    def show_roster(self, place: RosterPlace) -> None:
        self.last_roster_place = place
