"""The layers (docs/ARCHITECTURE.md), checked on the source: calls never go up, Qt and SQL apart."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "onestop"

NO_QT = ("domain", "vault", "db", "services", "reports", "demo")
NO_SQLALCHEMY = ("gui", "reports")
# What each layer may import from the project (besides itself and the shared top modules).
MAY_IMPORT = {
    "domain": set(),
    "vault": set(),
    "db": {"domain", "vault"},
    "services": {"domain", "vault", "db", "reports"},
    "reports": {"domain"},  # renders the snapshots services hand it; reads no data itself
    "gui": {"domain", "services"},  # the window calls services only
    # A tool beside the layers (the CLI's seed-demo): it writes through services and db; no
    # layer imports it, so Faker, its optional extra, is needed only when demo data is asked for.
    "demo": {"domain", "db", "services"},
}
SHARED = {"errors", "paths", "logs", "i18n", "clock"}  # i18n: QT_TRANSLATE_NOOP without Qt


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(layer: str) -> list[Path]:
    """The modules of a layer: a package's, or the one module of that name (``demo.py``)."""
    if (SRC / layer).is_dir():
        return sorted((SRC / layer).rglob("*.py"))
    return [SRC / f"{layer}.py"] if (SRC / f"{layer}.py").exists() else []


@pytest.mark.parametrize("layer", NO_QT)
def test_no_qt_below_the_gui(layer: str) -> None:
    for path in modules(layer):
        bad = {n for n in imports_of(path) if n.split(".")[0] in ("PySide6", "shiboken6")}
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


@pytest.mark.parametrize("layer", NO_SQLALCHEMY)
def test_no_sqlalchemy_in_gui_or_reports(layer: str) -> None:
    for path in modules(layer):
        bad = {n for n in imports_of(path) if n.split(".")[0] in ("sqlalchemy", "alembic")}
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


@pytest.mark.parametrize("layer", sorted(MAY_IMPORT))
def test_calls_never_go_up(layer: str) -> None:
    allowed = MAY_IMPORT[layer] | SHARED | {layer}
    for path in modules(layer):
        for name in imports_of(path):
            parts = name.split(".")
            if parts[0] == "onestop" and len(parts) > 1:
                assert parts[1] in allowed, f"{path.relative_to(SRC)} imports {name}"


# The modules of reports/ that documents share; every other module there is one document.
REPORT_SHARED = {"document", "styles", "text", "fonts", "language", "parts"}


def test_documents_do_not_import_one_another() -> None:
    """A part two documents draw goes into a shared module (reports/parts.py), so that changing
    one document never changes another by the way."""
    documents = {p.stem for p in modules("reports")} - REPORT_SHARED - {"__init__"}
    assert {"referral", "medicolegal", "bundle"} <= documents
    for path in modules("reports"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            names: set[str] = set()
            if isinstance(node, ast.Import):
                names = {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module == "onestop.reports":
                names = {f"onestop.reports.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = {node.module}
            for name in names:
                parts = name.split(".")
                if parts[:2] == ["onestop", "reports"] and len(parts) > 2:
                    assert parts[2] not in documents, f"{path.relative_to(SRC)} imports {name}"


def test_the_demo_seeder_is_a_tool_no_layer_imports() -> None:
    assert modules("demo"), "onestop/demo.py is where the demo seeder lives"
    for layer in set(MAY_IMPORT) - {"demo"}:
        for path in modules(layer):
            bad = {n for n in imports_of(path) if n.split(".")[:2] == ["onestop", "demo"]}
            assert not bad, f"{path.relative_to(SRC)} imports {bad}"
