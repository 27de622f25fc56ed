"""Finding cases: any part of a name, any case or accent, any script; phone; birth date."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from onestop.domain.casefile import CaseStatus
from onestop.domain.roles import Action, Role, Section, permits
from onestop.domain.search import fold, query_words
from onestop.domain.validation import one_line_problem
from onestop.errors import PermissionDenied
from onestop.services import search as search_module
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.search import CaseSearch
from onestop.services.shelter import ShelterService, StayDetails
from tests.conftest import password_for

pytestmark = pytest.mark.both_backends

PEOPLE = [
    SurvivorDetails(name="Zoë Ó Briain-Núñez", safe_phone="+44 (0)790-123-456"),
    SurvivorDetails(name="Amina Hassan", alias="Mina", date_of_birth=date(1994, 5, 17)),
    SurvivorDetails(name="فاطمة الزهراء"),
    SurvivorDetails(name="张伟"),
    SurvivorDetails(name="Ирина Смирнова"),
    SurvivorDetails(name="ጸሐይ ተስፋዬ"),
    SurvivorDetails(name="Li Na"),
]


@pytest.fixture
def refs(vault):
    with vault.sign_in(Role.CASEWORKER) as cw:
        return [CaseService(cw).open_case(p).reference for p in PEOPLE]


def names(page) -> list[str]:
    return [c.display_name for c in page.cases]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("nunez", ["Zoë Ó Briain-Núñez"]),
        ("BRIAIN", ["Zoë Ó Briain-Núñez"]),
        ("zoe", ["Zoë Ó Briain-Núñez"]),
        ("mina", ["Mina"]),  # the alias, and "Amina" inside the name
        ("hassan amina", ["Mina"]),  # every word, in any order
        ("الزهراء", ["فاطمة الزهراء"]),
        ("张伟", ["张伟"]),  # two characters: below the trigram, still found
        ("смирн", ["Ирина Смирнова"]),
        ("ተስፋ", ["ጸሐይ ተስፋዬ"]),
        ("li", ["Li Na"]),
        ("0790 123", ["Zoë Ó Briain-Núñez"]),
        ("17/05/1994", ["Mina"]),
        ("1994-05-17", ["Mina"]),
        ("nobody-like-this", []),
    ],
)
def test_find_by_any_part(vault, refs, query: str, expected: list[str]) -> None:
    with vault.sign_in(Role.CLINICIAN) as clinician:
        assert names(CaseSearch(clinician).find(query)) == expected


def test_find_by_reference_and_edits_are_reindexed(vault, refs) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        search = CaseSearch(cw)
        assert [c.reference for c in search.find(refs[3].lower()).cases] == [refs[3]]
        case = CaseService(cw).get(refs[1])
        CaseService(cw).update(refs[1], replace(case.details, alias="Sahra"), case.version)
        assert names(search.find("sahra")) == ["Sahra"]
        assert names(search.find("mina")) == ["Sahra"]  # still found by her name, Amina


def test_filters_paging_and_order(vault, refs) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        search = CaseSearch(cw)
        everyone = search.find()
        assert [c.reference for c in everyone.cases] == list(reversed(refs))  # newest first
        first = search.find(limit=3)
        rest = search.find(limit=3, offset=3)
        assert first.has_more and len(first.cases) == 3
        assert [c.reference for c in first.cases + rest.cases] == [
            c.reference for c in everyone.cases[:6]
        ]
        assert len(search.find(mine=True).cases) == len(refs)
        case = CaseService(cw).get(refs[0])
        CaseService(cw).close(refs[0], "Safe and settled", case.version)
        assert [c.reference for c in search.find(status=CaseStatus.CLOSED).cases] == [refs[0]]
        assert refs[0] not in [c.reference for c in search.find(open_only=True).cases]
    with vault.sign_in(Role.MANAGER) as manager:
        assert CaseSearch(manager).find(mine=True).cases == ()


@pytest.mark.parametrize("role", list(Role))
def test_search_needs_identity_read_and_is_audited_without_the_query(vault, refs, role) -> None:
    with vault.sign_in(role) as session:
        if permits(role, Section.IDENTITY, Action.READ):
            assert CaseSearch(session).find("amina").cases
        else:
            with pytest.raises(PermissionDenied):
                CaseSearch(session).find("amina")
        who = session.actor.username
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=who)
    assert all("amina" not in e.detail.lower() for e in entries)
    if permits(role, Section.IDENTITY, Action.READ):
        assert any(e.detail == "search: 1 results" for e in entries)


def _search_entries(vault, who: str) -> list[str]:
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries(actor=who, section=Section.IDENTITY.value)
    return [e.detail for e in entries if e.detail.startswith("search")]


def test_a_search_session_is_one_entry_and_its_rest_one_more(vault, refs) -> None:
    """Search-as-you-type: "a", "am", ... "amina" typed one after another are one search
    session: its first search has its entry when it is made, the four after it one entry,
    written when it ends (here her sign-out), with how many they were and what they showed.
    Five entries before, one per search."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        who = cw.actor.username
        search = CaseSearch(cw)
        shown = [len(search.find(typed).cases) for typed in ("a", "am", "ami", "amin", "amina")]
    later = shown[1:]
    assert _search_entries(vault, who) == [
        f"search: {shown[0]} results",
        f"search session: 4 more searches, {sum(later)} results shown, at most {max(later)} "
        "at once",
    ]


