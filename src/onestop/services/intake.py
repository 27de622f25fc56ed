"""Intake of a walk-in: look for her among the existing files, then register her in one go.

Registering is one unit of work: her identity and safe contact, the first incident (if she
tells it now), her consent decisions and her caseworker are all written, or none of them is.
Each part goes through its own service (same permission check, same validation, same audit
entry) inside one ``VaultSession.batch``: a failure in any part rolls the whole intake back.

A case is only created once the possible matches were looked for: ``possible_matches`` returns
a ``MatchCheck``, and ``register`` takes the person's explicit decision that she is none of
them (``MatchCheck.confirm_new``), for the very facts that were checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from onestop.db.staff import StaffAccount
from onestop.domain.casefile import CaseStatus
from onestop.domain.roles import Action, Role, Section
from onestop.domain.search import digits, fold
from onestop.errors import ValidationFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.cases import CaseFile, CaseService, SurvivorDetails
from onestop.services.consent import ConsentChoice, ConsentService
from onestop.services.incidents import IncidentForm, IncidentService
from onestop.services.search import CaseSearch
from onestop.services.session import VaultSession

MAX_MATCHES = 20  # possible matches shown for one check
PHONE_DIGITS = 7  # a phone number is compared by its last digits (+44 7700… and 07700…)


class MatchReason:
    """Which of her facts an existing file shares (values of ``PossibleMatch.reasons``)."""

    NAME = "name"
    ALIAS = "alias"
    DATE_OF_BIRTH = "date_of_birth"
    PHONE = "phone"
    REGISTER_ID = "register_id"  # an imported row's register id is her reference or register id


@dataclass(frozen=True)
class Facts:
    """What a file is matched on, folded as the search folds it."""

    name: str
    alias: str
    date_of_birth: date | None
    phone: str

    @classmethod
    def of(
        cls, name: str = "", alias: str = "", date_of_birth: date | None = None, phone: str = ""
    ) -> Facts:
        return cls(fold(name), fold(alias), date_of_birth, digits(phone)[-PHONE_DIGITS:])


@dataclass(frozen=True)
class PossibleMatch:
    """An existing file that may be hers, and what it shares with what was typed."""

    reference: str
    display_name: str
    age: int | None
    status: CaseStatus
    caseworker: str | None
    opened_at: datetime
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ConfirmedNew:
    """The decision that she is none of the matches shown for ``facts``."""

    facts: Facts


@dataclass(frozen=True)
class MatchCheck:
    """The possible matches found for ``facts``."""

    facts: Facts
    matches: tuple[PossibleMatch, ...]

    def confirm_new(self) -> ConfirmedNew:
        """She is none of these (or there were none): a new file may be opened for her."""
        return ConfirmedNew(self.facts)


@dataclass(frozen=True)
class Intake:
    """Everything typed at intake; only a name or an alias is required."""

    survivor: SurvivorDetails
    incident: IncidentForm | None = None
    consent: tuple[ConsentChoice, ...] = field(default=())
    caseworker: str | None = None  # None: the signed-in caseworker


@dataclass(frozen=True)
class Caseworker:
    username: str
    display_name: str


class IntakeService:
    def __init__(self, session: VaultSession) -> None:
        self._session = session

    def possible_matches(
        self,
        name: str = "",
        alias: str = "",
        date_of_birth: date | None = None,
        phone: str = "",
        *,
        audited: bool = True,
    ) -> MatchCheck:
        """Existing files (open or closed) that share her name, her alias, her date of birth
        or her phone number, found with the case search's folding (any case, any accent, the
        phone by its digits). Each fact is one search; the whole check is one transaction.
        ``audited=False``: the caller audits the whole check itself (a register's dry run)."""
        facts = Facts.of(name, alias, date_of_birth, phone)
        queries: list[tuple[str, str]] = []
        if facts.name:
            queries.append((MatchReason.NAME, facts.name))
        if facts.alias:
            queries.append((MatchReason.ALIAS, facts.alias))
        if date_of_birth is not None:
            queries.append((MatchReason.DATE_OF_BIRTH, date_of_birth.isoformat()))
        if len(facts.phone) >= PHONE_DIGITS:
            queries.append((MatchReason.PHONE, facts.phone))
        search = CaseSearch(self._session)
        found: dict[str, PossibleMatch] = {}
        with self._session.batch():
            for reason, query in queries:
                for case in search.find(query, limit=MAX_MATCHES, audited=audited).cases:
                    seen = found.get(case.reference)
                    reasons = (*seen.reasons, reason) if seen is not None else (reason,)
                    found[case.reference] = PossibleMatch(
                        case.reference,
                        case.display_name,
                        case.age,
                        case.status,
                        case.caseworker,
                        case.opened_at,
                        reasons,
                    )
        ranked = sorted(found.values(), key=lambda m: (-len(m.reasons), m.reference))
        return MatchCheck(facts, tuple(ranked[:MAX_MATCHES]))

    def caseworkers(self) -> tuple[Caseworker, ...]:
        """The active caseworkers a new file may be given to (for those who register)."""
        with self._session.unit_of_work(Section.IDENTITY, Action.WRITE) as s:
            rows = s.execute(
                select(StaffAccount.username, StaffAccount.display_name)
                .where(
                    StaffAccount.role == Role.CASEWORKER.value,
                    StaffAccount.active.is_(True),
                )
                .order_by(StaffAccount.display_name)
            ).all()
        return tuple(Caseworker(r.username, r.display_name) for r in rows)

    def register(self, intake: Intake, decision: ConfirmedNew) -> CaseFile:
        """Open her file with everything typed at intake, all or nothing.

        ``decision`` must be for the facts typed now: if her name, alias, date of birth or
        phone changed after the check, the check is made again first."""
        details = intake.survivor
        checked = Facts.of(details.name, details.alias, details.date_of_birth, details.safe_phone)
        if decision.facts != checked:
            raise ValidationFailed(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Her details changed after the check for existing files: check again.",
                )
            )
        incident = intake.incident.details() if intake.incident is not None else None
        session = self._session
        with session.batch():
            opened = CaseService(session).open_case(details, intake.caseworker)
            if incident is not None:
                IncidentService(session).record(opened.reference, incident)
            consent = ConsentService(session)
            for choice in intake.consent:
                consent.record_choice(opened.reference, choice)
        return opened
