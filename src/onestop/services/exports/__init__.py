"""Documents that leave the centre: assembled here, after the checks, rendered by ``reports/``.

Every export:

- is built from what the requesting member of staff may read (each read checked and audited
  as usual) and what the survivor consented to share for that purpose now; without consent it
  is refused with a message naming the missing consent, unless a manager authorises it with a
  written reason, and the document then says it was shared without consent;
- is rendered in memory and, if a password is given, encrypted with AES-256 (PDF 2.0
  security handler, revision 6) before anything is written;
- is written under a name that carries the case reference and the document type, never her
  name (a chosen file name holding her name or alias is refused), atomically: a refused or
  failed export leaves no file;
- leaves an audit entry with the document type and the SHA-256 of the file written.

The package: ``pipeline`` holds the steps every export shares (path rules, options, consent or
a manager's override, letterhead, encryption, atomic write and audit); one module per document
assembles it from the records (``referral``, ``medicolegal``, ``bundle``, ``conference``,
``safety_plan``, ``statistics``), mirroring ``reports/``; ``parts`` holds what several of them
draw alike; ``service`` is the ``ExportService`` the screens and the command line call.
"""

from __future__ import annotations

from onestop.reports.bundle import COUNSELLING_DOCUMENT as COUNSELLING_BUNDLE
from onestop.reports.bundle import DOCUMENT as COURT_BUNDLE
from onestop.reports.bundle import SECTION_LETTERS as SECTION_LETTERS
from onestop.reports.bundle import BundleSection as BundleSection
from onestop.reports.bundle import ChronologyLine as ChronologyLine
from onestop.reports.bundle import in_bundle_order as in_bundle_order
from onestop.reports.conference import DOCUMENT as CONFERENCE_PACK
from onestop.reports.medicolegal import DOCUMENT as MEDICO_LEGAL_REPORT
from onestop.reports.minutes import DOCUMENT as CONFERENCE_MINUTES
from onestop.reports.referral import DOCUMENT as REFERRAL_LETTER
from onestop.reports.safety_plan import DOCUMENT as SAFETY_PLAN
from onestop.reports.statistics import DOCUMENT as STATISTICS
from onestop.services.exports.bundle import BUNDLE_NEEDS as BUNDLE_NEEDS
from onestop.services.exports.bundle import CourtDetails as CourtDetails
from onestop.services.exports.medicolegal import MEDICO_LEGAL_NEEDS as MEDICO_LEGAL_NEEDS
from onestop.services.exports.pipeline import DOCUMENT_LANGUAGES as DOCUMENT_LANGUAGES
from onestop.services.exports.pipeline import MIN_PDF_PASSWORD as MIN_PDF_PASSWORD
from onestop.services.exports.pipeline import Exported as Exported
from onestop.services.exports.pipeline import ExportOptions as ExportOptions
from onestop.services.exports.pipeline import file_name as file_name
from onestop.services.exports.service import ExportService as ExportService

# The documents' names, as the GUI and the CLI offer them.
DOCUMENT_NAMES: dict[str, str] = {
    "referral": REFERRAL_LETTER,
    "medico-legal": MEDICO_LEGAL_REPORT,
    "bundle": COURT_BUNDLE,
    "counselling-bundle": COUNSELLING_BUNDLE,
    "conference": CONFERENCE_PACK,
    "minutes": CONFERENCE_MINUTES,
    "safety-plan": SAFETY_PLAN,
    "statistics": STATISTICS,
}
