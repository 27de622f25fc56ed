"""Compile the Qt Designer forms in ui/ to src/onestop/gui/forms/ui_<name>.py with pyside6-uic.

Only forms whose source changed are rebuilt: each compiled form starts with the SHA-256 of its
``.ui`` file, which tests/gui/test_forms.py checks, so a stale form fails the suite. The
compiled forms are committed, so that ``pip install .`` from a clean clone includes them.

    python scripts/compile_forms.py          # rebuild what changed
    python scripts/compile_forms.py --check  # exit 1 if any form is stale or missing
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
UI = REPO / "ui"
FORMS = REPO / "src" / "onestop" / "gui" / "forms"
MARK = "# onestop-ui-sha256: "


def source_hash(ui: Path) -> str:
    return hashlib.sha256(ui.read_bytes()).hexdigest()


def compiled_path(ui: Path) -> Path:
    return FORMS / f"ui_{ui.stem}.py"


def recorded_hash(form: Path) -> str | None:
    if not form.exists():
        return None
    first = form.read_text("utf-8").split("\n", 1)[0]
    return first[len(MARK) :] if first.startswith(MARK) else None


def stale_forms() -> list[Path]:
    return [
        ui for ui in sorted(UI.glob("*.ui")) if recorded_hash(compiled_path(ui)) != source_hash(ui)
    ]


def _uic() -> str:
    beside = Path(sys.executable).with_name("pyside6-uic")
    found = str(beside) if beside.exists() else shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found: install PySide6 (make creates .venv with it)")
    return found


def compile_form(ui: Path) -> Path:
    code = subprocess.run(
        [_uic(), "--generator", "python", str(ui)], check=True, capture_output=True, text=True
    ).stdout
    target = compiled_path(ui)
    target.write_text(
        f"{MARK}{source_hash(ui)}\n# Generated from ui/{ui.name}: never edit.\n{code}", "utf-8"
    )
    return target


def main(argv: list[str]) -> int:
    stale = stale_forms()
    if "--check" in argv:
        for ui in stale:
            print(f"stale: {ui.relative_to(REPO)} (run make forms)")
        return 1 if stale else 0
    FORMS.mkdir(parents=True, exist_ok=True)
    (FORMS / "__init__.py").touch()
    for ui in stale:
        print(f"uic: {ui.relative_to(REPO)} -> {compile_form(ui).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
