"""The ``gridbudget`` command: a command of gridbudget_gui/commands without a window, or the editor (docs/interface.md).

Start-up stays small: this module imports the standard library's argparse and logging and nothing heavy; a
command's module is imported only when that command runs (``gridbudget --help`` imports every command's
module for its one line, and those import nothing heavy at their top), and the window (Qt) only when no
command is given.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import override

from gridbudget_gui import __version__
from gridbudget_gui.commands import COMMANDS, EXIT_FILE, LANGUAGES, text
from gridbudget_gui.logfile import start_logging

log = logging.getLogger(__name__)

EXIT_INTERRUPTED = 130
EXIT_PIPE_CLOSED = 141
"""The reader of our output went away (``gridbudget check … | head -1``): 128 + SIGPIPE, what a shell reports
for ``yes | head -1``'s ``yes``; nothing is printed."""


def command_module(name: str) -> ModuleType:
    """The module of command ``name`` (gridbudget_gui.commands.<name>), imported now."""
    return importlib.import_module(f"gridbudget_gui.commands.{name}")


def _parser(name: str, description: str, lang: str) -> argparse.ArgumentParser:
    # Raw: the one-line description is never broken (argparse would break it at a hyphen, and counts a Chinese
    # character as one column).
    parser = argparse.ArgumentParser(
        prog=f"gridbudget {name}",
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=text(lang, "显示本帮助并退出", "show this help and exit"))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=lang,
        help=text(
            lang,
            f"帮助{'和检查结果' if name == 'check' else ''}的语言：zh 中文（默认）或 en 英文（English）",
            f"the language of the help{' and the findings' if name == 'check' else ''}: zh Chinese (default) or en English",
        ),
    )
    return parser


def command_parser(name: str, lang: str) -> argparse.ArgumentParser:
    """The parser of ``gridbudget NAME``, its help in ``lang``."""
    module = command_module(name)
    parser = _parser(name, module.HELP[lang], lang)
    module.add_arguments(parser, lang)
    return parser


class _WindowParser(argparse.ArgumentParser):
    """The parser of ``gridbudget [FILE]``, whose help lists the commands (their modules imported only then)."""

    def __init__(self, lang: str) -> None:
        super().__init__(
            prog="gridbudget",
            usage=text(
                lang,
                "gridbudget [FILE | --example]\n       gridbudget 命令 [参数…]   （gridbudget 命令 --help 查看其用法）",
                "gridbudget [FILE | --example]\n       gridbudget COMMAND [ARGS…]   (gridbudget COMMAND --help for its use)",
            ),
            description=text(
                lang,
                "GridBudget 项目申报书编辑器：不带命令时打开窗口；带命令时不开窗口，在命令行完成工作。",
                "GridBudget, the editor of project budget declarations: without a command it opens the window; "
                "with one it does the work on the command line.",
            ),
            formatter_class=argparse.RawDescriptionHelpFormatter,
            add_help=False,
        )
        self.lang = lang
        self.add_argument("-h", "--help", action="help", help=text(lang, "显示本帮助并退出", "show this help and exit"))
        self.add_argument(
            "file",
            nargs="?",
            type=Path,
            metavar="FILE",
            help=text(lang, "要打开的文件（.xlsx、.xls 或 .json 等）", "a file to open"),
        )
        self.add_argument(
            "--example",
            action="store_true",
            help=text(
                lang, "打开内置示例（2021年五进网格项目）", "open the built-in example (the 2021 五进网格 project)"
            ),
        )
        self.add_argument("--smoke", action="store_true", help=argparse.SUPPRESS)
        self.add_argument("--smoke-print", type=Path, help=argparse.SUPPRESS)  # with --smoke: preview, print to a PDF
        self.add_argument(
            "--lang",
            choices=LANGUAGES,
            default=lang,
            help=text(
                lang, "帮助的语言：zh 中文（默认）或 en 英文", "the language of the help: zh Chinese (default) or en"
            ),
        )
        self.add_argument(
            "--version",
            action="version",
            version=f"GridBudget {__version__}",
            help=text(lang, "显示版本号并退出", "show the version and exit"),
        )

    @override
    def format_help(self) -> str:
        width = max(len(name) for name in COMMANDS) + 2
        lines = [f"  {name:<{width}}{command_module(name).HELP[self.lang]}" for name in COMMANDS]
        title = text(
            self.lang,
            "命令（gridbudget 命令 --help 查看各命令的用法）：",
            "commands (gridbudget COMMAND --help for each):",
        )
        self.epilog = "\n".join([title, *lines])
        return super().format_help()


