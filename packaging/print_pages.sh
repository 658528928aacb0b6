#!/usr/bin/env bash
# The printed documents of the demo as PNG pages, to look at them:
#   packaging/print_pages.sh OUT_DIR [DPI]
# builds a fresh demo library in a temporary folder, exports the gap summary
# (with the draft check) and the redline (and promise to delivery) as PDF,
# and renders every page with poppler's pdftoppm (Debian: poppler-utils).
set -euo pipefail
out=${1:?usage: packaging/print_pages.sh OUT_DIR [DPI]}
dpi=${2:-80}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
db="sqlite:///$work/demo.sqlite3"
env -u DISPLAY -u WAYLAND_DISPLAY hjdesk demo --db "$db" --json >/dev/null 2>&1
hjdesk export gaps 1 2 --db "$db" --format pdf --checks -o "$out/gaps.pdf" --force
hjdesk export compare 1 2 --db "$db" --format pdf -o "$out/redline.pdf" --force
hjdesk export compare 1 2 --db "$db" --format pdf --mode promise -o "$out/promise.pdf" --force
for name in gaps redline promise; do
    pdftoppm -r "$dpi" -png "$out/$name.pdf" "$out/$name"
done
ls "$out"
