"""Loading the stages of a command cheaply (verify_claims/cli.py).

The commands import spaCy, the PDF reader and the pydantic models only when they need them,
inside `loading_stages`, which pauses the garbage collector while they load and, in the
command's own process, keeps PyTorch out of spaCy's import (`thinc_without_torch`). Kept
apart because it is about the process, not about any command (benchmarks/startup.py measures
it).
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator

__all__ = ["loading_stages", "thinc_without_torch"]

# Set by `main`, the console script: the process is the command's own (see loading_stages).
OWN_PROCESS = False


@contextlib.contextmanager
def loading_stages() -> Iterator[None]:
    """Import the stages (spaCy, the PDF reader, pydantic models) inside this block.

    The cyclic garbage collector is paused while they load: imports create hundreds of
    thousands of objects and no garbage, and the collections they trigger cost about a fifth
    of the import time. In the command's own process (`main`) what was loaded is then frozen
    (`gc.freeze`), so that the collections during the audit do not walk it again, which saves
    about as much again, and PyTorch is kept out (`thinc_without_torch`); a caller running
    `app` in a process of its own keeps its heap and its modules as they were."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        with thinc_without_torch(hide=OWN_PROCESS):
            yield
    finally:
        if OWN_PROCESS:
            gc.freeze()
        if enabled:
            gc.enable()


@contextlib.contextmanager
def thinc_without_torch(hide: bool = True) -> Iterator[None]:
    """Import spaCy inside this block without its library thinc importing PyTorch.

    thinc imports torch, when installed, only to offer torch-backed layers; the audit's
    pipeline (a blank English tokenizer with rules) never uses them, and the import costs some
    2.5 s and 180 MB per run. Hiding torch while spaCy is first imported (a None entry in
    sys.modules makes `import torch` fail, which thinc handles) saves that; afterwards torch
    imports normally again. Done only when asked (`hide`: the command's own process; the library
    never does it), when neither torch nor spaCy is loaded yet, and when no trained spaCy
    pipeline is configured (VERIFY_CLAIMS_SPACY_MODEL), which might need torch."""
    hide = hide and not ({"torch", "thinc", "spacy"} & set(sys.modules)) \
        and not os.environ.get("VERIFY_CLAIMS_SPACY_MODEL")
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        yield
    finally:
        if hide and "torch" in sys.modules and sys.modules["torch"] is None:
            del sys.modules["torch"]