def help_language(args: Sequence[str]) -> str:
    """The language ``--lang`` asks for anywhere on the line (en or zh), so the help is built in it; zh by default."""
    for index, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(args) and args[index + 1] in LANGUAGES:
            return args[index + 1]
        if arg.startswith("--lang=") and arg.removeprefix("--lang=") in LANGUAGES:
            return arg.removeprefix("--lang=")
    return "zh"


def split_command(args: Sequence[str]) -> tuple[str | None, list[str]]:
    """The command named first on the line (a ``--lang X`` may come before it) and the rest; (None, all) for the
    window."""
    index = 0
    while index < len(args):
        if args[index] == "--lang":
            index += 2
        elif args[index].startswith("--lang="):
            index += 1
        else:
            break
    if index < len(args) and args[index] in COMMANDS:
        return args[index], [*args[:index], *args[index + 1 :]]
    return None, list(args)


def _not_a_command(args: Sequence[str], lang: str) -> str | None:
    """The error line when the first word looks like a misspelt command (not a file that exists), else None."""
    first = next((arg for arg in args if not arg.startswith("-")), None)
    if first is None or first != args[0] or Path(first).suffix or Path(first).exists():
        return None
    import difflib

    close = difflib.get_close_matches(first, COMMANDS, n=1, cutoff=0.75)
    if not close:
        return None
    return text(
        lang,
        f"没有“{first}”这个命令；是不是 {close[0]}？（gridbudget --help 列出全部命令）",
        f"no command '{first}'; did you mean {close[0]}? (gridbudget --help lists them all)",
    )


def _run(args: list[str]) -> int:
    lang = help_language(args)
    name, rest = split_command(args)
    if name is not None:
        options = command_parser(name, lang).parse_args(rest)
        started = time.perf_counter()
        status: int = command_module(name).run(options)
        log.info("%s ended with exit code %d after %.2f s", name, status, time.perf_counter() - started)
        return status
    mistake = _not_a_command(args, lang)
    if mistake is not None:
        print(f"gridbudget: {mistake}", file=sys.stderr)
        return EXIT_FILE
    options = _WindowParser(lang).parse_args(rest)
    from gridbudget_gui.app import run_window

    return run_window(options.file, example=options.example, smoke=options.smoke, smoke_print=options.smoke_print)


def _quiet_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush meets no closed pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no descriptor (a test's captured stream): nothing to flush at exit
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """The ``gridbudget`` command."""
    args = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
    # The same log file as the window's; nothing of it reaches stdout or stderr.
    log_file = start_logging()
    log.info("gridbudget %s started: %s", __version__, args)
    try:
        status = _run(args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's flush at exit
        return status
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader stopped reading (| head): what it wanted it has; stop quietly, as Unix tools do.
        _quiet_stdout()
        log.info("The output was closed by its reader; stopped (exit %d)", EXIT_PIPE_CLOSED)
        return EXIT_PIPE_CLOSED
    except Exception as bug:  # the last guard: a user never sees a traceback, the log file keeps it
        log.critical("Internal error", exc_info=True)
        if os.environ.get("GRIDBUDGET_DEBUG"):
            traceback.print_exc()
        details = f"详细信息已写入日志文件 {log_file}" if log_file else "设置 GRIDBUDGET_DEBUG=1 可查看详细信息"
        first_line = next(iter(str(bug).splitlines()), "")
        print(f"gridbudget: 内部错误：{type(bug).__name__}: {first_line}（{details}）", file=sys.stderr)
        return EXIT_FILE
