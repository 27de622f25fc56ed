"""The fonts embedded in every document, and the chain that finds a glyph for each character.

Noto Sans covers Latin, Greek and Cyrillic; Noto Sans Arabic, Hebrew, Devanagari and Ethiopic
follow, then Droid Sans Fallback for Chinese, Japanese and Korean. A character takes the first
font of the chain that has it; combining marks, joiners and variation selectors stay with the
character before them. The files are in ``resources/fonts/`` with their licences.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from onestop.paths import resources


@dataclass(frozen=True)
class Face:
    name: str  # the name registered with ReportLab, e.g. "OS-Arabic"
    regular: str  # file names in resources/fonts
    bold: str


CHAIN = (
    Face("OS-Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Face("OS-Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Face("OS-Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    Face("OS-Devanagari", "NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    Face("OS-Ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"),
    Face("OS-CJK", "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
)
BODY = CHAIN[0].name
BOLD = f"{BODY}-Bold"

# Characters that belong to the one before them, whatever font has them.
_STICKY_CATEGORIES = {"Mn", "Me", "Mc", "Cf"}
# Punctuation that closes a word: kept in the word's font when that font has it.
_TRAILING_PUNCTUATION = {"Po", "Pe", "Pf"}


@cache
def register() -> None:
    """Register every face (regular and bold) once per process.

    HarfBuzz shapes with ReportLab's default features less the discretionary ligatures: "fi"
    printed as one glyph reads back as "ﬁ", and a court clerk searching the PDF for
    "confidential" would not find it. Required ligatures (Arabic lam-alef) and the
    conjuncts of Devanagari are other features and stay on.
    """
    defaults = ttfonts.shapeFragWord.__defaults__
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(liga=False, dlig=False)
    folder = resources() / "fonts"
    for face in CHAIN:
        bold = f"{face.name}-Bold"
        pdfmetrics.registerFont(TTFont(face.name, str(folder / face.regular)))
        pdfmetrics.registerFont(TTFont(bold, str(folder / face.bold)))
        addMapping(face.name, 0, 0, face.name)
        addMapping(face.name, 1, 0, bold)
        addMapping(face.name, 0, 1, face.name)
        addMapping(face.name, 1, 1, bold)


@cache
def _coverage(name: str) -> frozenset[int]:
    register()
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


def face_for(char: str) -> str | None:
    """The first font of the chain that has ``char``; None if none has it."""
    code = ord(char)
    for face in CHAIN:
        if code in _coverage(face.name):
            return face.name
    return None


def runs(text: str) -> list[tuple[str, str]]:
    """``text`` cut into (font name, piece) runs along the chain. A character no font has
    stays in the current run (it prints as the font's missing-glyph box, never as a wrong
    character)."""
    out: list[tuple[str, str]] = []
    current = BODY
    for char in text:
        category = unicodedata.category(char)
        if char.isspace() or category in _STICKY_CATEGORIES:
            face = current
        elif category in _TRAILING_PUNCTUATION and ord(char) in _coverage(current):
            # A comma or full stop right after a word stays in that word's font: ReportLab
            # shapes a word whose pieces are in two fonts wrongly ("आहूजा," printed garbage).
            face = current
        else:
            face = face_for(char) or current
        if out and out[-1][0] == face:
            out[-1] = (face, out[-1][1] + char)
        else:
            out.append((face, char))
        current = face
    return out
