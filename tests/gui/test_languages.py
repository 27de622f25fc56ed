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
