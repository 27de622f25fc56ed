"""Names and values put into a sentence keep their own direction on screen: each is wrapped
in Unicode's direction isolates (FSI … PDI), so an Arabic name in an English line, or a
Latin date in an Arabic one, comes out in the order it was written."""

from __future__ import annotations

import pytest

from onestop.i18n import FSI, PDI, QT_TRANSLATE_NOOP, isolated, isolating, translated


def _arabic(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A stand-in translator with the two Arabic sentences below (what a .qm file holds)."""
    return {
        "{agency}: no answer since {date}": "{agency}: لا رد منذ {date}",
        "{room} / {bed} · %n child(ren)": "{room} / {bed} · %n أطفال",
    }.get(source, source).replace("%n", str(n))


def test_a_value_is_wrapped_in_isolates_and_nothing_is_added_to_nothing() -> None:
    assert isolated("سارة") == f"{FSI}سارة{PDI}"
    assert isolated(12) == f"{FSI}12{PDI}"
    assert isolated("") == ""
    assert isolating(name="Ana", role="Caseworker") == {
        "name": f"{FSI}Ana{PDI}",
        "role": f"{FSI}Caseworker{PDI}",
    }


def test_the_screen_isolates_each_value_of_a_sentence_but_not_its_words() -> None:
    answer = QT_TRANSLATE_NOOP("Messages", "{agency}: no answer since {date}").format(
        agency="Legal Aid Clinic", date="01/12/2026"
    )
    assert translated(answer, _arabic, isolate=True) == (
        f"{FSI}Legal Aid Clinic{PDI}: لا رد منذ {FSI}01/12/2026{PDI}"
    )
    # Without isolates (documents, logs): the values as they are.
    assert translated(answer, _arabic) == "Legal Aid Clinic: لا رد منذ 01/12/2026"
    assert str(answer) == "Legal Aid Clinic: no answer since 01/12/2026"


def test_a_count_and_a_nested_sentence_are_not_wrapped() -> None:
    beds = QT_TRANSLATE_NOOP("Messages", "{room} / {bed} · %n child(ren)", "", 3).format(
        room="غرفة 2", bed="B"
    )
    assert translated(beds, _arabic, isolate=True) == f"{FSI}غرفة 2{PDI} / {FSI}B{PDI} · 3 أطفال"
    joined = QT_TRANSLATE_NOOP("Messages", "Due: {what}").format(
        what=QT_TRANSLATE_NOOP("Labels", "Hearing")
    )
    assert FSI not in translated(joined, _arabic, isolate=True)


@pytest.mark.parametrize("value", ["سارة", "Ana", "+1 202 555 0143", "OSC-2026-00001"])
def test_what_a_person_reads_on_screen_has_no_isolates(value: str) -> None:
    """The isolates are invisible: the screen's readable text (gui.inspect, what journeys and
    screen readers see) leaves them out."""
    from onestop.gui.inspect import _unisolated

    assert _unisolated(f"Signed in as {isolated(value)} ({isolated('Caseworker')})") == (
        f"Signed in as {value} (Caseworker)"
    )
