"""The referral letter to a partner agency: only what she agreed to share with that agency.

The agency must be able to act on it: how to reach the centre and the worker (when there is no
safe number, "contact her through us" needs a telephone), a short background, her children when
the referral concerns them, and a reply slip the agency fills in and returns, whose answer the
referrals tab records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import _listWrapOn

from onestop.clock import printing_zone
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports import mirror
from onestop.reports.document import Letterhead, render
from onestop.reports.language import listed, tr, translate, writing_in
from onestop.reports.parts import children_lines, typed
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, isolate, markup, para

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Referral letter")


@dataclass(frozen=True)
class Background:
    """What happened, as briefly as the agency needs it; None where not recorded (or not
    shared)."""

    incident_type: str | None = None  # its label (a Phrase)
    incident_date: date | None = None
    risk_level: str | None = None  # the label of the latest assessment's level (a Phrase)
    perpetrator_known: bool | None = None  # None: not recorded
    incident_period: str = ""  # a Phrase: the time as recorded when it is a range
    withheld: bool = False  # shared without her consent: the incident is not told


@dataclass(frozen=True)
class ReferralLetter:
    agency: str
    service: str
    urgency: str  # its label: "Routine", "Urgent", "Emergency" (a Phrase)
    routine: bool
    reason: str
    name: str
    alias: str
    date_of_birth: date | None
    age: int | None
    languages: Sequence[str]
    disability: str
    children_count: int | None
    safe_phone: str
    safe_message_allowed: bool
    safe_code_word: str
    safe_notes: str
    consent: str  # the consent it is shared under (a Phrase), or "" when shared without
    referring_worker: str
    referring_role: str  # a label (a Phrase)
    sent_on: datetime  # when this letter is printed
    centre_address: str = ""
    centre_phone: str = ""
    centre_email: str = ""
    our_reference: str = ""  # the case and the referral, for the agency's reply
    background: Background = Background()
    # What is recorded of her children (their names and ages, as typed: "Amina, 7; Yusuf, 4"),
    # for a referral about them ("" when nothing is); None otherwise.
    children: str | None = None
    # The referral's own dates: when it was made and, once recorded, when it was sent. A
    # letter printed weeks later must not look as if the referral were made that day.
    referred_at: datetime | None = None
    referral_sent_at: datetime | None = None


def _rows(rows: Sequence[tuple[str, str]]) -> Table:
    st = styles()
    data = [[Text(label, st["label"]), Text(value, st["body"])] for label, value in rows]
    table = mirror.table(data, colWidths=[45 * mm, None])
    mirror.style(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )
    return table


def story(letter: ReferralLetter) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Text(tr(DOCUMENT), st["title"])]
    urgency = tr(letter.urgency)
    if not letter.routine:
        out.append(
            para(
                f'<font color="#a00000"><b>{markup(urgency.upper())}</b></font> — '
                + markup(translate("Documents", "please respond today.")),
                st["body"],
            )
        )
    out += [
        _rows(
            [
                (translate("Documents", "To"), typed(letter.agency)),
                (translate("Documents", "Service requested"), typed(letter.service)),
                (translate("Documents", "Urgency"), urgency),
                *_dates(letter),
            ]
        ),
        Text(translate("Documents", "The person referred"), st["h1"]),
    ]
    about = [(translate("Documents", "Name"), letter.name or "—")]
    if letter.alias:
        about.append((translate("Documents", "Known as"), letter.alias))
    if letter.date_of_birth is not None:
        about.append((translate("Documents", "Date of birth"), letter.date_of_birth.isoformat()))
    elif letter.age is not None:
        about.append((translate("Documents", "Age (estimated)"), str(letter.age)))
    if letter.languages:
        about.append((translate("Documents", "Languages"), ", ".join(letter.languages)))
    if letter.disability:
        about.append(
            (translate("Documents", "Disability or access needs"), typed(letter.disability))
        )
    # Her number of children, once: a referral about them says it with their names below.
    if letter.children_count is not None and letter.children is None:
        about.append((translate("Documents", "Children"), str(letter.children_count)))
    out.append(_rows(about))
    if letter.children is not None:
        out += [
            Text(translate("Documents", "Her children"), st["h1"]),
            Text(_children(letter), st["body"]),
        ]
    out.append(Text(translate("Documents", "How to contact her safely"), st["h1"]))
    contact = [
        (
            translate("Documents", "Safe number"),
            left_to_right(letter.safe_phone)
            or translate("Documents", "No safe number: contact her through us."),
        ),
        (
            translate("Documents", "Messages"),
            translate("Documents", "A message may be left.")
            if letter.safe_message_allowed
            else translate("Documents", "Do not leave messages."),
        ),
    ]
    if letter.safe_code_word:
        contact.append((translate("Documents", "Code word"), typed(letter.safe_code_word)))
    if letter.safe_notes:
        contact.append((translate("Documents", "Instructions"), typed(letter.safe_notes)))
    out.append(_rows(contact))
    out += [
        Text(translate("Documents", "Reason for referral"), st["h1"]),
        Text(typed(letter.reason), st["body"]),
        *_background(letter.background),
        # The letter's closing (its consent) and the referring worker's block, kept together:
        # a block that just missed the letter's page went on alone, leaving a page with only
        # a signature on it between the letter and the reply slip. Now the closing goes with
        # it, and the signature is always on a page of the letter's text. A closing that just
        # misses the page is set closer (the centre's contact on one line, less space before
        # the signature) rather than making a one-page letter three pages with its slip.
        FirstThatFits([_closing(letter), _closing(letter, compact=True)]),
        *reply_slip(letter),
    ]
    return out


def _children(letter: ReferralLetter) -> str:
    """Her number of children (in the document's language), then the children as recorded,
    each child of a list in a run of its own (parts.children_lines: the first child at the
    right in a document written right to left)."""
    lines = []
    if letter.children_count is not None:
        lines.append(
            translate("Documents", "Number of children: {count}").format(
                count=letter.children_count
            )
        )
    lines += children_lines(letter.children or "")
    return "\n".join(lines) or translate("Documents", "Not recorded.")


def _dates(letter: ReferralLetter) -> list[tuple[str, str]]:
    """The referral's own dates (made; sent, once it was), then the day this copy was
    printed, on one line: the agency reads when she was referred, not when the letter was
    reprinted."""

    def day(at: datetime) -> str:
        return at.astimezone(printing_zone()).strftime("%Y-%m-%d")

    printed = day(letter.sent_on)
    if letter.referred_at is None:
        return [(translate("Documents", "Date"), printed)]
    if letter.referral_sent_at is None:
        value = translate(
            "Documents", "{made}, not sent yet; this letter printed {printed}"
        ).format(made=day(letter.referred_at), printed=printed)
    else:
        value = translate("Documents", "{made}, sent {sent}; this letter printed {printed}").format(
            made=day(letter.referred_at), sent=day(letter.referral_sent_at), printed=printed
        )
    return [(translate("Documents", "Referred on"), value)]


def _closing(letter: ReferralLetter, compact: bool = False) -> list[Flowable]:
    """The consent it is shared under, then who refers her, how to reach her, and the
    signature; ``compact``: the same, closer set, for a closing that just misses its page."""
    st = styles()
    rows = _contact_rows(letter)
    # Closer set: one paragraph in the tables' size, the address on one line.
    contact: Flowable = (
        Text(
            listed(
                (f"{label}: {', '.join(value.splitlines())}" for label, value in rows),
                semicolons=True,
            ),
            st["cell"],
        )
        if compact
        else _rows(rows)
    )
    return [
        Text(translate("Documents", "Consent"), st["h1"]),
        Text(
            tr(letter.consent)
            or translate(
                "Documents",
                "No consent to share her information with this agency is in force. It is "
                "shared on a manager's authority, for the reason given at the top of this letter.",
            ),
            st["body"],
        ),
        Spacer(1, (2 if compact else 8) * mm),
        Text(translate("Documents", "Referring worker"), st["h2"]),
        Text(f"{isolate(letter.referring_worker)}, {tr(letter.referring_role)}", st["body"]),
        contact,
        Spacer(1, (7 if compact else 12) * mm),
        Text(translate("Documents", "Signature:") + " ______________________________", st["body"]),
    ]


class FirstThatFits(KeepTogether):  # type: ignore[misc]
    """The first of ``choices`` (each a list of flowables kept together) that fits in the
    space left on the page; when none does, the first, kept together on the next page."""

    def __init__(self, choices: Sequence[Sequence[Flowable]]) -> None:
        super().__init__(list(choices[0]))
        self._others = [list(c) for c in choices[1:]]

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        if aH >= self._H:
            return list(self._content)
        for other in self._others:
            _, height = _listWrapOn(other, aW, self.canv)
            if height <= aH:
                return other
        return super().split(aW, aH)  # type: ignore[no-any-return]


def left_to_right(value: str) -> str:
    """A telephone number or an e-mail address in a run of its own: in a right-to-left line
    its digit groups would otherwise be drawn in reverse ("+254 452836333" as "452836333
    254+"). Nothing when there is none."""
    return isolate(value) if value.strip() else ""


def _contact_rows(letter: ReferralLetter) -> list[tuple[str, str]]:
    """How the agency reaches the worker: through the centre, whose contact it is."""
    missing = translate("Documents", "not set in the centre's settings")
    return [
        (translate("Documents", "Address"), letter.centre_address or missing),
        (translate("Documents", "Telephone"), left_to_right(letter.centre_phone) or missing),
        (translate("Documents", "E-mail"), left_to_right(letter.centre_email) or missing),
        (
            translate("Documents", "Ask for"),
            letter.referring_worker,
        ),
    ]


def _background(background: Background) -> list[Flowable]:
    st = styles()
    rows: list[tuple[str, str]] = []
    if background.incident_type is not None:
        rows.append((translate("Documents", "Incident"), tr(background.incident_type)))
    if background.incident_date is not None:
        day = (
            tr(background.incident_period)
            if background.incident_period
            else background.incident_date.isoformat()
        )
        rows.append((translate("Documents", "Date of the incident"), day))
    if background.risk_level is not None:
        rows.append((translate("Documents", "Risk level"), tr(background.risk_level)))
    if background.perpetrator_known is not None or background.incident_type is not None:
        known = background.perpetrator_known
        yes_no = (
            translate("Documents", "Not recorded")
            if known is None
            else translate("Documents", "Yes")
            if known
            else translate("Documents", "No")
        )
        rows.append((translate("Documents", "Perpetrator known to her"), yes_no))
    out: list[Flowable] = [Text(translate("Documents", "Background"), st["h1"])]
    if rows:
        out.append(_rows(rows))
    if background.withheld:
        out.append(
            Text(
                translate(
                    "Documents",
                    "What happened to her is not told here: she has not consented to sharing "
                    "it with this agency.",
                ),
                st["small"],
            )
        )
    elif not rows:
        out.append(Text(translate("Documents", "Not recorded."), st["body"]))
    return out


def reply_slip(letter: ReferralLetter) -> list[Flowable]:
    """The part the agency fills in and returns: accepted or declined, when, who to contact
    there and its own reference. The referrals tab records the same four answers."""
    st = styles()
    line = "______________________________"
    box = "[   ]"  # the fonts have no ballot box
    # Each word a call of its own (inside an f-string, lupdate did not find them, and every
    # language printed "Accepted" and "Declined" in English).
    accepted = translate("Documents", "Accepted")
    declined = translate("Documents", "Declined")
    rows = [
        (translate("Documents", "Our reference"), letter.our_reference),
        (translate("Documents", "From"), letter.agency),
        (translate("Documents", "Answer"), f"{box} {accepted}     {box} {declined}"),
        (translate("Documents", "Date"), line),
        (translate("Documents", "Contact at your agency (name, telephone)"), line),
        (translate("Documents", "Your reference"), line),
        (translate("Documents", "Reason, if declined"), line),
        (translate("Documents", "Signature"), line),
    ]
    # A page of its own: the agency sends it back without the letter, which stays with them.
    return [
        PageBreak(),
        KeepTogether(
            [
                Text(translate("Documents", "Reply slip"), st["h1"]),
                Text(
                    translate(
                        "Documents",
                        "Please fill this in and return it to us within a week, by e-mail or "
                        "by hand, even if you cannot take the referral.",
                    ),
                    st["small"],
                ),
                Spacer(1, 2 * mm),
                _rows(rows),
            ]
        ),
    ]


def render_referral_letter(head: Letterhead, letter: ReferralLetter) -> bytes:
    with writing_in(head.language):
        return render(head, story(letter))
