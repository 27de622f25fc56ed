"""A chosen file name holding any piece of her name or alias is refused (issue 22: "the
file-name check also catches fragments of her alias"); the name OneStop chooses is never
refused, whatever she is called."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop.domain.consent import Decision, Purpose
from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.errors import ValidationFailed
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.referrals import ReferralDetails, ReferralService

AGENCY = "Legal Aid Clinic"
NAME = "Abena Mensah-Quaye"
ALIAS = "Kukua-Adjoa O'Brien"


def case_with_referral(vault, name: str, alias: str) -> tuple[str, int]:
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name, alias=alias)).reference
        made = ReferralService(cw).record(
            ref, ReferralDetails(AGENCY, "Divorce advice", Urgency.ROUTINE, "She asked.")
        )
        ConsentService(cw).record(ref, Purpose.SHARE_WITH_AGENCY, Decision.GIVEN, agency=AGENCY)
        return ref, made.record_id


@pytest.mark.parametrize(
    "chosen",
    ["quaye.pdf", "Letter-MENSAH.pdf", "for kukua.pdf", "adjoa_letter.pdf", "brien.pdf"],
)
def test_a_piece_of_her_name_or_alias_in_a_chosen_name_is_refused(
    vault, tmp_path: Path, chosen: str
) -> None:
    ref, referral_id = case_with_referral(vault, NAME, ALIAS)
    out = tmp_path / "exports"
    out.mkdir()
    with vault.sign_in(Role.CASEWORKER) as cw, pytest.raises(ValidationFailed, match="her name"):
        ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out / chosen))
    assert list(out.iterdir()) == []


def test_the_name_onestop_chooses_is_written_whatever_she_is_called(vault, tmp_path) -> None:
    """Her name shares a piece with the document's type ("letter", "referral"): the default
    name holds the reference and the type only, so it is never taken for hers."""
    ref, referral_id = case_with_referral(vault, "Letter Referral-Bell", "Ral")
    out = tmp_path / "exports"
    out.mkdir()
    with vault.sign_in(Role.CASEWORKER) as cw:
        done = ExportService(cw).referral_letter(ref, referral_id, ExportOptions(out))
    assert done.path.name == f"{ref}-referral-letter.pdf"
