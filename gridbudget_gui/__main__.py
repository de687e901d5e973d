"""``python -m gridbudget_gui``: the same as the ``gridbudget`` command."""

import sys

from gridbudget_gui.cli import main

sys.exit(main())
