"""The compiled Designer forms are current, and shipped."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from scripts.compile_forms import FORMS, REPO, UI, compiled_path, recorded_hash, source_hash


@pytest.mark.parametrize("ui", sorted(UI.glob("*.ui")), ids=lambda p: p.name)
def test_each_form_is_compiled_from_its_current_ui_file(ui) -> None:
    form = compiled_path(ui)
    assert form.exists(), f"{ui.name} has no compiled form: run make forms"
    assert recorded_hash(form) == source_hash(ui), (
        f"{form.name} is older than {ui.name}: make forms"
    )


def test_no_compiled_form_without_its_ui_file() -> None:
    sources = {f"ui_{p.stem}.py" for p in UI.glob("*.ui")}
    compiled = {p.name for p in FORMS.glob("ui_*.py")}
    assert compiled == sources


def test_compiled_forms_are_tracked_so_a_clean_clone_installs_them() -> None:
    git = shutil.which("git")
    if git is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    ignored = subprocess.run(
        [git, "check-ignore", *map(str, FORMS.glob("ui_*.py"))],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert ignored.stdout == ""
