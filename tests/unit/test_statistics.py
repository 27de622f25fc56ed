"""Anonymised statistics: the suppression rules (with a reader who tries to work hidden cells
out), what is counted and for whom, who may print them, and the PDF and CSV read back."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from onestop.domain.audit import AuditAction, Outcome
from onestop.domain.casefile import GbvType, IncidentContext, Sex
from onestop.domain.clinical import IncidentTime
from onestop.domain.consent import Decision, Purpose
from onestop.domain.health import Treatment, TreatmentKind
from onestop.domain.roles import Action, Role, Section, permits
from onestop.domain.statistics import (
    SECONDARY,
    SMALL,
    AgeBand,
    Share,
    cells,
    perpetrator_age_band,
    suppress_column,
    table,
)
from onestop.errors import PermissionDenied, ValidationFailed
from onestop.reports.statistics import chart_values
from onestop.services.audit import AuditService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.consent import ConsentService
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.health import EncounterDetails, HealthService
from onestop.services.incidents import IncidentDetails, IncidentService
from onestop.services.perpetrators import PerpetratorDetails, PerpetratorService
from onestop.services.statistics import Period, StatisticsService
from tests.backdate import backdate, last_month
from tests.conftest import SampleVault, copy_vault
from tests.unit.test_exports import text_of

pytestmark = pytest.mark.both_backends

# -- suppression --


def test_age_bands_follow_gbvims() -> None:
    cases = {
        None: AgeBand.UNKNOWN,
        0: AgeBand.CHILD,
        11: AgeBand.CHILD,
        12: AgeBand.ADOLESCENT,
        17: AgeBand.ADOLESCENT,
        18: AgeBand.YOUNG_ADULT,
        25: AgeBand.YOUNG_ADULT,
        26: AgeBand.ADULT,
        40: AgeBand.ADULT,
        41: AgeBand.MIDDLE,
        60: AgeBand.MIDDLE,
        61: AgeBand.OLDER,
        97: AgeBand.OLDER,
    }
    assert {age: AgeBand.of(age) for age in cases} == cases


def texts(values: list[int], with_total: bool = True) -> tuple[list[str], str | None]:
    cells, total = suppress_column(values, with_total)
    return [c.text for c in cells], total.text if total is not None else None


def test_small_counts_are_hidden_and_a_second_cell_protects_them() -> None:
    # One small count: the smallest other count is hidden too, the total stays.
    assert texts([12, 3, 0, 9]) == (["12", SMALL, "0", SECONDARY], "24")
    # Without a total nothing can be subtracted: only the small count is hidden.
    assert texts([12, 3, 0, 9], with_total=False) == (["12", SMALL, "0", "9"], None)
    # Two small counts that could only be 1 and 1 (their sum is 2): a third is hidden.
    assert texts([1, 1, 20, 30]) == ([SMALL, SMALL, SECONDARY, "30"], "52")
    # 2 + 3 = 5 leaves each of them open: nothing more to hide.
    assert texts([2, 3, 40]) == ([SMALL, SMALL, "40"], "45")
    # A count of 1 beside a 5: with a 5-or-more "*" the 1 would follow from the total.
    assert texts([1, 5, 20]) == ([SMALL, SECONDARY, SECONDARY], "26")
    # Nothing else to hide: the total goes.
    assert texts([3, 0, 0]) == ([SMALL, "0", "0"], SECONDARY)
    # Zeros are shown; so is everything from 5 up.
    assert texts([0, 5, 7]) == (["0", "5", "7"], "12")


def feasible(cells: list[str], total: int) -> list[set[int]]:
    """What a reader can find for each hidden cell from the published column: every value
    consistent with the total, a "<5" being 1 to 4 and a "*" being 5 or more."""
    hidden = [i for i, text in enumerate(cells) if text in (SMALL, SECONDARY)]
    known = sum(int(t) for t in cells if t not in (SMALL, SECONDARY))
    ranges = [range(1, 5) if cells[i] == SMALL else range(5, total + 1) for i in hidden]
    found: list[set[int]] = [set() for _ in hidden]
    for combo in itertools.product(*ranges):
        if known + sum(combo) == total:
            for slot, value in enumerate(combo):
                found[slot].add(value)
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=14), min_size=1, max_size=5))
def test_no_hidden_count_can_be_worked_out_from_the_total(values: list[int]) -> None:
    cells, total = suppress_column(values, with_total=True)
    assert total is not None and total.value == sum(values)
    shown = [c.text for c in cells]
    for value, text in zip(values, shown, strict=True):
        if 0 < value < 5:
            assert text == SMALL
        elif text not in (SMALL, SECONDARY):
            assert text == str(value)
    if total.hidden or not any(c.hidden for c in cells):
        return
    for options in feasible(shown, total.value):
        assert len(options) >= 2, (values, shown, options)


def test_tables_counting_the_same_things_hide_their_total_together() -> None:
    from onestop.domain.statistics import IncidentFacts, PeriodFacts, compile_statistics

    facts = PeriodFacts(
        start=date(2026, 1, 1),
        end=date(2026, 3, 31),
        # Three rapes by intimate partners: by type, the 3 would be alone and the total goes;
        # by context the same total must go too, or it would give the 3 away.
        incidents=[IncidentFacts(n, "rape", "intimate_partner", 30, "female") for n in range(3)],
        services={},
        referrals=[],
        included=3,
        not_included=0,
    )
    stats = compile_statistics(
        facts,
        types=[("rape", "Rape"), ("sexual_assault", "Sexual assault")],
        contexts=[("intimate_partner", "Intimate partner"), ("family", "Family")],
        sexes=[("female", "Female")],
        sectors=[],
        rape="rape",
    )
    for counts in stats.tables[:4]:
        assert counts.totals is not None
        assert [c.text for c in counts.totals] == [SECONDARY], counts.title
    assert stats.included.text == SMALL


def test_charts_draw_only_published_counts() -> None:
    counts = table("By type", "incidents", ["Incidents"], [("A", [12]), ("B", [3]), ("C", [9])])
    assert chart_values(counts) == [12, None, None]


@pytest.mark.parametrize(
    ("numerator", "denominator", "text"),
    [
        (0, 0, "no cases in the period"),
        (3, 20, "not shown (small numbers)"),
        (17, 20, "not shown (small numbers)"),  # 3 did not: a small count too
        (0, 3, "not shown (small numbers)"),
        (0, 12, "0 of 12 (0 %)"),
        (12, 12, "12 of 12 (100 %)"),
        (10, 16, "10 of 16 (62 %)"),
    ],
)
def test_a_share_is_shown_only_without_small_numbers(numerator, denominator, text) -> None:
    assert Share("PEP", numerator, denominator).text == text


# -- gathered from the vault --

FIRST_DAY = date(2026, 1, 1)


def period_to_today() -> Period:
    """Last month: the fixture's records, made today, are moved into it (tests.backdate)."""
    return last_month()


