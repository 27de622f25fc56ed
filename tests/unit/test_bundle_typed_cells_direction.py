"""In an Arabic court bundle a hearing's purpose and outcome, an order's conditions and a
medical encounter's findings in the summary table are what staff typed: each cell is laid out in
its own direction (its first letter's), not the document's. An English outcome quoting her in
Arabic ("Said لا then left.") was laid out right to left and read "then left. لا Said" from
the left (issue 23's Arabic rich sample, pages B2–B7 and D61–D70)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.reports.bundle import BundleSection
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.legal import HearingDetails, Hearings, OrderDetails, ProtectionOrders

pytestmark = pytest.mark.both_backends

OUTCOME = "Said لا then left."
CONDITIONS = "Stay off بيت now."
FINDINGS = "Cried بكت then slept."


def drawn_lines(path) -> list[str]:
    """Each line of every page as it is seen, from its left: the strings drawn at one
    height, ordered by where each starts
    (a line's strings, drawn one after another from its left, all start at one place: they
    keep the order they are drawn in)."""
    out: list[str] = []
    for page in PdfReader(path).pages:
        lines: dict[float, list[tuple[float, str]]] = {}

        def visit(text, cm, tm, _font, _size, lines=lines) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
                piece = unicodedata.normalize("NFKC", text).replace("\n", "")
                lines.setdefault(y, []).append((x, piece))

        page.extract_text(visitor_text=visit)
        out += [
            "".join(piece for _, piece in sorted(line, key=lambda drawn: drawn[0]))
            for line in lines.values()
        ]
    return out


def test_typed_cells_keep_their_own_direction_in_arabic(vault, tmp_path) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Test person")).reference
    with vault.sign_in(Role.CLINICIAN) as clinician:
        seen = datetime.now(UTC) - timedelta(days=4)
        HealthService(clinician).record(ref, EncounterDetails(seen, examination=FINDINGS))
    with vault.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        ConsentService(advocate).record(ref, Purpose.USE_IN_COURT, Decision.GIVEN)
        held = datetime.now(UTC) - timedelta(days=3)
        Hearings(advocate).record(ref, HearingDetails(held, "Court", "First", OUTCOME))
        issued = date.today() - timedelta(days=2)
        ProtectionOrders(advocate).record(
            ref, OrderDetails("Non-molestation", issued, None, CONDITIONS)
        )
        (tmp_path / "ar").mkdir()
        done = ExportService(advocate).court_bundle(
            ref,
            ExportOptions(tmp_path / "ar", language="ar"),
            [BundleSection.ORDERS, BundleSection.HEARINGS, BundleSection.MEDICAL],
        )
    lines = drawn_lines(done.path)
    # Each as typed, read from the left: the words before the Arabic one left of the words
    # after it, the full stop last (not "then left. لا Said").
    pairs = (("Said", "then left."), ("Stay off", "now."), ("Cried", "then slept."))
    for before, after in pairs:
        (line,) = [line for line in lines if before in line]
        assert after in line, lines
        assert line.index(before) < line.index(after), lines
