"""OneStop: case management for one-stop centres, with an encrypted local vault."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("onestop")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0+unknown"
