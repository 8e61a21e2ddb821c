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
                gc.enable()
