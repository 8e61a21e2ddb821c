"""One pause of Python's cyclic garbage collector for bulk work (imports, roster loads, exports).

Every few hundred new objects CPython walks the young ones, and as 100,000s pile up it walks the
old ones again and again: that cost more than the work itself when loading the roster (2.4 s ->
1.2 s of CPU) and was a third of an import and a fifth of a CSV export. Nothing these build forms
cycles. Pauses nest and may overlap across threads: the collector runs again when the last one ends
(and only if it was on when the first began).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """``with gc_paused(): ...`` or ``@gc_paused()`` on a function."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                _promote_young()
                gc.enable()


def _promote_young() -> None:
    """Move what the pause allocated (still in the youngest generation) to the oldest one, without
    walking it: ``freeze`` puts every tracked object in the permanent generation (and zeroes the
    young count) and ``unfreeze`` puts them all in the oldest one. Otherwise the first allocation
    after the pause walks all of them (an import's 300,000 rows, records and lists: 0.1 s), and
    the middle generation walks them again later. A cycle among them (none is built here) is
    still found, by the next full collection."""
    gc.freeze()
    gc.unfreeze()
