"""The mixed-case Roman caption label "Table I:" / "Table II:" (IEEE papers set in the
conference template with caption=false or in their own style; Kowalczuk et al., "Real-time
Temporal Stereo Matching", IEEE 2013, tests/real/papers/stereo_ieee13.pdf).

Kept apart from grid_captions._roman_caption_start, which reads the upper-case IEEE/APS form
("TABLE IV"), because the mixed-case form is read only in its narrowest shape: in running text
"Table I" is a reference ("Table I shows", "... shown in" / "Table IV. To further increase"),
so a mixed-case numeral opens a caption only with a colon set right after it and a capital
after the colon ("Table I: Parameters used in ..."), the caption's label and text, never the
grammar of a sentence. The label keeps the numeral as printed; table_numbers.arabic makes
it compare equal to "Table 1"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .pdfwords import Word

# The same label as a line of text, for the layout reader's caption lines
# (line_kinds.mark_captions): without it the caption was read into the sentence it interrupts
# ("This increasing of λ has the effect Table I: Parameters used in ... of averaging out
# noise").
CAPTION_LINE = re.compile(r"^Table (?:[IVX]{1,5}):(?= [A-Z])")


def mixed_case_roman_start(words: list[Word], numeral: str,
                           mark: str | None) -> tuple[str, bool] | None:
    """("Table I", False) when `words` open a line "Table I: Capitalised caption text";
    `numeral` and `mark` are the second word's Roman numeral and the punctuation after it."""
    if words[0].text != "Table" or mark != ":" or len(words) < 3:
        return None
    return (f"Table {numeral}", False) if words[2].text[:1].isupper() else None
