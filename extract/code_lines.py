"""A line of upper-case codes is a table's header line, not running text.

Tables over language pairs or data sets name their columns by codes, set as evenly as words of
a sentence: "DE-EN EN-FI RO-EN EN-FR CS-EN" under "WMT | IWSLT" (Denkowski & Neubig 2017,
Table 3). Five words at plain word spacing across most of the column looked like prose to the
region reader, which ended the table's region below it: the header was lost, the first row
("Vanilla 30.2 11.8 ...") became the header and every value was named by a number. Running
text of five or more words always holds a lower-case letter (its function words); a line
without one is not prose. (Headings and running heads in capitals are read by their own rules.)
"""

from __future__ import annotations

from collections.abc import Iterable


def all_codes(texts: Iterable[str]) -> bool:
    """Do the words `texts` hold letters, none of them lower-case ("DE-EN", "SST-2", "BLEU")?"""
    letters = [c for text in texts for c in text if c.isalpha()]
    return bool(letters) and not any(c.islower() for c in letters)
