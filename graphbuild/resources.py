"""Access to the ontology and gazetteer files shipped with the package.

`ontology/` at the top of the repository is installed as the package
`graphbuild.ontology` (see pyproject.toml), so the same files are found in an
editable checkout and in a plain `pip install .`.
"""
from __future__ import annotations

import csv
import io
from importlib import resources


def ontology_file(name: str):
    """A Traversable for `ontology/<name>`."""
    return resources.files("graphbuild.ontology").joinpath(name)


def read_text(name: str) -> str:
    return ontology_file(name).read_text(encoding="utf-8")


def read_csv(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(read_text(name))))


def sample_article():
    """A sample story written for graphbuild (invented people; ministers, a commissioner, police numbers,
    knife crime figures, quotes), shipped as package data so `graphbuild build` runs out of the box."""
    return resources.files("graphbuild").joinpath("data/sample-police-funding.txt")
