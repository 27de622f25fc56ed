"""A workstation writing through the services as fast as it can: signs in on the server as a
caseworker from its own folder and opens cases, printing each case's reference once its unit
of work has committed (so whoever reads the output knows which writes the server holds).
Once signed in it waits for a line on standard input, so that several start writing at once.

Run by test_server_concurrency.py: ``python -m tests.server.workstation_writer HOST PORT DB
CA_FILE FOLDER WORKER COUNT [reads]``, the pre-sign-in login's password in
ONESTOP_SIGNIN_PASSWORD (never on a command line). The cases carry neutral aliases
(``w<worker>-<n>``). With ``reads``, each case is also read back, by turns as one audited read
(CaseService.get) and as its whole case file (a batch of reads), and ``read <reference>`` is
printed once that read has committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from onestop.domain.roles import Role
from onestop.services import serverauth
from onestop.services.backend import ServerAddress
from onestop.services.casefile import open_case_file
from onestop.services.cases import CaseService, SurvivorDetails
from tests.conftest import password_for, username_for
from tests.server.conftest import SIGNIN_USER


def main(argv: list[str]) -> None:
    host, port, dbname, ca_file, folder, worker, count, *mode = argv
    reads = mode == ["reads"]
    address = ServerAddress(host, int(port), dbname, Path(ca_file))
    signin = address.url(SIGNIN_USER, os.environ["ONESTOP_SIGNIN_PASSWORD"])
    role = Role.CASEWORKER
    with serverauth.sign_in_server(
        address, signin, Path(folder), username_for(role), password_for(role)
    ) as session:
        cases = CaseService(session)
        print("signed-in", flush=True)
        sys.stdin.readline()  # "go": every workstation writes at once
        for n in range(int(count)):
            reference = cases.open_case(SurvivorDetails(alias=f"w{worker}-{n}")).reference
            print(reference, f"w{worker}-{n}", flush=True)
            if reads:
                if n % 2:
                    open_case_file(session, reference)
                else:
                    cases.get(reference)
                print("read", reference, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