def open_cases(
    vault,
    count: int,
    gbv: GbvType,
    statistics: Decision | None = Decision.GIVEN,
    pep_after: float | None = None,
    age: int | None = 30,
    sex: Sex = Sex.FEMALE,
) -> list[str]:
    """``count`` cases, each with one incident reported now, the consent to statistics as
    given, and the first PEP dose ``pep_after`` hours after the incident."""
    now = datetime.now(UTC).replace(microsecond=0)
    refs = []
    with vault.sign_in(Role.CASEWORKER) as cw:
        for n in range(count):
            details = SurvivorDetails(name=f"Survivor {gbv.value} {n}", estimated_age=age, sex=sex)
            ref = CaseService(cw).open_case(details).reference
            IncidentService(cw).record(
                ref,
                IncidentDetails(
                    IncidentTime.exact(now - timedelta(hours=80)),
                    gbv,
                    IncidentContext.INTIMATE_PARTNER,
                ),
            )
            if statistics is not None:
                ConsentService(cw).record(ref, Purpose.STATISTICS, statistics)
            refs.append(ref)
    if pep_after is not None:
        with vault.sign_in(Role.CLINICIAN) as clinician:
            for ref in refs:
                (incident,) = IncidentService(clinician).list(ref)
                dose = now - timedelta(hours=80) + timedelta(hours=pep_after)
                HealthService(clinician).record(
                    ref,
                    EncounterDetails(
                        seen_at=dose,
                        incident_id=incident.incident_id,
                        treatments=(Treatment(TreatmentKind.PEP_FIRST_DOSE, dose),),
                    ),
                )
    return refs


