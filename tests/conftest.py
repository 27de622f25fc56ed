"""Shared test set-up: Qt offscreen (set once, here), fast but real key derivation, a fresh
vault per test in a temporary folder, and the hostile-text corpus."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
