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

import functools
import inspect as py_inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Optional

from sqlalchemy import inspect
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from . import errors


def check(row: Any, expected: Optional[int]) -> None:
    """Inside a write: refuse when ``row`` (just read in it) is no longer at the ``expected``
    version the form loaded. ``None`` checks nothing (a caller without a form, e.g. a test)."""
    if expected is not None and row.version != expected:
        raise StaleDataError("the row changed since the form loaded it")


def touch(row: Any) -> None:
    """Make the coming flush UPDATE ``row`` (and so bump its version) even when only rows that
    hang from it changed (a workplace's shifts, an event's scripts, a committee's members): the
    next editor who loaded the older version then gets a conflict instead of overwriting them."""
    mapper = inspect(row).mapper
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        if not column.primary_key and column is not mapper.version_id_col:
            flag_modified(row, prop.key)
            return


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


def refuses_stale(kind: str, id_arg: str | Callable[[dict], Optional[int]],
                  current: Callable[[Any, int], tuple[int, Any]], message: str = "") -> Callable:
    """Decorate a save function ``save_x(db, data, x_id=None, ..., version=None)`` so a stale
    row raises errors.Conflict (see :func:`conflicts_as`). ``id_arg`` names the argument holding
    the row's id (or reads it from the bound arguments); ``current(db, x_id)`` reads (version,
    values) as saved now. The function itself calls :func:`check` and :func:`touch` on the row
    it read."""

    def wrap(fn: Callable) -> Callable:
        signature = py_inspect.signature(fn)

        @functools.wraps(fn)
        def save(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind(*args, **kwargs)
            db = bound.arguments.get("db", args[0] if args else None)
            row_id = id_arg(bound.arguments) if callable(id_arg) else bound.arguments.get(id_arg)
            with conflicts_as(kind, row_id, lambda: current(db, row_id), message):
                return fn(*args, **kwargs)

        return save

    return wrap
