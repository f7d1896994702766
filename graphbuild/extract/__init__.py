"""The extractors: pure functions over a parsed spaCy Doc yielding frozen records.

This package is also the public function `graphbuild.extract(text, *, title=None,
published=None, source="text", nlp=None)`: calling it calls `graphbuild.api.extract`
(see there). The two share a name, and a submodule import would otherwise
replace the function with the package.
"""
import sys
import types


class _CallablePackage(types.ModuleType):
    def __call__(self, *args, **kwargs):
        from ..api import extract

        return extract(*args, **kwargs)

    @property
    def __signature__(self):
        import inspect

        from ..api import extract

        return inspect.signature(extract)


sys.modules[__name__].__class__ = _CallablePackage
