"""``--server URL`` on the command line: ``admin users``, ``admin audit``, ``admin findings``
and ``export statistics`` run against a centre server as they run against a vault, signed in
as a workstation is (the pre-sign-in login's password from ~/.pgpass); an address that cannot
be used, or one given with ``--vault`` as well, is refused in one line."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from onestop import cli
from onestop.domain.periods import Period
from onestop.domain.roles import Role
from tests.conftest import password_for, username_for
from tests.server.conftest import CentreOnServer, workstation_url


def _run(argv: list[str], role: Role) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    stdin = io.StringIO(password_for(role) + "\n")
    code = cli.main([*argv, "--as", username_for(role), "--password-stdin"], stdin, out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.mark.usefixtures("pgpass")
def test_commands_run_against_the_server(centre_on_server: CentreOnServer, tmp_path: Path) -> None:
    url = workstation_url(centre_on_server)
    code, out, err = _run(["admin", "users", "--server", url], Role.ADMIN)
    assert code == 0, err
    assert all(username_for(r) in out for r in Role)

    manager = username_for(Role.MANAGER)
    argv = ["admin", "audit", "--server", url, "--actor", manager, "--format", "csv"]
    code, out, err = _run(argv, Role.MANAGER)
    assert code == 0, err
    assert "session.sign_in" in out and all(manager in line for line in out.splitlines()[1:]), out

    code, out, err = _run(["admin", "findings", "--server", url], Role.MANAGER)
    assert code == 0 and "No unacknowledged tamper findings." in out, out + err

    month = Period.last_month(datetime.now(UTC).date())
    argv = ["export", "statistics", "--server", url, "--period", month.name, "--out"]
    code, out, err = _run([*argv, str(tmp_path / "stats.pdf")], Role.MANAGER)
    assert code == 0, err
    assert len(PdfReader(tmp_path / "stats.pdf").pages) >= 1


@pytest.mark.usefixtures("pgpass")
def test_a_bad_address_is_one_line(centre_on_server: CentreOnServer, tmp_path: Path) -> None:
    url = workstation_url(centre_on_server)
    code, _, err = _run(["admin", "users", "--server", url, "--vault", str(tmp_path)], Role.ADMIN)
    assert code == cli.EXIT_USAGE and "not allowed with argument" in err
    code, _, err = _run(["admin", "users", "--server", url.split("?")[0]], Role.ADMIN)
    assert code == cli.EXIT_FAILED and len(err.strip().splitlines()) == 1, err
    assert "not a PostgreSQL URL" in err
    code, _, err = _run(["admin", "users", "--server", url], Role.CLINICIAN)
    assert code == cli.EXIT_FAILED and "Traceback" not in err, err
