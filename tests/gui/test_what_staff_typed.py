"""What the day's walk showed: a name typed with markup shows its tags, dates carry the year
in full, and a reflex Enter at "Discard this intake?" keeps what was typed."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QWidget

from onestop.gui import fmt
from onestop.gui.views.case_file._parts import selectable_label


def test_a_name_typed_with_markup_is_shown_as_typed(qapp) -> None:
    parent = QWidget()
    label = selectable_label(parent, "caseName", "Ali <b>x</b> <img src=x>")
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.text() == "Ali <b>x</b> <img src=x>"
    # Drawn as text: the tags take room of their own, as the letters they are.
    bare = selectable_label(parent, "other", "Ali x ")
    assert label.sizeHint().width() > bare.sizeHint().width()


def test_dates_and_times_carry_the_year_in_full(qapp) -> None:
    before = QLocale()
    try:
        for name in ("en_US", "en_GB", "fr_FR", "es_ES", "ar_EG"):
            QLocale.setDefault(QLocale(name))
            locale = QLocale()
            year = locale.toString(QDate(1995, 1, 1), "yyyy")  # in the locale's digits
            assert year in fmt.day(date(1995, 3, 4)), name
            shown = fmt.when(datetime(2026, 12, 2, 9, 30, tzinfo=UTC))
            assert locale.toString(QDate(2026, 1, 1), "yyyy") in shown, name
    finally:
        QLocale.setDefault(before)


def test_four_digit_year_leaves_a_full_year_alone() -> None:
    assert fmt.four_digit_year("M/d/yy h:mm AP") == "M/d/yyyy h:mm AP"
    assert fmt.four_digit_year("dd/MM/yyyy HH:mm") == "dd/MM/yyyy HH:mm"
    assert fmt.four_digit_year("d.M.yy") == "d.M.yyyy"


def test_enter_at_a_discard_question_keeps_typing(qapp, dialogs) -> None:
    parent = QWidget()
    discarded: list[bool] = []
    box = dialogs.confirm(
        parent,
        "Discard this intake?",
        "What you typed about her has not been saved.",
        lambda: discarded.append(True),
        yes="Discard",
        no="Keep typing",
        safe_default=True,
    )
    assert box.defaultButton().text() == "Keep typing"
    box.defaultButton().click()
    assert discarded == []
