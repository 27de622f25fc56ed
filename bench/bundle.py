"""The court bundle benchmark (issue: documents that leave the centre).

A case with about 300 pages of bundle content and 60 photographs (synthetic: Faker text and
generated JPEGs of a camera's size) is written into a temporary vault through the services.
Then, each in a fresh process so that its peak memory is its own:

  - ``export``: the legal advocate's export as she waits for it, from the vault to the file
    (reads, decrypting the photographs, checks, layout, writing, audit): time (target <= 6 s)
    and peak RSS (target <= 500 MB);
  - ``onestop``: OneStop's rendering alone (``reports.bundle.render_bundle``) of the same
    snapshot;
  - ``bare``: bare ReportLab rendering the same content: plain paragraphs (escaped), tables,
    images, ReportLab's own TableOfContents with multiBuild for the index and its usual
    two-pass canvas for "page N of M"; no font chain, shaping, bookmarks or exact index.

The ratio onestop / bare is the cost of OneStop's layer (target <= 1.5).
Run with ``make bench`` (or ``python bench/bundle.py``); results in bench/results/bundle.json.
"""

from __future__ import annotations

import io
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from faker import Faker
from PIL import Image as PILImage
from PIL import ImageDraw

from onestop.demo import DemoSeeder
from onestop.domain.casefile import GbvType, IncidentContext
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.health import BodySide, Injury, Treatment, TreatmentKind
from onestop.domain.roles import Role, Section
from onestop.reports.bundle import DOCUMENT as COURT_BUNDLE
from onestop.reports.bundle import CourtBundle, render_bundle
from onestop.reports.document import Letterhead
from onestop.reports.parts import body_map
from onestop.services.attachments import AttachmentService
from onestop.services.auth import create_vault, sign_in
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import BundleSection, ExportOptions, ExportService
from onestop.services.exports.bundle import bundle_content
from onestop.services.exports.pipeline import ExportPipeline
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.legal import HearingDetails, Hearings, OrderDetails, ProtectionOrders

ADMIN, PASSWORD = "bench-admin", "benchmark phrase for the vault 2026"
RESULTS = Path(__file__).parent / "results"
PHOTOS = 60
ENCOUNTERS = 208  # with the rest, a bundle of just over 300 pages
HEARINGS = 240
RUNS = 3
SECTIONS = [s for s in BundleSection if s is not BundleSection.COUNSELLING]


def photograph(rng: random.Random, n: int) -> bytes:
    """A 1600 x 1200 JPEG with shapes and noise, about the weight of a phone's photograph."""
    img = PILImage.effect_noise((1600, 1200), 40).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(30):
        x, y = rng.randrange(1500), rng.randrange(1100)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(40, 300), y + rng.randrange(40, 300)), fill=colour)
    draw.text((40, 40), f"exhibit {n}", fill=(255, 255, 255))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


def build(folder: Path) -> tuple[Path, str, dict[str, tuple[str, str]]]:
    """A vault with one case holding the bundle's content; its accounts by role."""
    path = folder / "vault"
    create_vault(path, ADMIN, PASSWORD)
    with sign_in(path, ADMIN, PASSWORD) as admin:
        data = DemoSeeder(admin).seed(1, seed=7)
    accounts = {a.role.value: (a.username, a.password) for a in data.accounts}
    fake, rng = Faker(), random.Random(7)
    Faker.seed(7)
    now = datetime.now(UTC).replace(microsecond=0)
    incident_at = now - timedelta(days=ENCOUNTERS + 10)
    with sign_in(path, *accounts[Role.CASEWORKER.value]) as cw:
        ref = CaseService(cw).open_case(SurvivorDetails(name=fake.name_female())).reference
        incidents = [
            IncidentService(cw)
            .record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(incident_at - timedelta(days=30 * n)),
                    GbvType.PHYSICAL_ASSAULT if n else GbvType.RAPE,
                    IncidentContext.INTIMATE_PARTNER,
                    place=fake.city(),
                    description=fake.paragraph(nb_sentences=12),
                ),
            )
            .incident_id
            for n in range(5)
        ]
        ledger = ConsentService(cw)
        for purpose in (Purpose.USE_IN_COURT, Purpose.PHOTOGRAPHY):
            ledger.record(ref, purpose, Decision.GIVEN, decided_at=now - timedelta(days=29))
    with sign_in(path, *accounts[Role.CLINICIAN.value]) as clinician:
        health = HealthService(clinician)
        for n in range(ENCOUNTERS):
            seen = incident_at + timedelta(hours=20 + 24 * n)
            health.record(
                ref,
                EncounterDetails(
                    seen_at=seen,
                    incident_id=incidents[n % len(incidents)],
                    history=fake.paragraph(nb_sentences=25),
                    examination=fake.paragraph(nb_sentences=10),
                    injuries=tuple(
                        Injury(
                            i + 1,
                            "Bruise",
                            "3 x 2 cm",
                            fake.sentence(),
                            BodySide.FRONT,
                            round(rng.uniform(0.2, 0.8), 3),
                            round(rng.uniform(0.1, 0.9), 3),
                        )
                        for i in range(3)
                    ),
                    treatments=(Treatment(TreatmentKind.TETANUS, seen + timedelta(minutes=30)),),
                ),
            )
        files = AttachmentService(clinician)
        for n in range(1, PHOTOS + 1):
            files.add(
                ref,
                Section.HEALTH,
                photograph(rng, n),
                "image/jpeg",
                title=f"Injury photograph {n}",
                taken_at=now - timedelta(days=28) + timedelta(hours=n),
            )
    with sign_in(path, *accounts[Role.LEGAL_ADVOCATE.value]) as advocate:
        for n in range(HEARINGS):
            Hearings(advocate).record(
                ref,
                HearingDetails(
                    now - timedelta(days=HEARINGS + 1 - n),
                    "Central Magistrates' Court",
                    fake.sentence(nb_words=12),
                    fake.sentence(nb_words=16),
                ),
            )
        for n in range(10):
            issued = (incident_at + timedelta(days=20 * n)).date()
            ProtectionOrders(advocate).record(
                ref,
                OrderDetails(
                    "Non-molestation",
                    issued,
                    issued + timedelta(days=365),
                    fake.paragraph(nb_sentences=4),
                ),
            )
    return path, ref, accounts


