"""The layers (docs/ARCHITECTURE.md), checked on the source: calls never go up, Qt and SQL apart.

Every import counts, wherever it is written (at the top, inside a function, under
TYPE_CHECKING) and however (``import a.b``, ``from a import b``, ``from .b import c``): a
relative import is resolved to the absolute module it names, and ``from onestop import logs``
to the module ``onestop.logs``, so that no spelling slips past the rules.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "onestop"

QT = ("PySide6", "shiboken6")
SQL = ("sqlalchemy", "alembic")

# The modules at the top of the package, which every layer may use: they import one another
# only, and neither Qt nor SQL (i18n marks strings with QT_TRANSLATE_NOOP, without Qt).
SHARED = {"errors", "paths", "logs", "i18n", "clock", "collector"}
PACKAGE = "__init__"  # ``from onestop import __version__``

# Where each part of the package may import from (besides itself, the shared top modules and
# the package's own __init__), and whether it may import Qt or SQL.
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
    # The command line: no window, no SQL of its own; seed-demo loads the demo tool lazily.
    "cli": {"domain", "services", "demo"},
    "__main__": {"cli", "gui"},  # the entry point chooses one of the two
    **{name: set() for name in SHARED},
}
MAY_IMPORT_QT = {"gui"}
MAY_IMPORT_SQL = {"db", "services", "vault", "demo"}


def part_of(path: Path) -> str:
    """The layer a source file belongs to: its folder under onestop/, or its own name for a
    module at the top (cli, __main__, errors, …)."""
    relative = path.relative_to(SRC)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def module_name(path: Path, root: Path = SRC) -> str:
    relative = path.relative_to(root.parent).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def is_module(name: str, root: Path = SRC) -> bool:
    """Whether a dotted name inside onestop is a module or package (not a name defined in one)."""
    path = root.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports_of(path: Path, root: Path = SRC) -> set[str]:
    """The absolute names of every module ``path`` (a file under ``root``) imports."""
    tree = ast.parse(path.read_text("utf-8"))
    package = module_name(path, root)
    if path.name != "__init__.py":
        package = package.rpartition(".")[0]
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            for alias in node.names:
                full = f"{origin}.{alias.name}"
                names.add(full if full.startswith("onestop.") and is_module(full, root) else origin)
    return names


def sources() -> list[Path]:
    """Every source file of the package but the generated forms (pyside6-uic output)."""
    return sorted(p for p in SRC.rglob("*.py") if "forms" not in p.relative_to(SRC).parts[:2])


def target_of(name: str) -> str | None:
    """The part of the package an imported module belongs to, or None outside the package."""
    parts = name.split(".")
    if parts[0] != "onestop":
        return None
    return parts[1] if len(parts) > 1 else PACKAGE


def test_every_source_file_belongs_to_a_known_part() -> None:
    unknown = {part_of(p) for p in sources()} - set(MAY_IMPORT) - {PACKAGE}
    assert not unknown, f"add {unknown} to MAY_IMPORT with what they may import"


@pytest.mark.parametrize("part", sorted(set(MAY_IMPORT) - MAY_IMPORT_QT))
def test_no_qt_outside_the_gui(part: str) -> None:
    for path in (p for p in sources() if part_of(p) == part):
        bad = {n for n in imports_of(path) if n.split(".")[0] in QT}
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


@pytest.mark.parametrize("part", sorted(set(MAY_IMPORT) - MAY_IMPORT_SQL))
def test_no_sqlalchemy_above_the_services(part: str) -> None:
    for path in (p for p in sources() if part_of(p) == part):
        bad = {n for n in imports_of(path) if n.split(".")[0] in SQL}
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"


@pytest.mark.parametrize("part", sorted(MAY_IMPORT))
def test_calls_never_go_up(part: str) -> None:
    allowed = MAY_IMPORT[part] | SHARED | {part, PACKAGE}
    for path in (p for p in sources() if part_of(p) == part):
        for name in imports_of(path):
            target = target_of(name)
            assert target is None or target in allowed, f"{path.relative_to(SRC)} imports {name}"


def test_the_package_init_imports_nothing_of_the_package() -> None:
    assert not {n for n in imports_of(SRC / "__init__.py") if target_of(n) is not None}


def test_relative_imports_are_resolved(tmp_path: Path) -> None:
    """The rules above see through a relative import, and ``from onestop import module``."""
    root = tmp_path / "onestop"
    files = {
        "__init__.py": "__version__ = '1'\n",
        "logs.py": "",
        "db/__init__.py": "",
        "db/models.py": "",
        "gui/__init__.py": "",
        "gui/views/__init__.py": "from . import one\n",
        "gui/views/two.py": "",
        "gui/views/one.py": (
            "from .two import Thing\n"
            "from ..views import two\n"
            "from ...db.models import Case\n"
            "from onestop import __version__, logs\n"
            "def later():\n"
            "    import onestop.db.models\n"
        ),
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")
    assert imports_of(root / "gui/views/one.py", root) == {
        "onestop.gui.views.two",
        "onestop.db.models",
        "onestop",
        "onestop.logs",
    }
    assert imports_of(root / "gui/views/__init__.py", root) == {"onestop.gui.views.one"}
    assert [target_of(n) for n in ("onestop.db.models", "onestop", "PySide6.QtCore")] == [
        "db",
        PACKAGE,
        None,
    ]


# The modules of reports/ that documents share; every other module there is one document.
REPORT_SHARED = {
    "document",
    "styles",
    "text",
    "fonts",
    "language",
    "parts",
    "actions",
    "mirror",
    "actual_text",
}


# A document that carries another whole, as the court's copy of it: the bundle's section D is
# each examined incident's medico-legal report, drawn by that report's own code (issue 23), so
# that what the court reads is what the examiner signs. Changing the report is meant to change
# the bundle; nothing else may import a document.
CARRIES = {"bundle": {"medicolegal"}}


def test_documents_do_not_import_one_another() -> None:
    """A part two documents draw goes into a shared module (reports/parts.py), so that changing
    one document never changes another by the way (a document carried whole aside: CARRIES)."""
    reports = [p for p in sources() if part_of(p) == "reports"]
    documents = {p.stem for p in reports} - REPORT_SHARED - {"__init__"}
    assert {"referral", "medicolegal", "bundle"} <= documents
    for path in reports:
        for name in imports_of(path):
            parts = name.split(".")
            if parts[:2] == ["onestop", "reports"] and len(parts) > 2:
                allowed = CARRIES.get(path.stem, set())
                assert parts[2] not in documents - allowed, (
                    f"{path.relative_to(SRC)} imports {name}"
                )


def test_the_demo_seeder_is_a_tool_no_layer_imports() -> None:
    """Only the command line (seed-demo, demo) loads it."""
    assert (SRC / "demo.py").is_file(), "onestop/demo.py is where the demo seeder lives"
    for path in (p for p in sources() if part_of(p) not in ("demo", "cli")):
        bad = {n for n in imports_of(path) if target_of(n) == "demo"}
        assert not bad, f"{path.relative_to(SRC)} imports {bad}"
