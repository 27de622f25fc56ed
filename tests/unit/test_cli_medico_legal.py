"""`onestop-cli export medico-legal --exam ID`: a later forensic examination of an incident
has a report of its own, signed by its examiner, from the command line as from the export
dialog; an examination not in the case is refused in words."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from pypdf import PdfReader

from onestop import cli
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.roles import Role
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.forensic import ExamDetails, ForensicService
from onestop.services.incidents import IncidentDetails, IncidentService
from tests.conftest import password_for, username_for

pytestmark = pytest.mark.local_only(reason="the command line on a local vault folder")


def _export(vault, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    argv = [
        "export", "medico-legal", "--vault", str(vault.path), *extra,
        "--as", username_for(Role.CLINICIAN), "--password-stdin",
    ]  # fmt: skip
    code = cli.main(argv, io.StringIO(password_for(Role.CLINICIAN) + "\n"), out, err)
    return code, out.getvalue(), err.getvalue()


def test_each_examination_s_report_from_the_command_line(vault, tmp_path) -> None:
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    with vault.sign_in(Role.CASEWORKER) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(alias="Sandpiper")).reference
        incident = IncidentService(cw).record(
            ref,
            IncidentDetails(
                IncidentTime.exact(now - timedelta(days=6)), GbvType.RAPE, IncidentContext.OTHER
            ),
        )
    with vault.sign_in(Role.CLINICIAN) as clinician:
        ConsentService(clinician).record(ref, Purpose.SHARE_WITH_POLICE, Decision.GIVEN)
        exams = [
            ForensicService(clinician).open_exam(
                ref,
                ExamDetails(
                    name,
                    now - timedelta(days=days),
                    incident.incident_id,
                    opinion=f"Opinion of {name}.",
                ),
            )
            for name, days in (("First Examiner", 5), ("Second Examiner", 2))
        ]
    second = exams[1].exam_id
    out = tmp_path / "second"
    out.mkdir()
    code, printed, err = _export(vault, "--case", ref, "--exam", str(second), "--out", str(out))
    assert code == 0 and "Traceback" not in err, err
    assert "Written" in printed
    (report,) = out.glob("*.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(report).pages)
    assert "Opinion of Second Examiner." in text
    assert "Opinion of First Examiner." not in text
    # Not an examination of this case: refused in words, nothing written.
    missing = tmp_path / "missing"
    missing.mkdir()
    code, _, err = _export(
        vault, "--case", ref, "--exam", str(second + 1000), "--out", str(missing)
    )
    assert code != 0 and "Traceback" not in err and "examination" in err, err
    assert not list(missing.glob("*.pdf"))
