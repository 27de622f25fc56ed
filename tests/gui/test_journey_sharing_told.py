"""Whether she was told of a sharing without her consent, from the sign-in window with only
what is on screen.

The manager prints the pack of a meeting whose two cases did not consent to sharing with the
police. She gives each case its reason; the export then asks, for each case, whether she has
been told, and refuses, naming the case, until each is answered: the first told on a day (the
day starts empty, and one before her case was opened or after today is refused in words), the
second not told, because telling her would put her at risk, and why. The pack says so beside
each case in words the police act on. On the second case's consent tab the sharing is listed
with the meeting, the agencies it went to, why, and its answer; later the manager records that
she has now been told (on a day she types), and the tab lists both answers in order; her
timeline shows the sharing and the day she was told.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta

from pypdf import PdfReader

from onestop.domain.roles import Role
from onestop.gui import fmt
from tests.conftest import dated_at_each_test
from tests.gui.conftest import DROP_DOWN, NOTE, NOW, PASSWORD, WHY, save_as
from tests.gui.journey import (
    choose,
    click,
    click_tab,
    find_button,
    find_field,
    find_window,
    focused,
    has_window,
    on_screen,
    open_file_from_list,
    reachable,
    resize_window,
    select_row,
    shows_button,
    sign_in_by_keyboard,
    snap,
    type_any_text,
    type_into,
)

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start


@DROP_DOWN
def test_the_pack_says_she_was_not_told_and_later_that_she_was(
    qtbot, make_shell, vault, tmp_path, opened, conference
) -> None:
    told_ref, ref = conference.refer(("Plover", "He followed her to work twice"), "Heron")
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the pack…"), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    out = tmp_path / "pack.pdf"
    save_as(dialog, out)
    choose(dialog, f"Why {told_ref} is shared", "High risk of serious harm or homicide")
    type_into(dialog, f"What makes it so for {told_ref}", NOTE)
    choose(dialog, f"Why {ref} is shared", "Risk to children")
    type_into(dialog, f"What makes it so for {ref}", NOTE)

    # Not written until it says, for each case, whether the survivor was told, and on which
    # day: the day starts empty (never today by default), and a day before her case was
    # opened, or after today, is refused in words.
    day_of = f"The day she was told of the sharing of {told_ref}"
    choose(dialog, f"Has she been told of the sharing of {told_ref}?", "Yes, she was told on")
    assert find_field(dialog, day_of).text() == ""  # type: ignore[attr-defined]
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(
        lambda: f"Type or choose the day she was told: {told_ref}." in on_screen(dialog),
        timeout=5_000,
    )
    assert not out.exists()
    type_into(dialog, day_of, "2019-01-01")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(
        lambda: f"whether she has been told of it: {ref}." in on_screen(dialog),
        timeout=20_000,
    )
    assert not out.exists()
    # The keyboard is on the case the refusal names, and Export is the default: Enter never
    # closes the dialog and loses the answers.
    assert focused() is find_field(dialog, f"Has she been told of the sharing of {ref}?")
    assert find_button(dialog, "Export").isDefault()
    choose(
        dialog,
        f"Has she been told of the sharing of {ref}?",
        "No: it would put her or others at risk",
    )
    type_any_text(dialog, f"Who will tell her, or why not, for {ref}", WHY)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(
        lambda: (
            f"For {told_ref}: The day she was told cannot be before her case was opened"
            in on_screen(dialog)
        ),
        timeout=20_000,
    )
    snap("a day before her case was opened, refused")
    assert not out.exists()
    tomorrow = (datetime.now().date() + timedelta(days=2)).isoformat()
    find_field(dialog, day_of).clear()  # type: ignore[attr-defined]
    type_into(dialog, day_of, tomorrow)
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(
        lambda: f"For {told_ref}: The day she was told cannot be after today" in on_screen(dialog),
        timeout=20_000,
    )
    assert not out.exists()
    find_field(dialog, day_of).clear()  # type: ignore[attr-defined]
    type_into(dialog, day_of, datetime.now().date().isoformat())
    snap("one told, one not, and why")
    click(find_button(dialog, "Export"))
    qtbot.waitUntil(lambda: bool(opened.urls), timeout=30_000)
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    reader.decrypt(PASSWORD)
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    # Each case's answer beside it: the text from its heading in "The cases" to the next.
    starts = sorted((text.rindex(f". {r} "), r) for r in (told_ref, ref))
    (start, first_ref), (end, second_ref) = starts
    parts = {first_ref: text[start:end], second_ref: text[end:]}
    one, two = parts[told_ref], parts[ref]
    today = datetime.now().date().isoformat()
    assert f"She has been told of this sharing (on {today})." in one
    assert WHY not in one and "She has not been told" not in one
    assert (
        "She has not been told of this sharing: telling her would increase the risk. Do not "
        "contact her about it, and take care that nothing of it reaches the perpetrator."
    ) in two
    assert f"Why she is not told: {WHY}" in two and "She has been told" not in two
    click(find_button(dialog, "Close"))
    qtbot.waitUntil(lambda: not has_window(title), timeout=5_000)

    # On her file's consent tab: the sharing, where it went and why, not told; then told
    # today, and every answer in order.
    open_file_from_list(qtbot, shell, ref)
    click_tab(shell, "Consent")
    qtbot.waitUntil(lambda: "Shared without her consent" in on_screen(shell), timeout=10_000)
    shown = on_screen(shell)
    assert f"No: telling her would put her or others at risk ({WHY})" in shown
    assert f"For the case conference of {fmt.day(NOW.date() + timedelta(days=3))}." in shown
    assert "It went to: Police." in shown
    assert f"Why: Risk to children: {NOTE}" in shown
    select_row(find_field(shell, "Shared without her consent"), "Case-conference pack")
    click(find_button(shell, "She has now been told…"))
    qtbot.waitUntil(lambda: has_window("She has now been told"), timeout=5_000)
    told = find_window("She has now been told")
    assert find_field(told, "The day she was told").text() == ""  # type: ignore[attr-defined]
    click(find_button(told, "Record"))
    qtbot.waitUntil(lambda: "Type the date" in on_screen(told), timeout=5_000)
    type_into(told, "The day she was told", "2019-01-01")
    click(find_button(told, "Record"))
    qtbot.waitUntil(
        lambda: "cannot be before her case was opened" in on_screen(told), timeout=5_000
    )
    assert has_window("She has now been told")
    find_field(told, "The day she was told").clear()  # type: ignore[attr-defined]
    type_into(told, "The day she was told", datetime.now().date().isoformat())
    snap("she has now been told")
    click(find_button(told, "Record"))
    qtbot.waitUntil(lambda: not has_window("She has now been told"), timeout=5_000)
    today = fmt.day(datetime.now().date())
    qtbot.waitUntil(lambda: f"Yes, told on {today}" in on_screen(shell), timeout=10_000)
    history = on_screen(shell).split("Every answer, in order:")[1]
    assert history.index(f"No: telling her would put her or others at risk ({WHY})") < (
        history.index(f"Yes, told on {today}")
    )
    snap("the sharing, told", shell)
    # On her timeline too.
    click_tab(shell, "Timeline")
    qtbot.waitUntil(
        lambda: (
            "Shared without her consent: Case-conference pack (case conference of "
            in on_screen(shell)
        ),
        timeout=10_000,
    )
    assert "that the Case-conference pack of" in on_screen(shell)
    snap("the sharing on her timeline", shell)


@DROP_DOWN
def test_a_meeting_of_six_cases_fits_a_laptops_screen(qtbot, make_shell, vault, conference) -> None:
    """Six cases without consent: their rows scroll inside the box, and the dialog, with its
    Export button, fits a screen 768 pixels high."""
    refs = conference.refer(*((f"Wren{n}", "He followed her to work twice") for n in range(6)))
    shell = make_shell(vault.path)
    sign_in_by_keyboard(qtbot, shell, Role.MANAGER)
    click_tab(shell, "Conferences")
    qtbot.waitUntil(lambda: shows_button(shell, "Print the pack…"), timeout=10_000)
    click(find_button(shell, "Print the pack…"))
    title = "Export: Case-conference pack"
    qtbot.waitUntil(lambda: has_window(title), timeout=5_000)
    dialog = find_window(title)
    assert dialog.minimumSizeHint().height() <= 700, dialog.minimumSizeHint()
    assert dialog.sizeHint().height() <= 768, dialog.sizeHint()  # as it first opens
    resize_window(dialog, dialog.width(), 700)
    snap("six cases, scrolled in their box", dialog)
    assert reachable(find_button(dialog, "Export"))
    for ref in refs:  # each case's rows are reached by scrolling
        assert reachable(find_field(dialog, f"Has she been told of the sharing of {ref}?"))