# -- bare ReportLab --


def bare_render(bundle: CourtBundle) -> bytes:
    """The same content through plain ReportLab, the way its user guide builds an indexed,
    numbered document."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate, Table
    from reportlab.platypus.tableofcontents import TableOfContents

    from onestop.reports import fonts

    rl_config.useA85 = 0  # images as they are, as any ReportLab user who prints photographs
    fonts.register()
    ss = getSampleStyleSheet()
    body, h1, h2 = ss["BodyText"], ss["Heading1"], ss["Heading2"]
    for style in (body, h1, h2):
        style.fontName = fonts.BODY

    class Numbered(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for n, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                self.setFont(fonts.BODY, 8)
                self.drawRightString(190 * mm, 10 * mm, f"Page {n} of {len(self._saved)}")
                super().showPage()
            super().save()

    class Doc(SimpleDocTemplate):  # type: ignore[misc]
        def afterFlowable(self, flowable: Any) -> None:
            if isinstance(flowable, Paragraph) and flowable.style.name == "Heading1":
                self.notify("TOCEntry", (0, flowable.getPlainText(), self.page))

    def p(text: str, style: Any = body) -> Paragraph:
        return Paragraph(escape(text), style)

    story: list[Any] = [p("Court bundle", ss["Title"]), p(bundle.person, h1), PageBreak()]
    toc = TableOfContents()
    story += [p("Index", ss["Title"]), toc, PageBreak()]

    def grid(header: list[str], rows: list[list[Any]], widths: list[float]) -> Table:
        return Table(
            [[p(h, h2) for h in header], *[[p(str(c)) for c in row] for row in rows]],
            colWidths=widths,
            repeatRows=1,
        )

    def day(at: Any) -> str:
        return at.strftime("%Y-%m-%d %H:%M UTC")

    # The same text, headings and tables as OneStop's bundle, section by section.
    story.append(p("Incident summary", h1))
    for n, i in enumerate(bundle.incidents, start=1):
        story += [p(f"Incident {n}: {i.kind}", h2), p(f"{i.when}; {i.context}; {i.place}")]
        story += [p(f"Reported to the police: {i.reported_to_police}"), p(i.description)]
    story.append(p("Medical report", h1))
    for n, e in enumerate(bundle.encounters, start=1):
        story += [
            p(f"Examination {n}", h1),
            p(f"Seen on {day(e.seen_at)}; recorded by {e.recorded_by}."),
            p("History as given", h2),
            p(e.history),
            p("Findings", h2),
            p(e.examination),
            p("Injuries", h2),
            grid(
                ["No.", "Injury", "Size", "Description", "Side"],
                [[i.number, i.kind, i.size, i.description, i.side.value] for i in e.injuries],
                [12 * mm, 35 * mm, 22 * mm, 83 * mm, 18 * mm],
            ),
            body_map(e.injuries),  # the same drawing: shapes are content, not the layer
            p("Treatment", h2),
            grid(
                ["Treatment", "Given", "From the incident", "Notes"],
                [[t.label, day(t.given_at), t.timing, t.notes] for t in e.treatments],
                [35 * mm, 32 * mm, 50 * mm, 53 * mm],
            ),
        ]
    story.append(p("Photographs (exhibits)", h1))
    for photo in bundle.photographs:
        with PILImage.open(io.BytesIO(photo.data)) as img:
            w, h = img.size
        scale = min(120 * mm / w, 90 * mm / h)
        story += [
            Image(io.BytesIO(photo.data), width=w * scale, height=h * scale),
            p(f"Exhibit P{photo.number}. {photo.title} — taken {day(photo.taken_at)}"),
            p(f"SHA-256 of the original: {photo.sha256}"),
        ]
    story.append(p("Protection orders", h1))
    story.append(
        grid(
            ["Type", "Issued", "Expires", "In force", "Conditions"],
            [
                [o.order_type, o.issued_on, o.expires_on, o.in_force, o.conditions]
                for o in bundle.orders
            ],
            [30 * mm, 22 * mm, 22 * mm, 22 * mm, 74 * mm],
        )
    )
    story.append(p("Hearings", h1))
    story.append(
        grid(
            ["Date", "Court", "Purpose", "Outcome"],
            [[day(h.held_at), h.court, h.purpose, h.outcome] for h in bundle.hearings],
            [30 * mm, 45 * mm, 45 * mm, 50 * mm],
        )
    )
    out = io.BytesIO()
    Doc(out, pagesize=A4).multiBuild(story, canvasmaker=Numbered)
    return out.getvalue()


# -- the measured processes --


def snapshot(path: Path, ref: str, account: tuple[str, str]) -> tuple[Letterhead, CourtBundle]:
    with sign_in(path, *account) as advocate:
        case = CaseService(advocate).get(ref)
        bundle, _ = bundle_content(advocate, ref, case, SECTIONS)  # the snapshot it renders
        options = ExportOptions(path.parent)
        head = ExportPipeline(advocate).letterhead(options, COURT_BUNDLE, ref, "")
    return head, bundle


def measure(kind: str, path: Path, ref: str, user: str, password: str) -> dict[str, float]:
    account = (user, password)
    if kind == "export":
        with sign_in(path, *account) as advocate:
            out = Path(tempfile.mkdtemp(dir=path.parent))
            start = time.perf_counter()
            done = ExportService(advocate).court_bundle(ref, ExportOptions(out), SECTIONS)
            seconds = time.perf_counter() - start
            size = done.size
        from pypdf import PdfReader

        pages = len(PdfReader(done.path).pages)
    else:
        head, bundle = snapshot(path, ref, account)
        start = time.perf_counter()
        if kind == "onestop":
            pdf, laid = render_bundle(head, bundle)
            pages = laid.total_pages
        else:
            pdf = bare_render(bundle)
            from pypdf import PdfReader

            pages = len(PdfReader(io.BytesIO(pdf)).pages)
        seconds = time.perf_counter() - start
        size = len(pdf)
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "pages": pages, "bytes": size}


def peak_rss_mb() -> float:
    """This process's peak resident memory since it started (VmHWM: unlike ru_maxrss, not
    inherited from the process that started it)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child(kind: str, path: Path, ref: str, account: tuple[str, str]) -> dict[str, float]:
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    run = subprocess.run(
        [sys.executable, __file__, "--measure", kind, str(path), ref, account[0]],
        input=account[1] + "\n",  # the (synthetic) password on stdin, as the CLI takes it
        capture_output=True,
        text=True,
        env=env,
    )
    if run.returncode != 0:
        raise SystemExit(f"the {kind} run failed:\n{run.stderr}")
    return json.loads(run.stdout.strip().splitlines()[-1])


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ONESTOP_HOME"] = str(Path(tmp) / "home")
        start = time.perf_counter()
        path, ref, accounts = build(Path(tmp))
        print(f"bundle content written in {time.perf_counter() - start:.1f} s")
        account = accounts[Role.LEGAL_ADVOCATE.value]
        runs: dict[str, list[dict[str, float]]] = {"export": [], "onestop": [], "bare": []}
        for _ in range(RUNS):
            for kind in runs:  # interleaved, so that the machine's state is shared fairly
                runs[kind].append(child(kind, path, ref, account))
    results: dict[str, Any] = {"when": datetime.now(UTC).isoformat(), "photographs": PHOTOS}
    for kind, samples in runs.items():
        results[kind] = {
            "median_s": statistics.median(s["seconds"] for s in samples),
            "peak_rss_mb": max(s["peak_rss_mb"] for s in samples),
            "pages": samples[0]["pages"],
            "bytes": samples[0]["bytes"],
        }
    results["ratio_onestop_to_bare"] = results["onestop"]["median_s"] / results["bare"]["median_s"]
    results["targets"] = {"export_s": 6, "peak_rss_mb": 500, "ratio": 1.5}
    (RESULTS / "bundle.json").write_text(json.dumps(results, indent=2))
    e, o, b = results["export"], results["onestop"], results["bare"]
    print(
        f"court bundle export: {e['pages']} pages, {PHOTOS} photographs, "
        f"{e['bytes'] / 1e6:.1f} MB: {e['median_s']:.2f} s (target <= 6 s), "
        f"peak RSS {e['peak_rss_mb']:.0f} MB (target <= 500 MB)"
    )
    print(
        f"rendering: OneStop {o['median_s']:.2f} s ({o['pages']} pages), bare ReportLab "
        f"{b['median_s']:.2f} s ({b['pages']} pages): ratio "
        f"{results['ratio_onestop_to_bare']:.2f} (target <= 1.5)"
    )
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--measure":
        kind, path, ref, user = sys.argv[2:6]
        password = sys.stdin.readline().rstrip("\n")
        print(json.dumps(measure(kind, Path(path), ref, user, password)))
        sys.exit(0)
    sys.exit(main())
