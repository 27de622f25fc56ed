"""The server never sees a name: survivor data written through the services on the centre
server is ciphertext in everything the server keeps.

A caseworker opens a case under a canary name, a counsellor writes a canary note and plan, an
advocate attaches a scan holding a canary; then the statement log (``log_statement=all``, with
every bound parameter), ``pg_dump`` of the database and every file of the cluster's data
directory are searched for each canary. The harness's own control (a canary written in clear
is found in all three) is tests/server/test_server_transport.py.

What the server still sees in clear today is the text of sections not yet sealed (incidents,
health, legal …: db/textcolumns.py NOT_YET); this test writes canaries only where the column
encryption exists, and fails the day one of those leaks.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta
from pathlib import Path

from faker import Faker

from onestop.domain.counselling import SessionType
from onestop.domain.roles import Role, Section
from onestop.services.attachments import AttachmentService
from onestop.services.cases import CaseService, SurvivorDetails
from onestop.services.counselling import CounsellingService, SessionDetails
from onestop.services.search import CaseSearch
from tests.server.conftest import CentreOnServer
from tests.server.test_server_transport import _dump, _found_in_files


def _canary(fake: Faker) -> str:
    return f"{fake.first_name()} {secrets.token_hex(6)} {fake.last_name()}"


def test_service_writes_leave_no_canary_on_the_server(centre_on_server: CentreOnServer) -> None:
    fake = Faker()
    name, note, plan, scan = (_canary(fake) for _ in range(4))
    phone = f"+2547{secrets.randbelow(10**8):08d}"
    with centre_on_server.sign_in(Role.CASEWORKER) as cw:
        details = SurvivorDetails(name=name, alias=_canary(fake), safe_phone=phone)
        reference = CaseService(cw).open_case(details).reference
        found = CaseSearch(cw).find(name.split()[0]).cases
        assert reference in [c.reference for c in found]  # found by her name, in memory
    with centre_on_server.sign_in(Role.COUNSELLOR) as counsellor:
        held = datetime.now(UTC) - timedelta(days=1)
        notes = CounsellingService(counsellor)
        notes.record(reference, SessionDetails(held, SessionType.INDIVIDUAL, note, plan))
        assert [n.details.notes for n in notes.list(reference)] == [note]
    with centre_on_server.sign_in(Role.LEGAL_ADVOCATE) as advocate:
        files = AttachmentService(advocate)
        data = b"%PDF-1.7 a scanned statement by " + scan.encode()
        info = files.add(reference, Section.LEGAL, data, "application/pdf")
        assert files.open(reference, info.attachment_id) == data
    cluster = centre_on_server.centre.cluster
    with centre_on_server.superuser() as conn:
        conn.execute("CHECKPOINT")
        assert conn.execute("SELECT count(*) FROM blob_content").fetchone() == (1,)
    log = Path(cluster.log_file).read_bytes()
    dump = _dump(cluster, centre_on_server.dbname)
    data_dir = Path(cluster.directory) / "data"
    assert reference.encode() in dump  # a coded column: the server may see it
    for canary in (name, note, plan, scan, phone):
        for form in {canary, canary.lower(), canary.upper()}:
            raw = form.encode()
            assert raw not in dump, "in pg_dump"
            assert raw not in log, "in the statement log"
            assert _found_in_files(data_dir, raw) == [], "in the data directory"
