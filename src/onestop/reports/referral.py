"""The referral letter to a partner agency: only what she agreed to share with that agency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from onestop.reports.document import Letterhead, render
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, para

DOCUMENT = "Referral letter"


@dataclass(frozen=True)
class ReferralLetter:
    agency: str
    service: str
    urgency: str  # "routine", "urgent", "emergency"
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
    consent: str  # "Consent given on 2026-11-20 14:05 UTC (ledger entry 12)." or ""
    referring_worker: str
    referring_role: str
    sent_on: datetime


def _rows(rows: Sequence[tuple[str, str]]) -> Table:
    st = styles()
    data = [[para(label, st["label"]), Text(value, st["body"])] for label, value in rows]
    table = Table(data, colWidths=[45 * mm, None])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def story(letter: ReferralLetter) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(DOCUMENT, st["title"])]
    urgency = letter.urgency.upper()
    if letter.urgency != "routine":
        out.append(
            para(
                f'<font color="#a00000"><b>{urgency}</b></font> — please respond today.', st["body"]
            )
        )
    out += [
        _rows(
            [
                ("To", letter.agency),
                ("Service requested", letter.service),
                ("Urgency", letter.urgency.capitalize()),
                ("Date", letter.sent_on.strftime("%Y-%m-%d")),
            ]
        ),
        para("The person referred", st["h1"]),
    ]
    about = [("Name", letter.name or "—")]
    if letter.alias:
        about.append(("Known as", letter.alias))
    if letter.date_of_birth is not None:
        about.append(("Date of birth", letter.date_of_birth.isoformat()))
    elif letter.age is not None:
        about.append(("Age (estimated)", str(letter.age)))
    if letter.languages:
        about.append(("Languages", ", ".join(letter.languages)))
    if letter.disability:
        about.append(("Disability or access needs", letter.disability))
    if letter.children_count is not None:
        about.append(("Children", str(letter.children_count)))
    out.append(_rows(about))
    out.append(para("How to contact her safely", st["h1"]))
    contact = [
        ("Safe number", letter.safe_phone or "No safe number: contact her through us."),
        (
            "Messages",
            "A message may be left." if letter.safe_message_allowed else "Do not leave messages.",
        ),
    ]
    if letter.safe_code_word:
        contact.append(("Code word", letter.safe_code_word))
    if letter.safe_notes:
        contact.append(("Instructions", letter.safe_notes))
    out.append(_rows(contact))
    out += [para("Reason for referral", st["h1"]), Text(letter.reason or "—", st["body"])]
    out += [para("Consent", st["h1"])]
    out.append(
        Text(
            letter.consent
            or "No consent to share her information with this agency is in force. It is "
            "shared on a manager's authority, for the reason given at the top of this letter.",
            st["body"],
        )
    )
    out += [
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                para("Referring worker", st["h2"]),
                Text(f"{letter.referring_worker}, {letter.referring_role}", st["body"]),
                Spacer(1, 12 * mm),
                para("Signature: ______________________________", st["body"]),
            ]
        ),
    ]
    return out


def render_referral_letter(head: Letterhead, letter: ReferralLetter) -> bytes:
    return render(head, story(letter))
