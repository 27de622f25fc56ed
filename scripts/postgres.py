"""A throw-away PostgreSQL cluster for the tests and the demo: ``start DIR`` and ``stop DIR``.

CI provides no PostgreSQL and no Docker, so the project starts its own from Debian's packages
(``postgresql``; installed here when run as root, otherwise the exact ``apt-get`` line is
printed). The cluster lives entirely in DIR:

- ``DIR/data``: the data directory (``initdb`` refuses root, so as root every PostgreSQL
  program runs as the ``postgres`` user through ``runuser`` and DIR belongs to it);
- ``DIR`` itself holds the Unix socket (mode 0700), which only the bootstrap superuser
  ``postgres`` may use (``peer``, the OS user running this script mapped to it);
- ``DIR/tls``: a CA and a server certificate (for ``localhost`` and ``127.0.0.1``) made here
  with ``cryptography``. TCP is ``hostssl`` only, TLS 1.3 at least, passwords as SCRAM; a
  plaintext TCP connection is refused by ``pg_hba.conf``;
- ``DIR/server.log``: the server's log (``--log-statements`` sets ``log_statement=all``);
- ``DIR/cluster.json``: port, socket directory and CA path, for whoever connects.

``--fast`` (the tests) turns off ``fsync``: a crash of the machine loses the cluster, which is
thrown away anyway. Never use it for a centre's server (docs/SERVER.md).

    python scripts/postgres.py start DIR [--port N] [--fast] [--log-statements]
    python scripts/postgres.py stop DIR [--remove]
"""

from __future__ import annotations

import argparse
import datetime
import ipaddress
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

APT_LINE = "apt-get install -y postgresql"
SUPERUSER = "postgres"
OS_USER = "postgres"  # the account Debian's package creates; the cluster runs as it when root


class ClusterError(RuntimeError):
    """The cluster could not be started or stopped; the message says why, in words."""


@dataclass(frozen=True)
class Cluster:
    """Where a running cluster is and how to reach it."""

    directory: str
    port: int
    bindir: str
    ca_file: str
    log_file: str

    @property
    def socket_dir(self) -> str:
        return self.directory

    def superuser_conninfo(self, dbname: str = "postgres") -> str:
        """libpq parameters for the bootstrap superuser, over the Unix socket."""
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={dbname}"

    def tls_conninfo(self, user: str, password: str, dbname: str) -> str:
        """libpq parameters for a login role over TCP with TLS, the CA checked (verify-full)."""
        return (
            f"host=localhost port={self.port} user={user} password={password} "
            f"dbname={dbname} sslmode=verify-full sslrootcert={self.ca_file}"
        )


