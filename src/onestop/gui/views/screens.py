"""Which coordination tabs a person's role reads, in the workspace's order."""

from __future__ import annotations

from onestop.domain.roles import Action, Capability, Section, may
from onestop.gui.views.conferences import ConferencesView
from onestop.gui.views.referral_network import NetworkView
from onestop.gui.views.register_import import ImportView
from onestop.gui.views.reminders import RemindersView
from onestop.gui.views.shelter_board import ShelterBoardView
from onestop.gui.widgets.screen import Screen
from onestop.services.session import VaultSession


def screens_for(session: VaultSession) -> list[tuple[str, type[Screen]]]:
    """The coordination tabs this person's role reads, in the workspace's order."""
    role = session.actor.role
    if not may(role, Capability.CASE_WORK):
        return []
    found: list[tuple[str, type[Screen]]] = [("Reminders", RemindersView)]
    if session.allowed(Section.CONFERENCES, Action.READ):
        found.append(("Conferences", ConferencesView))
    if session.allowed(Section.SHELTER, Action.READ) and may(role, Capability.SHELTER_BOARD):
        found.append(("Shelter board", ShelterBoardView))
    if session.allowed(Section.DIRECTORY, Action.READ):
        found.append(("Referral network", NetworkView))
    # Moving in: the caseworker imports the centre's earlier register; the manager checks it.
    if may(role, Capability.CHECK_REGISTER):
        found.append(("Import register", ImportView))
    return found
