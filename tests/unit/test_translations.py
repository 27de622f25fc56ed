"""The Qt Linguist files stay in step with the screens (`make translations` updates them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("translations", REPO / "scripts" / "translations.py")
assert _spec is not None and _spec.loader is not None
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_each_language_file_holds_every_string_of_the_screens(language, tmp_path) -> None:
    committed = translations.ts_file(language)
    assert committed.exists(), "run `make translations`"
    fresh = tmp_path / committed.name
    translations.update(language, fresh)
    expected = translations.source_texts(fresh)
    found = translations.source_texts(committed)
    assert expected - found == set(), "strings not yet in the file: run `make translations`"
    assert found - expected == set(), "strings no longer used: run `make translations`"
    # Strings from the screens' code and from the Designer forms, with their context.
    contexts = {context for context, _ in found}
    assert {"SignInView", "BreakGlassDialog", "Sections", "Reminders"} <= contexts
    assert ("BreakGlassDialog", "Break the glass") in found
    assert ("Reminders", " (overdue)") in found  # translate(context, text), read as such
    assert "" not in contexts  # a call lupdate could not place
