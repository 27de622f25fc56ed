"""A survivor's file on screen (widget.py): its header (header.py) and its tabs, one module
each, registered as pages (pages.py) when this package is imported."""

# Each tab's module registers its page: importing the package (as any import of one of its
# modules does first) registers every tab.
from onestop.gui.views.case_file import (  # noqa: F401
    attachments,
    consent,
    counselling,
    forensic,
    health,
    identity,
    incidents,
    legal,
    referrals,
    risk,
    shelter,
    tasks,
    timeline,
)
from onestop.gui.views.case_file._parts import Clock, utc_now
from onestop.gui.views.case_file.header import CaseFileHeader
from onestop.gui.views.case_file.pages import SectionPage, pages, register_page
from onestop.gui.views.case_file.widget import TICK_MS, CaseFileWidget

__all__ = [
    "TICK_MS",
    "CaseFileHeader",
    "CaseFileWidget",
    "Clock",
    "SectionPage",
    "pages",
    "register_page",
    "utc_now",
]
