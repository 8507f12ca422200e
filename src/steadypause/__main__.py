"""``python -m steadypause``."""

import sys

from steadypause.cli.entry import main

sys.exit(main())
