"""Her search index is read once her home is built, not beside it (issue 24): at 100,000
survivors the two took turns with the interpreter's lock, and the index's reading paused the
cycle collector, which then walked every object in the middle of her home's reading (600 ms
to her home after the key derivation instead of about 300). Her home still shows her cases'
names (from their rows), and her search finds them once the index is read."""

from __future__ import annotations

import threading

from faker import Faker

from onestop.domain.roles import Role
from onestop.services import caseindex
from onestop.services.reminders import ReminderService
from tests.gui.conftest import sign_in
from tests.gui.journey import click_tab, find_field, labels_saying, type_into

fake = Faker()
Faker.seed(2424)


def _index_thread_running() -> bool:
    return any(t.name == "onestop-index-load" and t.is_alive() for t in threading.enumerate())


def test_her_index_is_read_after_her_home_is_built(
    qtbot, make_shell, vault, make_case, monkeypatch
) -> None:
    alias = fake.first_name() + "zq"
    reference = make_case(alias=alias)
    other = make_case(alias=fake.first_name() + "xw")
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.finish_loading(cw)  # writes the snapshot her next sign-in reads
    seen: list[tuple[bool, bool]] = []  # while her home reads: (loading, its thread running)
    summary = ReminderService.summary

    def reading_her_home(self, *args, **kwargs):
        seen.append((caseindex.loading(self._session), _index_thread_running()))
        return summary(self, *args, **kwargs)

    monkeypatch.setattr(ReminderService, "summary", reading_her_home)
    shell = make_shell(vault.path)
    sign_in(qtbot, shell, Role.CASEWORKER)
    # Her home was read while her index was loading (the lists show their rows' names) but
    # before its thread started.
    assert seen == [(True, False)]
    # Her home names her case.
    assert labels_saying(shell, "Signed in as .*")
    home_cases = find_field(shell, "My open cases").model()  # type: ignore[attr-defined]
    shown = [
        str(home_cases.index(r, c).data())
        for r in range(home_cases.rowCount())
        for c in range(home_cases.columnCount())
    ]
    assert any(alias in cell for cell in shown), shown
    # Then it is read, on its own thread, without her asking: her search finds her by name.
    qtbot.waitUntil(lambda: shell.session.case_index is not None, timeout=20_000)
    click_tab(shell, "Cases")
    listed = find_field(shell, "Cases").model()  # type: ignore[attr-defined]

    def references() -> list[str]:
        return [str(listed.index(r, 0).data()) for r in range(listed.rowCount())]

    qtbot.waitUntil(lambda: sorted(references()) == sorted([reference, other]), timeout=10_000)
    type_into(shell, "Find a case", alias)
    qtbot.waitUntil(lambda: references() == [reference], timeout=10_000)
    shell._end_session()


def test_a_sign_out_before_the_thread_starts_reads_nothing(vault) -> None:
    """Made and not started, then cancelled (she locked or signed out at once): its thread
    never starts, and the index is read on her thread when next needed."""
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw, start=False)
        load = cw.index_loading
        assert load is not None and caseindex.loading(cw)
        caseindex.stop_loading(cw)
        assert load.done() and load.result() is None
        caseindex.begin_loading(cw)  # the window's timer, after the sign-out: nothing
        assert not _index_thread_running()
        assert caseindex.finish_loading(cw) is not None


def test_a_search_before_the_thread_starts_starts_it(vault, make_case) -> None:
    reference = make_case(alias=fake.first_name())
    with vault.sign_in(Role.CASEWORKER) as cw:
        caseindex.load_in_background(cw, start=False)
        index = caseindex.finish_loading(cw)  # waits for what the thread reads
        assert index is not None and cw.index_loading is None
        assert [e.reference for e in index._entries.values()] == [reference]
