"""The search index's fast path finds exactly what a plain scan of every case finds.

services.caseindex remembers the cases of the words looked up lately and keeps them current as
cases are put and removed; services.search takes the cases of the rarest word and checks the
rest case by case. Whatever the order of changes and lookups, the thresholds, and the words
(one or two letters, accents, other scripts, misses), the ids must be those a plain scan of
every entry gives, with the same fold (domain.search) and any part of a name matching.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from onestop.domain.search import query_words
from onestop.services import caseindex, search
from onestop.services.caseindex import CaseIndex

# Letters that fold together or apart ("é" and "e", "ß", "İ"), other scripts, digits and the
# separators a search text holds: short words hit many cases, as one or two typed letters do.
LETTERS = "aeéEnñÑoøsßİil张伟ناЖж1- |"
names = st.text(alphabet=LETTERS, min_size=0, max_size=12)
words = st.text(alphabet=LETTERS + "xq", min_size=1, max_size=3)

put = st.tuples(st.just("put"), st.integers(1, 40), names, names)
remove = st.tuples(st.just("remove"), st.integers(1, 40), st.just(""), st.just(""))
look = st.tuples(st.just("look"), st.just(0), words, words)
operations = st.lists(st.one_of(put, remove, look), max_size=60)


def plain_scan(index: CaseIndex, wanted: list[str]) -> set[int]:
    return {i for i in index.ids() if all(w in index._entries[i].keys for w in wanted)}


def apply(index: CaseIndex, op: tuple[str, int, str, str]) -> None:
    kind, case_id, name, alias = op
    if kind == "put":
        index.put(case_id, f"OSC-2026-{case_id:05d}", name, alias, "", date(1990, 1, 2))
    elif kind == "remove":
        index.remove(case_id)


@settings(max_examples=300, deadline=None)
@given(operations, st.integers(0, 12), st.integers(1, 6))
def test_a_words_cases_are_those_a_plain_scan_finds(ops, kept, remembered) -> None:
    """Remembered words stay exact through every put and remove; a word in more than KEPT
    cases is reported common (None), never cut short."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(caseindex, "KEPT", kept)
        mp.setattr(caseindex, "REMEMBERED", remembered)
        index = CaseIndex()
        for op in ops:
            apply(index, op)
            if op[0] != "look":
                continue
            for word in query_words(op[2]) + query_words(op[3]):
                expected = plain_scan(index, [word])
                found = index.containing(word)
                if found is None:
                    assert len(expected) > kept
                else:
                    assert found == expected
                assert len(index._found) <= remembered


@settings(max_examples=300, deadline=None)
@given(operations, st.lists(words, min_size=1, max_size=3), st.integers(0, 12), st.integers(0, 8))
def test_the_cases_of_a_query_are_those_a_plain_scan_finds(ops, typed, kept, few) -> None:
    """services.search._matching: the ids of the cases holding every word of the query (or
    None: every word common, each case then checked as the list walks, with index.matches)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(caseindex, "KEPT", kept)
        mp.setattr(search, "RARE", kept)
        mp.setattr(search, "FEW", few)
        index = CaseIndex()
        for op in ops:
            apply(index, op)
        wanted = query_words(" ".join(typed))
        if not wanted:
            return
        expected = plain_scan(index, wanted)
        found = search._matching(index, wanted)
        if found is None:
            assert all(len(plain_scan(index, [w])) > kept for w in wanted)
            assert {i for i in index.ids() if index.matches(i, wanted)} == expected
        else:
            assert found == expected


def test_a_typed_word_is_found_in_any_part_of_a_name_with_the_fold() -> None:
    index = CaseIndex()
    index.put(1, "OSC-2026-00001", "Zoë Ó Briain-Núñez", "", "+44 790", None)
    index.put(2, "OSC-2026-00002", "Amina Hassan", "Mina", "", None)
    assert index.containing("nu") == {1}
    assert index.containing("mi") == {2}
    assert index.containing("o") == {1, 2}  # "osc" in both references
    assert index.containing("zq") == set()
    index.put(2, "OSC-2026-00002", "Ana Núñez", "", "", None)  # edited: "mi" no longer
    assert index.containing("mi") == set() and index.containing("nu") == {1, 2}
    index.remove(1)
    assert index.containing("nu") == {2}
