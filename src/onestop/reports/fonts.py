"""The fonts embedded in every document, and the chain that finds a glyph for each character.

Noto Sans covers Latin, Greek and Cyrillic; Noto Sans Arabic, Hebrew, Devanagari and Ethiopic
follow, then Droid Sans Fallback for Chinese, Japanese and Korean, and Noto Emoji (monochrome)
for emoji. A character takes the first font of the chain that has it; combining marks, joiners
and variation selectors stay with the character before them. The files are in
``resources/fonts/`` with their licences.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

import uharfbuzz
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import paragraph

from onestop.paths import resources
from onestop.reports import actual_text


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
    Face("OS-Emoji", "NotoEmoji-Regular.ttf", "NotoEmoji-Bold.ttf"),
)
BODY = CHAIN[0].name
BOLD = f"{BODY}-Bold"
EMOJI = CHAIN[-1].name

# Characters that belong to the one before them, whatever font has them.
_STICKY_CATEGORIES = {"Mn", "Me", "Mc", "Cf"}
# Punctuation that closes a word: kept in the word's font when that font has it.
_TRAILING_PUNCTUATION = {"Po", "Pe", "Pf"}


@cache
def register() -> None:
    """Install OneStop's shaping in ReportLab and register the body face, once per process;
    the other faces are registered the first time a character needs them (reading a font file
    is a tenth of a second for Chinese, and most documents are Latin only).

    HarfBuzz shapes with ReportLab's default features less the discretionary ligatures: "fi"
    printed as one glyph reads back as "ﬁ", and a court clerk searching the PDF for
    "confidential" would not find it. Required ligatures (Arabic lam-alef) and the
    conjuncts of Devanagari are other features and stay on.
    """
    defaults = _reportlab_shape.__defaults__
    if defaults and isinstance(defaults[0], dict):
        defaults[0].update(liga=False, dlig=False)
    paragraph.shapeFragWord = shape_apart
    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    actual_text.install()
    _load(CHAIN[0])


@cache
def _load(face: Face) -> None:
    """Register one face of the chain, regular and bold."""
    folder = resources() / "fonts"
    bold = f"{face.name}-Bold"
    pdfmetrics.registerFont(TTFont(face.name, str(folder / face.regular)))
    pdfmetrics.registerFont(TTFont(bold, str(folder / face.bold)))
    addMapping(face.name, 0, 0, face.name)
    addMapping(face.name, 1, 0, bold)
    addMapping(face.name, 0, 1, face.name)
    addMapping(face.name, 1, 1, bold)


_reportlab_shape = ttfonts.shapeFragWord
_RTL_CLASSES = {"R", "AL"}


def right_to_left(piece: str) -> bool:
    return any(unicodedata.bidirectional(char) in _RTL_CLASSES for char in piece)


def shape_apart(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    """ReportLab's ``shapeFragWord``, with each font of a word shaped on its own.

    A "word" (text between spaces) can hold pieces in several fonts: "כהן," is a Hebrew name
    and a comma from Noto Sans, the Hebrew font having none. ReportLab shapes the whole word
    with the first piece's font and reads the glyph numbers back in each piece's own font, so
    the comma came out as a missing glyph, and after Arabic as a wrong letter. Here the pieces
    of each font are shaped apart and put back in their order. A right-to-left piece is also
    shaped alone even next to a piece of the same font: :class:`text.Text` has already put the
    pieces in visual order, and HarfBuzz would reverse a neighbouring comma with the word.
    """
    if isinstance(word, ttfonts.ShapedFragWord):
        return word  # type: ignore[no-any-return]
    pieces = word[1:]
    groups: list[list[Any]] = []
    for frag, text in pieces:
        last = groups[-1] if groups else None
        if (
            last is not None
            and not hasattr(frag, "cbDefn")
            and not hasattr(last[-1][0], "cbDefn")
            and (last[-1][0].fontName, last[-1][0].fontSize) == (frag.fontName, frag.fontSize)
            and not right_to_left(text)
            and not right_to_left(last[-1][1])
        ):
            last.append((frag, text))
        else:
            groups.append([(frag, text)])
    if len(groups) <= 1:
        return _shape(word, *args, **kwargs)
    out: list[Any] = []
    width = 0.0
    changed = False
    for group in groups:
        if hasattr(group[0][0], "cbDefn") or any(
            isinstance(text, ttfonts.ShapedStr) for _, text in group
        ):  # a link, an anchor or a callback (no text to shape), or shaped already
            out.extend(group)
            width += sum(_width(frag, text) for frag, text in group if not hasattr(frag, "cbDefn"))
            continue
        plain = [sum(_width(frag, text) for frag, text in group), *group]
        shaped = _shape(plain, *args, **kwargs)
        changed = changed or shaped is not plain
        width += shaped[0]
        out.extend(shaped[1:])
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *out])  # type: ignore[no-any-return]


def _width(frag: Any, text: str) -> float:
    if isinstance(text, ttfonts.ShapedStr):  # as ReportLab measures shaped text
        return float(sum(d.x_advance for d in text.__shapeData__) * frag.fontSize / 1000)
    return float(pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize))


def _shape(word: list[Any], *args: Any, **kwargs: Any) -> list[Any]:
    shaped: list[Any] = _reportlab_shape(word, *args, **kwargs)
    if shaped is not word:
        text = "".join(text for frag, text in word[1:] if not hasattr(frag, "cbDefn"))
        _learn(text, shaped)
        actual_text.mark(text, shaped)
        _in_typed_order(text, shaped)
    return shaped


# What the glyphs that stand for no single character mean (a Devanagari conjunct such as
# "त्र", a contextual form of a vowel sign), by font: ReportLab gives each such glyph a
# private-use code and writes that code in the PDF's text layer, so a reader searching or
# copying the name got nothing. Learnt while shaping, written into each font's ToUnicode map.
_GLYPH_TEXT: dict[str, dict[int, str]] = {}
_UNRESOLVED: dict[str, set[tuple[tuple[int, ...], str]]] = {}
_PRIVATE = range(0xE000, 0xF900)


def _learn(text: str, shaped: list[Any]) -> None:
    if not any(ord(char) in _PRIVATE for _, piece in shaped[1:] for char in piece):
        return  # the usual case: every glyph stands for its own character
    glyphs: list[tuple[str, int, int]] = []  # face name, code, cluster; in the order drawn
    for frag, piece in shaped[1:]:
        data = getattr(piece, "__shapeData__", None)
        if data is None:
            continue
        face = pdfmetrics.getFont(frag.fontName).face.name.decode("latin-1")
        glyphs.extend((face, ord(char), d.cluster) for char, d in zip(piece, data, strict=False))
    starts = sorted({cluster for _, _, cluster in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    clusters: dict[int, list[tuple[str, int]]] = {}
    for face, code, cluster in glyphs:
        clusters.setdefault(cluster, []).append((face, code))
    for cluster, members in clusters.items():
        private = tuple(code for _, code in members if code in _PRIVATE)
        if not private:
            continue
        rest = text[cluster : ends[cluster]]
        for _, code in members:  # what the ordinary glyphs of the cluster stand for
            if code not in _PRIVATE:
                rest = rest.replace(chr(code), "", 1)
        face = members[0][0]
        if not _resolve(face, private, rest):
            _split_cluster(shaped, face, private, rest)
            if not _resolve(face, private, rest):
                _UNRESOLVED.setdefault(face, set()).add((private, rest))


def _split_cluster(shaped: list[Any], face: str, private: tuple[int, ...], rest: str) -> None:
    """Two glyphs of one cluster unknown ("प्रि" is the conjunct "प्र" and a form of "ि"): shape
    each part of the cluster's text alone, longest first, and learn a glyph that one part
    gives by itself."""
    font = next(
        pdfmetrics.getFont(frag.fontName)
        for frag, _ in shaped[1:]
        if pdfmetrics.getFont(frag.fontName).face.name.decode("latin-1") == face
    )
    glyph_of = {code: font.face.charToGlyph[code] for code in private}
    known = _GLYPH_TEXT.setdefault(face, {})
    for length in range(len(rest), 1, -1):
        for start in range(len(rest) - length + 1):
            part = rest[start : start + length]
            buffer = uharfbuzz.Buffer()
            buffer.add_str(part)
            buffer.guess_segment_properties()
            uharfbuzz.shape(font.hbFont(10), buffer, {})
            gids = [info.codepoint for info in buffer.glyph_infos]
            for code, gid in glyph_of.items():
                if gids == [gid] and code not in known:
                    known[code] = part
                    return


def _resolve(face: str, private: tuple[int, ...], rest: str) -> bool:
    """Given the private glyphs of one cluster and the text they stand for together, learn the
    one not yet known; False while more than one is unknown."""
    known = _GLYPH_TEXT.setdefault(face, {})
    unknown = [code for code in private if code not in known]
    for code in private:
        if code in known:
            rest = rest.replace(known[code], "", 1)
    if len(unknown) == 1 and rest:
        known[unknown[0]] = rest
    return len(unknown) <= 1


# Codes of glyphs drawn out of the order typed, by font: (glyph, letters) → a private code of
# its own whose ToUnicode entry is those letters (``_in_typed_order``).
_TYPED_ORDER: dict[str, dict[tuple[int, str], int]] = {}
_TYPED_ORDER_CODES = range(0xF8FF, 0xF000, -1)  # from the top of the private use area down


def _in_typed_order(text: str, shaped: list[Any]) -> None:
    """A left-to-right word whose glyphs, read in the order drawn, do not spell its letters:
    each such cluster's glyphs given codes of their own, whose ToUnicode entries, read in
    the order drawn, spell the cluster's letters in the order typed.

    Devanagari draws a vowel sign before its consonant ("ि" of "नि" first) and a reph after
    the consonant it stands before ("र्" of "र्म" last). Readers that honour /ActualText
    (``actual_text``: PDFium, Acrobat, Ghostscript) have the word as typed; readers that take
    the text from the glyphs (pypdf, pdfminer, and every search index built on them) copied
    "िनत्य" for "नित्य". A glyph's ToUnicode entry may stand for any letters: the cluster's
    first glyph drawn is given its first letter, the next its second, the last the rest
    (the glyph "ि" of "नि" reads "न", the glyph "न" reads "ि"), each pairing a code of its own,
    so the same glyph elsewhere keeps its own meaning. Only a cluster whose glyphs stand for
    its letters in another order is changed (not an emoji whose variation selector has no
    glyph, nor a conjunct not yet learnt). Right-to-left words are left as they are: readers
    reorder those themselves."""
    if right_to_left(text):
        return
    glyphs: list[tuple[int, int, str, Any]] = []  # piece, position, face, cluster
    for at, (frag, piece) in enumerate(shaped[1:], start=1):
        data = getattr(piece, "__shapeData__", None)
        if data is None:
            continue
        face = pdfmetrics.getFont(frag.fontName).face.name.decode("latin-1")
        glyphs += [(at, k, face, sd.cluster) for k, sd in enumerate(data[: len(piece)])]
    starts = sorted({cluster for *_, cluster in glyphs})
    ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
    clusters: dict[int, list[tuple[int, int, str]]] = {}
    for at, k, face, cluster in glyphs:
        clusters.setdefault(cluster, []).append((at, k, face))
    changed: dict[int, list[str]] = {}  # piece → its characters, some replaced
    for cluster, members in clusters.items():
        letters = text[cluster : ends[cluster]]
        drawn = "".join(
            _GLYPH_TEXT.get(face, {}).get(ord(shaped[at][1][k]), logical(ord(shaped[at][1][k])))
            for at, k, face in members
        )
        if (
            drawn == letters
            or sorted(drawn) != sorted(letters)  # not the same letters reordered: as it was
            or len(members) > len(letters)
            or len({f for *_, f in members}) > 1
        ):
            continue
        parts = [*letters[: len(members) - 1], letters[len(members) - 1 :]]
        for (at, k, _face), part in zip(members, parts, strict=True):
            code = _typed_code(shaped[at][0], ord(shaped[at][1][k]), part)
            if code is None:
                return  # no private codes left: the word stays as drawn (its span still says)
            changed.setdefault(at, list(shaped[at][1]))[k] = chr(code)
    for at, chars in changed.items():
        frag, piece = shaped[at]
        shaped[at] = (frag, ttfonts.ShapedStr("".join(chars), shapeData=piece.__shapeData__))


def _typed_code(frag: Any, code: int, letters: str) -> int | None:
    """The private code that draws the glyph of ``code`` and reads ``letters``; None when the
    font has none left."""
    font = pdfmetrics.getFont(frag.fontName)
    name = font.face.name.decode("latin-1")
    codes = _TYPED_ORDER.setdefault(name, {})
    glyph = font.face.charToGlyph[code]
    found = codes.get((glyph, letters))
    if found is not None:
        return found
    free = next((c for c in _TYPED_ORDER_CODES if c not in font.face.charToGlyph), None)
    if free is None:
        return None
    font.face.charToGlyph[free] = glyph
    font.face.charWidths[free] = font.face.charWidths[code]
    _GLYPH_TEXT.setdefault(name, {})[free] = letters
    codes[(glyph, letters)] = free
    return free


# Arabic presentation forms: the shaped glyphs of Arabic letters (initial, medial, final and
# isolated forms, and the lam-alef ligatures), which HarfBuzz draws and ReportLab names by the
# form's own code. A prosecutor searching the PDF types the letters, not their forms.
_PRESENTATION_FORMS = (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF))


def logical(code: int) -> str:
    """What a glyph drawn under ``code`` stands for in the text layer: an Arabic presentation
    form as the letters it shows (NFKC), anything else as itself."""
    char = chr(code)
    if any(code in forms for forms in _PRESENTATION_FORMS):
        return unicodedata.normalize("NFKC", char).strip() or char
    return char


def glyph_letters(face: str, code: int) -> str:
    """What the glyph drawn under ``code`` in the font face ``face`` stands for in the text
    layer (its ToUnicode entry), as far as it is known yet."""
    return _GLYPH_TEXT.get(face, {}).get(code, logical(code))


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode map of a font subset, with the private glyphs' meaning (above)
    and characters beyond the BMP written as UTF-16 (ReportLab wrote their code in 5 digits,
    which readers cannot decode)."""
    face = fontname.partition("+")[2]
    pending = _UNRESOLVED.get(face, set())
    while pending:  # what a later cluster taught may settle an earlier one
        still = {(private, rest) for private, rest in pending if not _resolve(face, private, rest)}
        if len(still) == len(pending):
            break
        pending.intersection_update(still)
    known = _GLYPH_TEXT.get(face, {})
    pairs = [
        f"<{index:02X}> <{known.get(code, logical(code)).encode('utf-16-be').hex().upper()}>"
        for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *pairs,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@cache
def _coverage(name: str) -> frozenset[int]:
    register()
    _load(next(face for face in CHAIN if face.name == name))
    font = pdfmetrics.getFont(name)
    return frozenset(font.face.charToGlyph)


@cache
def _body_characters() -> frozenset[str]:
    return frozenset(map(chr, _coverage(BODY))) | frozenset(" \t\n\r")


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
    if text and _body_characters().issuperset(text):
        return [(BODY, text)]  # the usual case, as the chain would find it
    return _along_the_chain(text)


def _along_the_chain(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    current = BODY
    for char in text:
        category = unicodedata.category(char)
        if char.isspace() and current == EMOJI:
            face = BODY  # Noto Emoji's space is an em wide
        elif char.isspace() or category in _STICKY_CATEGORIES:
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
