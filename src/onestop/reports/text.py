"""User text made safe and legible for ReportLab: escaped, in the right font, in the right order.

Everything a person typed goes through :func:`markup` or :class:`Text` and nothing else:

- it is escaped for ReportLab's paragraph markup, so ``S&P <Lee>`` or ``<img src=…>`` prints
  literally and never becomes a tag (an image tag would make ReportLab fetch a file or a URL);
- each character is set in the first font of the chain that has it (``fonts.py``);
- right-to-left words (Arabic, Hebrew) are put in visual order, line by line, with the Unicode
  bidirectional algorithm (python-bidi), and each word is shaped by HarfBuzz (uharfbuzz, through
  ReportLab's shaping), which joins Arabic letters and orders the glyphs inside the word;
- explicit direction overrides (U+202A–U+202E, U+2066–U+2069) are dropped before any of that:
  in a document a court reads, "\u202eevil" must not print as "live";
- a value set into a sentence ("{name} (known as {alias}), born {date}") is marked with
  :func:`isolate` and laid out as a direction isolate (UAX #9, FSI … PDI): in a run of its own
  direction, which neither sets the sentence's direction nor reorders the words around it. An
  English sentence that starts with an Arabic name stays an English sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape, unescape

from bidi.algorithm import (  # the reference implementation's steps, to get the levels
    PARAGRAPH_LEVELS,
    explicit_embed_and_overrides,
    get_base_level,
    get_embedding_levels,
    get_empty_storage,
    resolve_implicit_levels,
    resolve_neutral_types,
    resolve_weak_types,
)
from bidi.mirror import MIRRORED
from reportlab.graphics.shapes import Group, Shape, String
from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Paragraph

from onestop.reports import actual_text, fonts
from onestop.reports.language import right_to_left

_OVERRIDES = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Right-to-left letters (not the noncharacters U+FDD0–U+FDEF among them: OneStop's isolate marks).
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdcf\ufdf0-\ufdff\ufe70-\ufefc]")
_TOKENS = re.compile(r"\s+|\S+")
_SLACK = 0.97  # lines are filled to 97% so that shaped widths never force a re-wrap


# OneStop's own marks around an isolated value: Unicode noncharacters, which no one types and
# no font draws, so that the isolates typed by someone (dropped above) cannot pass for them.
ISOLATE_OPEN, ISOLATE_CLOSE = "\ufdd0", "\ufdd1"
_MARKS = re.compile(f"[{ISOLATE_OPEN}{ISOLATE_CLOSE}]")
_ISOLATED = re.compile(f"{ISOLATE_OPEN}([^{ISOLATE_CLOSE}]*){ISOLATE_CLOSE}")
_NEUTRAL = "\ufffc"  # what an isolate is to the text around it: one neutral character


def isolate(value: str) -> str:
    """``value`` (what someone typed) marked to be laid out in a direction run of its own
    wherever it is set into a sentence: each of its lines a run of its own, as a paragraph's
    lines are laid out one by one (an isolate opened on one line and closed on another kept
    nothing apart: "- first" typed under an English note in an Arabic chronology came out
    "first -")."""
    return "\n".join(
        f"{ISOLATE_OPEN}{_MARKS.sub('', line)}{ISOLATE_CLOSE}" for line in value.split("\n")
    )


def clean(text: str) -> str:
    """The text as it will be printed: direction overrides dropped, nothing else changed
    (OneStop's isolate marks are kept for the layout, :func:`plain` drops them)."""
    return _OVERRIDES.sub("", text)


def plain(text: str) -> str:
    """The text without direction overrides and without OneStop's isolate marks."""
    return _MARKS.sub("", clean(text))


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def levels(text: str, base_rtl: bool | None = None) -> list[int]:
    """The resolved bidi embedding level of each character of ``text`` (rules P2–I2)."""
    storage = get_empty_storage()
    base = get_base_level(text) if base_rtl is None else PARAGRAPH_LEVELS["R" if base_rtl else "L"]
    storage["base_level"] = base
    storage["base_dir"] = ("L", "R")[base]
    get_embedding_levels(text, storage, False, False)
    explicit_embed_and_overrides(storage, False)
    resolve_weak_types(storage, False)
    resolve_neutral_types(storage, False)
    resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]


