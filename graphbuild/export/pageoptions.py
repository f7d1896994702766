"""What a page shows: options that a build passes to the page without importing the page's renderer."""
from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_NODES = 1500
DEFAULT_OVERVIEW_NODES = 300  # actors drawn at once in the corpus overview; the rest via search and neighbourhoods


@dataclass(frozen=True)
class PageOptions:
    max_nodes: int = DEFAULT_MAX_NODES
    overview_nodes: int = DEFAULT_OVERVIEW_NODES
    view: str | None = None  # "overview" or "statements" first; None: the overview for two articles or more