@pytest.fixture(scope="module")
def counted_vault(vault_template, tmp_path_factory) -> tuple[SampleVault, dict[str, list[str]]]:
    """The 22 cases the statistics count, opened once for the module."""
    vault = copy_vault(vault_template, tmp_path_factory.mktemp("counted") / "vault")
    refs = {
        "early": open_cases(vault, 6, GbvType.RAPE, pep_after=20),
        "late": open_cases(vault, 5, GbvType.RAPE, pep_after=75),
        "physical": open_cases(vault, 7, GbvType.PHYSICAL_ASSAULT, age=None),
        "refused": open_cases(vault, 2, GbvType.FORCED_MARRIAGE, Decision.REFUSED),
        "unasked": open_cases(vault, 1, GbvType.FORCED_MARRIAGE, None),
        "withdrawn": open_cases(vault, 1, GbvType.FORCED_MARRIAGE, Decision.GIVEN),
    }
    backdate(vault)
    return vault, refs


@pytest.fixture
def counted(counted_vault, tmp_path) -> tuple[SampleVault, dict[str, list[str]]]:
    """This test's own copy of ``counted_vault`` (reading statistics writes audit entries)."""
    template, refs = counted_vault
    return copy_vault(template, tmp_path / "vault"), refs


def test_only_survivors_who_consented_are_counted(counted) -> None:
    vault, refs = counted
    with vault.sign_in(Role.CASEWORKER) as cw:
        (ref,) = refs["withdrawn"]
        ConsentService(cw).record(ref, Purpose.STATISTICS, Decision.WITHDRAWN)
    with vault.sign_in(Role.MANAGER) as manager:
        stats = StatisticsService(manager).compile(period_to_today())
    by_key = {t.key: t for t in stats.tables}
    by_type, by_context, by_age, by_sex = (
        by_key[k] for k in ("by_type", "by_context", "by_age", "by_sex")
    )
    services = by_key["services"]
    assert by_type.shown("Rape").text == "11"
    assert by_type.shown("Physical assault").text == "7"
    assert by_type.shown("Forced marriage").text == "0"  # none of the four consented now
    assert by_type.shown("Total").text == "18"
    assert by_context.shown("Intimate partner").text == "18"
    assert by_age.shown("26–40").text == "11"
    assert by_age.shown("Age not known").text == "7"
    assert by_sex.shown("Female").text == "18"
    assert services.shown("Medical care").text == "11"
    assert stats.included.text == "18"
    assert stats.not_included.text == SMALL  # four
    # 6 of the 11 rape survivors started PEP within 72 h; the other 5 did not.
    assert stats.pep.numerator == 6 and stats.pep.denominator == 11
    assert stats.pep.text == "6 of 11 (55 %)"
    # The GBVIMS tables added in issue 23: all 18 reported 3 days after (80 h), by partners
    # not recorded, all new survivors, none with a disability recorded.
    assert by_key["by_delay"].shown("0–3 days").text == "18"
    assert by_key["by_month"].shown(last_month().name).text == "18"
    assert by_key["by_relationship"].shown("Other or not recorded").text == "18"
    assert by_key["survivors_new"].shown("New (case opened in the period)").text == "18"
    assert by_key["survivors_disability"].shown("None recorded").text == "18"


def test_perpetrators_are_counted_by_their_age_group_at_the_incident(counted) -> None:
    """GBVIMS's table of the alleged (primary) perpetrator's age group: from his date of birth
    at the incident's date where it is recorded, else his recorded age group, else unknown."""
    vault, refs = counted
    with vault.sign_in(Role.CASEWORKER) as cw:
        people = PerpetratorService(cw)
        for ref in refs["early"]:
            (incident,) = IncidentService(cw).list(ref)
            people.add(
                ref,
                incident.incident_id,
                PerpetratorDetails("Born in 1990", date_of_birth=date(1990, 1, 1)),
                "husband",
            )
        for ref in refs["late"]:
            (incident,) = IncidentService(cw).list(ref)
            people.add(
                ref,
                incident.incident_id,
                PerpetratorDetails("Only his age known", age_group=AgeBand.MIDDLE),
                "partner",
            )
    with vault.sign_in(Role.MANAGER) as manager:
        stats = StatisticsService(manager).compile(period_to_today())
    ages = {t.key: t for t in stats.tables}["by_perpetrator_age"]
    assert ages.shown("26–40").text == "6"
    assert ages.shown("41–60").text == "5"
    assert ages.shown("Age not known").text == "8"  # no perpetrator linked to them
    assert ages.shown("Total").text == "19"  # the types' total: one number
    assert {t.key: t for t in stats.tables}["by_type"].shown("Total").text == "19"
    assert ("by_perpetrator_age", "41-60", "incidents") in cells(stats)


