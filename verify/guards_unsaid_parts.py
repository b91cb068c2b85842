"""Parts of a claim that a supporting passage does not say, found by the second probe of the
ninth blind corpus (tests/real/heldout9, round 10).

A passage that shares a claim's words and numbers supported it although the claim said one
thing more, or the opposite, in a word the match does not weigh. Each rule is a general fact
about how claims and papers word things:

- Inclusion and exclusion: "we skipped all files under node_modules directories" and "excludes
  artificial languages such as HTML ... JSON and Markdown" supported "Files under node_modules
  directories were included" and "WiLI-2018 includes artificial languages such as JSON and
  Markdown". When the claim includes (or excludes) what the passage, in the clause after an
  opposite verb, excludes (or includes), it is no support (`guard_included_excluded`).
- A change of state: "LLMs no longer suffer from hallucination" was supported by "they currently
  suffer from hallucination". "No longer", "not anymore" and "ceased to" deny the present state;
  a passage without any of them does not support such a claim (`guard_no_longer`).
- A restriction: "Only request records of the WARC files were considered" was supported by a
  list of fields that mentions an HTTP request, while the paper says "We only considered
  response records". When the paper restricts the claim's thing to another kind ("only ...
  response records" against "only request records"), no other passage supports the claim
  (`guard_unsaid_restriction`).
- A spelled count: "The authors know of three large-scale crawls exceeding 10M tables" was
  supported by "We are aware of only one large scale crawl that exceeds 10M tables", 10M
  matching. A count spelled out in the claim ("three") that the passage prints neither as a
  word nor in digits is unsaid (`guard_spelled_counts`).
- A comparison with a named thing: "TabLib's context totals 867B tokens, more than all of the
  Pile" was supported by the sentence giving 867B tokens, which compares with nothing. A claim
  that compares with something other than a number ("more than all of the Pile", not "more
  than 10M") needs a passage that compares too (`guard_unsaid_comparison`).
- An expectation: "The ref_id is unique across the current version of TabLib" was supported by
  "This should be unique across TabLib, but the current version of TabLib has some
  repetitions". A passage that states the claim under "should" (or "ought to", "is supposed
  to", "is meant to", "is expected to") and then turns with "but", "however" or "yet" says the
  fact fails; it does not support a claim stated as fact (`guard_failed_expectations`).

- Found by the third probe: "OpenAI released CLIP and DALL-E in 2019" and "The German
  orthography reform took place in 1986" were supported by sentences printing 2021 and 1996
  (a year is read as a date, not a quantity, so it was never compared); "Language-model
  summaries of long documents are free of hallucination" by "they can also be prone to
  hallucination"; "... aimed at making the written language more complex" by "... aimed at
  making the written language simpler". A year the claim gives must be printed where the
  passage prints a year, an absence ("free of", "devoid of", "lacks") must be said, and a
  passage that says the opposite
  comparative of the claim's ("simpler" for "more complex", "lower" for "higher") and not the
  claim's own does not support it (`guard_unprinted_details`).

- Found by the fourth probe: "PDF tables make up about half of Common Crawl's tables" was
  supported by a list of metadata fields; "Sources were batched together into large tasks" by
  "we isolated each source as its own task instead of batching them together"; "Pants means
  underwear in American English and trousers in British English" by "pants in British English
  means underwear while it means trousers in American English". A share given in words
  ("half", "a third") must be printed (as the word, a percentage or a fraction); what a passage
  says was done "instead of" (or "rather than") is not what was done; and a passage that sets
  two of the claim's words each beside the other's name, the names printed once each and apart,
  does not support the claim's pairing; "The ALTW 2010 dataset is not publicly available" was
  supported by a sentence about other publications' datasets: a named edition the claim gives
  (a name and its year, "ALTW 2010") must be printed, unless the paper prints the name three
  times or more (its own setting, which a passage may leave to context)
  (`guard_unsaid_details`).

- Found by red team 11 (round 20): "The information retrieval baselines are reported with raw
  counts" (false) was supported by "we find that TF-IDF weighting performs better than raw
  counts, and therefore we only report the results of methods with TF-IDF weighting" (Le and
  Mikolov, arXiv 1405.4053, page 7). A passage that restricts a verb to one thing ("only report
  ... with TF-IDF weighting") does not support a claim giving the same verb another thing
  ("reported with raw counts") (`other_only_with`, in `guard_unsaid_restriction`). And "For
  French, only the WMT-2011 monolingual news corpus was used" (false) was supported by "for
  French we combined the WMT-2011 and 2012 monolingual news corpora" (Faruqui and Dyer,
  E14-1049, page 5): a claim restricting to one name is not supported by a passage that
  coordinates that name with another (`coordinated_only`).

None names a paper, a system or a number; each reads only the claim and the passage.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from verify_claims.claims import Check, CheckKind, Claim, Paper

from .guard_triggers import SOURCE_SUPPORTING, TABLE_DECIDING, acts
from .paper_memo import per_paper
from .passages import content_terms
from .undecided import DECIDING, decided, supporting_sources, undecide

# --------------------------------------------------------------------------------------------
# Inclusion against exclusion

_INCLUDE = re.compile(r"\b(?:include[sd]?|including|kept|keeps?|retain(?:s|ed)?|admit(?:s|ted)?"
                      r"|cover(?:s|ed)?)\b", re.IGNORECASE)
_EXCLUDE = re.compile(r"\b(?:exclude[sd]?|excluding|skip(?:s|ped)?|drop(?:s|ped)?|discard(?:s|ed)?"
                      r"|remove[sd]?|omit(?:s|ted)?|ignore[sd]?|filtered\s+out|left\s+out)\b",
                      re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
# What else turns a passage to either verb's side ("keeping the first copy"), where the
# other side's object ends (`opposite_inclusion`).
_TURNS = {_INCLUDE: re.compile(r"\b(?:keeping|retaining|covering|admitting)\b", re.IGNORECASE),
          _EXCLUDE: re.compile(r"\b(?:removing|dropping|skipping|discarding|omitting|ignoring)\b",
                               re.IGNORECASE)}


def _terms(text: str) -> set[str]:
    return {term for term in content_terms(text) if not term.isdigit()}


def _after(pattern: re.Pattern[str], text: str) -> list[str]:
    """The stretches of `text` from each match of `pattern` to the end of its sentence."""
    stretches = []
    for match in pattern.finditer(text):
        end = _SENTENCE_END.search(text, match.end())
        stretches.append(text[match.end():end.start() if end else len(text)])
    return stretches


def opposite_inclusion(claim_text: str, quote: str) -> str | None:
    """The verb of `quote` ("skipped", "excludes") whose object holds at least half of the
    content words of a claim that says the opposite verb ("included", "includes"); else
    None. A negated claim is left alone."""
    if re.search(r"\b(?:not|never|no)\b|n't\b", claim_text, re.IGNORECASE):
        return None
    for said, opposite in ((_INCLUDE, _EXCLUDE), (_EXCLUDE, _INCLUDE)):
        verbs = list(said.finditer(claim_text))
        if not verbs or opposite.search(claim_text):
            continue
        words = _terms(said.sub(" ", claim_text))
        if len(words) < 2:
            continue
        for match, stretch in zip(opposite.finditer(quote), _after(opposite, quote), strict=True):
            # The opposite verb's object ends where the passage turns to the claim's own
            # verb: "removed the duplicates, keeping the first copy" excludes the duplicates
            # only, and the claim "keeps the first copy" is what its second half says.
            turns = [turn.start() for pattern in (said, _TURNS[said])
                     if (turn := pattern.search(stretch)) is not None]
            if turns:
                stretch = stretch[:min(turns)]
            if 2 * len(words & _terms(stretch)) >= len(words) + 1:
                return match.group()
    return None


def guard_included_excluded(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passage excludes what the claim includes,
    or includes what it excludes. In place."""
    for check in list(supporting_sources(checks)):
        for evidence in check.evidence:
            verb = opposite_inclusion(claim.text, evidence.quote)
            if verb is not None:
                undecide(check, f"The passage says \u201c{verb}\u201d of what the claim says is "
                                "included or excluded the other way")
                break


