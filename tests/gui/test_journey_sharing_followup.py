"""After a sharing without her consent, from the sign-in window with only what is on screen:
"not yet: X will tell her" reminds her caseworker until she records that the survivor has been
told; and a second pack whose answer says otherwise than the first is exported only once the
manager confirms it, the ledger keeping both answers.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from onestop.domain.consent import Told, ToldHer
from onestop.domain.roles import Role
from onestop.gui import fmt
from tests.conftest import dated_at_each_test
from tests.gui.conftest import DROP_DOWN, NOTE, NOW, WHY, ConferenceSetting, save_as
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    has_window,
    on_screen,
    open_file_from_list,
    select_row,
    shows_button,
    sign_in_by_keyboard,
    snap,
    tick,
    type_any_text,
    type_into,
)

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start

WHO = "Amina, her caseworker, at Friday's visit"


def _shared(conference: ConferenceSetting, told: ToldHer) -> str:
    """Her case, on the agenda of a meeting with the police, to which she did not consent;
    the manager printed the pack with ``told`` as the answer."""
    [ref] = conference.refer(
        ("Plover", "He followed her to work twice"), opened_at=NOW - timedelta(days=20)
    )
    conference.share(ref, told)
    return ref


@DROP_DOWN
def test_she_is_to_be_told_reminds_her_caseworker_until_she_is(
    qtbot, make_shell, vault, conference
) -> None:
    ref = _shared(conference, ToldHer(Told.WILL_BE_TOLD, by=WHO))
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.CASEWORKER)
    # On her home, and on the Reminders tab.
    qtbot.waitUntil(lambda: "Tell her of a sharing" in on_screen(shell), timeout=10_000)
    snap("the home reminds her caseworker", shell)
    click_tab(shell, "Reminders")
    qtbot.waitUntil(lambda: f"{WHO} will tell her." in on_screen(shell), timeout=10_000)
    snap("on the Reminders tab", shell)
    # She tells her, and records it on her file's consent tab.
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Consent")
    qtbot.waitUntil(lambda: "Shared without her consent" in on_screen(shell), timeout=10_000)
    assert f"Not yet: {WHO} will tell her" in on_screen(shell)
    select_row(find_field(shell, "Shared without her consent"), "Case-conference pack")
    click(find_button(shell, "She has now been told…"))
    qtbot.waitUntil(lambda: has_window("She has now been told"), timeout=5_000)
    told = find_window("She has now been told")
    type_into(told, "The day she was told", NOW.date().isoformat())
    click(find_button(told, "Record"))
    qtbot.waitUntil(lambda: not has_window("She has now been told"), timeout=5_000)
    today = fmt.day(NOW.date())
    qtbot.waitUntil(lambda: f"Yes, told on {today}" in on_screen(shell), timeout=10_000)
    history = on_screen(shell).split("Every answer, in order:")[1]
    assert history.index(f"Not yet: {WHO} will tell her") < history.index(f"Yes, told on {today}")
    # No longer a reminder.
    click_tab(shell, "Reminders")
    qtbot.waitUntil(lambda: "Tell her of a sharing" not in on_screen(shell), timeout=10_000)
    assert WHO not in on_screen(shell)


@DROP_DOWN
def test_a_second_pack_that_says_otherwise_is_confirmed_first(
    qtbot, make_shell, vault, tmp_path, opened, conference
) -> None:
    first_day = NOW.date() - timedelta(days=2)
    ref = _shared(conference, ToldHer(Told.TOLD, on=first_day))
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the pack…"), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    out = tmp_path / "second.pdf"
    save_as(dialog, out)
    choose(dialog, f"Why {ref} is shared", "High risk of serious harm or homicide")
    type_into(dialog, f"What makes it so for {ref}", NOTE)
    choose(
        dialog,
        f"Has she been told of the sharing of {ref}?",
        "No: it would put her or others at risk",
    )
    type_any_text(dialog, f"Who will tell her, or why not, for {ref}", WHY)
    click(find_button(dialog, "Export"))
    # Warned, naming the case and the earlier answer; nothing written until confirmed.
    earlier = f"Yes, told on {fmt.day(first_day)}"
    qtbot.waitUntil(
        lambda: "An earlier sharing said otherwise:" in on_screen(dialog), timeout=10_000
    )
    assert f"{ref}, shared on {fmt.day(NOW.date())}: “{earlier}”" in on_screen(dialog)
    snap("a second answer that says otherwise", dialog)
    assert not out.exists()
    tick(dialog, "Export all the same: these answers differ from the earlier ones")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=30_000)
    assert out.exists()
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)
    # Her file keeps both, each sharing with its own answer.
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Consent")
    qtbot.waitUntil(lambda: "Shared without her consent" in on_screen(shell), timeout=10_000)
    table = find_field(shell, "Shared without her consent")
    model = table.model()  # type: ignore[attr-defined]
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Has she been told?"
    )
    answers = [str(model.index(r, column).data()) for r in range(2)]
    assert model.rowCount() == 2
    assert [a.replace("\u2068", "").replace("\u2069", "") for a in answers] == [
        earlier,
        f"No: telling her would put her or others at risk ({WHY})",
    ]
    snap("both answers kept", shell)
