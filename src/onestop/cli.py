"""The headless commands, for IT staff and for tests.

Every command that acts as someone reads that person's password from the first line of
standard input (``--password-stdin``), never from an argument. Exit codes: 0 done, 1 refused or
failed (one line on stderr, no traceback), 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from onestop import __version__, logs, paths
from onestop.domain import gbvims
from onestop.domain.consent import Purpose, Told, ToldHer
from onestop.domain.coordination import SharingReason
from onestop.domain.roles import Role
from onestop.errors import OneStopError, ValidationFailed, VaultDamaged
from onestop.services import audit as audit_service
from onestop.services import sectionkeys, servermove
from onestop.services.auth import (
    create_vault,
    restore_unreadable_vault,
    sign_in,
    sign_in_with_recovery,
)
from onestop.services.conferences import ConferenceService
from onestop.services.exports import BundleSection, Exported, ExportOptions, ExportService
from onestop.services.exports.conference import CaseSharing
from onestop.services.exports.incident_recorder import Months, export_incident_recorder
from onestop.services.maintenance import MaintenanceService
from onestop.services.referrals import ReferralService
from onestop.services.register_import import ColumnMapping, DryRun, ImportService, RegisterFile
from onestop.services.session import VaultSession
from onestop.services.settings import SettingsService
from onestop.services.statistics import Period
from onestop.services.users import UserService

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

DEMO_ADMIN = "demo-admin"
DEMO_SEED = 2026
DEMO_SURVIVORS = 300
DEMO_PASSWORD = "lantern meadow copper violet 78"  # noqa: S105 - the demo vault's, printed


class UsageError(Exception):
    pass


class CommandFailed(Exception):
    """A command that could not be done, in words (a server it could not reach, …)."""


class MissingExtra(Exception):
    """An optional part of OneStop that is not installed: a message, not a traceback."""


def _need_faker() -> None:
    """Demo data needs Faker, the optional ``demo`` extra (the program and its self-test do
    without): refused with a message, before anything is asked or written, when it is missing."""
    if importlib.util.find_spec("faker") is None:
        raise MissingExtra(
            "demo data needs Faker, which is not installed: "
            "pip install 'onestop[demo]' (or, in a checkout, pip install -e '.[demo]')"
        )


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: a removed option (--centre-name TEXT) must not pass as a prefix of
        # its replacement (--centre-name-file F), reading the text as a file name.
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


MAX_LINE = 64 * 1024  # a password, a reason, a centre's name: far below, and never endless


def _read_lines(stdin: TextIO, count: int, what: str) -> list[str]:
    lines = []
    for _ in range(count):
        try:
            line = stdin.readline(MAX_LINE + 1)
        except UnicodeDecodeError:
            raise UsageError("standard input is not UTF-8 text") from None
        if not line:
            raise UsageError(f"expected {what} on standard input")
        if any(0xD800 <= ord(c) <= 0xDFFF for c in line):  # bytes kept by surrogateescape
            raise UsageError("standard input is not UTF-8 text")
        if len(line) > MAX_LINE:
            raise UsageError(f"{what} on standard input is longer than {MAX_LINE} characters")
        lines.append(line.rstrip("\r\n"))
    return lines


def _first_line_of(source: str, stdin: TextIO, option: str) -> str:
    """The first line of the file ``source`` (``-``: the next line of standard input), read as
    UTF-8 text of at most MAX_LINE bytes: free text that may name someone is never an
    argument, which every user of the computer can read in the process list."""
    if source == "-":
        (line,) = _read_lines(stdin, 1, f"the text of {option}")
    else:
        try:
            with open(source, "rb") as fh:
                raw = fh.read(MAX_LINE + 1)
        except OSError:
            raise UsageError(f"cannot read the file given to {option}") from None
        if len(raw) > MAX_LINE and b"\n" not in raw[:MAX_LINE]:
            raise UsageError(f"the file given to {option} is not a short text file")
        try:
            text = raw[:MAX_LINE].decode("utf-8", errors="strict")
        except UnicodeDecodeError:
            if b"\n" not in raw:
                raise UsageError(f"the file given to {option} is not UTF-8 text") from None
            try:  # only the first line matters; a cut at the cap may split a character
                text = raw.split(b"\n", 1)[0].decode("utf-8", errors="strict")
            except UnicodeDecodeError:
                raise UsageError(f"the file given to {option} is not UTF-8 text") from None
        line = text.splitlines()[0] if text.splitlines() else ""
    if "\x00" in line:
        raise UsageError(f"the text given to {option} holds a NUL character")
    return line


def _require_stdin_flag(args: argparse.Namespace) -> None:
    if not getattr(args, "password_stdin", False):
        raise UsageError("the password is read from standard input: add --password-stdin")


def _vault(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else paths.default_vault()


def _session(args: argparse.Namespace, stdin: TextIO) -> VaultSession:
    _require_stdin_flag(args)
    (password,) = _read_lines(stdin, 1, "the password")
    if getattr(args, "server", None):
        return _server_session(args.server, args.as_user, password)
    return sign_in(_vault(args), args.as_user, password)


def _server_session(url: str, username: str, password: str) -> VaultSession:
    """Signed in on a centre's server as a workstation does (``onestop --server URL``: the
    pre-sign-in login's password from ~/.pgpass, verify-full against ``sslrootcert``), from
    this computer's own folder for that server."""
    from onestop.services import workstation

    server = workstation.WorkstationServer.parse(url)
    return workstation.sign_in(server, server.folder_in(paths.data_dir()), username, password)


SERVER_HELP = (
    "a centre server instead of a vault: "
    "postgresql://LOGIN@HOST:PORT/DB?sslrootcert=CA-FILE (LOGIN's password in ~/.pgpass)"
)


SERVER_ACCOUNT_CA = (
    "with --server: the centre's CA certificate (over TCP); backup and restore run as the "
    "server's postgres account, e.g. --server 'postgresql://postgres@/onestop?host=/var/run/postgresql'"
)


def _where(p: _Parser, server: bool) -> None:
    """``--vault DIR``, or with ``server`` either it or ``--server URL``."""
    if not server:
        p.add_argument("--vault", metavar="DIR", help="vault folder (default: this user's)")
        return
    place = p.add_mutually_exclusive_group()
    place.add_argument("--vault", metavar="DIR", help="vault folder (default: this user's)")
    place.add_argument("--server", metavar="URL", help=SERVER_HELP)


def _refused_on_server(args: argparse.Namespace, why: str) -> None:
    """A command a centre server cannot do yet: refused in words, with what to do instead,
    before any password is read."""
    if getattr(args, "server", None):
        raise CommandFailed(f"{why}; nothing was changed")


# ----- commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    _require_stdin_flag(args)
    if args.server:
        return _init_server(args, stdin, out)
    if args.ca_file or args.workstation_login:
        raise UsageError("--ca-file and --workstation-login go with --server")
    (password,) = _read_lines(stdin, 1, "the new admin's password")
    new = create_vault(_vault(args), args.user, password, display_name=args.name or "")
    logs.log.info("vault created")
    out.write(
        f"Vault created in {new.path} with the admin account {new.admin!r}.\n\n"
        "RECOVERY KEY - write it down or print it now; it is shown only this once:\n\n"
        f"    {new.recovery_key}\n\n"
        "Keep it somewhere safe, away from this computer. It opens the vault to reset a\n"
        "password if every admin password is lost (onestop admin reset-password).\n"
    )
    return EXIT_OK