def test_his_age_group_is_his_age_on_the_day() -> None:
    born = date(2000, 6, 15)
    assert perpetrator_age_band(born, "", date(2018, 6, 14)) is AgeBand.ADOLESCENT
    assert perpetrator_age_band(born, "", date(2018, 6, 15)) is AgeBand.YOUNG_ADULT
    # A date of birth wins over a recorded group; without either, unknown.
    assert perpetrator_age_band(born, "61+", date(2018, 6, 15)) is AgeBand.YOUNG_ADULT
    assert perpetrator_age_band(None, "61+", date(2018, 6, 15)) is AgeBand.OLDER
    assert perpetrator_age_band(None, "", date(2018, 6, 15)) is AgeBand.UNKNOWN


def test_the_period_is_checked_and_counts_only_what_falls_in_it(counted) -> None:
    vault, _ = counted
    with vault.sign_in(Role.MANAGER) as manager:
        service = StatisticsService(manager)
        with pytest.raises(ValidationFailed, match="ends before it starts"):
            service.compile(Period(date(2026, 3, 1), date(2026, 2, 1)))
        today = datetime.now(UTC).date()
        with pytest.raises(ValidationFailed, match="not ended"):
            service.compile(Period.month(today.year, today.month))
        with pytest.raises(ValidationFailed, match="whole calendar month, quarter or year"):
            service.compile(Period(today - timedelta(days=40), today - timedelta(days=5)))
        before = service.compile(Period(date(2025, 1, 1), date(2025, 12, 31)))
    assert before.tables[0].shown("Total").text == "0"
    assert before.included.text == "0"


def test_statistics_follow_the_matrix_and_are_audited(counted, tmp_path) -> None:
    vault, _ = counted
    digests = []
    for role in Role:
        expected = permits(role, Section.STATISTICS, Action.READ)
        assert expected == (role in (Role.CASEWORKER, Role.MANAGER)), role
        folder = tmp_path / role.value
        folder.mkdir()
        with vault.sign_in(role) as session:
            exports = ExportService(session)
            if not expected:
                with pytest.raises(PermissionDenied):
                    exports.statistics(period_to_today(), ExportOptions(folder))
                assert list(folder.iterdir()) == []
                continue
            done = exports.statistics(period_to_today(), ExportOptions(folder))
        assert sorted(p.suffix for p in folder.iterdir()) == [".csv", ".pdf"]
        assert done.sha256 == hashlib.sha256(done.path.read_bytes()).hexdigest()
        table = done.path.with_suffix(".csv").read_bytes()
        digests.append((done.sha256, hashlib.sha256(table).hexdigest()))
    with vault.sign_in(Role.MANAGER) as manager:
        entries = AuditService(manager).entries()
    made = [e for e in entries if e.action == AuditAction.EXPORT]
    assert [(e.section, e.record_ref) for e in made] == [(Section.STATISTICS, "")] * 2
    for entry, (pdf, table) in zip(made, digests, strict=True):
        assert f"sha256={pdf}" in entry.detail and f"csv_sha256={table}" in entry.detail
    reads = [
        e
        for e in entries
        if e.section == Section.STATISTICS
        and e.action == AuditAction.RECORD_READ
        and e.outcome == Outcome.OK
    ]
    # The 18 of the fixture and the one whose consent is not withdrawn in this test.
    assert len(reads) == 2 and all("19 survivors counted" in e.detail for e in reads)
    refused = [
        e for e in entries if e.section == Section.STATISTICS and e.outcome == Outcome.DENIED
    ]
    assert len(refused) == len(Role) - 2