def base_is_rtl(text: str) -> bool:
    """Does the paragraph run right to left? Its first strong letter says, isolated values
    left out (rule P2)."""
    outer = _ISOLATED.sub(_NEUTRAL, clean(text))
    return has_rtl(outer) and get_base_level(outer) == 1


def isolated_levels(paragraph: str, rtl_base: bool, numbers: bool = False) -> tuple[str, list[int]]:
    """``paragraph`` without its isolate marks, and the bidi level of each of its characters:
    the sentence's from the sentence with each isolate as one neutral character, and each
    isolate's from itself, in its own direction (its first strong letter, left to right when
    it has none), raised above the sentence's level (rules X5a–X5c, X6a).

    ``numbers`` (a document written right to left): in an isolate that runs right to left
    (an Arabic note typed by staff) each date and reference is a run of its own, as in the
    document's own sentences (:func:`_numbers_isolated`): "2026-12-03" in an Arabic note
    printed "03-12-2026" once the note was isolated."""
    base = 1 if rtl_base else 0
    parts = re.split(f"({ISOLATE_OPEN}[^{ISOLATE_CLOSE}]*{ISOLATE_CLOSE})", paragraph)
    outer = "".join(_NEUTRAL if p.startswith(ISOLATE_OPEN) else _MARKS.sub("", p) for p in parts)
    outer_levels = levels(outer, rtl_base) if has_rtl(outer) or rtl_base else [0] * len(outer)
    text, out, pos = "", [], 0
    for part in parts:
        if not part.startswith(ISOLATE_OPEN):
            part = _MARKS.sub("", part)
            text += part
            out += outer_levels[pos : pos + len(part)]
            pos += len(part)
            continue
        value = part[1:-1]
        own = 1 if has_rtl(value) and get_base_level(value) == 1 else 0
        raised = base + 1 if (base + 1) % 2 == own else base + 2
        if own and numbers:
            _, inner = isolated_levels(_numbers_isolated(value), True)
        else:
            inner = levels(value, own == 1) if has_rtl(value) else [own] * len(value)
        text += value
        out += [level - own + raised for level in inner]
        pos += 1
    return text, out


def visual_order(item_levels: list[int]) -> list[int]:
    """Rule L2 on whole pieces: from the highest level down to the lowest odd one, reverse
    every run of pieces at that level or above. Letters inside a piece stay in logical order
    for HarfBuzz, which orders the glyphs of a right-to-left piece itself."""
    order = list(range(len(item_levels)))
    if not order:
        return []
    highest = max(item_levels)
    lowest_odd = min((lv for lv in item_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if item_levels[order[i]] >= level:
                j = i
                while j < len(order) and item_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


def _runs_markup(text: str) -> str:
    out = []
    for face, piece in fonts.runs(text):
        body = escape(piece)
        out.append(body if face == fonts.BODY else f'<font name="{face}">{body}</font>')
    return "".join(out)


def markup(text: str) -> str:
    """One line or a paragraph of user text as safe paragraph markup, in logical order (left to
    right text only; for anything that may hold right-to-left text use :class:`Text`)."""
    return "<br/>".join(_runs_markup(line) for line in plain(text).split("\n"))


def _width(text: str, size: float) -> float:
    return float(sum(pdfmetrics.stringWidth(piece, face, size) for face, piece in fonts.runs(text)))


Piece = tuple[str, str, int]  # font, text, bidi level
# How a stretch of the documents' own markup is set: bold, and its colour ("#a00000"), or
# None for neither (the paragraph's style alone).
Look = tuple[bool, str | None] | None
StyledPiece = tuple[str, str, int, Look]  # font, text, bidi level, look


def _pieces(token: str, token_levels: list[int], token_looks: list[Look]) -> list[StyledPiece]:
    """``token`` cut where the font, the bidi level or the look changes."""
    out: list[StyledPiece] = []
    pos = 0
    for face, run in fonts.runs(token):
        for k, char in enumerate(run):
            level, look = token_levels[pos + k], token_looks[pos + k]
            if out and k and out[-1][2] == level and out[-1][3] == look:
                out[-1] = (face, out[-1][1] + char, level, look)
            else:
                out.append((face, char, level, look))
        pos += len(run)
    return out


def _pieces_width(pieces: list[StyledPiece], size: float) -> float:
    return float(
        sum(
            pdfmetrics.stringWidth(text, f"{face}-Bold" if look and look[0] else face, size)
            for face, text, _, look in pieces
        )
    )


# A date, a time, a case or police reference ("2026-12-03", "06:37", "OSC-2026-00112",
# "CR/2026/50865": it printed "2026/50865/CR" in Arabic), and a printed
# moment with its zone ("2026-12-03 06:37 EAT", clock.printed) as one; never a part of a word.
# A date, time or reference among the words: not inside a Latin word or number, but an
# Arabic letter joined to it ("و2026-11-27", "and 2026-11-27") does not stop it.
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_-])(?:[A-Za-z]+[-/])?[0-9]+(?:[-/:.][0-9]+)+"
    r"(?: [0-9]{1,2}:[0-9]{2}(?: [A-Z][A-Za-z0-9+-]{1,5})?)?(?![\w-])"
)
_PARTS = re.compile(f"({ISOLATE_OPEN}[^{ISOLATE_CLOSE}]*{ISOLATE_CLOSE})")


