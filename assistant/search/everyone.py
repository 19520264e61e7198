"""Ask everyone: when the best answers reply to one prompt put to several people, give one
answer per person, grouped under that prompt. Shared prompts are found from the corpus (prompt
embeddings), never from a list."""

from __future__ import annotations

import dataclasses
from collections import Counter

import numpy as np

from assistant.question_cues import EVERYONE
from assistant.data import Answer
from assistant.search.candidates import Query
from assistant.search.searcher import Searcher


def asks_everyone(question: str) -> bool:
    """Whether the question asks for everybody's view ("What does everyone say about…")."""
    return bool(EVERYONE.search(question))


def ask_everyone(searcher: Searcher, query: Query, answer: Answer, among: np.ndarray | None = None) -> Answer | None:
    """One answer per interviewee to the prompt behind `answer`'s best hits (the answer to
    `query`; only among the positions `among` when given, a document filter's), or None when the
    question names someone, nothing was found, or the prompt was not put to several people. The
    question is searched again among those answers, not re-embedded."""
    if answer.abstained or not answer.hits or searcher.speakers.named(query.speakers):
        return None
    s = searcher.settings
    rows = [searcher.prompts.row_of(searcher.span_positions(hit.passage.id).start) for hit in answer.hits]
    if rows[0] is None:
        return None
    group = searcher.prompts.shared(rows[0], s.variant_similarity, s.group_similarity)
    same_prompt = all(row is not None and row in group for row in rows[:3])
    if not (same_prompt or asks_everyone(query.text)):
        return None
    within = searcher.prompts.positions_answering(group)
    if among is not None:
        within = np.intersect1d(within, among)
    speakers = {searcher.passages[i].speaker for i in within} - {None}
    if len(speakers) < s.everyone_min_speakers:
        return None
    everyone = searcher.ask(query, top_k=min(50, len(within)), within=within)
    best, seen = [], set()
    for hit in everyone.hits:
        if hit.passage.speaker and hit.passage.speaker not in seen:
            seen.add(hit.passage.speaker)
            best.append(dataclasses.replace(hit, rank=len(best) + 1))
    prompts = Counter(searcher.passages[i].question for i in within)
    return dataclasses.replace(answer, hits=tuple(best), closest=(), shared_prompt=prompts.most_common(1)[0][0])