def test_the_pdf_and_the_csv_say_the_same_and_name_no_one(counted, tmp_path) -> None:
    vault, _ = counted
    period = period_to_today()
    password = "statistics for the board"
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).statistics(period, ExportOptions(tmp_path, password))
    assert done.path.name == f"{period.slug}-anonymised-statistics.pdf"
    reader = PdfReader(done.path)
    assert reader.is_encrypted
    reader.decrypt(password)
    text = text_of(done.path, password)
    for words in (
        "Anonymised statistics",
        "Incidents reported, by GBVIMS core type",
        "Rape survivors who started PEP within 72 h of the incident: 6 of 11 (55 %)",
        "Time between the incident and its report",
        "Alleged perpetrator's relationship to the survivor",
        "Number of alleged perpetrators",
        "Incidents reported, by month",
        "New and returning survivors",
        "Survivors with a disability",
        "Counts from 1 to 4 are shown as <5",
    ):
        assert words in " ".join(text.split()), words
    assert "Survivor" not in text.replace("Survivors", "")  # the names of the cases
    metadata = reader.metadata or {}
    assert "Survivor " not in " ".join(str(v) for v in metadata.values())
    # With a password nothing is left readable: the CSV is attached inside the encrypted PDF.
    assert not done.path.with_suffix(".csv").exists()
    name = done.path.with_suffix(".csv").name
    figures = reader.attachments[name][0]
    assert b"Incidents reported" in figures and b"Incidents reported" not in done.path.read_bytes()
    with vault.sign_in(Role.MANAGER) as manager:
        entry = [e for e in AuditService(manager).entries() if e.action == AuditAction.EXPORT][-1]
    assert f"csv_sha256={hashlib.sha256(figures).hexdigest()}" in entry.detail
    rows = list(csv.DictReader(io.StringIO(figures.decode("utf-8-sig"))))
    found = {(r["table"], r["row"], r["column"]): r["value"] for r in rows}
    assert found[("Incidents reported, by GBVIMS core type", "Rape", "Incidents")] == "11"
    assert found[("Survivors", "Not counted", "Survivors")] == SMALL
    assert all(not r["value"].startswith(("=", "+", "-", "@")) for r in rows)
    assert not any("Survivor " in value for r in rows for value in r.values())


def test_an_existing_file_is_not_overwritten(counted, tmp_path) -> None:
    vault, _ = counted
    period = period_to_today()
    folder = tmp_path / "out"
    folder.mkdir()
    mine = folder / f"{period.slug}-anonymised-statistics.csv"
    mine.write_text("mine")
    with (
        vault.sign_in(Role.MANAGER) as manager,
        pytest.raises(ValidationFailed, match="already there"),
    ):
        ExportService(manager).statistics(period, ExportOptions(folder))
    assert list(folder.iterdir()) == [mine] and mine.read_text() == "mine"


@pytest.mark.parametrize(
    ("today", "start", "end"),
    [
        (date(2026, 11, 22), date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 1, 5), date(2025, 10, 1), date(2025, 12, 31)),
        (date(2026, 4, 1), date(2026, 1, 1), date(2026, 3, 31)),
    ],
)
def test_the_default_period_is_the_last_whole_quarter(today, start, end) -> None:
    assert Period.last_quarter(today) == Period(start, end)


def test_the_whole_vault_is_read_in_batches_to_the_same_figures(counted, monkeypatch) -> None:
    """The statistics stream every case, consent and incident in batches (a vault of 100,000
    survivors never sits in memory): batches of three give the very figures of one read."""
    from onestop.services import statistics as statistics_module

    vault, _ = counted
    with vault.sign_in(Role.MANAGER) as manager:
        whole = StatisticsService(manager).compile(period_to_today())
        monkeypatch.setattr(statistics_module, "STREAM_BATCH", 3)
        batched = StatisticsService(manager).compile(period_to_today())
    assert batched == whole
    assert int(whole.included.text) > 3  # more survivors than one batch holds


def test_a_chart_with_nothing_to_draw_is_left_out(vault, tmp_path) -> None:
    """A month with no case: the tables say 0, and no chart of empty bars follows them (a
    chart's labels read "Rape (0)"; the table's row reads "Rape" and "0" apart)."""
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).statistics(last_month(), ExportOptions(tmp_path))
    text = text_of(done.path)
    assert "Rape" in text and "Incidents reported, by GBVIMS core type" in text
    assert "Rape (0)" not in text and "0–11 (0)" not in text


