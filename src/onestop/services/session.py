"""An unlocked vault in the hands of one signed-in member of staff.

Every service takes a VaultSession. Its ``unit_of_work`` is the one way to touch the database:
it checks the role against the permission matrix (a refusal is itself audited), opens one
transaction, and after commit moves the copy of the audit anchor kept outside the database.
Where the database, the key slots, the attachments and that copy live is the backend's
(services/backend.py: a local vault folder, or a centre's server); the session and the
services work the same on both.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session

from onestop.db import writelock
from onestop.db.base import utcnow
from onestop.domain.audit import AuditAction, AuditFields, Outcome
from onestop.domain.passwords import normalise
from onestop.domain.roles import GLASS_FLAG, Action, Role, Section, permits
from onestop.errors import PermissionDenied, SignInFailed
from onestop.i18n import QT_TRANSLATE_NOOP
from onestop.services import (
    audit,
    sealedcolumns,  # also registers the sealing mapper events
    sectionkeys,
)
from onestop.services.records import READ_BATCH
from onestop.vault.blobs import BlobStore
from onestop.vault.engine import storage_errors
from onestop.vault.folder import VaultFolder
from onestop.vault.keyslots import VAULT_KEY, KeySlotFile, user_slot_id
from onestop.vault.sectionkeys import KeyRing, SectionKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from onestop.services.audit import Anchor, SigningKey
    from onestop.services.backend import VaultBackend
    from onestop.services.caseindex import CaseIndex, Loading

RECOVERY_ACTOR = "(recovery key)"


@dataclass(frozen=True)
class Actor:
    """Who is acting: a member of staff, or the holder of the recovery key (role None)."""

    username: str
    role: Role | None
    display_name: str

    @property
    def role_name(self) -> str:
        return self.role.value if self.role is not None else "recovery"


# Session.info: the search session as it stood before this transaction (keep_search_run).
_RUN_BEFORE = "onestop_search_run_before"


@dataclass
class SearchRun:
    """A search session after its first search (services.search): the searches one person
    makes one after another (search-as-you-type sends one at each pause in her typing) are
    audited as one. The first has its entry ("search: N results") when it is made; the rest
    are counted here and written in one entry when the session ends: at the next session's
    first search (a pause of ``search.SESSION_IDLE`` seconds, or ``search.SESSION_MOST``
    searches), after ``search.SESSION_IDLE`` seconds without a search on the desktop
    (``CaseSearch.end_session``), at a lock, at a sign-out."""

    last: float  # time.monotonic() of its last search
    more: int = 0  # searches after the first
    shown: int = 0  # results they showed, in all
    most: int = 0  # the most results one of them showed

    def detail(self) -> str:
        return (
            f"search session: {self.more} more searches, {self.shown} results shown, "
            f"at most {self.most} at once"
        )


class VaultSession:
    """The vault unlocked for one actor; close it to sign out."""

    def __init__(
        self,
        *,
        backend: VaultBackend,
        key: bytes,
        engine: Engine,
        actor: Actor,
        must_change_password: bool = False,
        signer: SigningKey | None = None,
    ) -> None:
        self.backend = backend
        self.actor = actor
        self.must_change_password = must_change_password
        self._lock = backend.lock
        self._key = key
        # The acting person's signing key: every entry she writes is signed with it.
        self.signer = signer
        # How many reports waiting in keyslots.json were malformed and refused at sign-in.
        self.refused_reports = 0
        self._engine: Engine | None = engine
        # A batch belongs to the thread that opened it (an export on a worker thread must not
        # lend its transaction to the GUI thread, nor borrow the GUI's).
        self._local = threading.local()
        # Break-glass: (case reference, section) -> until when this person may read it.
        self._glass: dict[tuple[str, Section], datetime] = {}
        # The section keys this person opened at sign-in (services.sectionkeys); forgotten at
        # lock and sign-out like the vault key. ``section_keys`` is this ring, or, inside a
        # unit of work reading by break-glass, this ring and that section's break-glass key.
        self._ring = KeyRing()
        # Break-glass keys (services.glasskeys): a section's key opened from this person's
        # break-glass grant only after an access was recorded and audited; dropped when no
        # access to the section is open any more, at lock and at sign-out. The slot's private
        # key that opens them is kept (for the roles that may break glass) like the vault key.
        self._glass_keys: dict[Section, tuple[SectionKey, ...]] = {}
        self.glass_private: X25519PrivateKey | None = None
        # The search index, in memory only (services.caseindex): built from the names her
        # identity key opens, dropped when she locks or signs out.
        self.case_index: CaseIndex | None = None
        # The index being read on a thread of its own (caseindex.Loading: the desktop).
        self.index_loading: Loading | None = None
        # The head of the audit chain (seq, hash) as this session last moved it: where a batch
        # of reads guesses its entries follow (audit.append_many checks it under the lock).
        self._head: tuple[int, str] | None = None
        # The sections the trail records as bound (services.attachmentblobs.bound_sections),
        # read once, when first needed (older text met, or the sign-in's sealing), and kept
        # up to date by that sealing (``note_bound``); read again after a restore.
        self._bound: frozenset[str] | None = None
        # The same for the sections whose text is bound to its cases (attachmentblobs.TEXT_BOUND).
        self._text_bound: frozenset[str] | None = None
        # The search session under way (services.search): its first search has its entry in
        # the trail, the rest are counted here until it ends (``end_search_run``).
        self.search_run: SearchRun | None = None

    def end_search_run(self, s: Session) -> None:
        """The searches of the session under way after its first, in one entry (how many,
        how many results they showed), in ``s``; nothing if there were none. Written when the
        next search session starts, when the desktop has seen no search for
        ``search.SESSION_IDLE`` seconds, and at a lock or a sign-out."""
        self.keep_search_run(s)
        run, self.search_run = self.search_run, None
        if run is not None and run.more:
            self.audit(s, AuditAction.RECORD_READ, Section.IDENTITY, detail=run.detail())

    def keep_search_run(self, s: Session) -> None:
        """The search session as it stands, put back if ``s`` rolls back: a search (or the
        end of a session) whose transaction does not commit leaves the count as it was, and
        an entry rolled back is written again by the next (a batch of searches, one
        transaction, is put back whole)."""
        if _RUN_BEFORE in s.info:
            return  # kept by an earlier search of the same transaction
        s.info[_RUN_BEFORE] = replace(self.search_run) if self.search_run else None

        def rolled_back(_s: Session) -> None:
            if _RUN_BEFORE in s.info:
                self.search_run = s.info.pop(_RUN_BEFORE)

        event.listen(s, "after_rollback", rolled_back, once=True)
        event.listen(s, "after_commit", lambda _s: s.info.pop(_RUN_BEFORE, None), once=True)

    def _stop_index_loading(self) -> None:
        """The index's reading thread cancelled and waited for: the keys and the engine it
        reads with are about to go."""
        load, self.index_loading = self.index_loading, None
        if load is not None:
            load.cancel()

    # -- plumbing for services (not for the GUI) --

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            if self._lock.held:
                raise PermissionDenied(
                    QT_TRANSLATE_NOOP("Messages", "The vault is locked. Unlock it to continue.")
                )
            raise PermissionDenied(
                QT_TRANSLATE_NOOP("Messages", "You are signed out. Sign in again to continue.")
            )
        return self._engine

    @property
    def folder(self) -> VaultFolder:
        """The local folder: the vault's, or the workstation's own for a centre server."""
        return self.backend.folder

    @property
    def slots(self) -> KeySlotFile:
        return self.backend.slots

    @property
    def key(self) -> bytes:
        return self._key

    @property
    def vault_id(self) -> str:
        return self.slots.vault_id

    @property
    def blobs(self) -> BlobStore:
        return self.backend.blob_store(self._key)

    @property
    def section_keys(self) -> KeyRing:
        ring: KeyRing | None = getattr(self._local, "ring", None)
        return ring if ring is not None else self._ring

    def bound_sections(self, s: Session) -> frozenset[str]:
        """The sections the trail records as bound (services.attachmentblobs.bound_sections):
        read in ``s`` the first time, then kept for this session."""
        if self._bound is None:
            from onestop.services import attachmentblobs  # it imports this module

            self._bound = attachmentblobs.bound_sections(self, s)
        return self._bound

    @property
    def known_bound(self) -> frozenset[str]:
        """``bound_sections`` as this session read it (at its sign-in, for a holder), for a
        thread without a database session of its own; none if not read yet."""
        return self._bound or frozenset()

    def note_bound(self, sections: Iterable[str]) -> None:
        """``sections`` recorded as bound by this session (its sign-in's sealing)."""
        if self._bound is not None:  # else read from the trail when needed, these among them
            self._bound = self._bound | frozenset(sections)

    def text_bound_sections(self, s: Session) -> frozenset[str]:
        """The sections the trail records as bound to their cases
        (services.attachmentblobs.text_bound_sections): read in ``s`` the first time, then
        kept for this session."""
        if self._text_bound is None:
            from onestop.services import attachmentblobs  # it imports this module

            self._text_bound = attachmentblobs.text_bound_sections(self, s)
        return self._text_bound

    @property
    def known_text_bound(self) -> frozenset[str]:
        """``text_bound_sections`` as this session read it (at its sign-in, for a holder)."""
        return self._text_bound or frozenset()

    def note_text_bound(self, sections: Iterable[str]) -> None:
        """``sections`` recorded as bound to their cases by this session's sign-in."""
        if self._text_bound is not None:
            self._text_bound = self._text_bound | frozenset(sections)

    def replace_engine(self, engine: Engine, key: bytes) -> None:
        """After a restore or a key rotation: the session goes on with the new database."""
        self._stop_index_loading()
        if self._engine is not None:
            self._engine.dispose()
        self._engine = engine
        self._key = key
        self._bound = None  # the trail may be another one now
        self._text_bound = None

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    # -- permissions and units of work --

    def allowed(self, section: Section, action: Action, record_ref: str = "") -> bool:
        """What the role permits; for a read of one case, also a section opened for it by
        break-glass and not yet expired."""
        role = self.actor.role
        if role is not None and permits(role, section, action):
            return True
        return (
            action is Action.READ and bool(record_ref) and self.by_break_glass(section, record_ref)
        )

    def by_break_glass(self, section: Section, record_ref: str) -> bool:
        """Whether ``section`` of this case is open to this person by break-glass, now."""
        until = self._glass.get((record_ref.strip().upper(), section))
        return until is not None and utcnow() < until

    def glass_opened(self, reference: str, section: Section, until: datetime) -> None:
        """For services.breakglass, once the access and its reason are recorded."""
        self._glass[(reference.strip().upper(), section)] = until

    def glass_open_until(self, reference: str) -> dict[Section, datetime]:
        """The sections of this case open by break-glass, and until when."""
        self._drop_expired_glass()
        now, ref = utcnow(), reference.strip().upper()
        return {sec: until for (r, sec), until in self._glass.items() if r == ref and now < until}

    def glass_sections(self) -> frozenset[Section]:
        """The sections some break-glass access of this session still opens, now."""
        self._drop_expired_glass()
        return frozenset(sec for _, sec in self._glass)

    def hold_glass_keys(self, section: Section, keys: tuple[SectionKey, ...]) -> None:
        """For services.glasskeys: the break-glass keys of ``section``, opened after the
        access was audited; kept while an access to the section is open."""
        if keys and section in self.glass_sections():
            self._glass_keys[section] = keys

    def holds_glass_key(self, section: Section, reference: str) -> bool:
        """Whether ``section`` of this case is open by break-glass with its key held."""
        return self.by_break_glass(section, reference) and section in self._glass_keys

    def _drop_expired_glass(self) -> None:
        now = utcnow()
        for pair in [p for p, until in self._glass.items() if until <= now]:
            del self._glass[pair]
        live = {sec for _, sec in self._glass}
        for section in [sec for sec in self._glass_keys if sec not in live]:
            del self._glass_keys[section]

    def _glass_ring(self, section: Section) -> KeyRing | None:
        """Her ring and ``section``'s break-glass keys, for one unit of work reading it by
        break-glass (None when no such key is held: a sealed field then stays closed)."""
        self._drop_expired_glass()
        keys = self._glass_keys.get(section)
        if not keys:
            return None
        ring = KeyRing()
        for key in self._ring.held():
            ring.add(key, writable=self._ring.writable(key))
        for key in keys:
            ring.add(key)
        return ring

    def refuse(self, section: Section, action: Action, record_ref: str = "") -> PermissionDenied:
        """Record a refused attempt and return the error to raise."""
        if self._batch is not None:
            # Written once the batch is over, so that its rollback cannot lose it.
            self._refused_in_batch.append((section, action, record_ref))
        else:
            with self._transaction(renew=False) as s:
                self._audit_refusal(s, section, action, record_ref)
        role = self.actor.role.label if self.actor.role else "The recovery key"
        verb = "change" if action is Action.WRITE else "see"
        return PermissionDenied(f"{role} accounts may not {verb} {section.value} records.")

    @property
    def _batch(self) -> Session | None:
        return getattr(self._local, "batch", None)

    @_batch.setter
    def _batch(self, value: Session | None) -> None:
        self._local.batch = value

    @property
    def _refused_in_batch(self) -> list[tuple[Section, Action, str]]:
        refused: list[tuple[Section, Action, str]] | None = getattr(self._local, "refused", None)
        if refused is None:
            refused = self._local.refused = []
        return refused

    @_refused_in_batch.setter
    def _refused_in_batch(self, value: list[tuple[Section, Action, str]]) -> None:
        self._local.refused = value

    @contextlib.contextmanager
    def unit_of_work(
        self,
        section: Section,
        action: Action,
        *,
        record_ref: str = "",
        writes: bool = False,
    ) -> Iterator[Session]:
        """Check the permission; yield a session whose transaction commits or rolls back whole.

        A READ unit of work only reads (and audits its reading): on a centre server it takes
        the write lock only when it first writes, so what it decides from what it read before
        may be another workstation's older state. ``writes``: this READ unit of work also
        writes from what it reads (a review recorded once), so it takes the lock first, as a
        WRITE one does."""
        if self.must_change_password:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "You signed in with a one-time password: choose your own password first.",
                )
            )
        if not self.allowed(section, action, record_ref):
            raise self.refuse(section, action, record_ref)
        glass = not self.allowed(section, action)
        # Reading by break-glass: the section's key is in her ring for this unit of work only.
        ring = self._glass_ring(section) if glass else None
        # One that only reads waits for a centre server's write lock only when it first
        # writes (its audit entry): its reading runs beside other workstations' writes.
        reads = action is Action.READ and not writes
        in_batch = self._batch is not None
        with self._transaction(reads=reads) as s:
            if in_batch and not reads:
                # A write inside a batch of reads: under the lock from its start, as it would
                # be on its own (it may read what it then decides, a counter or a bed).
                writelock.before_writing(s.connection())
                # What the batch read may be changed by it: read again from here on.
                s.info.pop(READ_BATCH, None)
            outer, self._local.glass = getattr(self._local, "glass", False), glass
            outer_ring, outer_info = getattr(self._local, "ring", None), s.info["section_keys"]
            if ring is not None:
                self._local.ring = s.info["section_keys"] = ring
            try:
                yield s
            finally:
                self._local.glass = outer
                self._local.ring, s.info["section_keys"] = outer_ring, outer_info

    def _audit_refusal(self, s: Session, section: Section, action: Action, ref: str) -> None:
        self.audit(
            s,
            AuditAction.RECORD_WRITE if action is Action.WRITE else AuditAction.RECORD_READ,
            section,
            record_ref=audit.safe_reference(ref),
            outcome=Outcome.DENIED,
        )

    @contextlib.contextmanager
    def batch(self, *, reads: bool = False) -> Iterator[None]:
        """Run several units of work as one transaction (reading a whole case file): each
        still checks its permission and writes its own audit entry, and all of it commits
        together, with one write of the audit anchor, or none of it does. For reads: an
        error in any part rolls back every part.

        ``reads``: the batch only reads (and audits its reads), so nothing it queries needs
        what it wrote: its audit entries are not flushed before each query but written
        together at its end (``audit.append_many``: on a centre's server one statement that
        moves the anchor row and inserts them all, when the head this session last saw is
        still the head; on the local vault the anchor's UPDATE and one INSERT). They are
        chained only there, just before the commit, where a centre server's batch (begun
        without the write lock) takes the lock: its reading (and the decrypting of what it
        read) runs beside other workstations' writes, and ``audit`` returns an entry's fields
        before its number is known (``seq`` 0)."""
        if self._batch is not None:
            yield
            return
        try:
            with self._transaction(reads=reads) as s:
                self._batch = s
                if reads:
                    s.autoflush = False
                    # Its readers find the case once and take rows a reader before them
                    # read whole (services.records: ``find_case``, ``case_rows``).
                    s.info[READ_BATCH] = {}
                self._local.reads, self._local.queued = reads, None
                try:
                    yield
                    audit.append_many(s, self._local.queued or (), self._head)
                finally:
                    s.info.pop(READ_BATCH, None)
                    self._batch = None
                    self._local.reads, self._local.queued = False, None
        finally:
            refused, self._refused_in_batch = self._refused_in_batch, []
            if refused:
                with self._transaction(renew=False) as s:
                    for section, action, ref in refused:
                        self._audit_refusal(s, section, action, ref)

    @contextlib.contextmanager
    def _transaction(self, *, renew: bool = True, reads: bool = False) -> Iterator[Session]:
        """One transaction (or the batch's). For a holder, it first checks that no section
        she holds is due a new version (a revocation since her keys were opened, perhaps on
        another workstation of a centre's server: one row read) and makes it if so, in this
        same transaction: nothing is sealed under a version a revocation left behind, and a
        new version whose grants roll back is forgotten with them.

        ``reads``: the transaction only reads and audits its reading, so on a centre server it
        begins without the write lock and takes it when it first writes (db/writelock.py); a
        new version it must make is made under the lock, from the due list read again."""
        if self._batch is not None:
            yield self._batch
            return
        engine = self.engine
        options = {writelock.DEFER: True} if reads else {}
        s = Session(engine, expire_on_commit=False, execution_options=options)
        ring = self.section_keys
        # The ORM layer that opens and seals sealed columns takes her keys from here, and the
        # sections recorded as bound (read only when older text is met).
        s.info["section_keys"] = ring
        s.info[sealedcolumns.BOUND_INFO] = lambda: self.bound_sections(s)
        s.info[sealedcolumns.TEXT_BOUND_INFO] = lambda: self.text_bound_sections(s)
        made: list[SectionKey] = []
        try:
            with storage_errors(engine), s.begin():
                if renew and self.actor.role is not None and ring.held():
                    if not reads:
                        sectionkeys.renew_due(self, s, made=made)
                    elif sectionkeys.renewal_due(self, s):
                        # Decided again under the lock: another holder may have made it.
                        writelock.before_writing(s.connection())
                        s.expire_all()
                        sectionkeys.renew_due(self, s, made=made)
                    # Else nothing is due (the one row read once, not twice).
                yield s
            anchor: Anchor | None = s.info.pop("audit_anchor", None)
        except BaseException:
            for key in made:
                ring.remove(key)
            raise
        finally:
            s.close()
        if anchor is not None:
            self.backend.keep_anchor(self.vault_id, anchor)
            self._head = (anchor.seq, anchor.hash)

    @contextlib.contextmanager
    def system_transaction(self) -> Iterator[Session]:
        """A transaction without a permission check, for the session's own bookkeeping
        (sign-in, sign-out, lock): the caller writes the audit entry."""
        with self._transaction() as s:
            yield s

    def audit(
        self,
        s: Session,
        action: AuditAction,
        section: Section | str = "",
        *,
        record_ref: str = "",
        outcome: Outcome = Outcome.OK,
        detail: str = "",
        actor: str | None = None,
        role: str | None = None,
    ) -> AuditFields:
        entry: dict[str, Any] = {
            "vault_key": self._key,
            "vault_id": self.vault_id,
            "actor": actor if actor is not None else self.actor.username,
            "role": role if role is not None else self._audit_role(),
            "action": action,
            "section": section,
            "record_ref": record_ref,
            "outcome": outcome,
            "detail": detail,
            "signer": self.signer,
        }
        if not getattr(self._local, "reads", False) or s is not self._batch:
            return audit.append(s, **entry)
        # In a batch of reads: appended at the batch's end (batch), all together, as it
        # stands now; elsewhere at once, as always.
        queued: list[dict[str, Any]] | None = self._local.queued
        if queued is None:
            queued = self._local.queued = []
        audit.check_short(record_ref, detail)
        queued.append(entry)
        return AuditFields(
            seq=0,
            at="",
            actor=entry["actor"],
            role=entry["role"],
            action=action.value,
            section=section.value if isinstance(section, Section) else section,
            record_ref=record_ref,
            outcome=outcome.value,
            detail=detail,
            signer=self.signer.key_id if self.signer is not None else "",
        )

    def _audit_role(self) -> str:
        """The role as the audit trail records it: flagged while a read is by break-glass."""
        glass = getattr(self._local, "glass", False)
        return f"{self.actor.role_name}+{GLASS_FLAG}" if glass else self.actor.role_name

    # -- locking (the idle lock and the quick hide of the desktop application) --

    @property
    def is_locked(self) -> bool:
        return self._engine is None and self._lock.held

    def lock(self) -> None:
        """Lock: audit it, close every connection and forget the key; the vault stays ours."""
        if self._engine is None:
            return
        try:
            with self._transaction(renew=False) as s:
                self.end_search_run(s)
                self.audit(s, AuditAction.LOCK)
        finally:
            self._stop_index_loading()
            self._engine.dispose()
            self._engine = None
            self._key = b""
            self.signer = None
            self.section_keys.clear()
            self._glass_keys.clear()
            self.glass_private = None
            self.case_index = None

    def unlock(self, password: str) -> None:
        """The same person unlocks with their password (SignInFailed if it is wrong)."""
        if self._engine is not None:
            return
        if self.actor.role is None:
            raise PermissionDenied(
                QT_TRANSLATE_NOOP(
                    "Messages", "A recovery-key session cannot be unlocked; sign in again."
                )
            )
        slot_id = user_slot_id(self.actor.username)
        if slot_id not in self.slots.slots:
            raise SignInFailed(
                QT_TRANSLATE_NOOP("Messages", "This account is disabled. Ask the administrator.")
            )
        opened = self.slots.open_slot(slot_id, normalise(password))
        if opened is None:
            raise SignInFailed(QT_TRANSLATE_NOOP("Messages", "The password is not correct."))
        self._key = opened.keys[VAULT_KEY]
        self._engine = self.backend.open_engine(self._key)
        # The slot's signing key, opened again with the password (registered at sign-in).
        self.signer = audit.SigningKey.of(opened.signing) if opened.signing is not None else None
        with self._transaction() as s:
            self.audit(s, AuditAction.UNLOCK)
            sectionkeys.start(self, s, opened.private)

    # -- leaving --

    def close(self, action: AuditAction = AuditAction.SIGN_OUT) -> None:
        """Sign out: audit it, close every connection, release the vault for others."""
        if self._engine is None:  # signing out from the lock screen: no key to write with,
            # so a report waits in keyslots.json for the next sign-in, like a failed one (and,
            # like it, is written into the trail marked unverified). A centre server keeps no
            # such report (backend.reports_locked_sign_out): its trail ends at her lock.
            try:
                if not self.backend.reports_locked_sign_out:
                    return
                self.slots.queue_event(
                    {
                        "at": datetime.now(UTC).isoformat(),
                        "username": self.actor.username,
                        "action": action.value,
                        "reason": "while locked",
                    }
                )
                self.slots.save()
            finally:
                self._key = b""
                self.signer = None
                self._lock.release()
            return
        try:
            with self._transaction(renew=False) as s:
                self.end_search_run(s)
                self.audit(s, action)
        finally:
            self._stop_index_loading()
            self._engine.dispose()
            self._engine = None
            self._key = b""
            self.signer = None
            self.section_keys.clear()
            self._glass_keys.clear()
            self.glass_private = None
            self.case_index = None
            self._lock.release()

    def __enter__(self) -> VaultSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
