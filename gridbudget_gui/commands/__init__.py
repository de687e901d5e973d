"""The subcommands of ``gridbudget``, one module each: ``HELP``, ``add_arguments(parser, lang)`` and ``run(options)``."""
