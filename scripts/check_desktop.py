"""Before anything is installed: can this Linux desktop show Qt 6's window?

PySide6 ships Qt, but Qt's X11 platform plugin (``PySide6/Qt/plugins/platforms/libqxcb.so`` and
``PySide6/Qt/lib/libQt6XcbQpa.so.6``) loads the system's xcb, X11, xkbcommon, OpenGL, GLib,
fontconfig and D-Bus libraries. A desktop without them finds out only when the window fails to
open, after the packages are installed and the demo vault is made. This script looks for each
library first (standard library only: it runs before the virtualenv exists) and prints the one
``apt-get install`` line that brings the missing ones, with their Debian and Ubuntu names.

    python3 scripts/check_desktop.py            # 0 when all are there, 1 with the apt-get line
    python3 scripts/check_desktop.py --install  # as root: apt-get update, then install them
    python3 scripts/check_desktop.py --xvfb     # the X virtual framebuffer too (make walk)

Other systems (Windows, macOS) need nothing: Qt brings its own platform plugin there.
When a virtualenv with PySide6 exists, ``ldd`` on its plugin also reports any other library the
plugin cannot find (a newer PySide6 may need one this list does not know yet).
"""

from __future__ import annotations

import argparse
import glob
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

# What Qt 6's xcb plugin and the Qt libraries it loads need from the system (readelf -d,
# NEEDED, of libqxcb.so, libQt6XcbQpa.so.6, libQt6Gui.so.6, libQt6Core.so.6 and
# libQt6DBus.so.6 in PySide6 6.x), each with the Debian package that ships it (dpkg -S).
LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}
XVFB = ("xvfb", "xauth")  # Xvfb, and the xauth xvfb-run uses
LIBRARY_DIRS = (
    "/lib",
    "/lib64",
    "/usr/lib",
    "/usr/lib64",
    "/lib/*-linux-gnu",
    "/usr/lib/*-linux-gnu",
    "/usr/local/lib",
)


def _known_to_the_loader() -> set[str]:
    """The sonames the dynamic loader's cache lists (``ldconfig -p``)."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        out = subprocess.run(
            [ldconfig, "-p"], capture_output=True, text=True, check=False, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}


def _in_library_dirs(name: str) -> bool:
    return any(glob.glob(os.path.join(folder, name)) for folder in LIBRARY_DIRS)


def missing_libraries() -> list[str]:
    cached = _known_to_the_loader()
    return [name for name in LIBRARIES if name not in cached and not _in_library_dirs(name)]


def _plugin_files(venv: Path) -> list[Path]:
    found: list[Path] = []
    for qt in venv.glob("lib/python3*/site-packages/PySide6/Qt"):
        found += [qt / "plugins/platforms/libqxcb.so", qt / "lib/libQt6XcbQpa.so.6"]
    return [f for f in found if f.exists()]


def unresolved_by_ldd(venv: Path) -> set[str]:
    """What ``ldd`` says the installed plugin cannot find (empty without a virtualenv)."""
    missing: set[str] = set()
    ldd = shutil.which("ldd")
    for file in _plugin_files(venv) if ldd else []:
        try:
            out = subprocess.run(
                [str(ldd), str(file)], capture_output=True, text=True, check=False, timeout=30
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        missing |= {line.split()[0] for line in out.splitlines() if "not found" in line}
    return missing


def apt_line(packages: list[str]) -> str:
    return "sudo apt-get install " + " ".join(packages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", default=".venv", help="the virtualenv to check with ldd too")
    parser.add_argument("--xvfb", action="store_true", help="also need Xvfb (make walk)")
    parser.add_argument(
        "--install", action="store_true", help="as root, install what is missing with apt-get"
    )
    args = parser.parse_args(argv)
    if platform.system() != "Linux":
        return 0
    missing = missing_libraries()
    unknown = sorted(unresolved_by_ldd(Path(args.venv)) - set(missing))
    packages = sorted(
        {LIBRARIES[name] for name in missing} | {LIBRARIES.get(n, "") for n in unknown}
    )
    packages = [p for p in packages if p]
    if args.xvfb:
        packages += [
            p for p, tool in zip(XVFB, ("Xvfb", "xauth"), strict=True) if not shutil.which(tool)
        ]
    unmapped = [n for n in unknown if n not in LIBRARIES]
    if not packages and not unmapped:
        return 0
    apt = shutil.which("apt-get")
    if args.install and packages and os.geteuid() == 0 and apt:
        print(f"installing for Qt's window: {' '.join(packages)}", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run([apt, "update", "-q"], check=True, env=env)
        subprocess.run([apt, "install", "-y", "-q", *packages], check=True, env=env)
        return 0 if not unmapped else _report([], unmapped)
    return _report(packages, unmapped)


def _report(packages: list[str], unmapped: list[str]) -> int:
    out = sys.stderr
    out.write("OneStop's window needs libraries this system does not have:\n")
    if packages:
        out.write(f"  {', '.join(packages)}\n\nInstall them first (Debian, Ubuntu):\n\n")
        out.write(f"    {apt_line(packages)}\n\n")
    if unmapped:
        out.write(
            "Qt's xcb plugin also cannot find "
            + ", ".join(unmapped)
            + ": install the package that ships each.\n"
        )
    out.write(
        "(On Fedora: sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms "
        "xcb-util-image xcb-util-renderutil libxkbcommon-x11.)\n"
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