def _numbers_isolated(text: str) -> str:
    """``text`` with each date and time outside an isolate isolated: after an Arabic word its
    digits are Arabic numbers (rule W2), and a hyphen between Arabic numbers does not join
    them (W4), so "2026-12-03" printed as "03-12-2026" in a document written in Arabic, whose
    sentences set printed dates and references among their words. Elsewhere the algorithm
    is followed to the letter."""
    return "".join(
        part if part.startswith(ISOLATE_OPEN) else _NUMBER.sub(lambda m: isolate(m[0]), part)
        for part in _PARTS.split(text)
    )


def lines_in_visual_order(
    text: str, width: float, size: float, rtl: bool = False
) -> tuple[list[list[Piece]], bool]:
    """``text`` broken into lines no wider than ``width`` (at ``size`` points), each line's
    pieces (one font, one bidi level) in visual order; and whether the paragraph runs right to
    left: its first strong letter says, or ``rtl`` (in a document written right to left, every
    paragraph with a right-to-left letter runs right to left: the document's own sentences;
    what staff typed is isolated first, ``parts.typed``, and runs in its own direction)."""
    lines, rtl_base = styled_lines(text, width, size, rtl)
    return [[piece[:3] for piece in line] for line in lines], rtl_base


def styled_lines(
    text: str,
    width: float,
    size: float,
    rtl: bool = False,
    looks: Sequence[Look] = (),
    logical: list[str] | None = None,
) -> tuple[list[list[StyledPiece]], bool]:
    """:func:`lines_in_visual_order`, each piece with its look: ``looks`` gives one for each
    character of ``text`` (none: the style's alone), and pieces are also cut where it changes.
    ``logical``, when given, receives the text of each line in logical order."""
    out: list[list[StyledPiece]] = []
    # The look of each character that is printed (not direction overrides, not isolate
    # marks), in order: the paragraphs below are these characters, line breaks between them.
    printed_looks = iter(
        [
            looks[k] if looks else None
            for k, char in enumerate(text)
            if not _OVERRIDES.match(char) and not _MARKS.match(char)
        ]
    )
    text = clean(text)
    rtl_base = (rtl and has_rtl(text)) or base_is_rtl(text)
    if rtl_base and rtl:  # in a document written right to left (its own sentences' dates)
        text = _numbers_isolated(text)
    for marked in text.split("\n"):
        paragraph, char_levels = isolated_levels(marked, rtl_base, rtl_base and rtl)
        char_looks = [next(printed_looks, None) for _ in paragraph]
        next(printed_looks, None)  # the line break
        tokens = _TOKENS.findall(paragraph)
        pieces, pos = [], 0
        for token in tokens:
            end = pos + len(token)
            pieces.append(_pieces(token, char_levels[pos:end], char_looks[pos:end]))
            pos = end
        # Greedy line filling in logical order (breaking only at spaces), then each line
        # reordered for display.
        line: list[int] = []
        used = 0.0
        for k, token in enumerate(tokens):
            w = _pieces_width(pieces[k], size)
            if line and not token.isspace() and used + w > width * _SLACK:
                out.append(_visual_line(tokens, pieces, line))
                if logical is not None:
                    logical.append("".join(tokens[k] for k in line).rstrip())
                line, used = [], 0.0
            if not line and token.isspace():
                continue
            line.append(k)
            used += w
        out.append(_visual_line(tokens, pieces, line))
        if logical is not None:
            logical.append("".join(tokens[k] for k in line).rstrip())
    return out, rtl_base