def test_a_pause_or_a_lock_ends_a_search_session_and_twenty_searches_make_one(
    vault, refs, monkeypatch
) -> None:
    def rest(counts: list[int]) -> str:
        return (
            f"search session: {len(counts)} more searches, {sum(counts)} results shown, "
            f"at most {max(counts)} at once"
        )

    with vault.sign_in(Role.CASEWORKER) as cw:
        who = cw.actor.username
        search = CaseSearch(cw)

        def n(typed: str) -> int:
            return len(search.find(typed).cases)

        typed = [n("z"), n("zo"), n("zoe")]
        cw.lock()  # the quick hide: the session's rest written before the key goes
        cw.unlock(password_for(Role.CASEWORKER))
        monkeypatch.setattr(search_module, "SESSION_IDLE", 0.0)  # every search after a pause
        paused = [n("li"), n("na")]
        monkeypatch.setattr(search_module, "SESSION_IDLE", 30.0)
        monkeypatch.setattr(search_module, "SESSION_MOST", 3)
        most = [n(t) for t in ("m", "mi", "min", "mina", "mina h")]
    assert (
        _search_entries(vault, who)
        == [
            f"search: {typed[0]} results",
            rest(typed[1:]),  # at the lock
            f"search: {paused[0]} results",  # its own session after a pause
            f"search: {paused[1]} results",  # "na", then "m" and "mi" (three make a session)
            rest(most[0:2]),  # written at the next session's first search
            f"search: {most[2]} results",
            rest(most[3:]),  # at the sign-out
        ]
    )


