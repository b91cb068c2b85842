"""`names_variant` tries its pattern only where the claimed number is printed; that must find
exactly what searching the whole paper text finds."""

from __future__ import annotations

import random
import re

from test_source_check import make_paper

from verify_claims.claims import Quantity
from verify_claims.verify.passages import PassageIndex
from verify_claims.verify.variant_names import _paper_text, names_variant


def _searched(quantity: Quantity, text: str) -> bool:
    """The whole-text search `names_variant` stands for."""
    number = re.escape(quantity.text)
    return any(re.search(rf"(?<![\w-]){re.escape(name)}[\s-]?{number}(?![\w.,]\d)", text)
               for name in quantity.attaches_to if name)


def test_names_variant_finds_what_searching_the_whole_text_finds():
    index = PassageIndex(make_paper())
    text = _paper_text(index)
    rng = random.Random(0)
    names = ["MNLI", "ANLI", "ANLI+", "SNLI", "XTREME", "SQuAD", "HellaSwag", "PAWS-X", "X",
             "rounds", "1", ""]
    numbers = ["1", "3", "1,104,934", "5.4", "8.2", "0.8", "32", "2e-5", "4", "1 to 3", "-X"]
    found = 0
    for _ in range(3000):
        quantity = Quantity(text=rng.choice(numbers), value=1.0, span=(0, 1),
                            attaches_to=rng.sample(names, rng.randint(0, 3)))
        assert names_variant(quantity, index) == _searched(quantity, text), quantity
        found += _searched(quantity, text)
    assert found > 50  # the sample holds names printed right before a number
    glued = Quantity(text="1", value=1.0, span=(0, 1), attaches_to=["rounds"])
    assert names_variant(glued, index)  # "ANLI rounds 1 to 3"
    assert not names_variant(glued.model_copy(update={"attaches_to": ["ANLI"]}), index)
