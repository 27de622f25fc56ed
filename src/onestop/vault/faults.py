"""Named points where a test may kill this process, to prove that a crash there is survivable.

A test sets ``ONESTOP_KILL_AT`` to one of the names below and runs a command in a subprocess;
the process sends itself SIGKILL on reaching that point, exactly as a power cut or a killed
task would stop it. Unset (always, outside tests), a checkpoint does nothing.
"""

from __future__ import annotations

import os
import signal

ROTATION_STAGED = "rotation.staged"  # every slot holds the next key; database not yet rekeyed
ROTATION_REKEYED = "rotation.rekeyed"  # database under the next key; attachments not yet
ROTATION_BLOBS = "rotation.blobs"  # attachments copied under the next key; slots not promoted
ROTATION_PROMOTED = "rotation.promoted"  # slots promoted; old attachment files not yet removed
RESTORE_STAGED = "restore.staged"  # restored copy ready, anchor file holds both heads
RESTORE_REPLACED = "restore.replaced"  # database swapped; anchor file still holds both heads
SEALING_BATCH = "sealing.batch"  # a sign-in's first batch of older text sealed, not committed

ALL = (
    ROTATION_STAGED,
    ROTATION_REKEYED,
    ROTATION_BLOBS,
    ROTATION_PROMOTED,
    RESTORE_STAGED,
    RESTORE_REPLACED,
    SEALING_BATCH,
)


def checkpoint(name: str) -> None:
    if os.environ.get("ONESTOP_KILL_AT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
