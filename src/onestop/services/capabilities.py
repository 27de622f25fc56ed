"""A capability (domain.roles) checked where the work is done, not only in what a screen shows.

A role without the capability is refused before anything is read or written, and the refusal
is audited as every refusal of the matrix is (``VaultSession.refuse``: the section and action
it would have used, outcome refused); the person is told in words what they may not do and
who does it.
"""

from __future__ import annotations

from onestop.domain.roles import Action, Capability, Section, may
from onestop.errors import PermissionDenied
from onestop.services.session import VaultSession


def require(
    session: VaultSession, capability: Capability, section: Section, action: Action, why: str
) -> None:
    """PermissionDenied with ``why`` (a sentence for the person), audited, unless the role of
    ``session`` holds ``capability``."""
    if not may(session.actor.role, capability):
        session.refuse(section, action)
        raise PermissionDenied(why)
