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

from collections.abc import Iterable, Mapping
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
    def joined(cls, parts: Iterable[str]) -> Phrase:
        """Sentences one after the other, each shown translated (the join itself is not)."""
        values = {f"part{i}": part for i, part in enumerate(parts)}
        return cls("", " ".join(f"{{{key}}}" for key in values), values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Phrase, (self.context, self.template, dict(self.params)))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Phrase:
    """Mark ``source`` for translation in ``context`` and give it back as a Phrase."""
    return Phrase(context, source)


def message_of(error: BaseException) -> str:
    """The sentence an error was raised with, as a Phrase when it was written as one."""
    if error.args and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)