def test_a_search_that_does_not_commit_leaves_the_session_as_it_was(
    vault, refs, monkeypatch
) -> None:
    """A session's rest is taken out of memory only once its entry commits: the first search
    of the next session, in a batch that rolls back, leaves it to be written by the next."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        who = cw.actor.username
        search = CaseSearch(cw)
        typed = [len(search.find(t).cases) for t in ("a", "am")]
        monkeypatch.setattr(search_module, "SESSION_IDLE", 0.0)
        with pytest.raises(RuntimeError), cw.batch():
            search.find("b")  # a new session: writes the rest of the one before, in the batch
            raise RuntimeError("the batch fails after it")
        after = len(search.find("c").cases)
    assert _search_entries(vault, who) == [
        f"search: {typed[0]} results",
        f"search session: 1 more searches, {typed[1]} results shown, at most {typed[1]} at once",
        f"search: {after} results",
    ]


def test_the_end_of_a_session_is_written_when_the_desktop_says_so(vault, refs) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        who = cw.actor.username
        search = CaseSearch(cw)
        typed = [len(search.find(t).cases) for t in ("l", "li", "li n")]
        search.end_session()  # the desktop: no search for SESSION_IDLE seconds
        assert cw.search_run is None
        again = len(search.find("li").cases)  # a new session
    assert _search_entries(vault, who) == [
        f"search: {typed[0]} results",
        f"search session: 2 more searches, {sum(typed[1:])} results shown, "
        f"at most {max(typed[1:])} at once",
        f"search: {again} results",
    ]


def test_every_hostile_name_can_be_found(vault, hostile_text) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases, search = CaseService(cw), CaseSearch(cw)
        made = {}
        for name in hostile_text["names"]:
            if len(name) > 200 or one_line_problem(name) is not None:
                continue  # refused as a name (tests/unit/test_insider_text.py)
            made[cases.open_case(SurvivorDetails(name=name)).reference] = name
        for reference, name in made.items():
            if not query_words(name):
                continue
            found = {c.reference for c in search.find(name, limit=200).cases}
            assert reference in found, name


def test_the_fold() -> None:
    assert fold("  Zoë   Ó BRIAIN ") == "zoe o briain"
    assert fold("ﬁsh") == "fish"
    assert query_words("17.05.1994") == ["1994-05-17"]
    assert query_words("+44 7700-900 123") == ["447700900123"]


def test_keyset_pages_walk_every_case_once_in_both_orders(vault, refs) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        search = CaseSearch(cw)
        for oldest_first in (False, True):
            seen: list[str] = []
            page = search.find(limit=2, oldest_first=oldest_first)
            while True:
                seen += [c.reference for c in page.cases]
                if not page.has_more:
                    break
                page = search.find(limit=2, oldest_first=oldest_first, after=page.cursor)
            assert seen == (refs if oldest_first else list(reversed(refs)))
        # the cursor goes on with the filters and the query
        page = search.find("li", limit=1)
        assert page.cases and page.cursor is not None


def test_in_shelter_filter_needs_shelter_read(vault, refs) -> None:
    with vault.sign_in(Role.SHELTER_OFFICER) as officer:
        ShelterService(officer).record(
            refs[2], StayDetails(admitted_at=datetime.now(UTC), room="2", bed="B")
        )
        found = CaseSearch(officer).find(in_shelter=True)
        assert [c.reference for c in found.cases] == [refs[2]]
    with vault.sign_in(Role.CLINICIAN) as clinician, pytest.raises(PermissionDenied):
        CaseSearch(clinician).find(in_shelter=True)


def test_rare_and_common_words_give_the_same_pages_from_the_set_or_the_walk(
    vault, refs, monkeypatch
) -> None:
    """A word found in few cases limits the list to its set; a common one is checked case by
    case as the list walks its order: the page is the same whichever way it was found, for
    every threshold, walk size, filter and page size."""
    import onestop.services.search as search_module

    with vault.sign_in(Role.CASEWORKER) as cw:
        for n in range(9):  # more cases with and without the short words, some closed
            CaseService(cw).open_case(SurvivorDetails(name=f"Lina Test{n}" if n % 3 else "Ola"))
    pages: dict[tuple[object, ...], list[list[str]]] = {}
    with vault.sign_in(Role.CASEWORKER) as cw:
        for rare, walk in ((0, 1), (0, 2), (1, 5), (2, 3), (10**6, 2000)):  # 0: always walk
            monkeypatch.setattr(search_module, "RARE", rare)
            monkeypatch.setattr(search_module, "WALK", walk)
            for query in ("li", "l", "张", "xq", "na li", "lina l"):
                for limit in (1, 2, 3, 50):
                    for oldest_first in (False, True):
                        page = CaseSearch(cw).find(query, limit=limit, oldest_first=oldest_first)
                        key = (query, limit, oldest_first)
                        pages.setdefault(key, []).append([*names(page), str(page.has_more)])
    for key, found in pages.items():
        assert all(f == found[0] for f in found), key
    assert pages[("li", 50, False)][0][:-1] == [f"Lina Test{n}" for n in (8, 7, 5, 4, 2, 1)] + [
        "Li Na"
    ]