def _visual_line(
    tokens: list[str], pieces: list[list[StyledPiece]], picked: list[int]
) -> list[StyledPiece]:
    while picked and tokens[picked[-1]].isspace():
        picked = picked[:-1]
    logical = [piece for k in picked for piece in pieces[k]]
    visual = [logical[k] for k in visual_order([piece[2] for piece in logical])]
    # A right-to-left run of punctuation alone ("(" or "-(") is not reordered by HarfBuzz,
    # which sees no right-to-left letter in it: its characters are reversed and mirrored here.
    return [
        (face, text, level, look)
        if level % 2 == 0 or fonts.right_to_left(text)
        else (face, "".join(MIRRORED.get(char, char) for char in reversed(text)), level, look)
        for face, text, level, look in visual
    ]


def line_markup(text: str) -> str:
    """One line of user text as paragraph markup in visual order, for a place where ReportLab
    lays the text out itself (an index entry): fit for short text only, its words are not
    reordered again if ReportLab breaks the line."""
    lines, _ = styled_lines(" ".join(clean(text).split()), float("inf"), 10)
    return _pieces_markup(lines[0])


def _pieces_markup(line: list[StyledPiece], bold: bool = False) -> str:
    """Each piece in a font element of its own, so that ReportLab keeps it a fragment of its
    own and shapes it apart (``fonts.shape_apart``): "حداد" and the comma after it are two
    pieces of one word. Pieces of one font and look on either side of a space share an element
    (they are different words anyway), so that a run of right-to-left words is drawn as one
    string, which is how PDF readers recognise it and give it back in reading order.

    A bold piece (``bold``: the style is bold; or its look is) is set in its font's bold face
    by name: ReportLab's ``<b>`` does not reach a font named inside it, and an Arabic heading
    or warning printed regular. A piece with a colour is set in it."""
    merged: list[tuple[str, str, Look]] = []
    for face, text, _, look in line:
        # Every font of the chain has the space.
        if merged and (
            text.isspace()
            or (merged[-1][0] == face and merged[-1][2] == look and merged[-1][1][-1].isspace())
        ):
            merged[-1] = (merged[-1][0], merged[-1][1] + text, merged[-1][2])
        else:
            merged.append((face, text, look))
    # A space that ends a right-to-left piece and is not followed by more of it (her name, then
    # "(known as"): in a string of its own, in the body font it was measured in. Inside the
    # right-to-left string, readers that put such a string into reading order themselves
    # (pypdf) moved the space before the name and copied out "زيان(known".
    spaced: list[tuple[str, str, Look]] = []
    for face, text, look in merged:
        words = text.rstrip()
        if words != text and fonts.right_to_left(words):
            spaced += [(face, words, look), (fonts.BODY, text[len(words) :], look)]
        else:
            spaced.append((face, text, look))
    merged = spaced
    out = []
    for face, text, look in merged:
        heavy, color = look if look is not None else (False, None)
        if face == fonts.BODY and not heavy:
            # The body font is the style's own (bold in a bold style): no element of its own.
            # It has no right-to-left letters, so its pieces never need shaping apart.
            body = escape(text)
        else:
            name = f"{face}-Bold" if heavy or bold else face
            body = f'<font name="{name}">{escape(text)}</font>'
        out.append(f'<font color="{color}">{body}</font>' if color else body)
    return "".join(out)


# Text made only of these (Latin, Greek and Cyrillic letters, punctuation and symbols, without
# combining marks) prints the same without HarfBuzz; anything else is shaped.
_UNSHAPED = re.compile(
    "[\u0000-\u02ff\u0370-\u03ff\u0400-\u04ff\u1e00-\u1fff\u2000-\u206f"
    "\u20a0-\u20cf\u2100-\u218f\u2190-\u21ff\u2200-\u22ff]*"
)


def needs_shaping(text: str) -> bool:
    return _UNSHAPED.fullmatch(text) is None


@lru_cache(maxsize=64)  # the documents' styles, and the odd one made on the spot
def _unshaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-plain", parent=style, shaping=0)


