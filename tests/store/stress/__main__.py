"""``python3 -m tests.store.stress``: the full-size stress runs (see the package)."""

import sys

from tests.store.stress import main

sys.exit(main())
