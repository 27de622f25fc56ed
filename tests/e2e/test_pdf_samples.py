"""``make pdf-samples`` at a tiny size, so that it does not rot: the three cases of issue 23
(rich, empty, alias-only) each in its own folder, every document made or refused in words.

The script runs as ``make pdf-samples`` runs it, in a subprocess on this checkout's code; its
PDFs are read back with pypdf. English only and no page pictures: the whole run (three vaults,
each with every role's account) takes a few minutes on a busy machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

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
    # Her counselling notes only under their own consent, and never in the advocate's hands.
    assert "Legal advocate accounts may not see counselling records" in refused("rich")

    empty = refused("empty")
    assert not any("medico-legal" in n for n in made("empty"))
    assert "There is no examination to report" in empty
    assert "has no safety plan yet" in empty
    assert "No meeting is planned" in empty
    alias = made("alias-only")
    assert any("referral-letter" in n for n in alias), refused("alias-only")
    assert done.stdout.count("REFUSED:") == sum(
        len(refused(c).splitlines()) for c in ("rich", "empty", "alias-only")
    )
