"""The Qt Linguist files: every translatable string of the interface, per language.

``make translations`` runs pyside6-lupdate over the application's code (the screens, and the
services' messages marked with QT_TRANSLATE_NOOP; not the compiled forms, not the
administrators' command line, which speaks English) and the Designer forms in ui/, and updates
translations/onestop_<lang>.ts for each language below: new strings are added unfinished,
strings no longer used are dropped, translations already made are kept. Translators open the
files in Qt Linguist (``pyside6-linguist``). Then pyside6-lrelease compiles each into
resources/translations/onestop_<lang>.qm, which the application loads at start-up.

English is the source text, but a sentence with a count needs its plural forms in English too
("1 case", "2 cases", from the source "%n case(s)"): translations/onestop_en.ts holds only those
(lupdate -pluralonly), and the application always loads it beneath the chosen language.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "translations"
COMPILED = REPO / "resources" / "translations"  # the .qm files shipped and loaded at start-up
LANGUAGES = ("fr", "es", "ar")
PLURALS_ONLY = "en"  # the source language: only its numerus messages need a translation


def sources() -> list[Path]:
    """The screens (src/onestop/gui, without the compiled forms), the Designer forms, and the
    Qt-free layers, whose sentences are marked with QT_TRANSLATE_NOOP (onestop.i18n)."""
    package = REPO / "src" / "onestop"
    code = [
        p
        for p in sorted(package.rglob("*.py"))
        if "forms" not in p.relative_to(package).parts and p.name != "cli.py"
    ]
    return code + sorted((REPO / "ui").glob("*.ui"))


def ts_file(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"onestop_{language}.ts"


def update(language: str, target: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [
            str(lupdate),
            *(str(p.relative_to(REPO)) for p in sources()),
            *(["-pluralonly"] if language == PLURALS_ONLY else []),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            "-ts",
            str(target),
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
    )


def qm_file(language: str, folder: Path = COMPILED) -> Path:
    return folder / f"onestop_{language}.qm"


def release(ts: Path, target: Path) -> None:
    """Compile a .ts file into the .qm file Qt loads (finished translations only)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(target)], check=True, capture_output=True
    )


def source_texts(ts: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a .ts file."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file, written by lupdate
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def problems(ts: Path) -> list[str]:
    """What keeps a language file from being complete: a string without its translation, or
    a translation that lost a placeholder ({name}) or the keyboard shortcut (&) of its source.
    A numerus message (a count, ``%n``) is checked in each of its plural forms, and must have
    as many as the language has (:data:`PLURAL_FORMS`)."""
    root = ET.parse(ts).getroot()  # noqa: S314 - our own file, written by lupdate
    found: list[str] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                found.append(f"{where} is not translated")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
                wanted = PLURAL_FORMS.get(root.get("language", ""))
                if wanted is not None and len(texts) != wanted:
                    found.append(f"{where} has {len(texts)} plural forms, not {wanted}")
            else:
                texts = [translation.text or ""]
            found.extend(f"{where}{p}" for text in texts for p in _flaws(source, text)[:1])
    return found


# How many plural forms Qt gives each language (Qt's numerus rules, as lupdate writes them).
PLURAL_FORMS = {"en": 2, "fr": 2, "es": 2, "ar": 6}


def _flaws(source: str, text: str) -> list[str]:
    flaws = []
    if not text.strip():
        flaws.append(" has an empty translation")
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
        flaws.append(f": the placeholders differ in {text!r}")
    if ("&" in source) != ("&" in text):
        flaws.append(f": the keyboard shortcut (&) is lost in {text!r}")
    return flaws


def main() -> int:
    FOLDER.mkdir(exist_ok=True)
    for language in (*LANGUAGES, PLURALS_ONLY):
        target = ts_file(language)
        update(language, target)
        release(target, qm_file(language))
        left = problems(target)
        print(
            f"{target.relative_to(REPO)}: {len(source_texts(target))} strings"
            + (f", {len(left)} to translate or correct" if left else ", all translated")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
