"""The desktop application (PySide6). It calls services only; see docs/ARCHITECTURE.md."""

from onestop.gui import singletons

singletons.keep()  # before any Qt call: gui/singletons.py
