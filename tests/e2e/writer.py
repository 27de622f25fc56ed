"""A process that writes audited records as fast as it can, printing each committed number.

Used by test_cli.py, which SIGKILLs it mid-stream and then checks that nothing it reported
as committed was lost.
"""

from __future__ import annotations

import sys
from pathlib import Path

from onestop.services.auth import sign_in
from onestop.services.users import UserService


def main(vault: str, user: str, target: str) -> None:
    password = sys.stdin.readline().rstrip("\n")
    session = sign_in(Path(vault), user, password)
    users = UserService(session)
    i = 0
    while True:
        i += 1
        users.update_name(target, f"Name version {i}")
        print(i, flush=True)  # only after the commit returned


if __name__ == "__main__":
    main(*sys.argv[1:4])
