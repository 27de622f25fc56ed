"""A thing asked for that is not there (nothing chosen, or removed since) is said in words a
worker understands (issue 23's reader saw "There is no referral 0 in OSC-2026-00001." and
"There is no meeting 0."): no message names an internal id, and none carries what is recorded
about her."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from faker import Faker

from onestop.domain.referrals import Urgency
from onestop.domain.roles import Role
from onestop.errors import NotFound
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.referrals import ReferralDetails, ReferralService

SOURCE = Path(__file__).resolve().parents[2] / "src" / "onestop"
# A placeholder for a row's number: {referral_id}, {meeting_id}, {record_id}, {id}.
AN_ID = re.compile(r"\{(\w*_id|id)\}")
fake = Faker()


def sentences() -> list[tuple[str, int, str]]:
    """Every sentence marked for translation in the application (services' messages, screens'
    self.tr, documents' translate): file, line, text."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in ("QT_TRANSLATE_NOOP", "tr", "translate"):
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    found.append((str(path.relative_to(SOURCE)), node.lineno, arg.value))
    return found


def test_no_message_names_an_internal_id() -> None:
    marked = sentences()
    assert len(marked) > 1000  # the scan reads the application's sentences
    naming = [(f, line, text) for f, line, text in marked if AN_ID.search(text)]
    assert naming == []


@pytest.fixture
def out(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_a_letter_for_no_referral_is_refused_in_words(vault, out) -> None:
    name = fake.name()
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=name)).reference
        made = ReferralService(cw).record(
            ref, ReferralDetails(fake.company(), "Assessment", Urgency.ROUTINE, "Her reason.")
        )
        for unchosen in (0, made.record_id + 1000):
            with pytest.raises(NotFound) as refused:
                ExportService(cw).referral_letter(ref, unchosen, ExportOptions(out))
            said = str(refused.value)
            assert said == (
                f"No referral of case {ref} was chosen, or it was removed. Choose a referral first."
            )
            assert name not in said and str(unchosen) not in said.replace(ref, "")
    assert list(out.iterdir()) == []  # no file written


def test_minutes_of_no_meeting_are_refused_in_words(vault, out) -> None:
    with vault.sign_in(Role.CASEWORKER) as cw, pytest.raises(NotFound) as refused:
        ExportService(cw).conference_minutes(ExportOptions(out), 0)
    said = str(refused.value)
    assert "0" not in said
    assert said.endswith("Choose a meeting on the Conferences screen first.")
