"""The registry of the case file's tabs (after Picard's ``register_options_page``).

Each tab's module registers a :class:`SectionPage`: the section whose records it shows, its
object name, its title and the factory that builds it. The case file builds, in ``order``, the
tab of every page whose section the person may read (the service leaves such a section out of
the file it reads, as None); a page with no section belongs to the file itself and is always
there.

A file is read lazily (services.casefile): it opens with the sections of the tab shown and of
its header, and a tab whose sections were left for later is read when it is first shown. A
page names what its tab reads: its own section, the others its factory looks at
(``reads``), and whether it shows the timeline or the list of attachments (a long file's
60 photographs are listed, and their thumbnails fetched, only when their tab is shown).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from onestop.domain.roles import Section
from onestop.services.casefile import CaseFileView

if TYPE_CHECKING:
    from onestop.gui.views.case_file.widget import CaseFileWidget

Factory = Callable[["CaseFileWidget", CaseFileView], QWidget]


@dataclass(frozen=True)
class SectionPage:
    section: Section | None  # None: the file's own tab, shown to whoever opens the file
    object_name: str
    title: str  # English, marked for lupdate in the case file's context; translated when shown
    factory: Factory
    order: int  # where the tab stands among the others
    reads: frozenset[Section] = frozenset()  # other sections its factory reads from the file
    timeline: bool = False  # it shows the file's timeline
    attachments: bool = False  # it shows the file's list of attachments

    def needs(self) -> frozenset[Section]:
        """Every section this tab shows (read before it is built)."""
        own = frozenset({self.section}) if self.section is not None else frozenset()
        return own | self.reads


_PAGES: dict[str, SectionPage] = {}


def register_page(page: SectionPage) -> SectionPage:
    if page.object_name in _PAGES:
        raise ValueError(f"a case file tab is already registered as {page.object_name}")
    _PAGES[page.object_name] = page
    return page


def pages() -> list[SectionPage]:
    """Every registered tab, in its order."""
    return sorted(_PAGES.values(), key=lambda p: p.order)


def holds(view: CaseFileView, section: Section) -> bool:
    """Whether ``view`` holds ``section`` (read by the person's role or by break-glass)."""
    read = {
        Section.INCIDENTS: view.incidents,
        Section.CONSENT: view.consent,
        Section.HEALTH: view.health,
        Section.FORENSIC: view.forensic,
        Section.COUNSELLING: view.counselling,
        Section.LEGAL: view.legal_matters,
        Section.SHELTER: view.shelter,
        Section.REFERRALS: view.referrals,
        Section.TASKS: view.tasks,
        Section.RISK: view.risk,
    }
    return read.get(section) is not None


def page_named(name: str) -> SectionPage | None:
    return _PAGES.get(name)


def shown(page: SectionPage, view: CaseFileView) -> bool:
    """Whether the file has this tab: its section is read, or left for later."""
    return page.section is None or holds(view, page.section) or page.section in view.unread


def ready(page: SectionPage, view: CaseFileView) -> bool:
    """Whether ``view`` holds what the tab shows (nothing it needs was left for later)."""
    return (
        not (page.needs() & view.unread)
        and not (page.timeline and view.timeline_unread)
        and not (page.attachments and view.attachments_unread)
    )