def _init_server(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """A new centre on a server: OneStop's schema and roles in the (empty) database, the first
    admin with her key slot and database login, and, if asked, the workstations' pre-sign-in
    login. The admin's vault key and first entries are made as a local vault's are, in a
    throw-away folder, and moved onto the server with move-to-server's copy and verification,
    all in one transaction: a failure leaves the database as it was."""
    import tempfile

    engine = _server_engine(args)
    (password,) = _read_lines(stdin, 1, "the new admin's password")
    signin_password = ""
    try:
        with tempfile.TemporaryDirectory(prefix="onestop-init-") as work:
            folder = Path(work) / "vault"
            create_vault(folder, args.user, password, display_name=args.name or "")
            with (
                sign_in(folder, args.user, password) as session,
                servermove.server_transaction(engine) as target,
            ):
                servermove.prepare_schema(target)
                servermove.move_to_server(session, password, target)
                if args.workstation_login:
                    signin_password = servermove.add_workstation_login(
                        target, args.workstation_login
                    )
    except servermove.NotSuperuser:
        raise CommandFailed(
            "the account in --server may not create OneStop's schema and roles: run admin "
            "init as the server's postgres account (docs/SERVER.md, section 4); "
            "nothing was created"
        ) from None
    except servermove.ServerNotReady:
        raise CommandFailed(
            "the server database already holds a centre's records: admin init --server "
            "needs a new, empty database; nothing was created"
        ) from None
    except servermove.LoginExists:
        raise CommandFailed(
            f"the server already has a login named {args.workstation_login!r}: choose another "
            "--workstation-login; nothing was created"
        ) from None
    except servermove.ServerUrlInvalid as exc:
        raise UsageError(str(exc)) from None
    except (servermove.ServerUnavailable, servermove.MoveNotVerified) as exc:
        raise CommandFailed(f"{exc}; nothing was created") from None
    finally:
        engine.dispose()
    logs.log.info("centre server database created")
    out.write(
        "The centre's database on the server is ready: OneStop's schema and roles, and the "
        f"admin account {args.user!r} with her own database login.\n"
        "A server has no recovery key: add a second admin account now (admin add-user "
        "--server URL --role admin), so that one lost password does not lock the centre out.\n"
    )
    if signin_password:
        login = args.workstation_login
        out.write(
            f"\nThe workstations' pre-sign-in login {login!r} was made. Its password, shown "
            f"only this once:\n\n    {signin_password}\n\n"
            "On each workstation, put this line in the desktop account's ~/.pgpass "
            f"(mode 0600):\n    *:*:*:{login}:{signin_password}\n"
            "and start OneStop with: onestop --server "
            f"'postgresql://{login}@SERVER:5432/DATABASE?sslrootcert=CA-FILE'\n"
        )
    return EXIT_OK


def cmd_add_user(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    try:
        role = Role.parse(args.role)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    with _session(args, stdin) as session:
        issued = UserService(session).create(args.user, role, args.name or "")
    out.write(
        f"Account {issued.member.username!r} ({role.value}) created.\n"
        f"One-time password: {issued.one_time_password}\n"
        "Give it to the person; they choose their own at first sign-in.\n"
    )
    return EXIT_OK


def cmd_users(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        members = UserService(session).list()
    out.write(f"{'USER':<20} {'ROLE':<16} {'STATE':<22} NAME\n")
    for m in members:
        state = "active" if m.active else "disabled"
        if m.active and m.must_change_password:
            state = "active (one-time pw)"
        out.write(f"{m.username:<20} {m.role.value:<16} {state:<22} {m.display_name}\n")
    return EXIT_OK


def _left_out(names: tuple[str, ...], out: TextIO) -> None:
    """Say which key slots a rotation left out (their public keys not bound to them)."""
    if not names:
        return
    who = ", ".join("the recovery key" if n == "recovery" else repr(n) for n in names)
    out.write(
        f"WARNING: the key slots of {who} were left out of the new vault key: their public "
        "keys were not bound to them (someone altered keyslots.json; admin verify names it). "
        "Reset the password of each account named"
        + ("; make a new recovery key with admin new-recovery-key" if "recovery" in names else "")
        + ".\n"
    )


def cmd_disable_user(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        users = UserService(session)
        users.disable(args.user)
    if args.server:
        out.write(
            f"Account {args.user!r} disabled. Its key slot was removed from the server and its "
            "database login stopped (its open connections ended), so its password no longer "
            "connects to the server, even with a copy of its old key slot; every section key "
            "the account held is due a new version, made by the next colleague who holds it "
            "before anything is written under it, so a copy of the database taken before "
            "(a pg_dump) opens nothing written from now on. A server has no vault key to "
            "replace.\n"
        )
        return EXIT_OK
    out.write(
        f"Account {args.user!r} disabled. The vault key was replaced and every section key the "
        "account held is due a new version (made by the next colleague who holds it, before "
        "anything is written under it): its password, even with an older copy of "
        "keyslots.json, opens neither the vault nor anything written from now on. Backups "
        "made before today still open with it, with the records they hold.\n"
    )
    _left_out(users.left_out, out)
    return EXIT_OK


def cmd_enable_user(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        issued = UserService(session).enable(args.user)
    out.write(f"Account {args.user!r} enabled.\n")
    if args.server:
        out.write("Its database login signs in again, with the one-time password below.\n")
    out.write(
        "A colleague who holds the keys its role needs confirms the account again after its "
        f"first sign-in.\nOne-time password: {issued.one_time_password}\n"
    )
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    _require_stdin_flag(args)
    current, new = _read_lines(stdin, 2, "the current password, then the new one")
    if args.server:
        session = _server_session(args.server, args.as_user, current)
    else:
        session = sign_in(_vault(args), args.as_user, current)
    with session:
        UserService(session).change_own_password(current, new)
    out.write("Password changed.\n")
    return EXIT_OK


def cmd_reset_password(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.server and args.recovery_key_stdin:
        raise CommandFailed(
            "a centre server has no recovery key: an admin resets the password "
            "(--as ADMIN --password-stdin); nothing was changed"
        )
    if args.recovery_key_stdin:
        (recovery,) = _read_lines(stdin, 1, "the recovery key")
        session = sign_in_with_recovery(_vault(args), recovery)
    elif args.as_user:
        session = _session(args, stdin)
    else:
        raise UsageError("give --as ADMIN --password-stdin, or --recovery-key-stdin")
    with session:
        users = UserService(session)
        issued = users.reset_password(args.user)
    if args.server:
        out.write(
            f"Password of {args.user!r} reset. Its key slot on the server was replaced and its "
            "database login given the password the new slot derives, so the old password no "
            "longer connects to the server; every section key the account held moved to a new "
            "version, so a copy of the database taken before (a pg_dump) opens nothing written "
            "from now on. A server has no vault key to replace. A colleague who holds the keys "
            f"confirms the account again.\nOne-time password: {issued.one_time_password}\n"
        )
        return EXIT_OK
    out.write(
        f"Password of {args.user!r} reset. The vault key was replaced and every section key "
        "the account held is due a new version (made by the next colleague who holds it): the "
        "old password opens nothing written from "
        "now on (backups made before still open with it). A colleague who holds the keys "
        f"confirms the account again.\nOne-time password: {issued.one_time_password}\n"
    )
    _left_out(users.left_out, out)
    return EXIT_OK


def cmd_confirm_user(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """A holder of a section key (a counsellor, for counselling) gives it to a colleague."""
    _refused_on_server(
        args,
        "confirming a colleague at the command line on a centre server is not written yet: "
        "confirm her from a workstation (the Confirm colleagues window at your sign-in)",
    )
    with _session(args, stdin) as session:
        if args.fingerprint is None:
            shown = sectionkeys.slot_fingerprint(session, args.user)
            out.write(
                f"The key fingerprint of {args.user!r} is:\n\n    {shown}\n\n"
                "Ask your colleague to read theirs (onestop-cli admin my-fingerprint), in person. "
                "If they match, run this again with --fingerprint followed by it.\n"
            )
            return EXIT_OK
        done = sectionkeys.confirm_colleague(session, args.user, args.fingerprint)
    sections = ", ".join(s.value for s in done.sections)
    out.write(f"{done.username!r} confirmed: the account now reads {sections} records.\n")
    return EXIT_OK


def cmd_my_fingerprint(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The signed-in person's key fingerprint, and the sections that wait for a colleague."""
    with _session(args, stdin) as session:
        shown = sectionkeys.slot_fingerprint(session, session.actor.username)
        waiting = sectionkeys.waiting_sections(session)
    out.write(f"Your key fingerprint:\n\n    {shown}\n\n")
    if waiting:
        names = ", ".join(s.value for s in waiting)
        out.write(f"Waiting for a colleague to confirm you for: {names}.\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    against = [Path(p) for p in args.against or ()]
    for path in against:
        if not path.is_file():
            raise UsageError(f"--against {path}: no such backup file")
    with _session(args, stdin) as session:
        report = MaintenanceService(session).verify(against)
    for check in report.checks:
        out.write(f"{'ok    ' if check.ok else 'FAILED'} {check.name}: {check.message}\n")
    for note in report.notes:
        out.write(f"note   {note}\n")
    if not report.ok:
        place = "the server" if args.server else "the vault"
        raise CommandFailed(f"{place} failed verification (see above).")
    return EXIT_OK


def cmd_findings(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        found = audit_service.AuditService(session).tamper_findings()
    if not found:
        out.write("No unacknowledged tamper findings.\n")
        return EXIT_OK
    for f in found:
        out.write(f"entry {f.seq}: {f.found_by} {f.at[:16]} UTC: {f.description}\n")
    out.write("Acknowledge one with: admin acknowledge --entry N --reason-file F|-\n")
    return EXIT_FAILED


def cmd_acknowledge(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        reason = _first_line_of(args.reason_file, stdin, "--reason-file")
        MaintenanceService(session).acknowledge(args.entry, reason)
    out.write(f"The tamper finding in audit entry {args.entry} is acknowledged.\n")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.server:
        return _backup_server(args, stdin, out)
    if args.ca_file:
        raise UsageError("--ca-file goes with --server")
    with _session(args, stdin) as session:
        info = MaintenanceService(session).backup(Path(args.out) if args.out else None)
    out.write(f"Encrypted backup written: {info.path} ({info.size} bytes)\n")
    return EXIT_OK


_MB = 1024 * 1024


def _backup_server(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The centre server's encrypted archive (services/serverbackup.py), made through the
    server account in --server (the postgres account, on the server machine)."""
    from onestop.services import serverbackup

    _require_stdin_flag(args)
    engine = _server_engine(args)
    dest = Path(args.out) if args.out else Path.cwd()
    if dest.is_dir():
        dest = dest / serverbackup.default_name()
    if dest.exists():
        raise CommandFailed(f"{dest} already exists: choose another file; nothing was written")
    (password,) = _read_lines(stdin, 1, "the password")
    shown = [0]

    def progress(done: int) -> None:
        if done // (64 * _MB) > shown[0]:
            shown[0] = done // (64 * _MB)
            out.write(f"  {done // _MB} MB of the dump sealed\n")
            out.flush()

    out.write("Dumping the centre's database with pg_dump and sealing it, chunk by chunk...\n")
    out.flush()
    try:
        info = serverbackup.backup(engine, args.as_user, password, dest, progress)
    except (serverbackup.ProgramMissing, serverbackup.ToolFailed) as exc:
        raise CommandFailed(f"{exc}; nothing was written") from None
    except serverbackup.NotAnAdmin:
        raise CommandFailed(
            f"{args.as_user!r} is not an active admin of the centre on this server; "
            "nothing was written"
        ) from None
    except servermove.ServerUnavailable as exc:
        raise CommandFailed(f"{exc}; nothing was written") from None
    finally:
        engine.dispose()
    out.write(
        f"Encrypted backup of the centre server written: {info.path} ({info.size} bytes, "
        "mode 0600). It holds the dump of OneStop's database (survivor data as ciphertext), "
        "every account's key slot and the audit trail's head, sealed under the vault's key: "
        "the server account alone cannot open it. Keep it off the server.\n"
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.server:
        return _restore_server(args, stdin, out)
    if args.ca_file:
        raise UsageError("--ca-file goes with --server")
    if not args.yes:
        raise UsageError(
            "restoring replaces every record in the vault with the backup's; "
            "a safety backup of the current state is made first. Add --yes to go ahead"
        )
    _require_stdin_flag(args)
    (password,) = _read_lines(stdin, 1, "the password")
    try:
        session = sign_in(_vault(args), args.as_user, password)
    except VaultDamaged:
        # The database (or its journal) cannot be opened: restore from the backup without it.
        result = restore_unreadable_vault(_vault(args), args.as_user, password, Path(args.source))
        out.write(
            f"Restored the backup made {result.backup_created_at}.\n"
            f"The unreadable files were set aside in {result.safety_backup}\n"
        )
        return EXIT_OK
    with session:
        result = MaintenanceService(session).restore(Path(args.source), password)
    out.write(
        f"Restored the backup made {result.backup_created_at}.\n"
        f"The state before the restore was saved to {result.safety_backup}\n"
    )
    return EXIT_OK


def _restore_server(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """A centre server put back to an archive of ``admin backup --server``, then verified."""
    from onestop.services import serverbackup

    _require_stdin_flag(args)
    engine = _server_engine(args)
    source = Path(args.source)
    if not source.is_file():
        raise UsageError(f"--from {source}: no such backup file")
    (password,) = _read_lines(stdin, 1, "the password")
    out.write(
        "Checking the archive (every chunk opened before anything changes), then restoring "
        "with pg_restore in one transaction...\n"
    )
    out.flush()
    try:
        result = serverbackup.restore(
            engine, args.as_user, password, source, confirmed=bool(args.yes)
        )
    except serverbackup.NeedsConfirmation:
        raise CommandFailed(
            "the server's database holds a centre's records: restoring replaces every one of "
            "them with the backup's. Add --yes to go ahead; nothing was changed"
        ) from None
    except serverbackup.NotAnAdmin:
        raise CommandFailed(
            f"{args.as_user!r} was not an active admin when the backup was made (or is not "
            "one now); nothing was changed"
        ) from None
    except serverbackup.MadeByNewerRelease as exc:
        raise CommandFailed(
            f"the backup was made by a newer version of OneStop (schema {exc}); restore it "
            "with that version (or newer); nothing was changed"
        ) from None
    except serverbackup.ProgramMissing as exc:
        raise CommandFailed(f"{exc}; nothing was changed") from None
    except serverbackup.ToolFailed as exc:
        raise CommandFailed(str(exc)) from None
    except servermove.ServerUnavailable as exc:
        raise CommandFailed(f"{exc}; nothing was changed") from None
    finally:
        engine.dispose()
    ended = f" (its audit trail ended at entry {result.head_seq})" if result.head_seq else ""
    out.write(
        f"Restored the centre server from the backup made {result.backup_created_at}{ended}.\n"
    )
    for check in result.verification.checks:
        out.write(f"{'ok    ' if check.ok else 'FAILED'} {check.name}: {check.message}\n")
    for note in result.verification.notes:
        out.write(f"note   {note}\n")
    out.write(
        "Workstations that saw the trail after this backup now refuse this server, by design: "
        "it holds an older trail than they saw. Once you know the restore is the centre's "
        "own, IT deletes the head each of them kept (servers/<id>/audit.anchor in OneStop's "
        "data folder, docs/SERVER.md), and an admin acknowledges the findings their refused "
        "sign-ins recorded (admin findings, then admin acknowledge --server URL --entry N). "
        "A member of staff whose password changed since the backup signs in with the one of "
        "the backup's time (admin enrol-login, if her login is refused).\n"
    )
    if not result.ok:
        raise CommandFailed("the restored server failed verification (see above).")
    if result.needs_upgrade:
        out.write(
            f"The backup was made by an earlier version of OneStop (schema {result.schema}; "
            f"this version's is {result.this_schema}). Before any workstation signs in, bring "
            "the database to this version, on the server machine as the postgres user: "
            "onestop-cli admin upgrade --server URL (docs/SERVER.md, section 4e); then admin "
            "verify --server.\n"
        )
    return EXIT_OK


def cmd_rotate_key(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    _refused_on_server(
        args,
        "a centre server's database has no key to change: each member of staff's own login "
        "and TLS guard it, and survivor data is sealed on the workstations under section keys. "
        "The vault key there only seals attachments and authenticates key slots, so a new one "
        "would matter only after an account is revoked, and disable-user --server already "
        "moves the section keys she held to new versions and stops her database login "
        "(docs/SERVER.md, sections 4c and 4d)",
    )
    with _session(args, stdin) as session:
        left_out = MaintenanceService(session).rotate_key()
    out.write(
        "The vault key was changed; every account's password still works.\n"
        "Backups made before now still open with the passwords of their time.\n"
    )
    _left_out(left_out, out)
    return EXIT_OK


def cmd_new_recovery_key(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    _refused_on_server(
        args,
        "a centre server has no recovery key: an admin resets the password of an admin who "
        "lost hers (docs/SERVER.md)",
    )
    with _session(args, stdin) as session:
        recovery = MaintenanceService(session).new_recovery_key()
    out.write(
        "NEW RECOVERY KEY - write it down or print it now; it is shown only this once:\n\n"
        f"    {recovery}\n\n"
        "The old recovery key no longer opens this vault's keyslots.json. An older copy of\n"
        "that file still opens today's vault with it: if the old key may have been seen, run\n"
        "admin rotate-key now.\n"
    )
    return EXIT_OK


def _server_engine(args: argparse.Namespace) -> Any:
    try:
        return servermove.server_engine(args.server, args.ca_file)
    except servermove.ServerUrlInvalid as exc:
        raise UsageError(str(exc)) from None


def cmd_move_to_server(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    _require_stdin_flag(args)
    engine = _server_engine(args)
    (password,) = _read_lines(stdin, 1, "the password")
    with sign_in(_vault(args), args.as_user, password) as session:
        try:
            with servermove.server_transaction(engine) as target:
                report = servermove.move_to_server(session, password, target)
        except servermove.ServerNotReady as exc:
            if not exc.tables:
                raise CommandFailed(
                    "the server database has no OneStop schema: create it first "
                    "(docs/SERVER.md, section 4); nothing was moved"
                ) from None
            raise CommandFailed(
                f"the server database is not empty ({len(exc.tables)} tables hold rows): "
                "a vault is moved only into a new, empty one; nothing was moved"
            ) from None
        except servermove.TextNotSealed as exc:
            raise CommandFailed(
                "some of this vault's text was written before section keys and is not sealed "
                "yet (sections: " + ", ".join(section.value for section in exc.sections) + "): "
                "moved now it would reach the server in clear. A member of staff who holds each "
                "of these sections signs in once on this workstation (OneStop seals it then); "
                "then run the move again. Nothing was moved"
            ) from None
        except servermove.MoveNotVerified as exc:
            raise CommandFailed(
                "the copy on the server did not verify (" + ", ".join(exc.problems) + "); "
                "it was rolled back, the server is empty again"
            ) from None
        except servermove.ServerUnavailable as exc:
            raise CommandFailed(f"{exc}; nothing was moved") from None
        finally:
            engine.dispose()
    out.write(
        f"Moved and verified: {len(report.rows)} tables, {report.total_rows} rows, "
        f"{report.key_slots} key slots, {report.attachments} attachments, "
        f"{report.audit_entries} audit entries (the chain on the server verifies and ends at "
        f"entry {report.head_seq}, as here).\n"
    )
    for name, count in report.rows.items():
        if count:
            out.write(f"    {name:<32} {count:>8}\n")
    out.write(f"Database login enrolled: {', '.join(report.enrolled)}.\n")
    if report.to_enrol:
        out.write(
            "Each of these members of staff enrols her own login with her password "
            f"(admin enrol-login): {', '.join(report.to_enrol)}.\n"
        )
    out.write(
        f"The local vault in {_vault(args)} was not changed (its trail records this move); "
        "keep it as the fallback.\n"
    )
    return EXIT_OK


_UPGRADE_REFUSED = {
    "staff": "the account in --server is a member of staff's own login",
    "signin": "the account in --server is the workstations' pre-sign-in login",
    "other": "the account in --server is not the server's superuser",
}

_UPGRADE_KINDS = {
    "table": "tables (with their columns, indexes and privileges)",
    "column": "columns",
    "constraint": "constraints",
    "index": "indexes",
    "function": "functions",
    "trigger": "triggers",
    "policy": "row policies",
    "privileges": "privileges on",
    "column privileges": "column privileges on",
}


def cmd_upgrade(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """A centre's server database made by an earlier release brought to this one."""
    from onestop.services import serverupgrade

    engine = _server_engine(args)
    try:
        result = serverupgrade.upgrade(engine)
    except Exception as exc:
        refused = _upgrade_refused(exc)
        if refused is None:
            raise
        raise CommandFailed(f"{refused}; nothing was changed") from None
    if not result.changed:
        out.write(
            f"The centre's database is already up to date (schema {result.after}): "
            "nothing was changed.\n"
        )
        return EXIT_OK
    if result.before == result.after:
        out.write(
            f"The centre's database (schema {result.after}) was given this release's "
            "functions, triggers, policies and privileges, in one transaction:\n"
        )
    else:
        out.write(
            f"The centre's database was upgraded from schema {result.before} to "
            f"{result.after}, in one transaction:\n"
        )
    for kind, verb, names in result.summary():
        said = "replaced" if verb == "changed" else verb
        out.write(f"  {_UPGRADE_KINDS[kind]} {said} ({len(names)}): {', '.join(names)}\n")
    if result.doses_rebuilt:
        out.write("  each case's dose counts rebuilt (their triggers are new)\n")
    out.write(
        "No audit entry was written (each is signed by a member of staff's key; the schema's "
        "version records the upgrade). Install this release on the workstations now.\n"
    )
    return EXIT_OK


def _upgrade_refused(exc: Exception) -> str | None:
    """What ``admin upgrade`` says of a refusal, or None for an error that is no refusal."""
    from onestop.services import serverupgrade

    if isinstance(exc, serverupgrade.NotSuperuser):
        return (
            f"{_UPGRADE_REFUSED[exc.login]}: admin upgrade runs as the server's postgres "
            "account (docs/SERVER.md, section 4e)"
        )
    if isinstance(exc, serverupgrade.NotOneStop):
        return (
            "the database in --server is not a OneStop centre's (no OneStop schema): a new "
            "centre's is made with admin init --server"
        )
    if isinstance(exc, serverupgrade.TooNew):
        return (
            f"the server's schema ({exc.version}) was made by a newer OneStop than this one: "
            "upgrade with that release or a later one"
        )
    if isinstance(exc, serverupgrade.UnsignedGrants):
        return (
            f"the server's schema ({exc.version}) is older than signed key grants (0046): its "
            f"{exc.grants} key grants are unsigned and nothing on a server can vouch for them, "
            "so after an upgrade every member of staff would hold no key. This release cannot "
            "upgrade it (docs/SERVER.md, section 4e)"
        )
    if isinstance(exc, serverupgrade.TablesBusy):
        return (
            f"a workstation kept the tables busy for {serverupgrade.LOCK_TIMEOUT}: close "
            "OneStop on the workstations and run it again"
        )
    if isinstance(exc, serverupgrade.StructureRefused):
        return (
            f"this release adds the column {exc.column}, which has no value for the rows "
            "already there, and the upgrade has no step for it"
        )
    if isinstance(exc, serverupgrade.ServerUnavailable):
        return str(exc)
    return None


def cmd_enrol_login(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    _require_stdin_flag(args)
    engine = _server_engine(args)
    (password,) = _read_lines(stdin, 1, "the password")
    try:
        with servermove.server_transaction(engine) as target:
            login = servermove.enrol_login(target, args.as_user, password)
    except servermove.EnrolRefused:
        raise CommandFailed(
            "no login enrolled: the server has no active account of that name, or the "
            "password does not open it"
        ) from None
    except servermove.ServerUnavailable as exc:
        raise CommandFailed(str(exc)) from None
    finally:
        engine.dispose()
    out.write(f"The database login of {login!r} is enrolled; she can sign in on the server.\n")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        trail = audit_service.AuditService(session)
        if args.format == "csv" and not args.limit:
            # The whole trail, streamed: a million entries never sit in memory together.
            trail.stream_csv(out, audit_service.AuditFilter(actor=args.actor, action=args.action))
            return EXIT_OK
        records = trail.entries(actor=args.actor, action=args.action, limit=args.limit)
    if args.format == "csv":
        out.write(audit_service.to_csv(records))
        return EXIT_OK
    for r in records:
        out.write(
            f"{r.seq:>6} {r.at:%Y-%m-%d %H:%M:%S} {r.actor:<16} {r.role:<16} {r.action:<24} "
            f"{r.outcome:<7} {r.section} {r.record_ref} {r.detail}".rstrip()
            + "\n"
        )
    return EXIT_OK


def cmd_seed_demo(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.survivors < 1:
        raise UsageError("--survivors must be at least 1")
    if args.ca_file and not args.server:
        raise UsageError("--ca-file goes with --server")
    _need_faker()
    from onestop.demo import DemoSeeder  # Faker: imported only when asked for

    def progress(done: int, total: int) -> None:
        if not args.json:
            sys.stderr.write(f"\rseeding: {done}/{total} survivors")
            sys.stderr.flush()

    if args.server:
        data = _seed_server(
            args,
            stdin,
            lambda s: DemoSeeder(s).seed(args.survivors, seed=args.seed, progress=progress),
        )
    else:
        with _session(args, stdin) as session:
            data = DemoSeeder(session).seed(args.survivors, seed=args.seed, progress=progress)
    if args.json:
        json.dump(
            {
                "accounts": [
                    {"role": a.role.value, "username": a.username, "password": a.password}
                    for a in data.accounts
                ],
                "cases": list(data.cases),
            },
            out,
        )
        out.write("\n")
        return EXIT_OK
    sys.stderr.write("\n")
    out.write(f"{len(data.cases)} synthetic survivors created. Demo accounts (not one-time):\n")
    for a in data.accounts:
        out.write(f"  {a.role.value:<16} {a.username:<20} {a.password}\n")
    return EXIT_OK


def _seed_server(args: argparse.Namespace, stdin: TextIO, seed: Callable[[Any], Any]) -> Any:
    """The demo seeded through a centre server's services, as the admin signed in through the
    server account in --server (the postgres account: the admin's own login may write no
    survivor record); the demo accounts get their slots and logins as add-user's do."""
    from onestop.services import serverbackup

    _require_stdin_flag(args)
    engine = _server_engine(args)
    (password,) = _read_lines(stdin, 1, "the password")
    try:
        with (
            serverbackup.server_errors(),
            serverbackup.admin_session(engine, args.as_user, password) as session,
        ):
            return seed(session)
    except serverbackup.NotAnAdmin:
        raise CommandFailed(
            f"{args.as_user!r} is not an active admin of the centre on this server; "
            "nothing was changed"
        ) from None
    except servermove.ServerUnavailable as exc:
        raise CommandFailed(f"{exc}; nothing was changed") from None
    finally:
        engine.dispose()


def cmd_demo(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    folder = Path(args.dir).resolve() / "vault"
    _need_faker()
    from onestop.demo import DemoSeeder, demo_accounts  # Faker: imported only when asked for

    if not folder.exists():
        new = create_vault(folder, DEMO_ADMIN, DEMO_PASSWORD, display_name="Demo administrator")

        def progress(done: int, total: int) -> None:
            sys.stderr.write(f"\rseeding: {done}/{total} survivors")

        with sign_in(folder, DEMO_ADMIN, DEMO_PASSWORD) as session:
            DemoSeeder(session).seed(DEMO_SURVIVORS, seed=DEMO_SEED, progress=progress)
        sys.stderr.write("\n")
        out.write(f"Created a demo vault in {folder}\nIts recovery key: {new.recovery_key}\n\n")
    else:
        with sign_in(folder, DEMO_ADMIN, DEMO_PASSWORD) as session:  # a later day: new walk-ins
            arrived = DemoSeeder(session).add_arrivals_if_due(seed=DEMO_SEED)
        out.write(f"The demo vault is in {folder}\n")
        if arrived:
            out.write(f"{len(arrived)} walk-ins arrived today: their PEP windows are open.\n")
        out.write("\n")
    out.write(f"{DEMO_SURVIVORS} synthetic survivors (Faker). Accounts:\n")
    out.write(f"  {'admin':<16} {DEMO_ADMIN:<20} {DEMO_PASSWORD}\n")
    for a in demo_accounts(DEMO_SEED):
        out.write(f"  {a.role.value:<16} {a.username:<20} {a.password}\n")
    cli = ".venv/bin/onestop-cli admin"
    vault = f"--vault {folder}"
    out.write(
        f"\nThe desktop application: .venv/bin/onestop --vault {folder}\n"
        "Some commands for IT staff:\n"
        f"  echo '{DEMO_PASSWORD}' | {cli} users {vault} --as {DEMO_ADMIN} --password-stdin\n"
        f"  echo '{DEMO_PASSWORD}' | {cli} verify {vault} --as {DEMO_ADMIN} --password-stdin\n"
        f"  echo '{DEMO_PASSWORD}' | {cli} audit {vault} --as {DEMO_ADMIN} --password-stdin\n"
    )
    return EXIT_OK


def _document_password(args: argparse.Namespace, stdin: TextIO) -> str | None:
    if not args.encrypt_password_file:
        return None
    password = _first_line_of(args.encrypt_password_file, stdin, "--encrypt-password-file")
    if not password:
        raise UsageError("the --encrypt-password-file is empty")
    return password


def cmd_export_referral(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        options = _export_options(args, stdin)
        referral = args.referral
        if referral is None:
            ids = [r.record_id for r in ReferralService(session).list(args.case)]
            if len(ids) != 1:
                listed = ", ".join(map(str, ids)) or "none"
                raise UsageError(f"the case has {len(ids)} referrals ({listed}): add --referral ID")
            referral = ids[0]
        done = ExportService(session).referral_letter(args.case, referral, options)
    return _report_written(out, done)


def cmd_settings(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        settings = SettingsService(session)
        centre_name = None
        if args.centre_name_file is not None:
            centre_name = _first_line_of(args.centre_name_file, stdin, "--centre-name-file")
        if centre_name is not None or args.idle_lock_minutes is not None:
            settings.update(centre_name=centre_name, idle_lock_minutes=args.idle_lock_minutes)
        out.write(f"centre name:       {settings.centre_name()}\n")
        out.write(f"idle lock minutes: {settings.idle_lock_minutes()}\n")
    return EXIT_OK


def _export_options(args: argparse.Namespace, stdin: TextIO) -> ExportOptions:
    """Read after the acting person's password (a ``-`` reads the next line of stdin)."""
    reason = ""
    if args.without_consent_reason_file:
        option = "--without-consent-reason-file"
        reason = _first_line_of(args.without_consent_reason_file, stdin, option)
    told = None
    if args.she_was_told_on:
        told = ToldHer(Told.TOLD, on=args.she_was_told_on)
    elif args.she_will_be_told_by_file:
        option = "--she-will-be-told-by-file"
        told = ToldHer(
            Told.WILL_BE_TOLD, by=_first_line_of(args.she_will_be_told_by_file, stdin, option)
        )
    elif args.she_is_not_told_because_file:
        option = "--she-is-not-told-because-file"
        told = ToldHer(
            Told.NOT_TOLD, why=_first_line_of(args.she_is_not_told_because_file, stdin, option)
        )
    return ExportOptions(
        Path(args.out),
        password=_document_password(args, stdin),
        without_consent_reason=reason,
        told=told,
    )


def _report_written(out: TextIO, done: Exported) -> int:
    out.write(f"Written {done.path} ({done.size} bytes, SHA-256 {done.sha256})")
    out.write(", encrypted with AES-256.\n" if done.encrypted else ".\n")
    return EXIT_OK


def cmd_export_medico_legal(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    purpose = Purpose.USE_IN_COURT if args.recipient == "court" else Purpose.SHARE_WITH_POLICE
    with _session(args, stdin) as session:
        done = ExportService(session).medico_legal(
            args.case,
            _export_options(args, stdin),
            purpose=purpose,
            incident_id=args.incident,
            exam_id=args.exam,
        )
    return _report_written(out, done)


def cmd_export_bundle(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    try:
        sections = [BundleSection(s.strip()) for s in args.sections.split(",") if s.strip()]
    except ValueError:
        choices = ", ".join(s.value for s in BundleSection)
        raise UsageError(f"--sections takes a comma-separated list of: {choices}") from None
    with _session(args, stdin) as session:
        options = replace(_export_options(args, stdin), beyond_page_limit=args.beyond_page_limit)
        done = ExportService(session).court_bundle(args.case, options, sections)
    return _report_written(out, done)


def cmd_export_conference(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        meeting_id = None
        if args.meeting is not None:
            found = [
                m.id for m in ConferenceService(session).meetings() if m.held_on == args.meeting
            ]
            if not found:
                raise UsageError(f"there is no meeting on {args.meeting.isoformat()}")
            meeting_id = found[0]
        options = _told_per_case(args, stdin, "pack")
        sharing = _case_sharing(args.case_reason or [], args.told or [], stdin)
        done = ExportService(session).conference_pack(options, meeting_id, sharing)
    return _report_written(out, done)


def cmd_export_minutes(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        found = [m.id for m in ConferenceService(session).meetings() if m.held_on == args.meeting]
        if not found:
            raise UsageError(f"there is no meeting on {args.meeting.isoformat()}")
        options = _told_per_case(args, stdin, "minutes")
        sharing = _case_sharing(args.case_reason or [], args.told or [], stdin)
        done = ExportService(session).conference_minutes(options, found[0], sharing)
    return _report_written(out, done)


def _told_per_case(args: argparse.Namespace, stdin: TextIO, document: str) -> ExportOptions:
    """The export's options, refusing one answer to "has she been told?" for all: the pack
    and the minutes ask it for each case (--told REF=ANSWER)."""
    options = _export_options(args, stdin)
    if options.told is not None:
        raise UsageError(
            f"the {document} asks whether she was told for each case: use --told REF=ANSWER"
        )
    return options


_TOLD_ANSWERS = "on:YYYY-MM-DD, later:F (who will tell her) or no:F (why not)"


def _case_sharing(
    reasons: Sequence[str], told: Sequence[str], stdin: TextIO
) -> dict[str, CaseSharing]:
    """Each case shared without her consent, decided case by case: ``--case-reason
    REF=REASON:F`` (why, and F's first line: what makes it so for her) and ``--told
    REF=ANSWER`` (has she been told: on a day, later by whom, or not and why). Free text comes
    from files (or ``-``, the next line of stdin, in the order given), never the arguments."""
    decided: dict[str, tuple[SharingReason, str]] = {}
    for given in reasons:
        ref, _, rest = given.partition("=")
        code, _, source = rest.partition(":")
        try:
            why = SharingReason(code)
        except ValueError:
            choices = ", ".join(r.value for r in SharingReason)
            raise UsageError(f"--case-reason takes REF=REASON:F, REASON one of {choices}") from None
        if not ref or not source:
            raise UsageError("--case-reason takes REF=REASON:F (F: the note, or -)")
        decided[ref] = (why, _first_line_of(source, stdin, "--case-reason"))
    answers: dict[str, ToldHer] = {}
    for given in told:
        ref, _, rest = given.partition("=")
        kind, _, value = rest.partition(":")
        if not ref or not value or kind not in ("on", "later", "no"):
            raise UsageError(f"--told takes REF=ANSWER, ANSWER one of {_TOLD_ANSWERS}")
        if ref in answers:
            raise UsageError(f"--told says twice whether she was told for {ref}")
        if kind == "on":
            try:
                answers[ref] = ToldHer(Told.TOLD, on=date.fromisoformat(value))
            except ValueError:
                raise UsageError(f"--told {ref}=on: takes a day, YYYY-MM-DD") from None
        elif kind == "later":
            answers[ref] = ToldHer(Told.WILL_BE_TOLD, by=_first_line_of(value, stdin, "--told"))
        else:
            answers[ref] = ToldHer(Told.NOT_TOLD, why=_first_line_of(value, stdin, "--told"))
    unknown = sorted(set(answers) - set(decided))
    if unknown:
        raise UsageError(f"--told names a case without --case-reason: {', '.join(unknown)}")
    return {ref: CaseSharing(why, note, answers.get(ref)) for ref, (why, note) in decided.items()}


def cmd_export_statistics(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    period = args.period
    with _session(args, stdin) as session:
        done = ExportService(session).statistics(period, _export_options(args, stdin))
    _report_written(out, done)
    if done.encrypted:
        out.write("The same figures as CSV are attached inside the PDF.\n")
    else:
        out.write(f"The same figures as CSV: {done.path.with_suffix('.csv')}\n")
    return EXIT_OK


def cmd_export_dhis2(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        done = ExportService(session).dhis2(
            args.period, Path(args.mapping), ExportOptions(Path(args.out))
        )
    out.write(f"Written {done.path} ({done.size} bytes, SHA-256 {done.sha256}).\n")
    out.write(f"The same values as CSV: {done.path.with_suffix('.csv')}\n")
    out.write("Import them into DHIS2 with the identifier scheme 'code' (idScheme=code).\n")
    return EXIT_OK


def _period(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValidationFailed as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def cmd_export_safety_plan(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    with _session(args, stdin) as session:
        done = ExportService(session).safety_plan(
            args.case,
            _export_options(args, stdin),
            with_code_word=args.with_code_word,
            with_full_headings=args.with_full_headings,
        )
    return _report_written(out, done)


def cmd_export_incident_recorder(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    months = Months.parse(args.start, args.end)
    with _session(args, stdin) as session:
        done = export_incident_recorder(
            session, months, Path(args.out), _document_password(args, stdin)
        )
    out.write(f"Written {done.path} ({done.rows} incidents, SHA-256 {done.sha256})")
    out.write(", inside a ZIP encrypted with AES-256.\n" if done.encrypted else ".\n")
    return EXIT_OK


def _mapping(args: argparse.Namespace, file: RegisterFile) -> ColumnMapping:
    """--mapping: a JSON file saved by the import screen or this command, or
    ``incident-recorder``; without it, the built-in mapping if the file is an Incident Recorder."""
    if args.mapping == "incident-recorder" or (
        args.mapping is None and gbvims.Column.SURVIVOR_CODE.value in file.headers
    ):
        return ColumnMapping.incident_recorder()
    if args.mapping is None:
        columns = ", ".join(file.headers)
        raise UsageError(f"give --mapping FILE (JSON) for this register's columns: {columns}")
    try:
        return ColumnMapping.from_json(Path(args.mapping).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        raise UsageError("cannot read the file given to --mapping") from None


def _decisions(args: argparse.Namespace) -> dict[int, str | None]:
    decisions: dict[int, str | None] = {}
    for item in args.decide or []:
        line, _, choice = item.partition("=")
        if not line.isdigit() or not choice:
            raise UsageError("--decide takes LINE=REFERENCE (merge into that case) or LINE=new")
        decisions[int(line)] = None if choice == "new" else choice
    return decisions


def _print_dry_run(out: TextIO, plan: DryRun) -> None:
    file = plan.file
    shown = f"{file.kind}"
    if file.kind == "csv":
        shown += f", encoding {file.encoding}, delimiter {file.delimiter!r}"
    else:
        shown += f", sheet {file.sheet!r}"
    out.write(f"File: {file.path.name} ({shown}), SHA-256 {file.sha256}\n")
    out.write(f"Rows: {plan.rows}, refused: {plan.refused_rows}\n")
    for problem in plan.problems:
        out.write(f"  line {problem.line}, {problem.field}: {problem.message}\n")
    for duplicate in plan.duplicates:
        found = "; ".join(f"{m.reference} ({', '.join(m.reasons)})" for m in duplicate.matches)
        out.write(f"  line {duplicate.line} may be an existing case: {found}\n")


def cmd_import(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UsageError(f"there is no file {path}")
    with _session(args, stdin) as session:
        service = ImportService(session)
        service.require_checking()  # who may not is refused before the file is read
        if not args.dry_run:
            service.require_importing()
        file = RegisterFile.open(path)
        mapping = _mapping(args, file)
        if args.save_mapping:
            Path(args.save_mapping).write_text(mapping.to_json(), encoding="utf-8")
        plan = service.dry_run(file, mapping)
        _print_dry_run(out, plan)
        if args.dry_run:
            out.write("Dry run: nothing was written.\n")
            return EXIT_OK if plan.ready else EXIT_FAILED
        done = service.run(plan, _decisions(args))
    out.write(
        f"Imported {done.cases} new cases, {done.incidents} incidents, {done.merged} rows "
        f"into existing cases (SHA-256 {done.sha256}).\n"
    )
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


# ----- parsing -------------------------------------------------------------------------------

Command = Callable[[argparse.Namespace, TextIO, TextIO], int]


def cmd_selftest(args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Check this installation end to end on a throw-away vault: create it, write and read a
    case, verify the vault, export a small encrypted PDF and read it back, then delete it all.
    Touches no real vault; prints each step."""
    import secrets
    import tempfile

    from pypdf import PdfReader

    from onestop.domain.passwords import generate_one_time_password
    from onestop.services import sectionkeys
    from onestop.services.cases import CaseService, SurvivorDetails

    def step(text: str) -> None:
        out.write(f"  {text}: ok\n")
        out.flush()

    out.write(f"onestop {__version__} self-test\n")
    with tempfile.TemporaryDirectory(prefix="onestop-selftest-") as work:
        root = Path(work)
        vault = root / "vault"
        secret = generate_one_time_password()
        create_vault(vault, "selftest-admin", secret, display_name="Self-test", kdf_seconds=0.05)
        step("encrypted vault created (SQLCipher, Argon2id key slot)")
        with sign_in(vault, "selftest-admin", secret) as admin:
            for name, role in (
                ("selftest.caseworker", Role.CASEWORKER),
                ("selftest.manager", Role.MANAGER),
            ):
                UserService(admin).create(name, role, password=secret)
        with sign_in(vault, "selftest.caseworker", secret) as caseworker:
            alias = f"Self-test {secrets.token_hex(3)}"
            reference = CaseService(caseworker).open_case(SurvivorDetails(alias=alias)).reference
            # The manager reads names once a colleague who holds the identity key confirms her.
            sectionkeys.confirm_colleague(caseworker, "selftest.manager")
        with sign_in(vault, "selftest.manager", secret) as manager:
            if CaseService(manager).get(reference).details.alias != alias:
                raise OneStopError("The case read back is not the one written.")
            step("a case written by one account and read back by another")
            pdf_password = generate_one_time_password()
            today = date.today()
            done = ExportService(manager).statistics(
                Period.last_month(today),
                ExportOptions(root / "statistics.pdf", password=pdf_password),
            )
            reader = PdfReader(done.path)
            if not reader.is_encrypted or not reader.decrypt(pdf_password) or not reader.pages:
                raise OneStopError("The exported PDF could not be read back.")
            step(f"an encrypted PDF exported and read back ({len(reader.pages)} pages)")
        with sign_in(vault, "selftest-admin", secret) as admin:
            report = MaintenanceService(admin).verify()
            if not report.ok:
                raise OneStopError(
                    "The verification failed: "
                    + " ".join(c.message for c in report.checks if not c.ok)
                )
            step("vault verified (pages, structure, audit chain, attachments)")
    if root.exists():
        raise OneStopError("The self-test could not delete its temporary vault.")
    step("temporary vault deleted")
    out.write("self-test passed\n")
    return EXIT_OK


_Actions = argparse._SubParsersAction  # the object add_subparsers returns


def _admin_command(
    admin: _Actions[_Parser],
    name: str,
    func: Command,
    help_text: str,
    *,
    acting: bool = True,
    server: bool = True,
) -> _Parser:
    """An ``admin`` action: the vault folder (or, where ``server``, a centre server), and who
    acts (with the password on stdin)."""
    p: _Parser = admin.add_parser(name, help=help_text)
    _where(p, server)
    if acting:
        p.add_argument("--as", dest="as_user", metavar="USER", required=True)
        p.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    p.set_defaults(func=func)
    return p


def _export_document(
    export: _Actions[_Parser],
    name: str,
    func: Command,
    help_text: str,
    *,
    case: bool = True,
    server: bool = True,
) -> _Parser:
    """An ``export`` document: who asks, for which case, where it goes and how it is locked."""
    p: _Parser = export.add_parser(name, help=help_text)
    _where(p, server)
    p.add_argument("--as", dest="as_user", metavar="USER", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    if case:
        p.add_argument("--case", required=True, metavar="REF")
    p.add_argument("--out", required=True, metavar="FILE", help="a .pdf file, or a folder")
    p.add_argument("--encrypt-password-file", metavar="F", help="AES-256 with F's 1st line")
    p.add_argument(
        "--without-consent-reason-file",
        metavar="F",
        help="a manager's reason: F's first line, or - for the line after the password",
    )
    # With the reason, whether she was told of the sharing (one of the three; services.sharings).
    told = p.add_mutually_exclusive_group()
    told.add_argument(
        "--she-was-told-on",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day she was told",
    )
    told.add_argument(
        "--she-will-be-told-by-file",
        metavar="F",
        help="not yet: who will tell her, F's first line (or - for the next line)",
    )
    told.add_argument(
        "--she-is-not-told-because-file",
        metavar="F",
        help="telling her would put her or others at risk: why, F's first line (or -)",
    )
    p.set_defaults(func=func)
    return p


def _add_demo(top: _Actions[_Parser]) -> None:
    demo = top.add_parser("demo", help="create (if needed) and describe a demo vault")
    demo.add_argument("--dir", default=".demo", help="folder for the demo vault")
    demo.set_defaults(func=cmd_demo)


def _add_account_actions(admin: _Actions[_Parser]) -> None:
    """Creating the vault and the accounts, passwords and the keys colleagues confirm."""
    add = _admin_command
    p = add(admin, "init", cmd_init, "create a vault (or a centre server's database)", acting=False)
    p.add_argument("--user", required=True)
    p.add_argument("--name", help="the admin's name as colleagues know it")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--ca-file", metavar="FILE", help="with --server over TCP: the centre's CA")
    p.add_argument(
        "--workstation-login",
        metavar="NAME",
        help="with --server: also make the pre-sign-in login workstations share (prints its "
        "password once, for each workstation's ~/.pgpass)",
    )

    p = add(admin, "add-user", cmd_add_user, "create a staff account (prints a one-time password)")
    p.add_argument("--user", required=True)
    p.add_argument("--role", required=True, help=", ".join(r.value for r in Role))
    p.add_argument("--name", help="the person's name as colleagues know it")

    add(admin, "users", cmd_users, "list staff accounts")
    add(admin, "disable-user", cmd_disable_user, "disable an account").add_argument(
        "--user", required=True
    )
    add(admin, "enable-user", cmd_enable_user, "re-enable an account").add_argument(
        "--user", required=True
    )
    add(admin, "passwd", cmd_passwd, "change your password (stdin: current, then new)")

    p = add(
        admin,
        "reset-password",
        cmd_reset_password,
        "give an account a new one-time password",
        acting=False,
    )
    p.add_argument("--user", required=True)
    p.add_argument("--as", dest="as_user", metavar="ADMIN")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument(
        "--recovery-key-stdin",
        action="store_true",
        help="unlock with the recovery key instead of an admin's password",
    )

    p = add(
        admin,
        "confirm-user",
        cmd_confirm_user,
        "give a colleague the section keys you hold (run by a holder, not the admin)",
    )
    p.add_argument("--user", required=True)
    p.add_argument("--fingerprint", help="the colleague's key fingerprint, as they read it to you")
    add(admin, "my-fingerprint", cmd_my_fingerprint, "show your key fingerprint (to be confirmed)")


def _add_checking_actions(admin: _Actions[_Parser]) -> None:
    """Verifying the vault, the tamper findings, and the installation's self-test."""
    add = _admin_command
    add(
        admin, "verify", cmd_verify, "check encryption, integrity, the audit chain and attachments"
    ).add_argument(
        "--against",
        metavar="FILE",
        action="append",
        help="a backup kept elsewhere: the audit trail must still hold the head it recorded "
        "(repeatable; the vault's backups/ folder is always compared)",
    )
    add(
        admin,
        "findings",
        cmd_findings,
        "list the tamper findings no admin has acknowledged",
    )
    p = add(admin, "acknowledge", cmd_acknowledge, "acknowledge a tamper finding, saying why")
    p.add_argument("--entry", type=int, required=True, help="the finding's audit entry number")
    p.add_argument(
        "--reason-file",
        metavar="F",
        required=True,
        help="why it is acknowledged (audited): F's first line, or - for the line after the "
        "password",
    )
    admin.add_parser(
        "selftest", help="check this installation on a throw-away vault (no real vault touched)"
    ).set_defaults(func=cmd_selftest)


def _add_keeping_actions(admin: _Actions[_Parser]) -> None:
    """Backups, restores, a new vault key and the demo data."""
    add = _admin_command
    p = add(admin, "backup", cmd_backup, "write an encrypted backup")
    p.add_argument(
        "--out",
        "--to",
        dest="out",
        metavar="FILE",
        help="file or folder (default: the vault's backups/; with --server, this folder)",
    )
    p.add_argument("--ca-file", metavar="FILE", help=SERVER_ACCOUNT_CA)
    p = add(admin, "restore", cmd_restore, "replace the vault's records with a backup's")
    p.add_argument("--from", dest="source", metavar="FILE", required=True)
    p.add_argument("--yes", action="store_true", help="confirm the replacement")
    p.add_argument("--ca-file", metavar="FILE", help=SERVER_ACCOUNT_CA)
    p = add(
        admin,
        "move-to-server",
        cmd_move_to_server,
        "copy the vault onto a new, empty centre server and verify it (the vault is kept)",
        server=False,
    )
    p.add_argument("--server", required=True, metavar="URL", help="postgresql://USER@HOST/DB")
    p.add_argument("--ca-file", metavar="FILE", help="the centre's CA certificate (over TCP)")
    p = add(
        admin,
        "enrol-login",
        cmd_enrol_login,
        "make your own database login on a centre server (your slot, your password)",
        server=False,
    )
    p.add_argument("--server", required=True, metavar="URL", help="postgresql://USER@HOST/DB")
    p.add_argument("--ca-file", metavar="FILE", help="the centre's CA certificate (over TCP)")
    p = admin.add_parser(
        "upgrade", help="bring a centre server's database made by an earlier release to this one"
    )
    p.set_defaults(func=cmd_upgrade)
    p.add_argument(
        "--server",
        required=True,
        metavar="URL",
        help="the server's postgres account, e.g. "
        "'postgresql://postgres@/onestop?host=/var/run/postgresql'",
    )
    p.add_argument("--ca-file", metavar="FILE", help="the centre's CA certificate (over TCP)")
    add(admin, "rotate-key", cmd_rotate_key, "change the vault key (passwords stay the same)")
    add(
        admin,
        "new-recovery-key",
        cmd_new_recovery_key,
        "make a new recovery key (shown once); the old one stops opening the key file",
    )
    p = add(admin, "seed-demo", cmd_seed_demo, "fill a new, empty vault with synthetic demo data")
    p.add_argument("--ca-file", metavar="FILE", help=SERVER_ACCOUNT_CA)
    p.add_argument("--survivors", type=int, required=True)
    p.add_argument("--seed", type=int, default=DEMO_SEED)
    p.add_argument("--json", action="store_true", help="print accounts and case references")


def _add_settings_and_audit_actions(admin: _Actions[_Parser]) -> None:
    """The centre's settings and the audit trail (listed last in ``admin --help``)."""
    p = _admin_command(admin, "settings", cmd_settings, "show or change the centre's settings")
    p.add_argument(
        "--centre-name-file",
        metavar="F",
        help="printed on every document: F's first line, or - for the line after the password",
    )
    p.add_argument("--idle-lock-minutes", type=int, help="lock an idle workstation after")

    p = _admin_command(admin, "audit", cmd_audit, "print the audit trail")
    p.add_argument("--format", choices=("table", "csv"), default="table")
    p.add_argument("--actor")
    p.add_argument("--action")
    p.add_argument("--limit", type=int)


def _add_admin(top: _Actions[_Parser]) -> None:
    admin = top.add_parser("admin", help="vault administration").add_subparsers(
        dest="command", metavar="ACTION", required=True, parser_class=_Parser
    )
    _add_account_actions(admin)
    _add_checking_actions(admin)
    _add_keeping_actions(admin)
    _add_settings_and_audit_actions(admin)


def _case_by_case(p: _Parser) -> None:
    """Shared without her consent, decided case by case (a manager): why, and whether she was
    told. The pack and the minutes take the same flags."""
    p.add_argument(
        "--case-reason",
        action="append",
        metavar="REF=REASON:F",
        help="why case REF is shared without her consent: "
        + ", ".join(r.value for r in SharingReason)
        + "; F's first line (or -) says what makes it so for her (repeat for each case)",
    )
    p.add_argument(
        "--told",
        action="append",
        metavar="REF=ANSWER",
        help=f"has she been told of case REF's sharing: {_TOLD_ANSWERS}; F's first line or - "
        "(repeat for each case shared without her consent)",
    )


def _add_export(top: _Actions[_Parser]) -> None:
    export = top.add_parser("export", help="documents that leave the centre").add_subparsers(
        dest="command", metavar="DOCUMENT", required=True, parser_class=_Parser
    )
    document = _export_document
    p = document(export, "referral", cmd_export_referral, "the referral letter to an agency")
    p.add_argument("--referral", type=int, metavar="ID", help="needed if the case has several")
    p = document(export, "medico-legal", cmd_export_medico_legal, "the medico-legal report")
    p.add_argument("--for", dest="recipient", choices=("police", "court"), default="police")
    p.add_argument("--incident", type=int, metavar="ID", help="default: the latest examined")
    p.add_argument(
        "--exam",
        type=int,
        metavar="ID",
        help="a forensic examination's own report (each is signed by its examiner); "
        "default: the incident's first",
    )
    p = document(export, "bundle", cmd_export_bundle, "the court bundle")
    p.add_argument(
        "--sections",
        default=",".join(s.value for s in BundleSection if s is not BundleSection.COUNSELLING),
        help="filed under PD27A's sections A-F, comma-separated: "
        + ", ".join(s.value for s in BundleSection),
    )
    p.add_argument(
        "--beyond-page-limit",
        action="store_true",
        help="write it even past PD27A's 350 pages (refused otherwise, saying how many)",
    )
    p = document(
        export, "conference", cmd_export_conference, "the case-conference pack", case=False
    )
    p.add_argument(
        "--meeting", type=_date, metavar="DATE", help="YYYY-MM-DD (default: the next meeting)"
    )
    _case_by_case(p)
    p = document(export, "minutes", cmd_export_minutes, "a case conference's minutes", case=False)
    p.add_argument("--meeting", type=_date, metavar="DATE", required=True, help="YYYY-MM-DD")
    _case_by_case(p)
    p = document(export, "safety-plan", cmd_export_safety_plan, "her copy of her safety plan")
    p.add_argument(
        "--with-code-word",
        action="store_true",
        help="print her code word on it (left off by default: whoever finds it would learn it)",
    )
    p.add_argument(
        "--with-full-headings",
        action="store_true",
        help="head its parts by what they are for (plain by default: anyone may find it)",
    )
    p = document(
        export,
        "statistics",
        cmd_export_statistics,
        "anonymised statistics",
        case=False,
    )
    whole = "a whole month (2026-11), quarter (2026-Q4) or year (2026), ended"
    p.add_argument("--period", type=_period, metavar="PERIOD", required=True, help=whole)
    p = export.add_parser("dhis2", help="released statistics as a DHIS2 data value set")
    _where(p, True)
    p.add_argument("--as", dest="as_user", metavar="USER", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    p.add_argument("--period", type=_period, metavar="PERIOD", required=True, help=whole)
    p.add_argument("--mapping", required=True, metavar="FILE", help="the DHIS2 mapping (JSON)")
    p.add_argument("--out", required=True, metavar="FILE", help="a .json file, or a folder")
    p.set_defaults(func=cmd_export_dhis2)
    p = export.add_parser(
        "incident-recorder",
        help="the GBVIMS Incident Recorder (.xlsx) for whole, ended months (manager only)",
    )
    _where(p, True)
    p.add_argument("--as", dest="as_user", metavar="USER", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    p.add_argument("--from", dest="start", metavar="YYYY-MM", required=True, help="first month")
    p.add_argument("--to", dest="end", metavar="YYYY-MM", required=True, help="last, ended month")
    p.add_argument("--out", required=True, metavar="FILE", help="an .xlsx (.zip) file, or a folder")
    p.add_argument(
        "--encrypt-password-file", metavar="F", help="inside an AES-256 ZIP, with F's 1st line"
    )
    p.set_defaults(func=cmd_export_incident_recorder)


def _add_import(top: _Actions[_Parser]) -> None:
    p = top.add_parser(
        "import", help="import a centre's register (CSV or .xlsx; a manager may --dry-run)"
    )
    p.add_argument("file", metavar="FILE", help="the register: .csv or .xlsx")
    p.add_argument("--vault", metavar="DIR", help="vault folder (default: this user's)")
    p.add_argument("--as", dest="as_user", metavar="USER", required=True)
    p.add_argument("--password-stdin", action="store_true", help="read it from stdin")
    p.add_argument(
        "--mapping",
        metavar="MAP",
        help="a mapping saved as JSON, or incident-recorder (default for an Incident Recorder)",
    )
    p.add_argument("--save-mapping", metavar="FILE", help="write the mapping used as JSON")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument(
        "--decide",
        action="append",
        metavar="LINE=REF|new",
        help="for a possible duplicate: merge its incident into REF, or open a new case",
    )
    p.set_defaults(func=cmd_import)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="onestop", description="OneStop case manager for one-stop centres.")
    parser.add_argument("--version", action="version", version=f"onestop {__version__}")
    top = parser.add_subparsers(dest="area", metavar="COMMAND")
    _add_demo(top)
    _add_admin(top)
    _add_export(top)
    _add_import(top)
    return parser


def main(
    argv: Sequence[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
        if not hasattr(args, "func"):
            parser.print_help(stderr)
            return EXIT_USAGE
        logs.setup()
        func: Command = args.func
        return func(args, stdin, stdout)
    except UsageError as exc:
        stderr.write(f"onestop: {exc}\n")
        return EXIT_USAGE
    except (MissingExtra, CommandFailed) as exc:
        stderr.write(f"onestop: {exc}\n")
        return EXIT_FAILED
    except OneStopError as exc:
        stderr.write(f"onestop: {exc}\n")
        return EXIT_FAILED
    except KeyboardInterrupt:
        stderr.write("onestop: interrupted.\n")
        return 130
    except Exception as exc:  # the last line of defence: no traceback, no data
        logs.setup()
        logs.log.error("internal error: %s", logs.describe_crash(exc, exc.__traceback__))
        stderr.write(
            f"onestop: an internal error stopped the command; details are in {logs.log_path()}\n"
        )
        return EXIT_FAILED


if __name__ == "__main__":  # python -m onestop.cli, as well as onestop-cli
    sys.exit(main())
