"""A passage that prints nearly all of the claim and decides nothing keeps every much looser
passage from deciding (round 25, own probe of Tully et al., Rehabil Res Pract 2010).

The source check reads the claim's five best passages and lets any of them decide. When the
best one prints the claim almost word for word but is set aside, the next ones share only a
few of its words, and a rule that fits them loosely may decide:

- "Neither group had any criticism of the programmes" (true) was *contradicted*, "the claim
  negates what the paper asserts", by a methods sentence that shares "group" and "programmes"
  ("focus groups were conducted with fifteen participants attending one of two group heart
  failure rehabilitation programmes", score 0.54), while the paper's own sentence, "Neither
  group had any criticism of the programmes, although in both centres ...", scored 1.00 and
  decided nothing;
- "The participants were enthusiastic about the proposal that GPs might provide heart failure
  rehabilitation programmes" (false: they were "unenthusiastic") was *confirmed*, score 0.48,
  by "Participants seemed disillusioned with their GPs, which contrasted markedly with the
  enthusiasm they expressed for the specialist care", after the prefix rule
  (prefixed_negations.py) had set the 0.91 sentence aside.

The close passage is what the paper says on the claim's subject; when it decides nothing, a
passage that scores little more than half as well, and reads none of the claim's numbers, is
about something else that happens to share words. So `quiet_close_passage` sets the outcome
of every such looser reading aside, naming the close passage. Two kinds of looser passage still
decide, as two right contradictions of the red-team corpora showed when the first version of
this rule withheld them:
- one that reads a number against the claim's: numbers bind a passage to the claim more
  surely than shared words ("For multilingual vectors, we obtain k = 60%", score 0.54, against
  a claim of 80%, while the close passage, 0.87, prints 80% for another comparison);
- one within `RATIO` of the close passage's score: a paper states a result twice, once in a
  form the readers cannot use (a direction read at 0.68 beside a 1.00 sentence that turns at
  "while").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

CLOSE = 0.85
"""The retrieval score at which a passage prints nearly all of the claim's weighted terms."""
RATIO = 0.6
"""The most a looser passage kept from deciding scores, as a share of the close one's score."""


def quiet_close_passage(readings: Sequence[Any]) -> Any | None:
    """The best-scoring reading when it is close to the claim (`CLOSE`) and decides nothing;
    then every reading that reads no number and scores at most `RATIO` of it loses its
    outcome, in place, with the reason said. None when no reading lost its outcome."""
    if not readings:
        return None
    close = max(readings, key=lambda reading: reading.score)
    if close.score < CLOSE or close.outcome is not None:
        return None
    quieted = False
    for reading in readings:
        if reading.outcome is not None and reading.score <= RATIO * close.score \
                and not any(pair.found is not None for pair in reading.pairs):
            reading.outcome = None
            reading.reason = ("a passage that prints nearly all of the claim (score "
                              f"{close.score:.2f}) decides nothing, and this one shares far "
                              f"fewer of its words: \u201c{close.sentence.text}\u201d")
            quieted = True
    return close if quieted else None
