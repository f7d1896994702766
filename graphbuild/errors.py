"""Errors the command line turns into one-line messages and exit codes."""


class GraphbuildError(Exception):
    """A failure the user can fix; its message says what and how."""

    exit_code = 2


class InputError(GraphbuildError):
    """An input file cannot be read as an article."""


class ModelError(GraphbuildError):
    """No usable spaCy pipeline."""


class OutputError(GraphbuildError):
    """The output cannot be written."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread as Ctrl-C is, so the same clean-up runs (see `cli.main`)."""