def test_in_arabic_the_chart_labels_print_and_the_counts_align_right(counted, tmp_path) -> None:
    """A chart's own labels are neither shaped nor ordered: in Arabic each category printed
    blank. They are drawn like the paragraphs, on the right of a mirrored chart; and the counts
    of a mirrored table stay right-aligned, their digits in line."""
    import re

    import pypdfium2 as pdfium

    from onestop.reports.document import PAGE_WIDTH
    from onestop.reports.language import tr, writing_in
    from onestop.services.labels import label

    vault, _ = counted
    with vault.sign_in(Role.MANAGER) as manager:
        done = ExportService(manager).statistics(
            period_to_today(), ExportOptions(tmp_path, language="ar")
        )
    document = pdfium.PdfDocument(done.path)
    try:
        page = document[0].get_textpage()
        count = page.count_chars()
        text = "".join(page.get_text_range(i, 1) or "\ufffd" for i in range(count))
        boxes = [page.get_charbox(i, loose=True) for i in range(count)]
    finally:
        document.close()

    def found(*words: str) -> list[tuple[float, float, float, float]]:
        """The boxes of the characters of the last word, where the words stand in a line."""
        pattern = r"(?:^|\n)" + r"[ \t]+".join(re.escape(w) for w in words) + r"\s*(?:\r|\n|$)"
        match = re.search(pattern, text)
        assert match is not None, words
        end = match.start() + match.group().rstrip().__len__()
        return boxes[end - len(words[-1]) : end]

    with writing_in("ar"):
        rape, sexual = tr(label(GbvType.RAPE)), tr(label(GbvType.SEXUAL_ASSAULT))
    # Each bar's label, in Arabic, with its count, read back in logical order, on the right
    # of the page (the bars grow to the left).
    for name, count in ((rape, "11"), (sexual, "0")):
        drawn = found(*name.split(), f"({count})")
        assert min(left for left, _, _, _ in drawn) > PAGE_WIDTH / 2
    # The counts of the first table, right-aligned: their right edges in line, their left
    # edges not ("11" is wider than "0").
    eleven, none = found(*rape.split(), "11"), found(*sexual.split(), "0")
    assert abs(max(b[2] for b in eleven) - max(b[2] for b in none)) < 0.5
    assert min(b[0] for b in none) - min(b[0] for b in eleven) > 2


def test_incidents_are_counted_by_the_date_they_were_reported_not_entered(vault) -> None:
    """GBVIMS counts an incident in the month it was reported to the centre (the Incident
    Recorder's date of interview), not the day a worker entered it: five cases seen last
    month with two incidents each, all entered today, are last month's ten; an incident of
    last month reported only today (her case opened today) is not last month's."""
    month = last_month()
    came = datetime.combine(month.start + timedelta(days=4), datetime.min.time(), UTC)
    came += timedelta(hours=9)
    with vault.sign_in(Role.CASEWORKER) as cw:
        cases, incidents, ledger = CaseService(cw), IncidentService(cw), ConsentService(cw)
        told: list[tuple[str, datetime, GbvType]] = []
        for n in range(5):
            details = SurvivorDetails(name=f"Seen last month {n}", estimated_age=30)
            ref = cases.open_case(details, opened_at=came).reference
            told.append((ref, came - timedelta(days=2), GbvType.RAPE))  # told on arrival
            told.append((ref, came + timedelta(days=15), GbvType.PHYSICAL_ASSAULT))  # while seen
        for n in range(2):
            details = SurvivorDetails(name=f"Came today {n}", estimated_age=30)
            ref = cases.open_case(details).reference
            told.append((ref, came, GbvType.DENIAL_OF_RESOURCES))  # told only today
        for ref, at, gbv in told:
            incidents.record(
                ref, IncidentDetails(IncidentTime.exact(at), gbv, IncidentContext.INTIMATE_PARTNER)
            )
        for ref in dict.fromkeys(ref for ref, _, _ in told):
            ledger.record(ref, Purpose.STATISTICS, Decision.GIVEN)
            (entered,) = {i.updated_at.date() for i in incidents.list(ref)}
            assert entered == datetime.now(UTC).date() and entered > month.end
    with vault.sign_in(Role.MANAGER) as manager:
        stats = StatisticsService(manager).compile(month)
    by_key = {t.key: t for t in stats.tables}
    assert by_key["by_type"].shown("Rape").text == "5"
    assert by_key["by_type"].shown("Physical assault").text == "5"
    assert by_key["by_type"].shown("Denial of resources, opportunities or services").text == "0"
    assert by_key["by_type"].shown("Total").text == "10"
    assert by_key["by_month"].shown(month.name).text == "10"
    # From the incident to its report: two days, or none for the one told as it happened.
    assert by_key["by_delay"].shown("0–3 days").text == "10"
