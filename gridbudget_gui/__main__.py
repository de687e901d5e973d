"""``python -m gridbudget_gui``: the same as the ``gridbudget`` command."""

import multiprocessing
import sys

from gridbudget_gui.cli import main

if __name__ == "__main__":
    # check/summary --jobs start worker processes: on Windows (and in the frozen program) each starts by
    # running this file again, which must then neither open a window nor check anything itself.
    multiprocessing.freeze_support()
    sys.exit(main())
