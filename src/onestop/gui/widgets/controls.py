"""The small widgets every screen is built from, made the same way everywhere: a read-only
table of rows, a named push button, a message line, a section heading."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QWidget

from onestop.gui.models.rows import RowsModel


def table_view(
    parent: QWidget, name: str, title: str, model: RowsModel, *, sample: int | None = None
) -> QTableView:
    """A read-only table that selects whole rows, one at a time, and wraps long text.

    Its columns are sized to their contents; with ``sample``, a table of more rows than that
    has its columns sized once from a sample of them instead (size_from_sample): sizing to
    the contents measures every cell again at each layout, a long file's 200 encounters
    thousands of times before the tab is painted."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(title)
    view.setModel(model)
    view.verticalHeader().hide()
    if sample is not None and model.rowCount() > sample:
        size_from_sample(view, model, sample)
    else:
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(True)
    return view


def size_from_sample(view: QTableView, model: RowsModel, sample: int) -> None:
    """Size each column once, to the widest of its header and of a sample of its cells: rows
    spread evenly from first to last, and the rows whose text in that column is longest (so
    the widest cell is measured, not guessed). The columns stay as wide as that (she may
    widen one; a cell's whole text is also its tooltip) and every row is one line high."""
    view.ensurePolished()  # measured with the style sheet's font and padding
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows = model.rowCount()
    grid = 1 if view.showGrid() else 0  # as QTableView.sizeHintForColumn counts a cell
    spread = {round(i * (rows - 1) / max(1, sample - 1)) for i in range(sample)}
    for column in range(model.columnCount()):
        measured = spread | set(model.longest(column, 3))
        width = max(
            [header.sectionSizeHint(column)]
            + [view.sizeHintForIndex(model.index(row, column)).width() + grid for row in measured]
        )
        header.resizeSection(column, width)


def button(parent: QWidget, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A named push button that calls ``slot()`` when pressed; a screen reader reads its text
    without the shortcut's ampersand or a trailing ellipsis."""
    pushed = QPushButton(text, parent)
    pushed.setObjectName(name)
    pushed.setAccessibleName(text.replace("&", "").rstrip("…"))
    pushed.clicked.connect(lambda _checked=False: slot())
    return pushed


def mark_as_error(label: QLabel) -> QLabel:
    """Show ``label`` in the error style (the ``role="error"`` rule of the style sheet)."""
    label.setProperty("role", "error")
    return label


def show_message(label: QLabel, text: str, *, error: bool = True) -> None:
    """Say ``text`` on ``label`` (hidden when empty), in the error style or as plain news
    ("Opening the vault…")."""
    role = "error" if error else ""
    if label.property("role") != role:
        label.setProperty("role", role)
        label.style().unpolish(label)
        label.style().polish(label)
    label.setText(text)
    label.setVisible(bool(text))


def message_label(parent: QWidget, name: str) -> QLabel:
    """The line under a screen or dialog that says why something was not done."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    return mark_as_error(label)


def heading(text: str, parent: QWidget) -> QLabel:
    """A section's title: bold, a little larger than the text."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    return label
