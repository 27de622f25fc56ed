"""The interface in French, Spanish and Arabic (right to left), from the compiled files."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from onestop.gui.language import chosen_language, install, keep_language

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", REPO / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


@pytest.fixture
def in_language(qapp) -> Iterator[object]:
    installed: list = []

    def switch(code: str) -> None:
        installed.extend(install(qapp, code))

    yield switch
    install(qapp, "en")  # every translator out again, whoever put it in
    assert not [t for t in installed if qapp.removeTranslator(t)]
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.mark.parametrize(
    ("code", "button", "direction"),
    [
        ("fr", "&Se connecter", Qt.LayoutDirection.LeftToRight),
        ("es", "&Iniciar sesión", Qt.LayoutDirection.LeftToRight),
        ("ar", "&تسجيل الدخول", Qt.LayoutDirection.RightToLeft),
    ],
)
def test_the_sign_in_window_speaks_the_chosen_language(
    qtbot, make_shell, vault, in_language, code, button, direction
) -> None:
    in_language(code)
    shell = make_shell(vault.path)
    assert shell.sign_in.ui.signInButton.text() == button
    assert QApplication.layoutDirection() == direction
    assert shell.sign_in.isRightToLeft() == (direction == Qt.LayoutDirection.RightToLeft)


def test_the_language_is_the_one_chosen_or_the_workstations(qapp, monkeypatch) -> None:
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("es_ES")))
    keep_language("")
    assert chosen_language() == "es"  # the workstation's, shipped
    assert chosen_language("fr_CA") == "fr"  # --lang wins
    assert chosen_language("xx") == "es"  # not shipped: ignored
    keep_language("ar")
    assert chosen_language() == "ar"  # the choice kept on this workstation
    from onestop import paths

    assert (paths.config_dir() / "settings.ini").is_file()  # under ONESTOP_HOME: portable
    keep_language("")
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert chosen_language() == "en"


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_the_compiled_files_are_those_of_the_ts_files(language, tmp_path) -> None:
    fresh = tmp_path / f"onestop_{language}.qm"
    translations.release(translations.ts_file(language), fresh)
    assert translations.qm_file(language).read_bytes() == fresh.read_bytes(), (
        "run `make translations`"
    )


def test_the_language_chosen_on_the_sign_in_screen_applies_at_once_and_is_kept(
    qtbot, make_shell, vault, in_language
) -> None:
    in_language("en")
    shell = make_shell(vault.path)
    combo = shell.sign_in.language
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "English",
        "Français",
        "Español",
        "العربية",
    ]
    button = shell.sign_in.ui.signInButton
    combo.setCurrentIndex(combo.findData("ar"))
    qtbot.waitUntil(lambda: button.text() == "&تسجيل الدخول")  # the forms translate again
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert chosen_language() == "ar"  # kept for the next start
    combo.setCurrentIndex(combo.findData("fr"))
    qtbot.waitUntil(lambda: button.text() == "&Se connecter")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: button.text() == "&Sign in")
    keep_language("")


def test_the_services_messages_are_shown_in_the_readers_language(
    qtbot, make_shell, vault, in_language
) -> None:
    """What the services say (written in English, marked with QT_TRANSLATE_NOOP) reaches her
    in French: a wrong password at sign-in, and a rule broken in a form, under its field."""
    from onestop.domain.roles import Role
    from onestop.domain.validation import parse_date
    from onestop.gui.phrases import phrase
    from onestop.i18n import QT_TRANSLATE_NOOP, message_of
    from onestop.services.cases import CaseService, SurvivorDetails
    from tests.conftest import username_for
    from tests.gui.conftest import sign_in

    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Tove Testlangue")).reference
    in_language("fr")
    try:
        parse_date("31/02/2025")
    except ValueError as exc:
        date_message = message_of(exc)
    # The template is translated, then the values put in (the month is itself translated).
    assert phrase(date_message) == "Le 31 février 2025 n'existe pas."
    # Text typed by staff in a value is shown as typed, never looked up.
    typed = QT_TRANSLATE_NOOP("Messages", "Line {line}: {message}").format(
        line=3, message="Say why."
    )
    assert phrase(typed) == "Ligne 3 : Say why."
    # A sentence no catalogue knows stays English rather than disappearing.
    assert phrase(QT_TRANSLATE_NOOP("Messages", "Not in any catalogue.")) == (
        "Not in any catalogue."
    )

    shell = make_shell(vault.path)
    view = shell.sign_in
    qtbot.keyClicks(view.ui.usernameEdit, username_for(Role.LEGAL_ADVOCATE))
    qtbot.keyClicks(view.ui.passwordEdit, "not the password at all")
    qtbot.keyClick(view.ui.passwordEdit, Qt.Key.Key_Return)
    wrong = "Le nom d'utilisateur ou le mot de passe n'est pas correct."
    qtbot.waitUntil(lambda: view.ui.messageLabel.text() == wrong, timeout=20_000)

    sign_in(qtbot, shell, Role.LEGAL_ADVOCATE)
    page = shell.workspace.open_case(ref)
    (hearings,) = [p for p in page.record_panels if p.kind == "record:hearing"]
    page.bring_forward(hearings)
    form = hearings.edit(None)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.form.error_text("court") == "Nommez le tribunal."
    assert form.form.error_text("purpose") == "Indiquez l'objet de l'audience."
    form.dirty = False
    hearings.cancel()


def test_the_checklist_timeline_and_documents_follow_the_language(
    qtbot, make_shell, vault, in_language
) -> None:
    """In French: the risk checklist asks its questions in French, the timeline says what
    happened in French, and a document is written in French unless another language is
    chosen. In Arabic, documents are written in Arabic (laid out right to left)."""
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QLabel, QTableView

    from onestop.domain.roles import Role
    from onestop.services.cases import CaseService, SurvivorDetails
    from tests.gui.conftest import sign_in

    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Tove Testlangue")).reference
    in_language("fr")
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    page = shell.workspace.open_case(ref)

    page.tabs.setCurrentWidget(page.show_section("timelineTab"))  # read when it is shown
    timeline = page.findChild(QTableView, "timelineTab")
    model = timeline.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Quand", "Section", "Quoi"]
    what = [model.index(r, 2, QModelIndex()).data() for r in range(model.rowCount())]
    assert "Dossier ouvert" in what

    assert page.risk_panel is not None
    form = page.risk_panel.start_checklist()
    assert form is not None
    assert form.title().startswith("Grille d'évaluation du risque")
    # Each question is worded as it is read to her ("vous"); the record's wording ("elle")
    # is the caption's tooltip.
    caption = form.findChild(QLabel, "question_injured")
    assert caption.text() == (
        "1. Les violences vous ont-elles causé une blessure (aujourd'hui ou auparavant) ?"
    )
    assert caption.toolTip().startswith("L'agression lui a-t-elle causé une blessure")
    assert form.answers["injured"].accessibleName().startswith("Les violences vous ont-elles")

    dialog = page.export_safety_plan()
    assert dialog.language.currentData() == "fr" and dialog.language.currentText() == "Français"
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == [
        "en",
        "fr",
        "es",
        "ar",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.protect.isChecked()  # her copy leaves the centre: protected by default
    dialog.protect.setChecked(False)  # deliberately, for this test of the language alone
    chosen = dialog.options()
    assert chosen is not None and chosen.language == "es"
    dialog.reject()

    in_language("ar")
    dialog = page.export_safety_plan()
    assert dialog.language.currentData() == "ar" and dialog.language.currentText() == "العربية"
    dialog.reject()


def test_arabic_writes_one_digit_system_and_a_24_hour_clock(in_language) -> None:
    """Arabic dates, times and numbers in the Western digits every sentence, count and
    reference uses; clinical times on a 24-hour clock (no ص/م to misread)."""
    from datetime import UTC, datetime

    from onestop.gui import fmt

    afternoon = datetime(2026, 12, 2, 15, 7, tzinfo=UTC)
    in_language("ar")
    shown = fmt.when(afternoon)
    assert QLocale().language() == QLocale.Language.Arabic
    assert not any("\u0660" <= c <= "\u0669" for c in shown + QLocale().toString(1234))
    assert "2026" in shown and ":07" in shown
    assert "ص" not in shown and "م" not in shown  # no a.m./p.m.
    local_hour = datetime.fromtimestamp(afternoon.timestamp()).hour
    assert f"{local_hour:02d}:07" in shown
    in_language("en")
    assert QLocale().language() != QLocale.Language.Arabic


def test_arabic_keeps_each_value_of_a_services_sentence_in_its_own_direction(
    in_language,
) -> None:
    from onestop.gui.phrases import phrase
    from onestop.i18n import FSI, PDI, QT_TRANSLATE_NOOP

    answer = QT_TRANSLATE_NOOP("Messages", "{agency}: no answer since {date}").format(
        agency="Housing Trust", date="2026-11-24"
    )
    in_language("ar")
    shown = phrase(answer)
    assert f"{FSI}Housing Trust{PDI}" in shown and f"{FSI}2026-11-24{PDI}" in shown
    assert shown != str(answer)  # in Arabic
    in_language("en")
    assert phrase(answer) == "Housing Trust: no answer since 2026-11-24"
