"""Render each document from the demo vault, and its first pages to PNG (``make pdf-samples``).

Every document is rendered in English and again in Arabic (laid out right to left), the
Arabic ones in ``docs/samples/ar/``. The PDFs and pictures go to ``docs/samples/`` (ignored by
git: synthetic, but still case files). The pictures need ``pdftoppm`` (Debian's poppler-utils)
or Ghostscript (``gs``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from onestop.cli import DEMO_SEED
from onestop.demo import demo_accounts
from onestop.domain.consent import Purpose
from onestop.domain.coordination import SharingReason
from onestop.domain.roles import Role
from onestop.errors import ConsentRequired, ValidationFailed
from onestop.services.auth import sign_in
from onestop.services.conferences import ConferenceService
from onestop.services.exports import BundleSection, Exported, ExportOptions, ExportService
from onestop.services.exports.conference import CaseSharing
from onestop.services.referrals import ReferralService
from onestop.services.search import CaseSearch
from onestop.services.session import VaultSession
from onestop.services.statistics import Period

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "samples"
PAGES = 3
# The language of the documents being made, and the folder they go to (set by ``main``).
LANGUAGE: dict[str, str] = {"code": "en", "out": str(OUT)}


def options(without_consent_reason: str = "") -> ExportOptions:
    """Export options for the sample being made: its language, its folder."""
    return ExportOptions(
        Path(LANGUAGE["out"]),
        language=LANGUAGE["code"],
        without_consent_reason=without_consent_reason,
    )


def first_that_works(
    session: VaultSession, make: Callable[[VaultSession, str], Exported | None]
) -> Exported:
    for case in CaseSearch(session).find("", limit=200).cases:
        try:
            done = make(session, case.reference)
        except (ConsentRequired, ValidationFailed):
            continue
        if done is not None:
            return done
    raise SystemExit("no demo case has what this document needs")


SAMPLE_REASON = "She asked for a safe place to stay for herself and her children this week."


def referral(session: VaultSession, ref: str) -> Exported | None:
    """A referral's letter. The demo's referrals carry no reason, which a letter needs: the
    first one she consented to is recorded again, with a sample reason, in the demo vault."""
    service = ReferralService(session)
    for r in service.list(ref):
        try:
            return ExportService(session).referral_letter(ref, r.record_id, options())
        except ConsentRequired:
            continue
        except ValidationFailed:
            details = replace(r.details, notes=SAMPLE_REASON)
            again = service.record(ref, details)
            return ExportService(session).referral_letter(ref, again.record_id, options())
    return None


def medico_legal(session: VaultSession, ref: str) -> Exported | None:
    return ExportService(session).medico_legal(ref, options(), purpose=Purpose.SHARE_WITH_POLICE)


def bundle(session: VaultSession, ref: str) -> Exported | None:
    return ExportService(session).court_bundle(ref, options(), list(COURT_SECTIONS))


COURT_SECTIONS = [s for s in BundleSection if s is not BundleSection.COUNSELLING]
PACK_REASON = (
    "Every case on this agenda is high risk: the centre's information-sharing protocol "
    "with the attending agencies applies."
)


def safety_plan(session: VaultSession, ref: str) -> Exported | None:
    return ExportService(session).safety_plan(ref, options())


def conference_pack(session: VaultSession) -> Exported:
    """The next meeting's pack; each case without consent with its own reason (a sample)."""
    exports = ExportService(session)
    meeting = ConferenceService(session).next_meeting()
    lacking = exports.conference_pack_without_consent(meeting.id) if meeting else {}
    sharing = {
        ref: CaseSharing(SharingReason.HIGH_RISK, f"Sample reason for {ref}: {PACK_REASON}")
        for ref in lacking
    }
    return exports.conference_pack(options(without_consent_reason=PACK_REASON), None, sharing)


def make_all(vault: Path) -> list[Exported]:
    """Every document once, in the language being made."""
    accounts = {a.role: a for a in demo_accounts(DEMO_SEED)}
    made: list[Exported] = []
    for role, make in (
        (Role.CASEWORKER, referral),
        (Role.CLINICIAN, medico_legal),
        (Role.LEGAL_ADVOCATE, bundle),
        (Role.CASEWORKER, safety_plan),
    ):
        account = accounts[role]
        with sign_in(vault, account.username, account.password) as session:
            made.append(first_that_works(session, make))
    manager = accounts[Role.MANAGER]
    with sign_in(vault, manager.username, manager.password) as session:
        made.append(conference_pack(session))
        today = date.today()
        made.append(ExportService(session).statistics(Period.last_quarter(today), options()))
    return made


def pictures(done: Exported) -> None:
    """The first pages of ``done`` as PNG beside it."""
    stem = done.path.with_suffix("")
    if pdftoppm := shutil.which("pdftoppm"):
        command = [pdftoppm, "-r", "80", "-png", "-l", str(PAGES), str(done.path), str(stem)]
    elif gs := shutil.which("gs"):
        command = [gs, "-q", "-sDEVICE=png16m", "-r80", f"-dLastPage={PAGES}"]
        command += ["-o", f"{stem}-%02d.png", str(done.path)]
    else:
        return
    subprocess.run(command, check=True)


def main() -> int:
    vault = ROOT / ".demo" / "vault"
    if not vault.exists():
        raise SystemExit("no demo vault: run `make demo` first")
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    made: list[Exported] = []
    for code, folder in (("en", OUT), ("ar", OUT / "ar")):
        folder.mkdir(exist_ok=True)
        LANGUAGE.update(code=code, out=str(folder))
        made += make_all(vault)
    for done in made:
        print(f"{done.path.relative_to(ROOT)}  sha256 {done.sha256}")
        pictures(done)
    if not (shutil.which("pdftoppm") or shutil.which("gs")):
        print("neither pdftoppm nor gs found: `apt-get install poppler-utils` for the pictures")
    else:
        for png in sorted(OUT.glob("**/*.png")):
            print(png.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
