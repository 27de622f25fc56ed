"""In an Arabic medico-legal report what staff typed in its own tables (an injury's
description, at the examination and at later visits, and a later visit's findings) is laid
out in its own direction, not the document's: an English description quoting her in Arabic
("Said لا أريد and left.") was laid out right to left and read "and left. لا أريد Said" from
the left (issue 23's Arabic rich sample). Read back with pypdf, line by line as seen."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

from onestop.domain.health import BodySide, Injury
from onestop.reports.document import Letterhead
from onestop.reports.medicolegal import (
    Examiner,
    LaterInjury,
    MedicoLegalReport,
    ReviewLine,
    render_medico_legal,
)
from onestop.reports.parts import EncounterPart
from tests.unit.test_bundle_typed_cells_direction import drawn_lines

SEEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
OWN = "Torn لا أريد by then."
LATER = "Said لا أريد and left."
FINDINGS = "Cried بكت then slept."


def test_typed_cells_keep_their_own_direction_in_an_arabic_report(tmp_path) -> None:
    examination = EncounterPart(
        SEEN,
        "Dr Example",
        "As given.",
        "Seen.",
        (Injury(1, "Bruise", "3 cm", OWN, BodySide.FRONT, 0.2, 0.45),),
        (),
        (),
    )
    report = MedicoLegalReport(
        person="A person, born 1990-04-02",
        incident="Physical assault, 2026-11-19.",
        purpose="for use in court",
        examination=examination,
        exams=(),
        photographs=(),
        examiner=Examiner("Dr Example", "MB ChB", "GMC 1"),
        examined_at=SEEN,
        opinion="Consistent with the account.",
        later_injuries=(
            LaterInjury(
                SEEN + timedelta(days=3),
                1,
                Injury(2, "Bruise", "1 cm", LATER, BodySide.BACK, 0.3, 0.3),
            ),
        ),
        reviews=(ReviewLine(SEEN + timedelta(days=3), "Dr Example", FINDINGS, ()),),
    )
    head = Letterhead("Centre", "Medico-legal report", "OSC-1", "Staff", SEEN, language="ar")
    path = tmp_path / "report.pdf"
    path.write_bytes(render_medico_legal(head, report))
    lines = drawn_lines(io.BytesIO(path.read_bytes()))
    # Each as typed, read from the left: the words before the Arabic ones left of the words
    # after them, the full stop last.
    for before, after in (("Torn", "by then."), ("Said", "and left."), ("Cried", "then slept.")):
        (line,) = [line for line in lines if before in line]
        assert after in line, lines
        assert line.index(before) < line.index(after), lines
