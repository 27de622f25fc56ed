"""Bring a vault's schema to this version of OneStop, or refuse a vault from a newer one."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from onestop.errors import VaultTooNew
from onestop.i18n import QT_TRANSLATE_NOOP


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", "onestop.db:migrations")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@functools.cache
def _scripts() -> ScriptDirectory:
    """The migration scripts, read once: they cannot change while the program runs, and
    reading them costs more than the rest of opening a vault."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str

    @property
    def changed(self) -> bool:
        return self.before != self.after


def is_known(revision: str) -> bool:
    """Whether ``revision`` is one of this version of OneStop's migrations."""
    try:
        return _scripts().get_revision(revision) is not None
    except CommandError:
        return False


def check_known(revision: str | None) -> None:
    """VaultTooNew if ``revision`` is not one this version of OneStop knows."""
    if revision is None:
        return
    try:
        _scripts().get_revision(revision)
    except CommandError:
        raise VaultTooNew(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This vault was last used by a newer version of OneStop. "
                "Install that version (or newer) to open it; nothing was changed.",
            )
        ) from None


def upgrade(
    engine: Engine,
    *,
    target: str = "head",
    before_upgrade: Callable[[str, str], object] | None = None,
) -> MigrationResult:
    """Upgrade to ``target``; ``before_upgrade(current, target)`` runs first (the backup).

    The whole upgrade is one transaction: a failure leaves the vault as it was.
    """
    current = current_revision(engine)
    check_known(current)
    goal = head_revision() if target == "head" else target
    if current == goal:
        return MigrationResult(current, goal)
    if before_upgrade is not None and current is not None:
        before_upgrade(current, goal)
    with engine.begin() as conn:
        command.upgrade(_config(conn), target)
    return MigrationResult(current, goal)
