"""The desktop application (PySide6). It calls services only; see docs/ARCHITECTURE.md."""
