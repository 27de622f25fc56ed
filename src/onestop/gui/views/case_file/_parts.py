"""What the case file's tabs share: the clock, the translation of their labels, and the small
widgets they are built from (made by the GUI toolkit, onestop.gui.widgets)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTableView, QWidget

from onestop.clock import Clock, utc_now
from onestop.gui.models.rows import RowsModel
from onestop.gui.phrases import phrase
from onestop.gui.widgets.controls import table_view

# A table of more rows than this has its columns sized from a sample of them, not to all of
# its contents (a file's few dozen rows are sized exactly, as before).
SAMPLE_ROWS = 30

__all__ = ["Clock", "labels", "scrolling", "selectable_label", "table", "translated", "utc_now"]


def translated(text: str) -> str:
    """A label marked for lupdate in the case file's context (a Phrase, onestop.i18n), in the
    reader's language."""
    return phrase(text)


def labels(fields: Mapping[str, str]) -> dict[str, str]:
    """A form's labels, field by field, in the reader's language."""
    return {field: translated(text) for field, text in fields.items()}


def table(
    parent: QWidget, name: str, headers: Sequence[str], rows: Sequence[Sequence[str]]
) -> QTableView:
    """A read-only table of ``rows`` under ``headers``, named ``name`` for screen readers;
    its columns sized from a sample of SAMPLE_ROWS rows when it has more (a long file's
    encounters: gui.widgets.controls.size_from_sample)."""
    model = RowsModel(headers, rows, parent=parent)
    return table_view(parent, name, name, model, sample=SAMPLE_ROWS)


def selectable_label(parent: QWidget, name: str, text: str = "") -> QLabel:
    """A label for what staff typed: always plain text (a name typed as ``<b>x</b>`` shows its
    tags, it never changes how the file looks), selectable for copying."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def scrolling(parent: QWidget, content: QWidget) -> QScrollArea:
    """``content`` in a frameless scroll area (a tab of several lists scrolls on a laptop)."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
