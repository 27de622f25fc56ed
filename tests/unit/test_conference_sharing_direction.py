"""In an Arabic case-conference pack and its minutes, the manager's note of why a case is
shared without her consent, and of why she is not told, are set into Arabic sentences ("…:
{note}", "{why} :…") each in a direction run of its own: an English note keeps its full stop
at its end. Before, the full stop of "…agencies applies." was drawn at the far left of the
note's last line (issue 23's Arabic rich samples, the pack's page 2 and the minutes' page 1)."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop.domain.consent import Told, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.domain.roles import Role
from onestop.services.conferences import Attendance, ConferenceService, Discussion
from onestop.services.exports import ExportOptions, ExportService
from onestop.services.exports.conference import CaseSharing
from tests.conftest import dated_at_each_test
from tests.unit.test_coordination import TODAY
from tests.unit.test_coordination_documents import AGENCIES

_dated_module, _dated_test = dated_at_each_test(__name__)  # NOW, TODAY: as tests start

pytestmark = pytest.mark.both_backends

NOTE = "He threatened to take the children across the border."
WHY = "He reads her phone every day."


def drawn_lines(path: Path) -> list[str]:
    """Each line of every page as it is seen, from its left: the strings drawn at one
    height, ordered by where each starts
    (a line's strings, drawn one after another from its left, all start at one place: they
    keep the order they are drawn in)."""
    out: list[str] = []
    for page in PdfReader(path).pages:
        lines: dict[float, list[tuple[float, str]]] = {}

        def visit(text, cm, tm, _font, _size, lines=lines) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = round(tm[4] * cm[1] + tm[5] * cm[3] + cm[5])
                piece = unicodedata.normalize("NFKC", text).replace("\n", "")
                lines.setdefault(y, []).append((x, piece))

        page.extract_text(visitor_text=visit)
        out += [
            "".join(piece for _, piece in sorted(line, key=lambda drawn: drawn[0]))
            for line in lines.values()
        ]
    return out


def test_the_notes_keep_their_order_in_arabic(vault, make_case, tmp_path) -> None:
    ref = make_case(alias="Wren")  # no consent to any agency: shared on a manager's authority
    with vault.sign_in(Role.MANAGER) as manager:
        meeting = ConferenceService(manager).schedule(TODAY + timedelta(days=1), AGENCIES).id
    with vault.sign_in(Role.CASEWORKER) as cw:
        ConferenceService(cw).refer(ref, "She fears for her life.")
    sharing = {ref: CaseSharing(SharingReason.HIGH_RISK, NOTE, ToldHer(Told.NOT_TOLD, why=WHY))}
    (tmp_path / "pack").mkdir()
    (tmp_path / "minutes").mkdir()
    with vault.sign_in(Role.MANAGER) as manager:
        exports = ExportService(manager)
        pack = exports.conference_pack(
            ExportOptions(tmp_path / "pack", language="ar"), meeting, sharing
        )
        conferences = ConferenceService(manager)
        conferences.hear(meeting, ref, [])
        conferences.record_minutes(meeting, Attendance("Chair"), {ref: Discussion("Heard.")})
        minutes = exports.conference_minutes(
            ExportOptions(tmp_path / "minutes", language="ar"), meeting, sharing
        )
    for done in (pack, minutes):
        lines = drawn_lines(done.path)
        for typed in (NOTE, WHY):
            last = typed.split()[-1]  # "border." / "day."
            (line,) = [line for line in lines if last.rstrip(".") in line]
            # The note as typed, its full stop after its last word, none at the line's left.
            assert last in line, lines
            assert not line.lstrip().startswith("."), lines
