"""Every document the repository names is in the repository.

A docstring, a comment or a Markdown file that sends the reader to a ``.md`` file that is not
here sends them nowhere: a clone must stand on its own. A name is looked for beside the file
that names it, then from the repository's root.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The folders whose files are ours to check (build output, caches and virtualenvs are not).
FOLDERS = ("src", "tests", "scripts", "bench", "packaging", "resources", "ui", "docs")
# A path-like name ending in .md, not part of a URL or a longer path (a "/" or word before it).
DOCUMENT = re.compile(r"(?<![\w/.:-])((?:\.\.?/)*(?:[\w.-]+/)*[\w-][\w.-]*\.md)(?![\w-])")


def documents_named(text: str) -> set[str]:
    """The ``.md`` paths ``text`` names (URLs left out)."""
    return set(DOCUMENT.findall(text))


def exists(name: str, named_in: Path) -> bool:
    for base in (named_in.parent, REPO):
        target = (base / name).resolve()
        if target.is_relative_to(REPO) and target.is_file():
            return True
    return False


def prose_of_python(source: str) -> Iterator[str]:
    """The docstrings and comments of a Python module."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = ast.get_docstring(node, clean=False)
            if doc:
                yield doc
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            yield token.string


def files() -> Iterator[Path]:
    yield from sorted(REPO.glob("*.md"))
    for folder in FOLDERS:
        for path in sorted((REPO / folder).rglob("*")):
            if path.suffix in (".py", ".md") and "__pycache__" not in path.parts:
                yield path


def prose_of(path: Path) -> Iterator[str]:
    text = path.read_text("utf-8")
    if path.suffix == ".md":
        yield text
    else:
        yield from prose_of_python(text)


def missing_documents() -> list[str]:
    missing = []
    for path in files():
        for prose in prose_of(path):
            for name in sorted(documents_named(prose)):
                if not exists(name, path):
                    missing.append(f"{path.relative_to(REPO)} names {name}")
    return missing


def test_every_document_named_is_in_the_repository() -> None:
    assert missing_documents() == []


def test_the_repository_has_its_own_map() -> None:
    for name in ("CONTRIBUTING.md", "docs/ARCHITECTURE.md", "docs/DOMAIN.md"):
        assert (REPO / name).is_file(), name


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("see ../elsewhere/" + "DESIGN.md for the layers", {"../elsewhere/" + "DESIGN.md"}),
        ("the rules (" + "DOMAIN.md, a section)", {"DOMAIN.md"}),
        (
            "[how to](CONTRIBUTING.md#a-screen) and `docs/ARCHITECTURE.md`",
            {"CONTRIBUTING.md", "docs/ARCHITECTURE.md"},
        ),
        ("https://github.com/minimaxir/big-list-of-naughty-strings/blob/master/README.md", set()),
        ("a file.mdx, a *.md glob, markdown", set()),
    ],
)
def test_names_are_found_as_a_reader_would_follow_them(text: str, named: set[str]) -> None:
    assert documents_named(text) == named


def test_a_name_that_leads_nowhere_is_caught() -> None:
    here = REPO / "tests" / "unit" / "test_docs.py"
    assert exists("CONTRIBUTING.md", here) and exists("docs/DOMAIN.md", here)
    assert not exists("../elsewhere/" + "DESIGN.md", REPO / "README.md")
    assert not exists("DESIGN.md", here)
    source = (
        '"""Layers: see ' + "DESIGN.md" + '."""\n# rules in docs/' + "NOWHERE.md\nx = 'not.md'\n"
    )
    named = set().union(*(documents_named(p) for p in prose_of_python(source)))
    assert named == {"DESIGN.md", "docs/NOWHERE.md"}


def slug(heading: str) -> str:
    """The anchor a Markdown renderer gives a heading (GitHub's rule, ASCII headings)."""
    kept = "".join(c for c in heading.strip().lower() if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


LINK = re.compile(r"\]\(([^)\s]+\.md)#([\w-]+)\)")


def test_every_anchor_linked_is_a_heading() -> None:
    broken = []
    for path in files():
        if path.suffix != ".md":
            continue
        for name, anchor in LINK.findall(path.read_text("utf-8")):
            target = (path.parent / name).resolve()
            if not target.is_file():
                continue  # reported by the test above
            headings = re.findall(r"^#+ (.+)$", target.read_text("utf-8"), re.MULTILINE)
            if anchor not in {slug(h) for h in headings}:
                broken.append(f"{path.relative_to(REPO)} links {name}#{anchor}")
    assert broken == []


def test_the_permission_table_in_the_architecture_is_the_code_s() -> None:
    from onestop.domain.roles import Access, Role, Section, access

    rows = architecture_table("| section |")
    header = [cell.strip() for cell in rows[0].strip("|").split("|")][1:]
    assert header == [role.value.replace("_", " ") for role in Role]
    word = {"write": Access.WRITE, "read": Access.READ, "–": Access.NONE}
    table = {}
    for line in rows[1:]:
        name, *cells = (cell.strip() for cell in line.strip("|").split("|"))
        table[Section(name)] = [word[c] for c in cells]
    assert table == {s: [access(role, s) for role in Role] for s in Section}


def architecture_table(first: str) -> list[str]:
    """The rows (header first, the |---| line left out) of the table in docs/ARCHITECTURE.md's
    "Roles and sections" whose header starts with ``first``."""
    text = (REPO / "docs" / "ARCHITECTURE.md").read_text("utf-8")
    section = text.split("## Roles and sections", 1)[1].split("\n## ", 1)[0]
    lines = section[section.index(first) :].splitlines()
    rows = [lines[0]]
    for line in lines[2:]:
        if not line.startswith("| "):
            break
        rows.append(line)
    return rows


def test_the_capability_table_in_the_architecture_is_the_code_s() -> None:
    from onestop.domain.roles import Capability, Role, may

    rows = architecture_table("| capability |")
    header = [cell.strip() for cell in rows[0].strip("|").split("|")][1:]
    assert header == [role.value.replace("_", " ") for role in Role]
    table = {}
    for line in rows[1:]:
        name, *cells = (cell.strip() for cell in line.strip("|").split("|"))
        assert set(cells) <= {"yes", "–"}, line
        table[Capability(name)] = [cell == "yes" for cell in cells]
    assert table == {c: [may(role, c) for role in Role] for c in Capability}
