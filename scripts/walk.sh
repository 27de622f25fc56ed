#!/bin/sh
# make walk: the journey tests (tests/gui/test_journey*.py) in a real X window on a virtual
# screen (Xvfb), Qt's xcb platform as on a Linux desktop, with a screenshot of the window at
# every step saved in docs/walk/ (tests/gui/journey.py saves them when ONESTOP_WALK_DIR is set).
#
#   scripts/walk.sh [pytest arguments]     PY=path/to/python to use another interpreter
#
# Qt's xcb plugin needs the system's xcb libraries and Xvfb: as root they are installed with
# apt-get when missing; otherwise the exact apt-get line is printed and nothing runs.
set -eu
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
OUT=${ONESTOP_WALK_DIR:-docs/walk}
VENV=$(dirname "$(dirname "$PY")")

python3 scripts/check_desktop.py --venv "$VENV" --xvfb --install

work=$(mktemp -d)
xvfb_pid=""
stop() {
    if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap stop EXIT INT TERM

# Xvfb picks a free display itself and writes its number to file descriptor 3.
Xvfb -displayfd 3 -screen 0 1280x960x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
tries=0
while [ ! -s "$work/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1
    fi
    sleep 0.1
done
display=":$(head -n 1 "$work/display")"
echo "Xvfb on display $display; screenshots in $OUT/"

mkdir -p "$OUT"
rm -f "$OUT"/*.png  # a step no longer walked leaves no picture behind
status=0
# A desktop's language for Qt (dates as 02/12/2026), not the bare C locale of a server; LC_ALL
# would override it (and, naming a locale the system has not generated, make Qt warn).
unset LC_ALL
DISPLAY=$display QT_QPA_PLATFORM=xcb ONESTOP_WALK_DIR=$OUT LANG=${ONESTOP_WALK_LANG:-en_GB.UTF-8} \
    PYTHONPATH="${PYTHONPATH:+$PYTHONPATH:}$PWD" \
    "$PY" -m pytest -p tests.gui.journey tests/gui/test_journey*.py "$@" || status=$?
echo "$(ls "$OUT"/*.png 2>/dev/null | wc -l) screenshots in $OUT/"
exit $status
