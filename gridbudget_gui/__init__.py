"""GridBudget: the district project budget declaration (项目申报书 and 项目绩效目标表) editor."""

import logging

__version__ = "0.1.0"

# Until an entry point opens the log file (logfile.start_logging), records go nowhere: without this,
# Python's last-resort handler would print warnings to stderr, where the command line promises one line per failure.
logging.getLogger(__name__).addHandler(logging.NullHandler())
