"""Numbers a claim of order prints that the two cells compared do not account for.

`cell_arithmetic._order` decides "A outperforms B on X" by which of two cells is the larger.
It is also asked when every number the claim prints is one the paper's tables print as a
header somewhere ("with 6 layers, A beats B": the 6 names the rows), and then reads those
numbers as header labels. A number printed as a header of some other table is not thereby a
header of the pair compared: in "sisg improves over sg by 2 points on Arabic WS353"
(Bojanowski et al., arXiv:1607.04606, Table 1, page 5) the 2 is the claimed margin, which
Table 1's cells put at 4 (55 - 51), and the 2 only happens to be a header of Table 4 (n-gram
lengths 2 to 6). Reading it as a label confirmed a wrong margin by the order alone.

The rule is the narrowest that explains the error: the order is decided only when every
number taken for a header label is printed among the header or caption words of one of the
two cells compared. A claim whose number labels the pair's own row or column ("with 6 layers")
is decided as before; one whose number the pair does not print is left unverified (its margin
or setting is not checked here), never decided by the order alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from verify_claims.claims import Quantity

from .cell_check import CellPassage


def unaccounted_labels(numbers: Sequence[Quantity],
                       pair: Sequence[CellPassage]) -> list[Quantity]:
    """The numbers of `numbers` (read as header labels) that no header or caption word of
    the cells of `pair` prints."""
    printed = {word.number for passage in pair for word in (*passage.own, *passage.words)
               if word.number is not None}
    return [number for number in numbers
            if not any(abs(number.value - value) < 1e-9 for value in printed)]
