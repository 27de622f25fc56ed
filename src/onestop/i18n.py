"""Words written outside the screens, translated through the same Qt Linguist files.

The services, the domain and the vault cannot import Qt, yet what they say reaches a person: a
rule broken in a form, a wrong password, a file that will not open. Each such sentence is
written ``QT_TRANSLATE_NOOP("Messages", "…")``: pyside6-lupdate reads that call (it is the
name Qt gives its marker) and puts the sentence into translations/onestop_<lang>.ts, and the
call itself gives back a :class:`Phrase`.

A Phrase *is* the English sentence (a ``str``: logs, tests and ``str(error)`` see English), and
it also remembers its context, its template and the values put into it with ``.format(...)``.
So a screen can show it in the reader's language (``onestop.gui.labels.phrase``), translating
the template and then filling in the values, never translating the values themselves.

A sentence that shows a count is written with Qt's numerus form: ``%n`` stands for the count,
given as the fourth argument (``QT_TRANSLATE_NOOP("Messages", "%n question(s)", "", n)``,
which lupdate reads as a numerus message), and each language's file holds one translation per
plural form (Arabic six, French and Spanish two). The third argument is the disambiguation,
for an English word that means two things ("Declined" as an answer, or as a status).
"""

from __future__ import annotations

import functools
import struct
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any


