"""The commands of ``gridbudget COMMAND``: one module each, imported only when that command runs.

A command is a module ``gridbudget_gui/commands/NAME.py`` that exposes three names:

- ``HELP: dict[str, str]``: its one line, ``{"zh": "…", "en": "…"}``, listed by ``gridbudget --help`` and
  printed at the top of ``gridbudget NAME --help``;
- ``add_arguments(parser: argparse.ArgumentParser, lang: str) -> None``: its arguments, with help texts in
  ``lang`` ("zh" or "en"; ``text(lang, zh, en)`` picks one). The parser is named ``gridbudget NAME`` and already
  has ``-h/--help`` and ``--lang zh|en`` (``options.lang``);
- ``run(options: argparse.Namespace) -> int``: do the work and return the exit code (``EXIT_OK``,
  ``EXIT_FINDINGS``, ``EXIT_FILE`` below; docs/interface.md "Exit codes"). A file that cannot be read or written is
  one line on standard error (``files.say_failure``), never a traceback; an unexpected exception is cli.py's
  to report.

A module's top level imports only the standard library and this package's light modules: ``gridbudget
--help`` imports every command module to read its ``HELP``. Everything heavy (readers, writers, the checker,
openpyxl, reportlab) is imported inside ``run`` (or ``add_arguments`` for what only the help needs), so that a
command pays only for what it uses (tests/test_startup.py holds ``check`` of a JSON to that).

Registering a command is one line: its name in ``COMMANDS``, in the order ``gridbudget --help`` lists them.
"""

from __future__ import annotations

COMMANDS: tuple[str, ...] = (
    "check",
    "export",
    "evaluate",
    "rollover",
    "diff",
    "summary",
    "classify",
    "monitor",
)
"""Every command, in help order; each is the module ``gridbudget_gui.commands.<name>``."""

EXIT_OK, EXIT_FINDINGS, EXIT_FILE = 0, 1, 2
"""0 done (check: no error found), 1 check found errors, 2 a file could not be read or written (or bad usage)."""

LANGUAGES = ("zh", "en")


def text(lang: str, zh: str, en: str) -> str:
    """The help text in ``lang``: ``en`` for English, ``zh`` otherwise."""
    return en if lang == "en" else zh
