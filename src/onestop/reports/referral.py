"""The referral letter to a partner agency: only what she agreed to share with that agency."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from onestop.clock import printing_zone
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.reports.document import Letterhead, render
from onestop.reports.language import tr, translate, writing_in
from onestop.reports.styles import RULE, styles
from onestop.reports.text import Text, markup, para

DOCUMENT = QT_TRANSLATE_NOOP("Labels", "Referral letter")


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
    sent_on: datetime


def _rows(rows: Sequence[tuple[str, str]]) -> Table:
    st = styles()
    data = [[Text(label, st["label"]), Text(value, st["body"])] for label, value in rows]
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
                (translate("Documents", "To"), letter.agency),
                (translate("Documents", "Service requested"), letter.service),
                (translate("Documents", "Urgency"), urgency),
                (
                    translate("Documents", "Date"),
                    letter.sent_on.astimezone(printing_zone()).strftime("%Y-%m-%d"),
                ),
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
        about.append((translate("Documents", "Disability or access needs"), letter.disability))
    if letter.children_count is not None:
        about.append((translate("Documents", "Children"), str(letter.children_count)))
    out.append(_rows(about))
    out.append(Text(translate("Documents", "How to contact her safely"), st["h1"]))
    contact = [
        (
            translate("Documents", "Safe number"),
            letter.safe_phone or translate("Documents", "No safe number: contact her through us."),
        ),
        (
            translate("Documents", "Messages"),
            translate("Documents", "A message may be left.")
            if letter.safe_message_allowed
            else translate("Documents", "Do not leave messages."),
        ),
    ]
    if letter.safe_code_word:
        contact.append((translate("Documents", "Code word"), letter.safe_code_word))
    if letter.safe_notes:
        contact.append((translate("Documents", "Instructions"), letter.safe_notes))
    out.append(_rows(contact))
    out += [
        Text(translate("Documents", "Reason for referral"), st["h1"]),
        Text(letter.reason or "—", st["body"]),
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
        Spacer(1, 8 * mm),
        KeepTogether(
            [
                Text(translate("Documents", "Referring worker"), st["h2"]),
                Text(f"{letter.referring_worker}, {tr(letter.referring_role)}", st["body"]),
                Spacer(1, 12 * mm),
                Text(
                    translate("Documents", "Signature:") + " ______________________________",
                    st["body"],
                ),
            ]
        ),
    ]
    return out


def render_referral_letter(head: Letterhead, letter: ReferralLetter) -> bytes:
    with writing_in(head.language):
        return render(head, story(letter))
