"""``python -m steadypause``."""

import sys

from steadypause.cli import main

sys.exit(main())
