"""The application log: operational events only, never survivor data, never record content.

Messages are fixed strings with counts and codes. An unexpected error is logged as its type and
the code locations it passed through, without its message or any variable (a database error's
message can quote the data it was given).
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from types import TracebackType

from onestop import paths

LOG_NAME = "onestop.log"
log = logging.getLogger("onestop")


def setup() -> None:
    if log.handlers:
        return
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False


def log_path() -> str:
    return str(paths.log_dir() / LOG_NAME)


def describe_crash(exc: BaseException, tb: TracebackType | None) -> str:
    """The exception's type and where it went, without its message or any value."""
    frames = traceback.extract_tb(tb)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}:{f.name}" for f in frames[::-1]
    )
    return f"{type(exc).__module__}.{type(exc).__qualname__} at {where}"
