"""``python -m gridbudget_gui``: the same as the ``gridbudget`` command."""

import sys

from gridbudget_gui.cli import main

if __name__ == "__main__":
    # check/summary --jobs start worker processes: in the frozen program each starts by running this file
    # again, which must then neither open a window nor check anything itself. Under Python a worker imports
    # this file as __mp_main__ and freeze_support does nothing, so it is imported only when frozen.
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    sys.exit(main())
