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
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any


class Phrase(str):
    """An English sentence that can be shown translated: its context, template and values."""

    context: str
    template: str
    params: Mapping[str, Any]

    def __new__(
        cls, context: str, template: str, params: Mapping[str, Any] | None = None
    ) -> Phrase:
        values = dict(params or {})
        phrase = super().__new__(cls, template.format(**values) if values else template)
        phrase.context = context
        phrase.template = template
        phrase.params = values
        return phrase

    def format(self, *args: object, **params: Any) -> Phrase:
        """The same sentence with its named values filled in (positional values are refused:
        a translation may put the values in another order)."""
        if args:
            raise TypeError("a Phrase takes its values by name")
        return Phrase(self.context, self.template, {**self.params, **params})

    @classmethod
    def joined(cls, parts: Iterable[str], separator: str = " ") -> Phrase:
        """Sentences (or labels, with ``separator=", "``) one after the other, each shown
        translated (the join itself is not)."""
        values = {f"part{i}": part for i, part in enumerate(parts)}
        return cls("", separator.join(f"{{{key}}}" for key in values), values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Phrase, (self.context, self.template, dict(self.params)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Phrase:
    """Mark ``source`` for translation in ``context`` and give it back as a Phrase."""
    return Phrase(context, source)


def translated(text: str, translate: Callable[[str, str], str]) -> str:
    """``text`` in another language: a Phrase's template through ``translate(context,
    source)``, then its values put in, each translated in turn when it is itself a Phrase.
    Values typed by staff are never looked up; plain text is given back as it is. A
    translation that does not fit its values falls back to the English."""
    if not isinstance(text, Phrase):
        return text
    values = {
        k: translated(v, translate) if isinstance(v, str) else v for k, v in text.params.items()
    }
    template = translate(text.context, text.template) if text.context else text.template
    if not values:
        return template
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        return str(text)


class Catalogue:
    """The translations of one compiled Qt Linguist file (``.qm``), read without Qt: the
    documents are written below the screens, where Qt is not loaded.

    The file is a magic number and tagged blocks; the messages block holds, for each message,
    its translation (UTF-16), context and source text (as ``lrelease`` writes them by default).
    Anything else in the file (hashes, plural rules) is not needed to look a message up.
    """

    MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
    _MESSAGES = 0x69
    _END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
    _SOURCE, _CONTEXT, _COMMENT = 6, 7, 8

    def __init__(self, messages: Mapping[tuple[str, str], str]) -> None:
        self._messages = dict(messages)

    def __len__(self) -> int:
        return len(self._messages)

    def translate(self, context: str, source: str) -> str:
        """``source`` translated, or ``source`` itself when the file has no translation."""
        return self._messages.get((context, source), source)

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        """The catalogue in ``path``; ValueError if it is not a compiled Qt Linguist file."""
        data = path.read_bytes()
        if not data.startswith(cls.MAGIC):
            raise ValueError(f"{path.name} is not a compiled translation file")
        messages: dict[tuple[str, str], str] = {}
        at = len(cls.MAGIC)
        try:
            while at < len(data):
                tag, size = data[at], struct.unpack_from(">I", data, at + 1)[0]
                block = data[at + 5 : at + 5 + size]
                if len(block) != size:
                    raise ValueError("truncated block")
                if tag == cls._MESSAGES:
                    messages.update(cls._messages_of(block))
                at += 5 + size
        except (struct.error, ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path.name} is damaged: {exc}") from None
        return cls(messages)

    @classmethod
    def _messages_of(cls, block: bytes) -> Iterable[tuple[tuple[str, str], str]]:
        at = 0
        context = source = ""
        translations: list[str] = []
        while at < len(block):
            tag = block[at]
            at += 1
            if tag == cls._END:
                if translations and source:
                    yield (context, source), translations[0]
                context, source, translations = "", "", []
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


def message_of(error: BaseException) -> str:
    """The sentence an error was raised with, as a Phrase when it was written as one."""
    if error.args and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
