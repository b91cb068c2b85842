"""One YAML loader for the files people write by hand (reference cards, recipes).

PyYAML's `safe_load` runs no code, but it accepts what a hand-written file never needs and a
hostile one uses:

* aliases that expand past any reasonable size (a "billion laughs" of 8 KB: each anchor
  repeats the previous one ten times). Loading them is cheap, since an alias is the same
  object, but whatever walks the result (validation, a repr in an error message, JSON) walks
  the expansion. The expanded size is counted on the node graph, once per node, before any
  object is built, and a document past `MAX_NODES` nodes or `MAX_SCALAR_CHARS` characters is
  refused; an alias that contains itself is refused too.
* a key given twice in one mapping: the last one silently wins, so a card could state two
  numbers for one measure and a reviewer would see only the first.
* `.nan` and `.inf`: no number a card or recipe holds is infinite or undefined, and NaN
  compares unequal to everything, so it could never be found to differ.
* a file of any size, and nesting deep enough to exhaust Python's stack.

Each of these raises `YamlError` with a one-line message (line and column where known);
callers wrap it in their own error type that names the file.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .bounded import short_repr

MAX_FILE_BYTES = 1_000_000
"""Hand-written cards and recipes are a few KB; the bundled ones are under 10 KB."""
MAX_NODES = 100_000
"""Values (scalars, lists, mappings) in a document once every alias is expanded."""
MAX_SCALAR_CHARS = 2_000_000
"""Characters of all scalars in a document once every alias is expanded."""
MAX_DEPTH = 100
"""Nesting of lists and mappings: a card or a recipe needs five or six."""


class YamlError(ValueError):
    """A YAML file that is not valid, or that these limits refuse; the message is one line."""


def _where(node: Node) -> str:
    mark = node.start_mark
    return f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""


def _check_expansion(root: Node) -> None:
    """Count the nodes and characters `root` expands to, each node visited once (its size is
    remembered), and refuse a document past the limits, a cycle or too deep a nesting. An
    iterative walk: a hostile document must not exhaust the stack here either."""
    sizes: dict[int, tuple[int, int]] = {}
    on_path: set[int] = set()
    stack: list[tuple[Node, bool, int]] = [(root, False, 0)]
    while stack:
        node, children_done, depth = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            nodes, chars = 1, 0
            for child in _children(node):
                child_nodes, child_chars = sizes[id(child)]
                nodes, chars = nodes + child_nodes, chars + child_chars
            sizes[key] = (nodes, chars)
            if nodes > MAX_NODES or chars > MAX_SCALAR_CHARS:
                raise YamlError(
                    f"the value{_where(node)} expands to more than {MAX_NODES:,} values or "
                    f"{MAX_SCALAR_CHARS:,} characters (through aliases); write it out plainly")
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise YamlError(f"an alias{_where(node)} refers to a value that contains it")
        if depth > MAX_DEPTH:
            raise YamlError(f"nested more than {MAX_DEPTH} levels deep{_where(node)}")
        if isinstance(node, ScalarNode):
            sizes[key] = (1, len(node.value))
            continue
        on_path.add(key)
        stack.append((node, True, depth))
        stack.extend((child, False, depth + 1) for child in _children(node)
                     if id(child) not in sizes)


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return list(node.value)
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


class _Loader(yaml.SafeLoader):
    """SafeLoader that checks a document's expansion before building it, refuses duplicate
    keys and non-finite floats."""

    def get_single_node(self) -> Node | None:
        node = super().get_single_node()
        if node is not None:
            _check_expansion(node)
        return node

    def construct_mapping(self, node: Node, deep: bool = False) -> dict[Any, Any]:
        if isinstance(node, MappingNode):
            # The mapping's own keys, before "<<" merges add theirs (which it may override).
            seen: set[Any] = set()
            for key_node, _ in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    continue
                key = self.construct_object(key_node, deep=deep)
                try:
                    duplicate = key in seen
                    seen.add(key)
                except TypeError:  # an unhashable key: the base class reports it
                    continue
                if duplicate:
                    raise YamlError(f"the key {short_repr(key)} is given twice in one mapping"
                                    f"{_where(key_node)}; keep one")
        return super().construct_mapping(node, deep=deep)


def _finite_float(loader: _Loader, node: Node) -> float:
    value = yaml.SafeLoader.construct_yaml_float(loader, node)
    if not math.isfinite(value):
        raise YamlError(f"{short_repr(node.value)}{_where(node)} is not a finite number; "
                        "write a number such as 0.5")
    return value


_Loader.add_constructor("tag:yaml.org,2002:float", _finite_float)


def yaml_problem(error: yaml.YAMLError) -> str:
    """A YAML syntax error in one line, without PyYAML's multi-line excerpt: where the parser
    stopped and, when it says so, where the construct it was reading began (for an unclosed
    quote or brace that is the line to fix): "invalid YAML at line 7, column 1: found
    unexpected end of stream (while scanning a quoted scalar that starts at line 3, column
    13)"."""
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    message = f"invalid YAML{where}: {getattr(error, 'problem', None) or error}"
    context, start = getattr(error, "context", None), getattr(error, "context_mark", None)
    if context and start:
        message += f" ({context} that starts at line {start.line + 1}, column {start.column + 1})"
    return message


def load_yaml_text(text: str) -> Any:
    """Parse one YAML document within the limits above; raises YamlError."""
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    except YamlError:
        raise
    except yaml.YAMLError as error:
        raise YamlError(yaml_problem(error)) from None
    except RecursionError:
        raise YamlError(f"nested more than {MAX_DEPTH} levels deep") from None
    finally:
        loader.dispose()


def load_yaml_file(path: Path | str, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Read and parse one UTF-8 YAML file of at most `max_bytes` bytes; raises YamlError for
    a file too large or not UTF-8 or not valid, OSError when it cannot be read."""
    with open(path, "rb") as stream:
        data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise YamlError(f"larger than {max_bytes:,} bytes; a hand-written file is a few KB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise YamlError("not UTF-8 text") from None
    return load_yaml_text(text)
