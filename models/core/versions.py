"""Row versions: no lost updates when two people edit the same row (issue 25).

The rows people edit in forms (people, workplaces, committees, events, call lists, resolutions,
training sessions, leaflets) carry an integer ``version`` that SQLAlchemy manages as the
mapper's ``version_id_col``: every ORM UPDATE says ``WHERE id = ? AND version = ?`` and bumps
it, and raw SQL updates of those tables bump it themselves (``version = version + 1``).

A form remembers the version it loaded and its save passes it back. Inside the write the row
must still be at that version (:func:`check`); and if another writer commits between that read
and our UPDATE (possible on the server, where writers run at once), the ORM's own version test
finds no row. Either way the save raises :class:`errors.Conflict` carrying the values saved
now (:func:`conflicts_as`), and nothing is written. Saving again with the conflict's version
is a knowing "keep mine".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Optional

from sqlalchemy.orm.exc import StaleDataError

from . import errors


def check(row: Any, expected: Optional[int]) -> None:
    """Inside a write: refuse when ``row`` (just read in it) is no longer at the ``expected``
    version the form loaded. ``None`` checks nothing (a caller without a form, e.g. a test)."""
    if expected is not None and row.version != expected:
        raise StaleDataError("the row changed since the form loaded it")


@contextmanager
def conflicts_as(kind: str, row_id: int, current: Callable[[], tuple[int, Any]], message: str = "") -> Iterator[None]:
    """Around a ``db.write()``: a stale row (:func:`check`, or the ORM's ``AND version = ?``
    matching nothing) becomes :class:`errors.Conflict` with ``current()``'s (version, values),
    read after the rolled-back write. ``current`` raises NotFound when the row was deleted."""
    try:
        yield
    except StaleDataError:
        version, values = current()
        raise errors.Conflict(kind, row_id, version, values, message=message) from None
