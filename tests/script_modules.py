"""Scripts that are not part of the package (benchmarks/, tests/corpus/, a corpus's
make_reports.py), imported by the tests as modules under a name of their own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType


def load_script(name: str, path: Path) -> ModuleType:
    """The script at `path`, run as the module `name` and registered under that name
    (dataclasses look their module up while the class is built)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