_MIRRORED_ALIGNMENT = {TA_LEFT: TA_RIGHT, TA_RIGHT: TA_LEFT}


@lru_cache(maxsize=64)
def mirrored(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` for a paragraph that runs right to left: what the documents' styles set on
    the left (alignment, indents) on the right, and the other way round."""
    return ParagraphStyle(
        f"{style.name}-rtl",
        parent=style,
        alignment=_MIRRORED_ALIGNMENT.get(style.alignment, style.alignment),
        leftIndent=style.rightIndent,
        rightIndent=style.leftIndent,
    )


_TAG = re.compile(r"<(/?)(\w+)([^>]*?)/?>")
_COLOR = re.compile(r"""color\s*=\s*["']([^"']+)["']""")


def looks_of(text: str) -> tuple[str, list[Look]]:
    """The documents' own markup (``<b>``, ``<font color="…">``, ``<br/>``, escaped text) as
    its text and the look of each of its characters. Font names are left to the font chain,
    which finds them again."""
    out: list[str] = []
    looks: list[Look] = []
    stack: list[tuple[str, bool, str | None]] = []  # tag, bold, colour from here on
    bold, color = False, None
    pos = 0
    for tag in _TAG.finditer(text):
        piece = unescape(text[pos : tag.start()], {"&nbsp;": "\u00a0", "&quot;": '"'})
        out.append(piece)
        looks += [(bold, color) if bold or color else None] * len(piece)
        pos = tag.end()
        closing, name = tag[1] == "/", tag[2].lower()
        if name == "br":
            out.append("\n")
            looks.append(None)
        elif closing:
            while stack:
                opened, bold, color = stack.pop()
                if opened == name:
                    break
        elif name in ("b", "strong", "font"):
            stack.append((name, bold, color))
            if name != "font":
                bold = True
            elif found := _COLOR.search(tag[3]):
                color = found[1]
    piece = unescape(text[pos:], {"&nbsp;": "\u00a0", "&quot;": '"'})
    out.append(piece)
    looks += [(bold, color) if bold or color else None] * len(piece)
    return "".join(out), looks


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A Paragraph of the documents' own markup (headings, labels, escaped values), shaped
    only if it holds characters that need shaping.

    In a document written right to left, markup that holds right-to-left letters is laid out
    by :class:`Text` (ReportLab does not order the words of a shaped paragraph), its bold and
    colour kept on the words they mark; markup without them is set right-aligned as it is."""
    if right_to_left():
        words, looks = looks_of(text)
        if has_rtl(words):
            return Text(words, style, looks)
        style = mirrored(style)
    return Paragraph(text, style if needs_shaping(text) else _unshaped(style))


def number(text: str, style: ParagraphStyle) -> Flowable:
    """A count or a figure in a table's column ("12", "<5", "*"), aligned as ``style`` says
    (the right) in a document written in any direction: the digits of a column line up on the
    right whichever side its label is on."""
    return Paragraph(markup(text), style if needs_shaping(text) else _unshaped(style))


class Text(Flowable):  # type: ignore[misc]
    """A paragraph of user text that may mix scripts and directions.

    Left-to-right text is an ordinary escaped Paragraph (ReportLab wraps it). Text with any
    right-to-left character is wrapped here, each line put in visual order; it is aligned as
    the document is (a right-to-left paragraph in a left-to-right document stays on the left,
    laid out right to left within its line).
    """

    def __init__(self, text: str, style: ParagraphStyle, looks: Sequence[Look] = ()) -> None:
        super().__init__()
        self.text = text
        self.looks = looks  # the look of each character (para's markup), or none
        # Shaping is the costliest part of a layout: only for text that needs it.
        self.style = style if needs_shaping(text) else _unshaped(style)
        self._para: Paragraph | None = None
        self._rtl = has_rtl(text)
        self._rtl_base = False  # does the paragraph run right to left (set with its lines)
        self._logical: list[str] = []  # its lines' text in logical order
        self._width: float | None = None  # what the paragraph was built for (right to left)
        self._wrapped: tuple[float, tuple[float, float]] | None = None  # width, size

    def _paragraph(self, width: float) -> Paragraph:
        document_rtl = right_to_left()
        if not self._rtl:
            # Left-to-right text alone keeps its order; in a right-to-left document it is set
            # on the right like every paragraph.
            style = mirrored(self.style) if document_rtl else self.style
            return Paragraph(markup(self.text), style)
        logical: list[str] = []
        lines, rtl = styled_lines(
            self.text, width, self.style.fontSize, document_rtl, self.looks, logical
        )
        self._rtl_base = rtl
        # Each line with a right-to-left letter is given whole to PDF readers (PDFium
        # reorders a line's words and numbers by rules of its own): a right-to-left
        # paragraph's, and an English one's with an Arabic name in it, whose brackets PDFium
        # mirrored ("(فاطمة( known") and whose line it turned around ("12 ,… Referred").
        self._logical = logical
        # In a left-to-right document a right-to-left paragraph (a name in Arabic) keeps the
        # document's alignment: its words run right to left within their own line, but the
        # value does not move to the other side of the page (an Applicant's name in Arabic,
        # set on the right under a column of names on the left, read as a stray line).
        style = mirrored(self.style) if document_rtl else self.style
        bold = style.fontName == fonts.BOLD
        return Paragraph("<br/>".join(_pieces_markup(line, bold) for line in lines), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Left-to-right text is one paragraph whatever the width (ReportLab wraps it);
        # right-to-left lines are made for a width, so again only when the width changes.
        if self._para is None or (self._rtl and availWidth != self._width):
            self._para = self._paragraph(availWidth)
            self._width = availWidth
            self._wrapped = None
        # Tables and layout passes ask again and again at the same width: the lines are
        # broken once per width (the height does not depend on the space offered).
        if self._wrapped is None or self._wrapped[0] != availWidth:
            size = self._para.wrap(availWidth, availHeight)
            self._wrapped = (availWidth, (float(size[0]), float(size[1])))
        return self._wrapped[1]

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        para = self._para or self._paragraph(availWidth)
        self._wrapped = None  # splitting wraps the paragraph anew
        return para.split(availWidth, availHeight)  # type: ignore[no-any-return]

    def drawOn(self, canvas: object, x: float, y: float, _sW: float = 0) -> None:
        if getattr(canvas, "_sketch", False):  # a layout pass that is never kept
            return
        assert self._para is not None, "wrap() comes before drawOn()"
        # The lines are given whole only where ReportLab kept them as they were made (it
        # breaks a line again that does not fit): otherwise a line would take another's text.
        laid = getattr(getattr(self._para, "blPara", None), "lines", ())
        lines = self._logical if len(laid) == len(self._logical) else []
        with actual_text.drawing_paragraph(self._rtl_base, lines):
            self._para.drawOn(canvas, x, y, _sW)


def drawn_label(
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    anchor: str = "start",
    color: Any = None,
) -> Shape:
    """A one-line label for a Drawing (a body map's "Front", "Left"), at (x, y) anchored at its
    start, middle or end. Text the body font prints alone is one ReportLab String, as before;
    anything else (an Arabic label) is cut into pieces in visual order, each in its own font and
    shaped, drawn side by side: a Drawing's String is neither shaped nor set in another font."""
    extra = {} if color is None else {"fillColor": color}
    face = fonts.BOLD if bold else fonts.BODY
    if not needs_shaping(text) and fonts.runs(text) == [(fonts.BODY, text)]:
        return String(x, y, text, fontName=face, fontSize=size, textAnchor=anchor, **extra)
    (line, *_), _ = lines_in_visual_order(" ".join(text.split()), float("inf"), size)
    drawn: list[tuple[str, str, float]] = []
    for font, piece, _ in line:
        name = f"{font}-Bold" if bold else font
        frag = ABag(fontName=name, fontSize=size)
        width = float(pdfmetrics.stringWidth(piece, name, size))
        shaped = fonts.shape_apart([width, (frag, piece)])
        glyphs = "".join(str(t) for _, t in shaped[1:]) if len(shaped) > 2 else shaped[1][1]
        drawn.append((name, glyphs, float(shaped[0])))
    total = sum(width for _, _, width in drawn)
    left = x - {"start": 0.0, "middle": total / 2, "end": total}.get(anchor, 0.0)
    group = Group()
    for name, glyphs, width in drawn:
        group.add(String(left, y, glyphs, fontName=name, fontSize=size, **extra))
        left += width
    return group
