"""The Qt Linguist files stay in step with the screens (`make translations` updates them)."""

from __future__ import annotations

import importlib.util
import sys
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


@pytest.mark.parametrize("language", translations.LANGUAGES)
def test_every_string_is_translated_into_each_language(language) -> None:
    assert translations.problems(translations.ts_file(language)) == []


def test_the_completeness_check_sees_a_missing_or_broken_translation(tmp_path) -> None:
    ts = tmp_path / "onestop_fr.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name>Demo</name>
<message><source>Staff accounts</source><translation>Comptes du personnel</translation></message>
<message><source>Disable {user}?</source><translation type="unfinished"></translation></message>
<message><source>{n} entries</source><translation>entrées</translation></message>
<message><source>&amp;Save</source><translation>Enregistrer</translation></message>
<message><source>Reset</source><translation> </translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    found = translations.problems(ts)
    assert len(found) == 4
    assert "Demo: 'Disable {user}?' is not translated" in found
    assert any("placeholders differ" in p and "{n} entries" in p for p in found)
    assert any("keyboard shortcut" in p for p in found)
    assert any("empty translation" in p for p in found)


# -- every string a person reads on screen goes through Qt's translation ----------------------

_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setPlaceholderText",
    "setAccessibleName",
    "addItem",
    "addTab",
    "setTabText",
    "addRow",
    "setTitle",
    "setSuffix",
    "setPrefix",
}
_WIDGETS = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QRadioButton", "QAction"}
# Not words to translate: the product's name, and the shape of a case reference.
_NOT_WORDS = {"OneStop", "OSC-2026-00001"}


# The one translate() of a variable: a Phrase from the Qt-free layers (onestop.i18n), whose
# template lupdate read where it was written, as QT_TRANSLATE_NOOP("Messages", "…").
_PHRASES = REPO / "src" / "onestop" / "gui" / "phrases.py"


def _gui_sources() -> list[Path]:
    gui = REPO / "src" / "onestop" / "gui"
    return [p for p in sorted(gui.rglob("*.py")) if "forms" not in p.relative_to(gui).parts]


def _has_words(text: str) -> bool:
    import re

    return re.search(r"[^\W\d_]{2,}", text) is not None


def _untranslatable() -> list[str]:
    """Calls that put text on screen without a literal tr()/translate() (lupdate cannot
    extract a variable), and literal words handed to a widget directly."""
    import ast

    found: list[str] = []
    for path in _gui_sources():
        where = path.relative_to(REPO)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("tr", "translate"):
                text = node.args[0 if name == "tr" else 1] if node.args else None
                if name == "translate" and len(node.args) < 2:
                    text = None
                if path == _PHRASES:
                    continue  # the services' sentences: lupdate reads their QT_TRANSLATE_NOOP
                if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                    found.append(f"{where}:{node.lineno}: {name}() of a variable")
            elif name in _SETTERS or name in _WIDGETS:
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    if _has_words(first.value) and first.value not in _NOT_WORDS:
                        found.append(f"{where}:{node.lineno}: {name}({first.value!r})")
                elif isinstance(first, ast.JoinedStr):
                    words = [
                        part.value
                        for part in first.values
                        if isinstance(part, ast.Constant) and _has_words(str(part.value))
                    ]
                    if words:
                        found.append(f"{where}:{node.lineno}: {name}(f-string with {words})")
    return found


def test_every_string_on_screen_is_translatable() -> None:
    assert _untranslatable() == []


def test_the_check_sees_an_untranslatable_string(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "src" / "onestop" / "gui" / "views" / "bad.py"
    bad.parent.mkdir(parents=True)
    bad.write_text(
        "def f(self, kind):\n"
        "    self.title.setText('Untranslated title')\n"
        "    self.box.addItem(self.tr(kind.label))\n"
        "    self.ok.setText(f'{n} cases opened')\n"
        "    self.fine.setText(self.tr('Translated'))\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path)
    found = _untranslatable()
    assert sorted(line.split(": ", 1)[1] for line in found) == [
        "setText('Untranslated title')",
        "setText(f-string with [' cases opened'])",
        "tr() of a variable",
    ]


def test_every_value_from_a_list_has_a_translated_label() -> None:
    from onestop.services.labels import LABELLED, has_label

    missing = [f"{kind.__name__}.{m.name}" for kind in LABELLED for m in kind if not has_label(m)]
    assert missing == []


def test_lists_sharing_a_value_keep_their_own_labels() -> None:
    """The lists are StrEnums: ``ActionStatus.OPEN == CaseStatus.OPEN`` (both "open"), and a
    table keyed by the members gave the action the case's label, the audit trail's section
    "incidents" the court bundle's heading "Incident summary". Each member is labelled from its
    own list's table."""
    from onestop.services.labels import LABELLED, _tables, label

    members = [m for kind in LABELLED for m in kind]
    shared = [(a, b) for a in members for b in members if a == b and type(a) is not type(b)]
    assert len(shared) >= 10  # the lists do share values ("open", "health", "other"…)
    own = {(type(m), m.name): text for table in _tables() for m, text in table.items()}
    for a, b in shared:
        mine = own[(type(a), a.name)]
        assert (label(a), label(a).disambiguation) == (mine, mine.disambiguation), (a, b)
    from onestop.domain.casefile import CaseStatus
    from onestop.domain.coordination import ActionStatus
    from onestop.domain.roles import Section

    assert label(ActionStatus.OPEN).disambiguation == "action still to do"
    assert label(CaseStatus.OPEN).disambiguation == "case status"
    assert label(Section.INCIDENTS) == "Incidents"


def test_the_lists_labelled_apart_have_a_label_each() -> None:
    """Labels are found by value: a list sharing a value with another ("unknown") is labelled
    apart, each of its members with its own label."""
    from onestop.services.labels import LABELLED_APART, label

    for kind in LABELLED_APART:
        shown = [label(m) for m in kind]
        assert len(set(shown)) == len(shown), kind
        assert all(
            text != str(m.value).replace("_", " ") for m, text in zip(kind, shown, strict=True)
        )