# --------------------------------------------------------------------------------------------
# "No longer"

_NO_LONGER = re.compile(r"\bno\s+longer\b|\bnot\s+any\s*more\b|\bnot\s+anymore\b"
                        r"|\bceased?\s+to\b", re.IGNORECASE)


def guard_no_longer(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check of a claim that denies a present state ("no
    longer", "ceased to") when the passage says no such thing. In place."""
    if not _NO_LONGER.search(claim.text):
        return
    for check in list(supporting_sources(checks)):
        if not any(_NO_LONGER.search(evidence.quote) for evidence in check.evidence):
            undecide(check, "The claim says a state no longer holds; the passage does not")


# --------------------------------------------------------------------------------------------
# "Only"

_ONLY_ITEM = re.compile(r"\bonly\s+([\w\-]+)\s+([a-z][\w\-]*)", re.IGNORECASE)
_SKIPPED = frozenset(("the", "a", "an", "its", "their", "our", "those", "these", "was", "were",
                      "is", "are", "be", "been", "considered", "kept", "used", "included",
                      "retained", "selected", "took", "taken", "keep", "keeps", "use", "uses"))


def other_restriction(claim_text: str, sentences: Iterable[str]) -> str | None:
    """A sentence of the paper restricting to another kind of the thing the claim restricts
    ("We only considered response records" for "Only request records ... were considered");
    else None."""
    match = _ONLY_ITEM.search(claim_text)
    if match is None or match.group(1).casefold() in _SKIPPED \
            or match.group(1).casefold() in _SPELLED or match.group(1).casefold() == "one" \
            or match.group(1)[:1].isdigit():
        return None  # "only one column" restricts a count, not a kind
    item, head = match.group(1).casefold(), match.group(2).casefold()
    if not content_terms(item) or not content_terms(head) or not head.isalpha():
        return None  # "only when the ...", "only if": a condition, not a kind of thing
    own = re.compile(rf"\bonly\s+(?:[\w\-]+\s+){{0,2}}?{re.escape(item)}\s+{re.escape(head)}\b",
                     re.IGNORECASE)
    pattern = re.compile(rf"\bonly\s+((?:[\w\-]+\s+){{0,2}}?)([\w\-]+)\s+{re.escape(head)}\b",
                         re.IGNORECASE)
    for sentence in sentences:
        if own.search(sentence):
            continue  # the sentence restricts to the claim's own kind too
        for found in pattern.finditer(sentence):
            word = found.group(2).casefold()
            if word != item and word not in _SKIPPED and word.isalpha() \
                    and content_terms(word):
                return sentence
    return None


_ONLY_WITH = re.compile(r"\bonly\s+([a-z]{3,})\b[^.;:]{0,80}?\b(?:with|using)\s+"
                        r"([\w\-]+(?:\s+[\w\-]+)?)", re.IGNORECASE)
_CLAIM_WITH = re.compile(r"\b(?:with|using)\s+([\w\-]+(?:\s+[\w\-]+)?)", re.IGNORECASE)


def other_only_with(claim_text: str, quote: str) -> str | None:
    """What `quote` restricts a verb to ("TF-IDF weighting" of "we only report the results of
    methods with TF-IDF weighting") when the claim, without "only", gives the same verb
    ("reported") another thing after "with" / "using" ("with raw counts"), sharing none of its
    words; else None."""
    if re.search(r"\bonly\b", claim_text, re.IGNORECASE):
        return None  # a claim that restricts too is read by `other_restriction`
    words = [word.casefold() for word in re.findall(r"[A-Za-z]{3,}", claim_text)]
    for match in _ONLY_WITH.finditer(quote):
        stem = match.group(1).casefold()[:5]
        kept = set(content_terms(match.group(2)))
        if not any(word.startswith(stem) for word in words):
            continue
        for said in _CLAIM_WITH.finditer(claim_text):
            other = set(content_terms(said.group(1)))
            if other and kept and not other & kept:
                return match.group(2)
    return None


_ONLY_NAME = re.compile(r"\bonly\s+(?:the\s+)?([A-Za-z][\w\-]*\d[\w\-]*|[A-Z][\w\-]+)")


def coordinated_only(claim_text: str, quote: str) -> str | None:
    """The other item, when the claim restricts to one name ("only the WMT-2011 ... corpus")
    and `quote` prints that name coordinated with another ("the WMT-2011 and 2012 ...
    corpora"); else None. The name is one with a digit or a capital, not a count."""
    match = _ONLY_NAME.search(claim_text)
    if match is None or match.group(1).casefold() in _SPELLED:
        return None
    name = re.escape(match.group(1))
    joined = re.search(rf"(?<![\w\-]){name}(?![\w\-])\s*(?:,|and|or|&)\s+(?:the\s+)?"
                       rf"([\w\-]+)", quote) or \
        re.search(rf"([\w\-]+)\s*(?:,|and|or|&)\s+(?:the\s+)?{name}(?![\w\-])", quote)
    if joined is None or joined.group(1).casefold() in _SKIPPED:
        return None
    return joined.group(1)


def guard_unsaid_restriction(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check of a claim restricted by "only X Y" when the
    paper restricts to another kind of Y, and each whose passage restricts the claim's verb to
    another thing than the claim's "with ..." (`other_only_with`). In place."""
    for check in list(supporting_sources(checks)):
        kept = next((found for evidence in check.evidence
                     if (found := other_only_with(claim.text, evidence.quote or ""))), None)
        if kept is not None:
            undecide(check, f"The passage restricts what the claim speaks of to "
                            f"\u201c{kept}\u201d, not to what the claim says")
            continue
        joined = next((found for evidence in check.evidence
                       if (found := coordinated_only(claim.text, evidence.quote or ""))), None)
        if joined is not None:
            undecide(check, f"The claim restricts to one item; the passage prints it together "
                            f"with \u201c{joined}\u201d")
    if not _ONLY_ITEM.search(claim.text):
        return
    found = other_restriction(claim.text, (sentence.text for sentence in paper.sentences))
    if found is None:
        return
    for check in list(supporting_sources(checks)):
        undecide(check, f"The claim restricts to one kind; the paper restricts to another: "
                        f"\u201c{found}\u201d")


# --------------------------------------------------------------------------------------------
# Spelled counts

_SPELLED = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
            "twenty": 20}
_SPELLED_WORD = re.compile(rf"\b({'|'.join(_SPELLED)})\b", re.IGNORECASE)


def unprinted_count(claim_text: str, quote: str) -> str | None:
    """A count the claim spells out ("three") that `quote` prints neither as that word nor
    in digits; else None."""
    for match in _SPELLED_WORD.finditer(claim_text):
        word = match.group(1).casefold()
        if re.search(rf"\b{word}\b", quote, re.IGNORECASE):
            continue
        if re.search(rf"(?<![\d.,]){_SPELLED[word]}(?![\d]|[.,]\d)", quote):
            continue
        return match.group(1)
    return None


def guard_spelled_counts(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passages do not print a count the claim
    spells out. In place."""
    for check in list(supporting_sources(checks)):
        missing = [unprinted_count(claim.text, evidence.quote) for evidence in check.evidence]
        if check.evidence and all(missing):
            undecide(check, f"The claim counts \u201c{missing[0]}\u201d; the passage prints no "
                            "such count")


# --------------------------------------------------------------------------------------------
# A comparison with a named thing

_COMPARED = re.compile(r"\b(?:more|less|fewer|larger|smaller|bigger|greater|higher|lower"
                       r"|better|worse)\s+than\s+(?!(?:about|around|roughly|nearly|some|over"
                       r"|under|half|a\s+third|a\s+quarter|twice|double|triple|a\s+dozen|a\s+hundred|a\s+thousand"
                       r"|one|two|three|four|five|six|seven|eight|nine|ten|hundreds?"
                       r"|thousands?|millions?|billions?)\b)"
                       r"(?![\d$\u20ac\u00a3.,\-+\u2212])", re.IGNORECASE)
_COMPARING = re.compile(r"\b(?:than|more|less|fewer|larger|smaller|bigger|greater|higher|lower"
                        r"|better|worse|inferior|superior|exceed\w*|outperform\w*|surpass\w*"
                        r"|underperform\w*|beat\w*|overtak\w*|outpac\w*|largest|smallest"
                        r"|most|least|best|worst|compared|comparison|comparable|versus|vs\.?"
                        r"|whereas|while|unlike|relative|above|below)\b", re.IGNORECASE)


def guard_unsaid_comparison(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check of a claim that compares with something other
    than a number ("more than all of the Pile") when no passage of it compares. In place."""
    if not _COMPARED.search(claim.text):
        return
    for check in list(supporting_sources(checks)):
        if not any(_COMPARING.search(evidence.quote) for evidence in check.evidence):
            undecide(check, "The claim compares with something; the passage compares nothing")


# --------------------------------------------------------------------------------------------
# An expectation that fails

_EXPECTED = re.compile(r"\b(?:should|ought\s+to|is\s+supposed\s+to|are\s+supposed\s+to"
                       r"|is\s+meant\s+to|are\s+meant\s+to|is\s+expected\s+to"
                       r"|are\s+expected\s+to)\b", re.IGNORECASE)
_TURN = re.compile(r"\b(?:but|however|yet)\b", re.IGNORECASE)


def failed_expectation(claim_text: str, quote: str) -> bool:
    """Whether `quote` states an expectation ("should be unique") and then turns ("but"),
    while the claim states no expectation."""
    if _EXPECTED.search(claim_text):
        return False
    expected = _EXPECTED.search(quote)
    return expected is not None and _TURN.search(quote, expected.end()) is not None


def guard_failed_expectations(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose first passage states the claim as an
    expectation that the passage then says fails. In place."""
    for check in list(supporting_sources(checks)):
        if check.evidence and failed_expectation(claim.text, check.evidence[0].quote):
            undecide(check, "The passage states it as an expectation (\u201cshould\u201d) and "
                            "then turns (\u201cbut\u201d); it does not say it holds")


# --------------------------------------------------------------------------------------------
# A year, an absence, a comparative (the third probe)

_YEAR = re.compile(r"(?<![\w.\-/])(?:19|20)\d{2}(?![\w%]|[.,\-/]\d)")


def unprinted_year(claim_text: str, quotes: Iterable[str]) -> str | None:
    """A year the claim gives ("in 2019") that no passage prints while a passage prints
    another year ("in 2021"); else None. A year glued to a name ("WiLI-2018") is part of the
    name; a passage that prints no year at all may rely on its context for it."""
    printed = {match.group() for quote in quotes
               for match in re.finditer(r"(?<!\d)(?:19|20)\d{2}(?!\d)", quote)}
    if not printed:
        return None
    return next((match.group() for match in _YEAR.finditer(claim_text)
                 if match.group() not in printed), None)


def guard_table_years(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each deciding table check whose cells' headers and caption print a year and
    not the year the claim gives: "28.4 BLEU on WMT 2017 English-to-German" is not decided by
    a table of the "newstest2014 tests" (arXiv:1706.03762 Table 2), which may be another
    test set. In place."""
    for check in list(decided(checks, CheckKind.table, DECIDING)):
        quotes = [text for evidence in check.evidence
                  for text in (evidence.quote, evidence.note or "")]
        year = unprinted_year(claim.text, quotes)
        if year is not None:
            undecide(check, f"The claim gives the year {year}; the table's caption and "
                            "headers print another")


_ABSENT = re.compile(r"\b(?:free\s+(?:of|from)|devoid\s+of|immune\s+to|lacks?|lacking)\b",
                     re.IGNORECASE)
_OPPOSITES = (("simpler", "more complex"), ("simpler", "more complicated"),
              ("easier", "harder"), ("easier", "more difficult"), ("larger", "smaller"),
              ("bigger", "smaller"), ("greater", "smaller"), ("higher", "lower"),
              ("faster", "slower"), ("better", "worse"), ("longer", "shorter"),
              ("stronger", "weaker"), ("older", "newer"), ("earlier", "later"),
              ("cheaper", "more expensive"), ("wider", "narrower"), ("deeper", "shallower"),
              ("heavier", "lighter"), ("richer", "poorer"), ("safer", "riskier"))
_OPPOSITE = {a: b for a, b in _OPPOSITES} | {b: a for a, b in _OPPOSITES}
_COMPARATIVE = re.compile(r"\b(?:more|less)\s+[a-z]+\b|\b[a-z]+er\b", re.IGNORECASE)


def comparatives(text: str) -> set[str]:
    """The comparatives of `text` that have a listed opposite ("simpler", "more complex")."""
    found = {match.group().casefold() for match in _COMPARATIVE.finditer(text)}
    return {word for word in found if word in _OPPOSITE}


def other_comparative(claim_text: str, quote: str) -> tuple[str, str] | None:
    """(the claim's comparative, the passage's opposite of it) when the passage says the
    opposite comparative and not the claim's ("more complex" against "simpler"); else None."""
    mine, theirs = comparatives(claim_text), comparatives(quote)
    for word in sorted(mine - theirs):
        if _OPPOSITE[word] in theirs:
            return word, _OPPOSITE[word]
    return None


def guard_unprinted_details(claim: Claim, checks: Iterable[Check]) -> None:
    """Undecide each supporting source check whose passages print no year the claim gives,
    say nothing of an absence the claim asserts ("free of"), or compare with other
    comparatives than the claim's ("simpler" for "more complex"). In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence]
        year = unprinted_year(claim.text, quotes)
        if year is not None:
            undecide(check, f"The claim gives the year {year}; the passage prints another")
            continue
        if _ABSENT.search(claim.text) and not any(_ABSENT.search(quote) for quote in quotes):
            undecide(check, "The claim asserts an absence (\u201cfree of\u201d); the passage "
                            "does not")
            continue
        other = next((found for quote in quotes[:1]
                      if (found := other_comparative(claim.text, quote))), None)
        if other is not None:
            undecide(check, f"The claim says \u201c{other[0]}\u201d where the passage says "
                            f"\u201c{other[1]}\u201d")


# --------------------------------------------------------------------------------------------
# A share in words, a thing done "instead", swapped pairs (the fourth probe)

_FRACTION = re.compile(r"\b(half|halves|thirds?|quarters?|fifths?|tenths?)\b", re.IGNORECASE)


# A part of a whole in words ("most of the", "the majority of", "nearly all of"): a claim that
# says something of a part asserts a share that the whole's count alone does not give, so a
# passage that prints the count of the whole and not the share is no support (round 16).
_PART = re.compile(r"\b(?:(most)|(?:the|a)\s+(majority|minority|bulk)|(?:nearly|almost)\s+(all))"
                   r"\s+of\b", re.IGNORECASE)


def unprinted_share(claim_text: str, quotes: Iterable[str]) -> str | None:
    """A share the claim gives in words ("about half", "most of the ...") that no passage
    prints, as that word or as a percentage or fraction; else None."""
    match = _FRACTION.search(claim_text) or _PART.search(claim_text)
    if match is None:
        return None
    word = next(group for group in match.groups() if group).casefold()
    word = word if match.re is _PART else word.rstrip("s")
    for quote in quotes:
        if re.search(rf"\b{word}", quote, re.IGNORECASE) or re.search(r"\d\s?%|percent|\d/\d",
                                                                     quote):
            return None
    return match.group().strip() if match.re is _PART else match.group(1)


_INSTEAD = re.compile(r"\b(?:instead\s+of|rather\s+than)\s+((?:\S+\s+){0,3}\S+)",
                      re.IGNORECASE)


def done_instead(claim_text: str, quote: str) -> str | None:
    """What the passage says was done instead of something the claim asserts ("we isolated
    each source ... instead of batching them" for "Sources were batched"): the words after
    "instead of" sharing a stem with a content word of the claim; else None. A claim that
    says "instead" or "rather" itself is left alone."""
    if re.search(r"\b(?:instead|rather)\b", claim_text, re.IGNORECASE):
        return None
    stems = {term[:5] for term in _terms(claim_text) if len(term) >= 5}
    for match in _INSTEAD.finditer(quote):
        if {term[:5] for term in _terms(match.group(1)) if len(term) >= 5} & stems:
            return match.group().strip()
    return None


_EDITION = re.compile(r"\b([A-Z][\w\-]*[A-Z][\w\-]*)[\s\-]+((?:19|20)\d{2})\b")


def unprinted_edition(claim_text: str, quotes: Iterable[str],
                      mentions: dict[str, int] | None = None) -> str | None:
    """A named edition the claim gives ("ALTW 2010", "WMT 2014": a name and its year) whose
    name or year no passage prints; else None. A name the paper prints three times or more
    (`mentions`) is the paper's own setting, which a passage may leave to its context."""
    quotes = list(quotes)
    for match in _EDITION.finditer(claim_text):
        name, year = match.group(1), match.group(2)
        if mentions is not None and mentions.get(name, 0) >= 3:
            continue
        if not any(re.search(rf"\b{re.escape(name)}", quote) and year in quote
                   for quote in quotes):
            return match.group()
    return None


def _mentions(paper: Paper) -> dict[str, int]:
    """How often each capitalised word is printed in the paper's sentences."""
    counts: dict[str, int] = {}
    for sentence in paper.sentences:
        for word in re.findall(r"\b[A-Z][\w\-]*[A-Z][\w\-]*", sentence.text):
            counts[word] = counts.get(word, 0) + 1
    return counts


_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")


def _nearest(words: list[str], value: str, names: set[str]) -> str | None:
    """The one name printed within three words of `value`; None when none or several are."""
    places = [index for index, word in enumerate(words) if word.casefold() == value]
    named = [(index, word.casefold()) for index, word in enumerate(words)
             if word.casefold() in names]
    if not places or not named:
        return None
    best = min((abs(index - place), name) for place in places for index, name in named)
    ties = {name for index, name in named for place in places
            if abs(index - place) == best[0]}
    return best[1] if len(ties) == 1 and best[0] <= 3 else None


def _apart(words: list[str], names: set[str]) -> bool:
    """Whether the two names stand more than three words apart ("English-to-French" joins
    them into one name of a pair)."""
    places = {name: [i for i, word in enumerate(words) if word.casefold() == name]
              for name in names}
    first, second = list(places.values())
    return all(abs(a - b) > 3 for a in first for b in second)


def swapped_pairs(claim_text: str, quote: str) -> tuple[str, str] | None:
    """Two words of the claim each set beside another name in the passage than in the claim,
    the two names traded ("underwear in American ... trousers in British" against "in British
    English means underwear while it means trousers in American English"); else None."""
    claim_words, quote_words = re.findall(r"[A-Za-z]+", claim_text), re.findall(r"[A-Za-z]+",
                                                                                   quote)
    quoted = {word.casefold() for word in quote_words}
    capitals = [match.group().casefold() for match in _CAPITAL.finditer(claim_text)
                if match.start() > 0]
    # names printed once each: a word the claim repeats ("English" of both) names neither side
    names = {name for name in capitals if capitals.count(name) == 1} & quoted
    if len(names) != 2 or not _apart(claim_words, names) or not _apart(quote_words, names):
        return None
    values = [word.casefold() for word in claim_words
              if word.casefold() in quoted and word.casefold() not in names and len(word) > 4
              and word.islower() and _terms(word)]
    traded = []
    for value in dict.fromkeys(values):
        mine, theirs = _nearest(claim_words, value, names), _nearest(quote_words, value, names)
        if mine and theirs and mine != theirs:
            traded.append(value)
    return (traded[0], traded[1]) if len(traded) >= 2 else None


def guard_unsaid_details(claim: Claim, checks: Iterable[Check], paper: Paper) -> None:
    """Undecide each supporting source check whose passages print no share the claim gives in
    words, say the claim's action was done "instead of" something else, or set two of the
    claim's words beside each other's names. In place."""
    for check in list(supporting_sources(checks)):
        quotes = [evidence.quote for evidence in check.evidence]
        why = None
        if (share := unprinted_share(claim.text, quotes)) is not None:
            why = f"The claim gives a share (\u201c{share}\u201d) the passage does not print"
        elif quotes and (instead := done_instead(claim.text, quotes[0])) is not None:
            why = f"The passage says \u201c{instead}\u201d: what the claim asserts was not done"
        elif (edition := unprinted_edition(claim.text, quotes,
                                           per_paper(paper, "edition names", _mentions))):
            why = f"The claim names \u201c{edition}\u201d, which the passage does not print"
        elif quotes and (pair := swapped_pairs(claim.text, quotes[0])) is not None:
            why = (f"The passage sets \u201c{pair[0]}\u201d and \u201c{pair[1]}\u201d beside "
                   "each other's names")
        if why is not None:
            undecide(check, why)


def guard_unsaid_parts(claim: Claim, checks: list[Check], paper: Paper) -> None:
    """The module's guards, in order (module docstring). In place."""
    if acts(checks, SOURCE_SUPPORTING):
        guard_included_excluded(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_no_longer(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_unsaid_restriction(claim, checks, paper)
    if acts(checks, SOURCE_SUPPORTING):
        guard_spelled_counts(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_unsaid_comparison(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_failed_expectations(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_unprinted_details(claim, checks)
    if acts(checks, TABLE_DECIDING):
        guard_table_years(claim, checks)
    if acts(checks, SOURCE_SUPPORTING):
        guard_unsaid_details(claim, checks, paper)
