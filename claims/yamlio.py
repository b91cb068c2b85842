"""YAML reading for the recipe and reference-card files.

PyYAML's pure-Python loader takes about 20 ms per card or recipe, a fifth of a second for the
bundled ones on every audit; its libyaml binding (`CSafeLoader`, in PyYAML's wheels) takes a
tenth of that and builds the same data (the same safe constructor). A document libyaml
rejects is parsed again by the pure-Python loader, so that a user sees the same error message
(line, column, what was left open) whether or not libyaml is installed.
"""

from __future__ import annotations

from typing import Any

import yaml

_FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """`yaml.safe_load(text)`, through libyaml when available; raises `yaml.YAMLError`."""
    try:
        return yaml.load(text, Loader=_FAST)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)  # the pure loader's own message (or, rarely, its data)
