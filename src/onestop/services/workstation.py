"""A workstation of a centre's server: the ``--server URL`` it was given, its own folder, and
signing in there with every failure told in words.

The URL is a PostgreSQL URL naming the pre-sign-in login every workstation shares, the
server's address and database, and the centre's CA certificate::

    postgresql://onestop_workstation@onestop-server.centre.lan:5432/onestop?sslrootcert=/etc/onestop/centre-ca.crt

It carries no password (a command line and the workstation's preferences can be read by every
user of the computer): libpq reads the pre-sign-in login's password from ``~/.pgpass`` or the
file ``PGPASSFILE`` names. The connection is always ``sslmode=verify-full`` against that CA.

The workstation keeps its own folder (``servers/<id>`` in OneStop's data folder, the id a
hash of the server's address, never a name of anyone): the last audit-chain head it saw, its
lock, its exports. Survivor data is never kept there by the sign-in.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import exc
from sqlalchemy.engine import make_url

from onestop import logs
from onestop.errors import SignInFailed, ValidationFailed, VaultError
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services.backend import ServerAddress
from onestop.services.serverauth import sign_in_server
from onestop.services.session import VaultSession

DEFAULT_PORT = 5432

NOT_A_SERVER_URL = QT_TRANSLATE_NOOP(
    "Messages",
    "The server's address is not a PostgreSQL URL with the centre's CA certificate "
    "(postgresql://LOGIN@HOST:PORT/DATABASE?sslrootcert=FILE).",
)
PASSWORD_IN_URL = QT_TRANSLATE_NOOP(
    "Messages",
    "The server's address must not hold a password: keep the workstation login's password in "
    "the PostgreSQL password file (~/.pgpass).",
)
NO_CA_FILE = QT_TRANSLATE_NOOP(
    "Messages",
    "The centre's CA certificate named in the server's address is not on this workstation. "
    "Ask IT to copy it here.",
)
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Messages",
    "The centre's server cannot be reached. Check the network, or ask IT whether the server "
    "is running.",
)
CERTIFICATE_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "The server's certificate does not match the centre's CA certificate on this workstation, "
    "so OneStop did not connect. Ask IT.",
)
WORKSTATION_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "The server refused this workstation's own login (its password in ~/.pgpass is wrong or "
    "missing). Ask IT.",
)
LOGIN_REFUSED = QT_TRANSLATE_NOOP(
    "Messages",
    "The server refused your database login: it may not be enrolled yet "
    "(onestop-cli admin enrol-login). Ask the administrator.",
)


class ServerUnavailable(VaultError):
    """The centre's server could not be reached, or refused the connection (in words)."""


@dataclass(frozen=True)
class WorkstationServer:
    """Where this workstation signs in: the server's address and its pre-sign-in login."""

    address: ServerAddress
    signin_login: str

    @classmethod
    def parse(cls, text: str) -> WorkstationServer:
        """The server named by ``text`` (see the module's docstring), or ValidationFailed."""
        try:
            url = make_url(text.strip())
        except exc.ArgumentError:
            raise ValidationFailed(NOT_A_SERVER_URL) from None
        if url.get_backend_name() != "postgresql":
            raise ValidationFailed(NOT_A_SERVER_URL)
        if url.password is not None:
            raise ValidationFailed(PASSWORD_IN_URL)
        query = dict(url.query)
        ca_file = query.get("sslrootcert")
        mode = query.get("sslmode", "verify-full")
        if not url.host or not url.database or not url.username or not ca_file:
            raise ValidationFailed(NOT_A_SERVER_URL)
        if mode != "verify-full" or not isinstance(ca_file, str):
            raise ValidationFailed(NOT_A_SERVER_URL)
        if not Path(ca_file).is_file():
            raise ValidationFailed(NO_CA_FILE)
        address = ServerAddress(
            url.host, url.port or DEFAULT_PORT, url.database, Path(ca_file).resolve()
        )
        return cls(address, url.username)

    def url(self) -> str:
        """The URL as kept in the workstation's preferences (no password)."""
        a = self.address
        return (
            f"postgresql://{quote(self.signin_login, safe='')}@{a.host}:{a.port}/"
            f"{quote(a.dbname, safe='')}?sslrootcert={quote(str(a.ca_file), safe='/')}"
        )

    def signin_url(self) -> str:
        """The pre-sign-in login's SQLAlchemy URL: no password, libpq reads ~/.pgpass."""
        a = self.address
        return (
            f"postgresql+psycopg://{quote(self.signin_login, safe='')}@{a.host}:{a.port}/"
            f"{quote(a.dbname, safe='')}?sslmode=verify-full"
            f"&sslrootcert={quote(str(a.ca_file), safe='/')}&connect_timeout=10"
        )

    def folder_in(self, data_dir: Path) -> Path:
        """This workstation's own folder for this server, under OneStop's data folder."""
        a = self.address
        ident = hashlib.sha256(f"{a.host}:{a.port}/{a.dbname}".encode()).hexdigest()[:16]
        return data_dir / "servers" / ident


def sign_in(
    place: WorkstationServer, workstation: Path, username: str, password: str
) -> VaultSession:
    """Sign in on the centre's server from this workstation, or raise a OneStopError in
    words: the server unreachable, a certificate that does not check, the workstation's or
    her own login refused, a wrong user name or password."""
    with _server_errors():
        return sign_in_server(place.address, place.signin_url(), workstation, username, password)


@contextlib.contextmanager
def _server_errors() -> Iterator[None]:
    """The server's refusals in words; only the kind of failure goes to the log (a driver's
    message may quote a statement)."""
    try:
        yield
    except exc.OperationalError as error:
        said = str(error.orig).lower()
        logs.log.warning("server sign-in failed: %s", type(error.orig).__name__)
        if "certificate" in said or "ssl" in said or "tls" in said:
            raise ServerUnavailable(CERTIFICATE_REFUSED) from None
        if "password authentication failed" in said or "no password supplied" in said:
            # Her own login (staff_…) or the workstation's shared one.
            if 'for user "staff_' in said:
                raise SignInFailed(LOGIN_REFUSED) from None
            raise SignInFailed(WORKSTATION_REFUSED) from None
        raise ServerUnavailable(SERVER_UNREACHABLE) from None
