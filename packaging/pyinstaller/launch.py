"""The frozen app's entry point: the same as the installed ``steadypause`` script."""

import sys

from steadypause.cli.entry import main

if __name__ == "__main__":
    sys.exit(main())
