"""Whom "he" or "she" in an attribution stands for, where the text shows which pronoun it calls
each person by: "Then Springsteen decided he wanted a violinist…" then "…, she says
disarmingly" is not Springsteen's. Pure functions over a document's text."""

from __future__ import annotations

import functools
import re
from collections import Counter

from assistant.ingest import name_forms, names
from assistant.text import sentence_spans

# The pronouns that stand for a man or a woman, by the subject form ("he", "she").
_PRONOUNS_OF = {"he": re.compile(r"(?i)\b(?:he|him|his|himself)\b"), "she": re.compile(r"(?i)\b(?:she|her|hers|herself)\b")}
# A sentence's first clause: up to a comma, a semicolon, a colon, a dash or a quotation mark.
_FIRST_CLAUSE = re.compile(r"[^,;:—–\"“”]*")


def referent(pronoun: str, last: str | None, sentence: str, known: list[str], body: str) -> str | None:
    """Whom "he" or "she" means: the one quoted or written about last, unless the text calls them
    by the other pronoun; then the one quoted before them it does not ("Then Springsteen decided
    he wanted a violinist…" then "…, she says disarmingly" is Lahav's, quoted before)."""
    pronoun_of = _pronouns(body)
    if last is None or pronoun not in _PRONOUNS_OF or pronoun_of.get(last, pronoun) == pronoun:
        return last
    earlier = _quoted_before(sentence, body, known)
    return next((name for name in reversed(earlier) if name != last and pronoun_of.get(name, pronoun) == pronoun), None)


@functools.lru_cache(maxsize=8)
def _pronouns(body: str) -> dict[str, str]:
    """The pronoun the text calls each person by, as it shows where a sentence's first clause opens
    with their name and says one pronoun only ("Then Springsteen decided he wanted…" → he; not
    "But Springsteen and Appel were falling out, …, she says"); the pronoun said more often, a
    person called both ways as often in no entry. Read once per document."""
    votes: dict[str, Counter[str]] = {}
    for start, end in sentence_spans(body):
        clause = _FIRST_CLAUSE.match(body[start:end]).group()
        said = [pronoun for pronoun, pattern in _PRONOUNS_OF.items() if pattern.search(clause)]
        opening = names.names_at(clause) if len(said) == 1 else []
        if len(opening) == 1 and (full := name_forms.full_name(opening[0], [], body)):
            votes.setdefault(full, Counter())[said[0]] += 1
    called: dict[str, str] = {}
    for name, said in votes.items():
        ranked = said.most_common()
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            called[name] = ranked[0][0]
    return called


def _quoted_before(sentence: str, body: str, known: list[str]) -> list[str]:
    """The people quoted so far (`known`) in the order the text last names them before `sentence`
    (in the whole text where the sentence is not found as written: its quotation marks changed)."""
    place = body.find(sentence)
    before = body[: place if place >= 0 else len(body)]
    order: dict[str, int] = {}
    for match in name_forms.CAPITALISED.finditer(before):
        word = name_forms.POSSESSIVE.sub("", match.group())
        if (full := name_forms.full_name(word, known, body)) in known:
            order.pop(full, None)
            order[full] = match.start()
    return list(order)
