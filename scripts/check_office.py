"""Is LibreOffice's spreadsheet there to open the GBVIMS Incident Recorder workbook?

tests/unit/test_incident_recorder.py converts the exported .xlsx with
``libreoffice --headless --convert-to csv``, as a consolidating agency's spreadsheet would open
it. Debian ships it as ``libreoffice-calc-nogui`` (the headless variant; older releases called
it ``libreoffice-calc-nox``). As root this script installs it when it is missing (CI runs
``make test`` as root); otherwise it prints the apt-get line to run.

    python3 scripts/check_office.py            # 0 when libreoffice is there, 1 with the line
    python3 scripts/check_office.py --install  # as root: apt-get update, then install it
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys

PACKAGE = "libreoffice-calc-nogui"


def office() -> str | None:
    """The libreoffice (or soffice) program on PATH, if any."""
    return shutil.which("libreoffice") or shutil.which("soffice")


def install() -> int:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update"],
        ["apt-get", "install", "-y", "--no-install-recommends", PACKAGE],
    ):
        done = subprocess.run(command, env=env, check=False)
        if done.returncode != 0:
            return done.returncode
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--install", action="store_true", help="as root: apt-get install it")
    args = parser.parse_args(argv)
    if office() is not None:
        return 0
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if args.install and root and shutil.which("apt-get") and install() == 0 and office():
        return 0
    print(f"LibreOffice is missing: sudo apt-get install {PACKAGE}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
