"""``python -m hjdesk`` runs the command line."""

import sys

from hjdesk.cli import main

sys.exit(main())