class Phrase(str):
    """An English sentence that can be shown translated: its context, template and values."""

    context: str
    template: str
    params: Mapping[str, Any]
    disambiguation: str
    counted: int | None  # the count of a numerus sentence (not str.count)

    def __new__(
        cls,
        context: str,
        template: str,
        params: Mapping[str, Any] | None = None,
        disambiguation: str = "",
        count: int | None = None,
    ) -> Phrase:
        values = dict(params or {})
        english = template if count is None else english_plural(context, template, count)
        phrase = super().__new__(cls, english.format(**values) if values else english)
        phrase.context = context
        phrase.template = template
        phrase.params = values
        phrase.disambiguation = disambiguation
        phrase.counted = count
        return phrase

    def format(self, *args: object, **params: Any) -> Phrase:
        """The same sentence with its named values filled in (positional values are refused:
        a translation may put the values in another order)."""
        if args:
            raise TypeError("a Phrase takes its values by name")
        return Phrase(
            self.context,
            self.template,
            {**self.params, **params},
            self.disambiguation,
            self.counted,
        )

    @classmethod
    def joined(cls, parts: Iterable[str], separator: str = " ") -> Phrase:
        """Sentences (or labels, with ``separator=", "``) one after the other, each shown
        translated (the join itself is not)."""
        values = {f"part{i}": part for i, part in enumerate(parts)}
        return cls("", separator.join(f"{{{key}}}" for key in values), values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (
            Phrase,
            (self.context, self.template, dict(self.params), self.disambiguation, self.counted),
        )


def QT_TRANSLATE_NOOP(
    context: str, source: str, disambiguation: str | None = None, n: int | None = None
) -> Phrase:
    """Mark ``source`` for translation in ``context`` and give it back as a Phrase.

    As lupdate reads it: a third argument is the disambiguation (one English word, two
    meanings), a fourth the count of a numerus message (``%n`` in ``source``)."""
    return Phrase(context, source, None, disambiguation or "", n)


# Unicode's direction isolates: what stands between FSI and PDI takes its direction from its
# own first strong letter and does not reorder the sentence around it.
FSI, PDI = "\u2068", "\u2069"


def isolated(value: object) -> str:
    """``value`` (a name, a date, a reference put into a sentence) between direction isolates.

    Why always, whatever the language: the direction of a value is that of the person or
    agency it names, not of the interface. An Arabic name in an English line ("سارة · 3
    children") pulls the number after it to its left, and a Latin reference or a date in an
    Arabic line ("{agency}: no answer since 01/12/2026") comes out in the wrong order; each
    value kept apart comes out as written. Only for the screen: the documents' PDF writer
    draws no isolates (and the documents are not written in Arabic)."""
    text = str(value)
    return f"{FSI}{text}{PDI}" if text else text


def isolating(**values: object) -> dict[str, str]:
    """The values of a sentence, each :func:`isolated`: ``tr("{name} · {role}").format(
    **isolating(name=..., role=...))``."""
    return {key: isolated(value) for key, value in values.items()}


def with_count(text: str, n: int | None) -> str:
    """``text`` with its ``%n`` (as Qt writes a count) replaced by ``n``; as it is without one.

    Digits are always Western (0-9), as every other number OneStop shows."""
    return text if n is None else text.replace("%n", str(n))


def english_plural(context: str, source: str, n: int) -> str:
    """A numerus message in English ("1 question", "3 questions" for "%n question(s)"), from
    translations/onestop_en.qm (lupdate -pluralonly); the source with ``%n`` filled in when
    that file is not there."""
    english = english_catalogue()
    return with_count(source, n) if english is None else english.translate(context, source, None, n)


@functools.cache
def english_catalogue() -> Catalogue | None:
    """English's plural forms, read once (None before ``make translations`` has made them)."""
    from onestop.paths import resources

    path = resources() / "translations" / "onestop_en.qm"
    try:
        return Catalogue.read(path)
    except (OSError, ValueError):
        return None


Translate = Callable[[str, str, "str | None", int], str]


def translated(
    text: str,
    translate: Translate,
    isolate: bool = False,
    day: Callable[[date], str] | None = None,
) -> str:
    """``text`` in another language: a Phrase's template through ``translate(context, source,
    disambiguation, n)`` (QCoreApplication.translate's signature; ``n`` is -1 for a sentence
    without a count), then its values put in, each translated in turn when it is itself a
    Phrase. Values typed by staff are never looked up; plain text is given back as it is. A
    translation that does not fit its values falls back to the English. With ``isolate`` (on
    screen), each value that is not itself a sentence is put in :func:`isolated`. A day (a
    ``date`` value) is written by ``day`` when given (the screens: as the locale writes it,
    like every other date they show), else as 2026-12-05 (the documents, the logs)."""
    if not isinstance(text, Phrase):
        return text

    def value(v: Any) -> Any:
        if isinstance(v, Phrase):
            return translated(v, translate, isolate, day)
        if day is not None and isinstance(v, date) and not isinstance(v, datetime):
            v = day(v)
        if isolate and text.context and isinstance(v, str):
            return isolated(v)
        return v

    values = {k: value(v) for k, v in text.params.items()}
    count = -1 if text.counted is None else text.counted
    template = (
        translate(text.context, text.template, text.disambiguation or None, count)
        if text.context
        else with_count(text.template, text.counted)
    )
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


class Catalogue:
    """The translations of one compiled Qt Linguist file (``.qm``), read without Qt: the
    documents are written below the screens, where Qt is not loaded.

    The file is a magic number and tagged blocks. The messages block holds, for each message,
    its translation (UTF-16; a numerus message one per plural form), context, source text and
    disambiguation comment (as ``lrelease`` writes them by default). The numerus-rules block
    holds the language's plural rule as Qt's small byte code (see :func:`plural_form`), which
    picks the form for a count. The hashes are not needed to look a message up.
    """

    MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    _MESSAGES, _NUMERUS_RULES = 0x69, 0x88
    _END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
    _SOURCE, _CONTEXT, _COMMENT = 6, 7, 8

    def __init__(
        self, messages: Mapping[tuple[str, str, str], Sequence[str]], rules: bytes = b""
    ) -> None:
        self._messages = {key: tuple(forms) for key, forms in messages.items()}
        self.rules = rules

    def __len__(self) -> int:
        return len(self._messages)

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``source`` translated (QCoreApplication.translate's signature): for a count ``n``
        (not -1), the language's plural form for ``n``, with ``%n`` replaced by it. ``source``
        itself when the file has no translation."""
        # As QTranslator: with the disambiguation, then without (lrelease leaves out the
        # comment of one message of a pair, which the lookup finds that way).
        forms = self._messages.get((context, source, disambiguation or "")) or self._messages.get(
            (context, source, "")
        )
        count = None if n < 0 else n
        if not forms:
            return with_count(source, count)
        form = 0 if count is None else plural_form(count, self.rules)
        return with_count(forms[min(form, len(forms) - 1)], count)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        """The catalogue in ``path``; ValueError if it is not a compiled Qt Linguist file."""
        data = path.read_bytes()
        if not data.startswith(cls.MAGIC):
            raise ValueError(f"{path.name} is not a compiled translation file")
        messages: dict[tuple[str, str, str], list[str]] = {}
        rules = b""
        at = len(cls.MAGIC)
        try:
            while at < len(data):
                tag, size = data[at], struct.unpack_from(">I", data, at + 1)[0]
                block = data[at + 5 : at + 5 + size]
                if len(block) != size:
                    raise ValueError("truncated block")
                if tag == cls._MESSAGES:
                    messages.update(cls._messages_of(block))
                elif tag == cls._NUMERUS_RULES:
                    rules = block
                at += 5 + size
        except (struct.error, ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path.name} is damaged: {exc}") from None
        return cls(messages, rules)

    @classmethod
    def _messages_of(cls, block: bytes) -> Iterable[tuple[tuple[str, str, str], list[str]]]:
        at = 0
        context = source = comment = ""
        translations: list[str] = []
        while at < len(block):
            tag = block[at]
            at += 1
            if tag == cls._END:
                if translations and source:
                    yield (context, source, comment), translations
                context, source, comment, translations = "", "", "", []
                continue
            if tag == cls._OBSOLETE1:
                at += 4
                continue
            if tag not in (
                cls._SOURCE16,
                cls._TRANSLATION,
                cls._CONTEXT16,
                cls._SOURCE,
                cls._CONTEXT,
                cls._COMMENT,
            ):
                raise ValueError(f"unknown tag {tag}")
            (size,) = struct.unpack_from(">I", block, at)
            at += 4
            if size == 0xFFFFFFFF:  # a null translation
                continue
            value = block[at : at + size]
            if len(value) != size:
                raise ValueError("truncated message")
            at += size
            if tag == cls._TRANSLATION:
                translations.append(value.decode("utf-16-be"))
            elif tag == cls._SOURCE:
                source = value.decode("utf-8")
            elif tag == cls._CONTEXT:
                context = value.decode("utf-8")
            elif tag == cls._COMMENT:
                comment = value.decode("utf-8")


# Qt's plural rules (qtranslator.cpp, numerusHelper): a sequence of rules separated by NEWRULE,
# each an OR of ANDs of comparisons ``opcode operand [operand]``. The form is the index of the
# first rule that holds, or the number of rules when none does (the last form).
_EQ, _LT, _LEQ, _BETWEEN = 0x01, 0x02, 0x03, 0x04
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF


def plural_form(n: int, rules: bytes) -> int:
    """The index of the plural form for ``n`` under a .qm file's numerus ``rules`` (0 when
    the file has none, or they cannot be read)."""
    at, form = 0, 0
    if not rules:
        return 0
    try:
        while True:
            any_true = False
            while True:
                all_true = True
                while True:
                    truth, at = _comparison(n, rules, at)
                    all_true = all_true and truth
                    if at == len(rules) or rules[at] != _AND:
                        break
                    at += 1
                any_true = any_true or all_true
                if at == len(rules) or rules[at] != _OR:
                    break
                at += 1
            if any_true:
                return form
            form += 1
            if at == len(rules):
                return form
            if rules[at] != _NEWRULE:
                return 0
            at += 1
    except IndexError:
        return 0


def _comparison(n: int, rules: bytes, at: int) -> tuple[bool, int]:
    opcode, right = rules[at], rules[at + 1]
    at += 2
    left = n
    if opcode & _MOD_10:
        left %= 10
    elif opcode & _MOD_100:
        left %= 100
    elif opcode & _LEAD_1000:
        while left >= 1000:
            left //= 1000
    op = opcode & 0x07
    if op == _EQ:
        truth = left == right
    elif op == _LT:
        truth = left < right
    elif op == _LEQ:
        truth = left <= right
    elif op == _BETWEEN:
        truth = right <= left <= rules[at]
        at += 1
    else:
        truth = True
    return (not truth if opcode & _NOT else truth), at


def message_of(error: BaseException) -> str:
    """The sentence an error was raised with, as a Phrase when it was written as one."""
    if error.args and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
