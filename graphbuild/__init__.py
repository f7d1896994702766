"""graphbuild: evidence-carrying RDF knowledge graphs from news articles.

The public API (see the README's "From Python"; stable across releases, all
else is private) is loaded on first use, so `import graphbuild` stays fast:

    >>> import graphbuild
    >>> ex = graphbuild.extract("Jane Porter, the Home Secretary, visited the Metropolitan Police.")
    >>> graph = graphbuild.to_graph([ex])

`extract`, `extract_many`, `to_graph`, `to_networkx`, `show`, `write_html`,
`build` and `load_nlp` are documented in `graphbuild.api`.
"""

__version__ = "0.1.0"
__all__ = ["extract", "extract_many", "to_graph", "to_networkx", "show", "write_html", "build", "load_nlp",
           "Extraction", "InputError"]

_FROM_API = frozenset(__all__) - {"extract"}


def __getattr__(name: str):
    """The public names, imported when first asked for (PEP 562)."""
    if name == "extract":
        # `graphbuild.extract` is also the extractors' subpackage, whose import would shadow a
        # function of that name; the package itself is callable as `graphbuild.api.extract`.
        import importlib

        return importlib.import_module(f"{__name__}.extract")
    if name in _FROM_API:
        import importlib

        value = getattr(importlib.import_module(f"{__name__}.api"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
