"""The paper's authors, by whose names reports speak of its own work.

A report names the system of the paper it cites by its author: "Bohnet's parser took second
place", "Bunescu and Mooney's extractor is trained from a few pairs". The paper itself says
"our system" and prints the name only in its byline (the lines between its title and its
abstract, `Paper.byline`), so the name is in no passage. A name of the claim in the possessive
("Bohnet's", "Bunescu and Mooney's", "Dyer et al.'s") that the byline prints is the paper's own
subject, found at no cost like a name of its title (verify/content.py `account`). A name the
claim does not use as an owner ("compared with Bohnet") is still looked for in the passage.

A report also names the authors as the agents of what the paper did: "the AN-NPN data set
introduced by Dinu and Baroni", where the paper's authors write "We introduce a dataset ...".
A byline name the claim prints after "by", as its opening subject or with "et al." (alone or
in a list of names) is found in a passage sentence where the authors speak of themselves
("we", "our", `authors_as_agents`): only there, since "the set introduced by Turney (2012)" in
the same paper names another agent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from verify_claims.claims import Sentence

from .passages import PassageIndex, content_terms
from .wording import plain

# "Bohnet's", "Mooney’s", and the names listed before them: "Bunescu and Mooney's",
# "Lehr, Shafran and Roark's", "Dyer et al.'s".
_OWNERS = re.compile(
    r"((?:[A-Z][\w\-]+\s*(?:,|and|&)\s*)*[A-Z][\w\-]+)(?:\s+et\s+al\.?)?\s*['\u2019]s\b")
_NAME = re.compile(r"[A-Z][\w\-]+")


def owner_names(text: str) -> frozenset[str]:
    """The lower-case names a claim uses as owners ("Bohnet's parser" → {"bohnet"})."""
    return frozenset(name.casefold() for match in _OWNERS.finditer(text)
                     for name in _NAME.findall(match.group(1)))


def byline_terms(index: PassageIndex) -> frozenset[str]:
    """The index terms of the capitalised words of the paper's byline (its authors, and the
    institutions they belong to), once per index."""
    key = ("byline", -1)
    cached = index.prepared.get(key)
    if not isinstance(cached, frozenset):
        byline = index.paper.byline or ""
        cached = frozenset(plain(term) for word in _NAME.findall(byline)
                           for term in content_terms(word))
        index.prepared[key] = cached
    return cached


_FIRST_PERSON = re.compile(r"\b(?:we|our|ours|us)\b", re.I)
_LIST_WORDS = frozenset(("and", "et", "al"))


def authors_as_agents(text: str, term: str, words: Sequence[str],
                      sentences: Sequence[Sentence], index: PassageIndex) -> bool:
    """Whether a claim word (`text` as printed, its index `term`) is a byline name the claim
    uses as an agent while a sentence of the passage speaks in the authors' first person.
    `words` are the claim's lower-case words in order; the name, alone or in a list of byline
    names ("Dinu and Baroni"), follows "by" ("introduced by Dinu and Baroni"), opens the
    claim as its subject ("Dinu and Baroni introduce ...") or is cited as "Dinu et al."."""
    byline = byline_terms(index)
    if not text[:1].isupper() or plain(term) not in byline \
            or not any(_FIRST_PERSON.search(sentence.text) for sentence in sentences):
        return False

    def listed(word: str) -> bool:
        terms = content_terms(word)
        return word in _LIST_WORDS or bool(terms and plain(terms[0]) in byline)

    lowered = text.casefold()
    for position, word in enumerate(words):
        if word != lowered:
            continue
        start, end = position, position + 1
        while start > 0 and listed(words[start - 1]):
            start -= 1
        while end < len(words) and listed(words[end]):
            end += 1
        if start == 0 or words[start - 1] == "by" or "al" in words[start:end]:
            return True
    return False


def by_authors(text: str, term: str, owner: bool, words: Sequence[str],
               sentences: Sequence[Sentence], index: PassageIndex) -> bool:
    """Whether a claim word names the paper's authors: as the owner of the work ("Bohnet's
    parser", `owner` set by the claim's reading) or as agents (`authors_as_agents`)."""
    return (owner and plain(term) in byline_terms(index)) \
        or authors_as_agents(text, term, words, sentences, index)
