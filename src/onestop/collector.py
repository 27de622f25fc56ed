"""Python's cycle collector paused while a few seconds of work make hundreds of thousands of
objects that hold no cycle: the search index made at sign-in (half a million strings and
tuples), a court bundle rendered (its paragraphs, lines and fragments, alive until its last
pass). Left on, the collector runs again and again during such work, each time walking every
object of the process to find almost nothing: half the index's reading at 100,000 survivors, an
eighth of a 440-page bundle's render. Reference counting frees what they drop as before.

The collector is process-wide: a pause on one thread pauses it for every thread, and cyclic
garbage made meanwhile waits until the pause ends (seconds). Pauses may overlap (the index's
loading thread and an export's): the collector comes back when the last of them ends, if it
was on before the first.
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
def paused() -> Iterator[None]:
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
