"""Where each part of a vault lives inside its folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultFolder:
    root: Path

    @property
    def db(self) -> Path:
        return self.root / "vault.db"

    @property
    def keyslots(self) -> Path:
        return self.root / "keyslots.json"

    @property
    def blobs(self) -> Path:
        return self.root / "blobs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def exports(self) -> Path:
        """Where the export dialog offers to write documents (not the home folder, where they
        would pile up for anyone at the computer to find); made on first use."""
        return self.root / "exports"

    @property
    def instruments(self) -> Path:
        """A centre's own risk checklists (JSON, not survivor data), beside the shipped ones."""
        return self.root / "instruments"

    @property
    def anchor(self) -> Path:
        return self.root / "audit.anchor"

    def exists(self) -> bool:
        return self.keyslots.exists() or self.db.exists()

    def sidecars(self) -> tuple[Path, Path]:
        return (self.db.with_name("vault.db-wal"), self.db.with_name("vault.db-shm"))

    def make(self) -> None:
        for path in (self.root, self.blobs, self.backups):
            path.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                path.chmod(0o700)
