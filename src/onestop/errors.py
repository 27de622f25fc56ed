"""Errors whose message may be shown to a person as it is.

Every message here is written for the member of staff at the keyboard: what happened and what
to do, never a survivor's data, a key, or a stack trace. Anything else that escapes is an
internal error and is shown only as such.
"""

from __future__ import annotations

from collections.abc import Mapping

from onestop.i18n import Phrase


class OneStopError(Exception):
    """Base: ``str(error)`` is a complete, safe, user-facing sentence."""


class VaultError(OneStopError):
    """The vault cannot be opened or used as asked."""


class VaultNotFound(VaultError):
    pass


class VaultExists(VaultError):
    pass


class VaultInUse(VaultError):
    pass


class VaultDamaged(VaultError):
    pass


class VaultTooNew(VaultError):
    pass


class SignInFailed(VaultError):
    """Wrong user name or password, a disabled account, or a back-off still running."""


class BackOff(SignInFailed):
    def __init__(self, message: str, seconds_left: float) -> None:
        super().__init__(message)
        self.seconds_left = seconds_left


class PermissionDenied(OneStopError):
    pass


class ValidationFailed(OneStopError):
    """Input that breaks a rule; nothing was saved.

    ``fields`` maps each field at fault to its message, so a form can show each one where it
    was typed; the error's text is all of them in one sentence.
    """

    def __init__(self, message: str, fields: Mapping[str, str] | None = None) -> None:
        super().__init__(message)
        self.fields: Mapping[str, str] = dict(fields or {})

    @classmethod
    def of(cls, problems: Mapping[str, str]) -> ValidationFailed:
        return cls(Phrase.joined(problems.values()), problems)


class ConsentRequired(OneStopError):
    """The survivor's consent for this purpose is not in force; nothing was done."""


class Conflict(OneStopError):
    """Someone else changed the record since it was opened; nothing was saved."""


class NotFound(OneStopError):
    pass


class TooLong(OneStopError):
    """A document longer than its recipient accepts (a court bundle past 350 pages): nothing
    was written; the person may export it anyway, having been told."""

    def __init__(self, message: str, pages: int) -> None:
        super().__init__(message)
        self.pages = pages
