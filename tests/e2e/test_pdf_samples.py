"""``make pdf-samples`` at a tiny size, so that it does not rot: the three cases of issue 23
(rich, empty, alias-only) each in its own folder, every document made or refused in words.

The script runs as ``make pdf-samples`` runs it, in a subprocess on this checkout's code; its
PDFs are read back with pypdf. English only and no page pictures: the whole run (three vaults,
each with every role's account) takes a few minutes on a busy machine.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop.domain.dhis2 import check_value_set
from onestop.domain.periods import Period

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
LIMIT_S = 900


@pytest.mark.timeout(LIMIT_S + 60)
def test_the_samples_give_every_document_or_say_why_not(tmp_path: Path) -> None:
    out = tmp_path / "samples"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        "ONESTOP_HOME": str(tmp_path / "home"),
    }
    tiny = ["--encounters", "2", "--languages", "en", "--no-pictures"]
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "pdf_samples.py"), "--out", str(out), *tiny],
        capture_output=True,
        text=True,
        env=env,
        timeout=LIMIT_S,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(p.name for p in out.iterdir()) == ["alias-only", "empty", "rich"]

    def made(case: str) -> dict[str, PdfReader]:
        return {p.name: PdfReader(p) for p in sorted((out / case / "en").glob("*.pdf"))}

    def refused(case: str) -> str:
        return (out / case / "en" / "refused.txt").read_text("utf-8")

    rich = made("rich")
    names = "\n".join(rich)
    for kind in (
        "referral-letter",
        "referral-letter-child-protection",
        "medico-legal-report-first-incident",
        "court-bundle",
        "notes.pdf",  # her safety plan: a neutral name
        "case-conference-pack",
        "conference-minutes",
        "anonymised-statistics",
    ):
        assert kind in names, (kind, names, refused("rich"))
    assert all(len(reader.pages) >= 1 for reader in rich.values())
    # The first incident's report is the one with the forensic examination and its seals.
    (first,) = [r for n, r in rich.items() if n.endswith("first-incident.pdf")]
    report = "".join(page.extract_text() for page in first.pages)
    assert "SAMPLE-001" in report and "SAMPLE-004" in report
    # The letter to children's services names her two children, with its reply slip.
    (letter,) = [r for n, r in rich.items() if n.endswith("child-protection.pdf")]
    text = "".join(page.extract_text() for page in letter.pages)
    assert "Children's Services" in text and "Number of children: 2" in text
    assert "Reply slip" in letter.pages[-1].extract_text()
    # The bundle opens with section A: the advocate's case summary, then the chronology.
    (bundle,) = [r for n, r in rich.items() if re.fullmatch(r"OSC-[\d-]+-court-bundle.pdf", n)]
    text = "".join(page.extract_text() for page in bundle.pages)
    assert "Case summary and chronology" in text and "seeks a non-molestation order" in text
    # The released month counts the cohort beside her case (her first incident when it fell
    # in that month): a share printed with its n; the quarter before it, the cohort alone.
    month = Period.last_month(date.today())
    quarter = Period.last_quarter(month.start)
    share = r"within 72 h of the incident: (\d+) of (\d+) \((\d+) %\)"
    stats = "".join(p.extract_text() for p in rich[f"{month.name}-anonymised-statistics.pdf"].pages)
    found = re.search(share, stats)
    assert found, stats[-2000:]
    k, n = int(found[1]), int(found[2])
    assert k in (8, 9) and n == k + 5 and int(found[3]) == round(100 * k / n)
    stats = "".join(
        p.extract_text() for p in rich[f"{quarter.name}-anonymised-statistics.pdf"].pages
    )
    assert "within 72 h of the incident: 8 of 13 (62 %)" in stats, stats[-2000:]
    # Its DHIS2 data value set, JSON and CSV beside the PDFs, as DHIS2 takes them.
    for case in ("rich", "empty", "alias-only"):
        sent = out / case / "en" / f"{month.name}-dhis2-data-value-set.json"
        assert check_value_set(sent.read_bytes(), sent.with_suffix(".csv").read_bytes()) == []
        assert json.loads(sent.read_text("utf-8"))["period"] == month.dhis2
    values = json.loads((out / "rich" / "en" / sent.name).read_text("utf-8"))["dataValues"]
    rape = {"dataElement": "GBV_INCIDENTS_BY_TYPE", "categoryOptionCombo": "GBV_TYPE_RAPE"}
    assert rape | {"value": str(n)} in values
    # Her counselling notes only under their own consent, and never in the advocate's hands.
    assert "Legal advocate accounts may not see counselling records" in refused("rich")

    empty = refused("empty")
    assert not any("medico-legal" in n for n in made("empty"))
    assert "There is no examination to report" in empty
    assert "has no safety plan yet" in empty
    assert "No meeting is planned" in empty
    alias = made("alias-only")
    assert any("referral-letter" in n for n in alias), refused("alias-only")
    # Its bundle's case summary is its own, not the rich case's (examined, specimens).
    (bundle,) = [r for n, r in alias.items() if n.endswith("-court-bundle.pdf")]
    text = " ".join(" ".join(page.extract_text().split()) for page in bundle.pages)
    assert "reports psychological abuse by her partner" in text
    assert "specimens" not in text and "non-molestation" not in text
    assert done.stdout.count("REFUSED:") == sum(
        len(refused(c).splitlines()) for c in ("rich", "empty", "alias-only")
    )
