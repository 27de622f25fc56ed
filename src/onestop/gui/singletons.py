"""None, True and False kept alive whatever the Qt binding does with their references.

PySide6-Essentials 6.12.0, on Python 3.11, takes one reference of None that it never gave each
time it hands Python an invalid QVariant: an empty cell's ``index.data(role)``, a combo box's
``currentData()``, an item's unset role (1,000 calls: 1,000 references gone; 6.11.3 loses
none). Every list read and form filled takes some, and when None's count reaches zero the
interpreter frees it and aborts ("Fatal Python error: none_dealloc"): the desktop after enough
use, a test worker, ``bench/gui.py`` at its exit at 100,000 survivors. The release before it
(6.11.3) has not the fault but its ``pyside6-lupdate`` does not read plural forms from Python
(``%n``), which the four languages' files need.

From Python 3.12 these three are immortal (PEP 683): their count never reaches zero and the
fault cannot hurt. On 3.11 they are given here the same standing: a count of 2**40 added, so
that no number of lost references a process could make frees them. Nothing else changes: they
are never freed anyway before the interpreter ends (they are static objects).
tests/gui/test_qt_binding.py.
"""

from __future__ import annotations

import ctypes
import sys

from onestop import logs

# References added to each: a process losing one a microsecond needs 12 days to spend them
# (a quarter of the largest count a 32-bit build could hold, where no PySide6 6 runs).
MARGIN = min(1 << 40, sys.maxsize >> 2)


def keep() -> bool:
    """Give None, True and False the margin (CPython before 3.12, once per process); False when
    there is nothing to do (immortal already) or the object layout is not the one expected."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    done = False
    for obj in (None, True, False):
        if sys.getrefcount(obj) >= MARGIN:
            continue  # kept already
        count = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt, the first field
        # The field must be the count (not a debug build's other fields first): within a few
        # of what getrefcount says while references come and go.
        if abs(count.value - sys.getrefcount(obj)) > 64:
            logs.log.warning("None, True and False could not be kept alive: unknown layout")
            return False
        count.value += MARGIN
        done = True
    return done
