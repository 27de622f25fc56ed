"""Risk checklists as data, scoring and thresholds, judgement, the conference referral
criteria at their boundaries, and the coordination rules (overdue referrals, network figures,
shelter occupancy): internal figures, so nothing in them is suppressed."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from onestop import paths
from onestop.domain.coordination import (
    ActionStatus,
    ReferralFacts,
    StayFacts,
    month_occupancy,
    near_max_stay,
    network_figures,
    over_max_stay,
    referral_overdue,
)
from onestop.domain.risk import (
    Answer,
    Criterion,
    InstrumentError,
    RiskLevel,
    TrendPoint,
    add_months,
    due_for_review,
    escalating,
    load_instrument,
    load_instruments,
    referral_criteria,
    repeat,
    score,
    trend_words,
    validate_assessment,
)

SHIPPED = paths.resources() / "instruments"
NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def default():
    found = load_instruments([SHIPPED], SHIPPED)
    return found["onestop-ipv-risk@1.0"]


def answers_with(default, yes: int):
    ids = default.question_ids()
    return {q: (Answer.YES if i < yes else Answer.NO) for i, q in enumerate(ids)}


def test_the_default_checklist_has_24_questions_and_the_domain_thresholds(default) -> None:
    assert len(default.questions) == 24
    assert (default.medium_at, default.high_at) == (10, 14)
    factors = {q.factor for q in default.questions}
    for factor in ("separation", "pregnancy", "strangulation", "threats to kill", "weapons"):
        assert factor in factors
    assert {"escalation", "stalking", "children", "substance misuse", "isolation"} <= factors


@pytest.mark.parametrize(
    ("yes", "level"),
    [(0, RiskLevel.STANDARD), (9, RiskLevel.STANDARD), (10, RiskLevel.MEDIUM),
     (13, RiskLevel.MEDIUM), (14, RiskLevel.HIGH), (24, RiskLevel.HIGH)],
)  # fmt: skip
def test_score_and_level_at_the_thresholds(default, yes: int, level: RiskLevel) -> None:
    scored = score(default, answers_with(default, yes))
    assert (scored.score, scored.level, scored.final_level) == (yes, level, level)


def test_not_known_and_declined_are_answers_that_do_not_score(default) -> None:
    answers = dict.fromkeys(default.question_ids(), Answer.NOT_KNOWN)
    answers[default.question_ids()[0]] = Answer.DECLINED
    assert score(default, answers).score == 0
    assert validate_assessment(default, answers, None, "") == {}


def test_every_question_needs_an_answer(default) -> None:
    answers = answers_with(default, 3)
    del answers[default.question_ids()[5]]
    assert "1 question has no answer" in validate_assessment(default, answers, None, "")["answers"]


def test_judgement_raises_with_a_reason_and_never_lowers(default) -> None:
    answers = answers_with(default, 11)  # medium
    problems = validate_assessment(default, answers, RiskLevel.HIGH, "  ")
    assert "Say why" in problems["judgement_reason"]
    assert validate_assessment(default, answers, RiskLevel.HIGH, "He bought a gun") == {}
    assert (
        "not lower it"
        in validate_assessment(default, answers, RiskLevel.STANDARD, "x")["judgement"]
    )
    scored = score(default, answers, RiskLevel.HIGH)
    assert (scored.level, scored.final_level) == (RiskLevel.MEDIUM, RiskLevel.HIGH)
    assert score(default, answers, RiskLevel.STANDARD).final_level is RiskLevel.MEDIUM


# -- the instrument files --


def write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, "utf-8")
    return path


def valid(**changes):
    data = {
        "id": "national-check",
        "version": "2.1",
        "title": "National checklist",
        "source": "Ministry guidance",
        "thresholds": {"medium": 2, "high": 3},
        "questions": [{"id": f"q{i}", "text": f"Question {i}?"} for i in range(4)],
    }
    data.update(changes)
    return data


def test_a_centre_adds_its_national_instrument_as_a_file(tmp_path) -> None:
    write(tmp_path, "national.json", valid())
    found = load_instruments([SHIPPED, tmp_path], SHIPPED)
    assert {"onestop-ipv-risk@1.0", "national-check@2.1"} <= set(found)
    national = found["national-check@2.1"]
    assert national.level_for(3) is RiskLevel.HIGH and national.level_for(2) is RiskLevel.MEDIUM


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{ not json", "is not valid JSON (line 1, column 3)"),
        (valid(thresholds={"medium": 2}), "at thresholds: 'high' is a required property"),
        (valid(questions=[]), "at questions"),
        (valid(version="two"), "at version"),
        (valid(questions=[{"id": "a", "text": "?"}, {"id": "a", "text": "?"}]), "twice: a"),
        (valid(thresholds={"medium": 3, "high": 3}), "thresholds that cannot work"),
        (valid(thresholds={"medium": 2, "high": 9}), "no more than the 4 questions"),
        (valid(extra=True), "Additional properties are not allowed"),
    ],
)
def test_a_broken_instrument_is_refused_with_a_clear_message(tmp_path, content, message) -> None:
    path = write(tmp_path, "broken.json", content)
    with pytest.raises(InstrumentError) as caught:
        load_instrument(path, SHIPPED)
    assert "broken.json" in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_default_checklist_is_asked_in_each_language_of_the_screens(default, language) -> None:
    assert default.title_in(language) != default.title
    for question in default.questions:
        asked = question.text_in(language)
        assert asked and asked != question.text, (language, question.id)
        assert asked.rstrip().endswith(("?", "؟")), (language, question.id)
    assert default.questions[0].text_in("de") == default.questions[0].text  # not translated
    assert default.title_in("de") == default.title


@pytest.mark.parametrize("language", ["en", "fr", "es", "ar"])
def test_each_question_is_read_to_her_in_the_second_person(default, language) -> None:
    """The questions are recorded about her ("Is she…?") and read to her ("Are you…?"), in
    every language of the screens."""
    about_him = {"hurt_children", "hurt_others", "animals", "substances", "suicide_threats"}
    about_him |= {"breached", "escalating"}  # the same words, whoever they are read to
    you = {
        "en": r"\byou(r)?\b",
        "fr": r"\b(vous|votre|vos)\b",
        "es": r"\busted(es)?\b|\bsu hogar\b|^¿Tiene",
    }
    you["ar"] = "(كِ|أنتِ|تين|تِ|ين[؟ ]|بينكما)"
    for question in default.questions:
        asked = question.asked_in(language)
        assert asked.rstrip().endswith(("?", "؟")), (language, question.id)
        if question.id in about_him:
            continue
        assert asked != question.text_in(language), (language, question.id)
        assert re.search(you[language], asked, re.IGNORECASE), (language, question.id)
    afraid = next(q for q in default.questions if q.id == "afraid")
    assert afraid.text == "Is she very frightened of him?"  # the record's wording stays
    assert afraid.asked_in("en") == "Are you very frightened of him?"
    assert afraid.asked_in("ar") == "هل أنتِ خائفة منه جدًا؟"
    assert afraid.asked_in("de") == "Are you very frightened of him?"  # not translated


def test_a_checklist_without_second_person_wording_reads_its_questions_as_written(
    tmp_path,
) -> None:
    data = valid(translations={"fr": {"questions": {"q1": "Q1 ?"}, "asked": {"q2": "Vous ?"}}})
    data["questions"][0]["asked"] = "You 0?"
    national = load_instrument(write(tmp_path, "national.json", data), SHIPPED)
    assert [q.asked_in("en") for q in national.questions] == [
        "You 0?",
        "Question 1?",
        "Question 2?",
        "Question 3?",
    ]
    # In French: the French second person, else the French record's wording, else English.
    assert [q.asked_in("fr") for q in national.questions] == [
        "You 0?",
        "Q1 ?",
        "Vous ?",
        "Question 3?",
    ]
    unknown = valid(translations={"fr": {"questions": {}, "asked": {"q9": "Vous ?"}}})
    with pytest.raises(InstrumentError, match="q9"):
        load_instrument(write(tmp_path, "unknown.json", unknown), SHIPPED)


def test_a_translated_checklist_may_leave_questions_in_its_own_language(tmp_path) -> None:
    data = valid(translations={"fr": {"title": "Liste nationale", "questions": {"q1": "Q1 ?"}}})
    national = load_instrument(write(tmp_path, "national.json", data), SHIPPED)
    assert national.title_in("fr") == "Liste nationale"
    assert [q.text_in("fr") for q in national.questions] == [
        "Question 0?",
        "Q1 ?",
        "Question 2?",
        "Question 3?",
    ]


@pytest.mark.parametrize(
    ("translations", "message"),
    [
        ({"fr": {"questions": {"q9": "?"}}}, "translates questions it does not ask (fr): q9"),
        ({"fr": {"title": "Sans questions"}}, "'questions' is a required property"),
        ({"French": {"questions": {}}}, "at translations"),
        ({"fr": {"questions": {"q1": ""}}}, "at translations/fr/questions/q1"),
    ],
)
def test_a_broken_translation_of_a_checklist_is_refused(tmp_path, translations, message) -> None:
    path = write(tmp_path, "broken.json", valid(translations=translations))
    with pytest.raises(InstrumentError) as caught:
        load_instrument(path, SHIPPED)
    assert "broken.json" in str(caught.value) and message in str(caught.value)


# -- conference referral criteria at their boundaries --


def test_high_risk_and_professional_judgement(default) -> None:
    high = score(default, answers_with(default, 14))
    raised = score(default, answers_with(default, 5), RiskLevel.HIGH)
    medium = score(default, answers_with(default, 13))
    kw = {"incident_times": [], "last_referral_at": None, "now": NOW}
    assert referral_criteria(scored=high, **kw) == (Criterion.HIGH_RISK,)
    assert referral_criteria(scored=raised, **kw) == (Criterion.JUDGEMENT,)
    assert referral_criteria(scored=medium, **kw) == ()


def test_escalation_is_three_incidents_within_twelve_months() -> None:
    year_ago = datetime(2025, 11, 22, 10, 0, tzinfo=UTC)
    assert escalating([year_ago, NOW - timedelta(days=5), NOW], NOW)
    just_over = year_ago - timedelta(seconds=1)
    assert not escalating([just_over, NOW - timedelta(days=5), NOW], NOW)
    assert not escalating([NOW - timedelta(days=5), NOW], NOW)
    assert not escalating([NOW + timedelta(days=1), NOW, NOW], NOW)  # the future does not count


def test_repeat_is_a_new_incident_within_twelve_months_of_the_last_referral() -> None:
    referred = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)
    assert not repeat([NOW], None, NOW)
    assert not repeat([referred - timedelta(days=1)], referred, NOW)  # before the referral
    assert not repeat([referred], referred, NOW)  # the incident it was referred for
    assert repeat([referred + timedelta(minutes=1)], referred, NOW)
    later = datetime(2027, 1, 31, 9, 0, tzinfo=UTC)
    assert repeat([later], referred, later)  # exactly 12 months on
    assert not repeat([later + timedelta(seconds=1)], referred, later + timedelta(days=1))


def test_calendar_months() -> None:
    assert add_months(datetime(2026, 1, 31, tzinfo=UTC), 1).date() == date(2026, 2, 28)
    assert add_months(datetime(2024, 2, 29, tzinfo=UTC), 12).date() == date(2025, 2, 28)
    assert add_months(datetime(2026, 3, 15, tzinfo=UTC), -12).date() == date(2025, 3, 15)


def test_cases_heard_twelve_months_ago_are_due_for_review() -> None:
    assert due_for_review(date(2025, 11, 22), date(2026, 11, 22))
    assert not due_for_review(date(2025, 11, 23), date(2026, 11, 22))


def test_trend_in_words() -> None:
    a = TrendPoint(NOW - timedelta(days=30), 9, RiskLevel.STANDARD, "x@1")
    b = TrendPoint(NOW, 15, RiskLevel.HIGH, "x@1")
    assert trend_words([]) == "No assessment yet."
    assert trend_words([a]) == "First assessment."
    assert trend_words([a, b]) == "Rising: 9 → 15."
    assert trend_words([b, a]) == "Falling: 15 → 9."


# -- the loop of referrals, actions, beds --


def test_a_referral_is_overdue_after_seven_days_without_an_answer() -> None:
    sent = NOW - timedelta(days=7)
    assert not referral_overdue("sent", sent, None, NOW)
    assert referral_overdue("sent", sent - timedelta(seconds=1), None, NOW)
    assert not referral_overdue("sent", sent - timedelta(days=1), NOW, NOW)  # answered
    assert not referral_overdue("draft", None, None, NOW)
    assert not referral_overdue("accepted", sent - timedelta(days=3), None, NOW)
    assert referral_overdue("sent", NOW - timedelta(days=4), None, NOW, days=3)


def test_network_figures_count_every_referral_without_suppression() -> None:
    day = timedelta(days=1)
    facts = [
        ReferralFacts("Legal Aid", "completed", NOW - 20 * day, NOW - 18 * day),
        ReferralFacts("Legal Aid", "accepted", NOW - 10 * day, NOW - 6 * day),
        ReferralFacts("Legal Aid", "sent", NOW - 9 * day, None),
        ReferralFacts("legal aid", "draft", None, None),
        ReferralFacts("Housing", "declined", NOW - 3 * day, NOW - 2 * day),
    ]
    housing, legal = network_figures(facts, NOW)
    assert (legal.sent, legal.accepted, legal.completed, legal.overdue) == (3, 2, 1, 1)
    assert legal.median_days_to_response == 3.0
    assert (housing.sent, housing.declined, housing.median_days_to_response) == (1, 1, 1.0)


def test_action_statuses() -> None:
    assert ActionStatus.NOT_DONE.carried and ActionStatus.OPEN.carried
    assert not ActionStatus.DONE.carried and not ActionStatus.NO_LONGER_POSSIBLE.carried
    assert ActionStatus.NOT_DONE.needs_reason and not ActionStatus.DONE.needs_reason


def test_maximum_stay_warnings() -> None:
    admitted = date(2026, 11, 1)
    assert not over_max_stay(admitted, date(2026, 12, 31), None)
    assert not over_max_stay(admitted, date(2026, 11, 6), 5)
    assert over_max_stay(admitted, date(2026, 11, 7), 5)
    assert near_max_stay(admitted, date(2026, 11, 5), 5)
    assert not near_max_stay(admitted, date(2026, 11, 3), 5)


def test_month_occupancy() -> None:
    stays = [
        StayFacts(date(2026, 10, 28), date(2026, 11, 3)),  # 2 nights in November
        StayFacts(date(2026, 11, 10), None),  # still there on the 22nd: 12 nights
        StayFacts(date(2026, 12, 1), None),
    ]
    nov = month_occupancy(date(2026, 11, 15), 4, stays, date(2026, 11, 22))
    assert (nov.month, nov.bed_nights, nov.occupied_nights) == (date(2026, 11, 1), 120, 14)
    assert (nov.admissions, nov.discharges) == (1, 1)
    assert nov.rate == pytest.approx(14 / 120)