def find_bindir() -> Path | None:
    """The directory holding ``initdb``, ``pg_ctl`` and ``postgres``, newest version first.

    Debian keeps them in /usr/lib/postgresql/VERSION/bin and puts only wrappers on PATH, so
    look there first, then follow ``pg_config`` and ``pg_ctl`` from PATH to their real place.
    """
    candidates: list[Path] = []
    versions = Path("/usr/lib/postgresql").glob("*/bin")
    candidates += sorted(versions, key=lambda p: _version_key(p.parent.name), reverse=True)
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        if out.returncode == 0 and out.stdout.strip():
            candidates.append(Path(out.stdout.strip()))
    for tool in ("pg_ctl", "initdb", "postgres"):
        found = shutil.which(tool)
        if found:
            candidates.append(Path(found).resolve().parent)
    for bindir in candidates:
        if all((bindir / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in name.split(".") if part.isdigit())


def ensure_bindir() -> Path:
    """The binaries' directory; installs Debian's package when missing and we are root."""
    bindir = find_bindir()
    if bindir is not None:
        return bindir
    if os.geteuid() != 0:
        raise ClusterError(
            "PostgreSQL is not installed. As root, run:\n"
            f"    apt-get update && {APT_LINE}\nthen try again."
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    apt_get = _program("apt-get")
    subprocess.run([apt_get, "update"], check=True, env=env)
    subprocess.run([apt_get, *APT_LINE.split()[1:]], check=True, env=env)
    bindir = find_bindir()
    if bindir is None:
        raise ClusterError(f"`{APT_LINE}` ran but initdb, pg_ctl and postgres are still missing.")
    return bindir


def _program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise ClusterError(f"{name} is not on PATH.")
    return found


def _as_owner(command: list[str]) -> list[str]:
    """``command`` run as the cluster's owner: the postgres user when we are root."""
    if os.geteuid() == 0:
        return [_program("runuser"), "-u", OS_USER, "--", *command]
    return command


def _chown_to_owner(path: Path) -> None:
    if os.geteuid() == 0:
        entry = pwd.getpwnam(OS_USER)
        os.chown(path, entry.pw_uid, entry.pw_gid)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_certificates(tls: Path) -> tuple[Path, Path, Path]:
    """A CA and a server certificate signed by it (ECDSA P-256), for localhost and 127.0.0.1.

    The CA's private key is not kept: a throw-away cluster never signs another certificate.
    (A centre keeps its CA key offline: docs/SERVER.md.)
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "OneStop throw-away CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [
                    x509.DNSName("localhost"),
                    x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                ]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    tls.mkdir(mode=0o700, exist_ok=True)
    ca_file, cert_file, key_file = tls / "ca.crt", tls / "server.crt", tls / "server.key"
    ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(server_cert.public_bytes(serialization.Encoding.PEM))
    key_file.touch(mode=0o600)
    key_file.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    for path in (tls, ca_file, cert_file, key_file):
        _chown_to_owner(path)
    return ca_file, cert_file, key_file


def _hba(os_user: str) -> tuple[str, str]:
    """pg_hba.conf and pg_ident.conf: the socket for the bootstrap superuser only, TCP TLS only."""
    hba = (
        "# Written by scripts/postgres.py. The socket: the bootstrap superuser only, and only\n"
        "# for the OS accounts in the 'bootstrap' map. TCP: TLS only, SCRAM passwords.\n"
        f"local   all  {SUPERUSER}              peer map=bootstrap\n"
        "local   all  all                    reject\n"
        "hostnossl all all 0.0.0.0/0         reject\n"
        "hostnossl all all ::/0              reject\n"
        "hostssl all  all  127.0.0.1/32      scram-sha-256\n"
        "hostssl all  all  ::1/128           scram-sha-256\n"
    )
    ident = f"bootstrap {OS_USER} {SUPERUSER}\n"
    if os_user != OS_USER:
        ident += f"bootstrap {os_user} {SUPERUSER}\n"
    return hba, ident


def _settings(directory: Path, port: int, fast: bool, log_statements: bool) -> str:
    tls = directory / "tls"
    lines = [
        "# Written by scripts/postgres.py",
        "listen_addresses = 'localhost'",
        f"port = {port}",
        f"unix_socket_directories = '{directory}'",
        "unix_socket_permissions = 0700",
        "ssl = on",
        f"ssl_cert_file = '{tls / 'server.crt'}'",
        f"ssl_key_file = '{tls / 'server.key'}'",
        f"ssl_ca_file = '{tls / 'ca.crt'}'",
        "ssl_min_protocol_version = 'TLSv1.3'",
        "password_encryption = 'scram-sha-256'",
        "max_connections = 50",
        "shared_buffers = '32MB'",
        "log_line_prefix = '%m [%p] %u@%d '",
    ]
    if fast:
        lines += ["fsync = off", "synchronous_commit = off", "full_page_writes = off"]
    if log_statements:
        lines += ["log_statement = 'all'"]
    return "\n".join(lines) + "\n"


def start(
    directory: Path, port: int | None = None, *, fast: bool = False, log_statements: bool = False
) -> Cluster:
    """Initialise a cluster in ``directory`` (empty or missing) and start it; its description."""
    bindir = ensure_bindir()
    directory = directory.resolve()
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    if any(directory.iterdir()):
        raise ClusterError(f"{directory} is not empty: start a cluster in a new directory.")
    _chown_to_owner(directory)
    if os.geteuid() == 0:
        probe = subprocess.run(_as_owner([_program("test"), "-w", str(directory)]), check=False)
        if probe.returncode != 0:
            raise ClusterError(
                f"The {OS_USER} user cannot reach {directory}: choose a directory whose "
                "parents it may enter (for example under /tmp)."
            )
    data = directory / "data"
    subprocess.run(
        _as_owner(
            [
                str(bindir / "initdb"),
                "--pgdata",
                str(data),
                "--username",
                SUPERUSER,
                "--auth-local=peer",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                "--no-instructions",
            ]
        ),
        check=True,
        capture_output=True,
    )
    port = port or _free_port()
    ca_file, _, _ = make_certificates(directory / "tls")
    hba, ident = _hba(pwd.getpwuid(os.geteuid()).pw_name)
    (data / "pg_hba.conf").write_text(hba)
    (data / "pg_ident.conf").write_text(ident)
    with (data / "postgresql.conf").open("a") as conf:
        conf.write(_settings(directory, port, fast, log_statements))
    log_file = directory / "server.log"
    log_file.touch(mode=0o600)
    for path in (log_file, data / "pg_hba.conf", data / "pg_ident.conf"):
        _chown_to_owner(path)
    run = subprocess.run(
        _as_owner(
            [
                str(bindir / "pg_ctl"),
                "start",
                "-w",
                "-t",
                "60",
                "-D",
                str(data),
                "-l",
                str(log_file),
            ]
        ),
        capture_output=True,
        text=True,
        check=False,
    )
    if run.returncode != 0:
        tail = log_file.read_text(errors="replace")[-2000:]
        raise ClusterError(f"PostgreSQL did not start:\n{run.stdout}{run.stderr}\n{tail}")
    cluster = Cluster(str(directory), port, str(bindir), str(ca_file), str(log_file))
    description = directory / "cluster.json"
    description.write_text(json.dumps(asdict(cluster), indent=2) + "\n")
    return cluster


def load(directory: Path) -> Cluster:
    """The cluster started in ``directory`` (from its cluster.json)."""
    try:
        fields = json.loads((directory / "cluster.json").read_text())
    except FileNotFoundError:
        raise ClusterError(f"No cluster was started in {directory}.") from None
    return Cluster(**fields)


def stop(directory: Path, *, remove: bool = False) -> None:
    """Stop the cluster in ``directory`` (fast shutdown); with ``remove``, delete the directory."""
    directory = directory.resolve()
    cluster = load(directory)
    data = directory / "data"
    if (data / "postmaster.pid").exists():
        subprocess.run(
            _as_owner(
                [str(Path(cluster.bindir) / "pg_ctl"), "stop", "-w", "-m", "fast", "-D", str(data)]
            ),
            capture_output=True,
            check=True,
        )
    if remove:
        shutil.rmtree(directory)


def wait_ready(cluster: Cluster, seconds: float = 30.0) -> None:
    """Block until the server accepts connections on its socket."""
    deadline = time.monotonic() + seconds
    isready = str(Path(cluster.bindir) / "pg_isready")
    while True:
        ok = subprocess.run(
            [isready, "-q", "-h", cluster.socket_dir, "-p", str(cluster.port)], check=False
        )
        if ok.returncode == 0:
            return
        if time.monotonic() > deadline:
            raise ClusterError("PostgreSQL did not become ready in time.")
        time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    start_parser = commands.add_parser("start", help="initialise and start a cluster in DIR")
    start_parser.add_argument("directory", type=Path)
    start_parser.add_argument("--port", type=int, default=None)
    start_parser.add_argument("--fast", action="store_true", help="fsync off (tests only)")
    start_parser.add_argument("--log-statements", action="store_true", help="log_statement=all")
    stop_parser = commands.add_parser("stop", help="stop the cluster in DIR")
    stop_parser.add_argument("directory", type=Path)
    stop_parser.add_argument("--remove", action="store_true", help="then delete DIR")
    args = parser.parse_args(argv)
    try:
        if args.command == "start":
            cluster = start(
                args.directory, args.port, fast=args.fast, log_statements=args.log_statements
            )
            print(json.dumps(asdict(cluster), indent=2))
        else:
            stop(args.directory, remove=args.remove)
    except ClusterError as error:
        print(error, file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as error:
        output = (error.stderr or b"").decode(errors="replace") if error.stderr else ""
        print(f"{' '.join(map(str, error.cmd))} failed:\n{output}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
