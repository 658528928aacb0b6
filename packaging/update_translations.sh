#!/usr/bin/env bash
# Refresh the translation sources from the window's code, then compile them.
# Edit resources/i18n/hjdesk_zh_CN.ts (Qt Linguist, or by hand) between the two
# steps when new strings appear; the .qm files are committed beside the .ts.
set -euo pipefail
cd "$(dirname "$0")/.."
pyside6-lupdate hjdesk/ui/*.py -no-obsolete -ts resources/i18n/hjdesk_zh_CN.ts resources/i18n/hjdesk_en.ts
pyside6-lrelease resources/i18n/hjdesk_zh_CN.ts resources/i18n/hjdesk_en.ts
