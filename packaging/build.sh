#!/usr/bin/env bash
# Build the one-folder application (dist/hjdesk/) with PyInstaller and run
# its self-test in a clean environment:
#   packaging/build.sh [DIST_DIR]        (default: packaging/dist)
# The Python that runs it (PYTHON, default python3) needs the project's
# dependencies and PyInstaller: python3 -m pip install ".[bundle]".
# Intermediate files go to packaging/build (HJDESK_BUILD_DIR); both folders
# are ignored by git. On Windows, see the README (安装包).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dist=$(mkdir -p "${1:-$root/packaging/dist}" && cd "${1:-$root/packaging/dist}" && pwd)
work=${HJDESK_BUILD_DIR:-$root/packaging/build}
python=${PYTHON:-python3}

started=$(date +%s)
# PYTHONPATH: this checkout's hjdesk, whatever else the build Python has installed.
PYTHONPATH="$root" "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$dist" --workpath "$work" "$root/packaging/hjdesk.spec"
echo "built $dist/hjdesk in $(( $(date +%s) - started )) s, $(du -sh "$dist/hjdesk" | cut -f1)"

# The self-test from the bundle, with nothing of this shell's environment:
# no PYTHONPATH, no virtualenv, a fresh HOME, Qt offscreen.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$dist/hjdesk/hjdesk" --self-test
