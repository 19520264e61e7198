"""Ask everyone: when the best answers reply to one prompt put to several people, give one
answer per person, grouped under that prompt. Shared prompts are found from the corpus (prompt
embeddings), never from a list."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from assistant.cues import EVERYONE
from assistant.data import Answer
from assistant.search import Searcher
from assistant.speakers import NAMED

# A prompt belongs with the best hit's prompt when this similar to it or to one of its near-identical
# variants ("How would you define the 'ultimate harmony'?" / "What is 'ultimate harmony' for you?").
GROUP_SIMILARITY = 0.65
VARIANT_SIMILARITY = 0.85
MIN_SPEAKERS = 3


def asks_everyone(question: str) -> bool:
    """Whether the question asks for everybody's view ("What does everyone say about…")."""
    return bool(EVERYONE.search(question))


def shared_prompt_rows(searcher: Searcher, row: int) -> np.ndarray:
    """Rows of `prompt_vectors` that ask the same thing as prompt `row`."""
    vectors = searcher.index.prompt_vectors
    variants = vectors[(vectors @ vectors[row]) >= VARIANT_SIMILARITY]
    return np.flatnonzero((vectors @ variants.T).max(axis=1) >= GROUP_SIMILARITY)


def ask_everyone(searcher: Searcher, question: str, answer: Answer) -> Answer | None:
    """One answer per interviewee to the prompt behind `answer`'s best hits, or None when the
    question names someone, nothing was found, or the prompt was not put to several people."""
    if answer.abstained or not answer.hits or any(w >= NAMED and s for s, w in searcher.speakers.detect(question).items()):
        return None
    def prompt_row(hit) -> int:
        return int(searcher.prompt_of[searcher.span_positions(hit.passage.id).start])

    first = answer.hits[0].passage
    if first.question is None:
        return None
    group = set(shared_prompt_rows(searcher, prompt_row(answer.hits[0])).tolist())
    same_prompt = all(h.passage.question and prompt_row(h) in group for h in answer.hits[:3])
    if not (same_prompt or asks_everyone(question)):
        return None
    within = np.flatnonzero(searcher.has_prompt & np.isin(searcher.prompt_of, list(group)))
    speakers = {p.speaker for p in (searcher.index.passages[i] for i in within) if p.speaker}
    if len(speakers) < MIN_SPEAKERS:
        return None
    everyone = searcher.ask(question, top_k=min(50, len(within)), within=within)
    best, seen = [], set()
    for hit in everyone.hits:
        if hit.passage.speaker and hit.passage.speaker not in seen:
            seen.add(hit.passage.speaker)
            best.append(dataclasses.replace(hit, rank=len(best) + 1))
    prompts = Counter(searcher.index.passages[i].question for i in within)
    return dataclasses.replace(answer, hits=tuple(best), closest=(), shared_prompt=prompts.most_common(1)[0][0])
