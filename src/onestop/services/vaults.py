"""Where a vault is, asked before anything is opened: light to import (the sign-in window
shows before the vault's libraries are loaded)."""

from __future__ import annotations

from pathlib import Path

from onestop.vault.folder import VaultFolder


def vault_exists(path: Path) -> bool:
    """Whether ``path`` holds a vault (the desktop application's first run asks this)."""
    return VaultFolder(path).exists()
