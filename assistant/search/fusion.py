"""The one place evidence is combined into a score: a weighted sum, or reciprocal rank fusion.
Pure functions over arrays (one value per candidate passage); the searcher and the scale
benchmark both call them."""

from __future__ import annotations

import numpy as np

from assistant.config import Settings

WEIGHTED, RRF = "weighted", "rrf"
# How far above the rest `ranked_first` puts the passages it lifts: apart, still close in score.
RANKED_FIRST_GAP = 1e-3


def saturate(bm25: np.ndarray, floor: float = 0.0) -> np.ndarray:
    """BM25 scores mapped into [0, 1): b / (b + 2 × the mean positive score for this question, or
    `floor` if higher), so the best lexical match counts in proportion to how far it stands out,
    not always as 1; with the floor, a passage that alone shares one of the question's several
    rare words does not count as standing out as one holding them all would."""
    positive = bm25[bm25 > 0]
    if positive.size == 0:
        return np.zeros_like(bm25)
    return bm25 / (bm25 + 2.0 * max(float(positive.mean()), floor))


def ranks(scores: np.ndarray) -> np.ndarray:
    """1-based rank of each score, best first."""
    order = np.empty(len(scores), dtype=np.float32)
    order[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
    return order


def bonus_scale(settings: Settings) -> float:
    """What one unit of bonus (a named speaker, a stated quantity) is worth against the fused
    evidence: 1 in a weighted sum; in rank fusion, the top rank's share, 1 / rrf_k."""
    if settings.fusion == WEIGHTED:
        return 1.0
    if settings.fusion == RRF:
        return 1.0 / settings.rrf_k
    raise ValueError(f"Unknown fusion {settings.fusion!r}: use {WEIGHTED!r} or {RRF!r}.")


def fuse(
    settings: Settings,
    dense: np.ndarray,
    bm25: np.ndarray,
    sentence: np.ndarray | None = None,
    addressed_prompt: np.ndarray | None = None,
    bonus: np.ndarray | None = None,
    bm25_ideal: float = 0.0,
) -> np.ndarray:
    """One relevance score per candidate: dense similarity, raw BM25 (saturated here, its floor
    `lexical_floor_share` of `bm25_ideal`, the score a passage holding all the question's words
    tends to), best sentence similarity and the rewrite's prompt similarity, weighted by
    `settings`, plus `bonus` (speaker bonus minus interviewer penalty, in units `bonus_scale`
    converts)."""
    zeros = np.zeros_like(dense)
    signals = (
        (settings.dense_weight, dense),
        (settings.sentence_weight, zeros if sentence is None else sentence),
        (settings.lexical_weight, saturate(bm25, settings.lexical_floor_share * bm25_ideal)),
        (settings.addressed_prompt_weight, zeros if addressed_prompt is None else addressed_prompt),
    )
    scale = bonus_scale(settings)
    fused = zeros.astype(np.float32)
    for weight, scores in signals:
        if settings.fusion == WEIGHTED:
            fused = fused + weight * scores
        elif len(scores) and scores.max() > scores.min():
            # A signal that is the same for every candidate (no rewrite asked) ranks nothing.
            fused = fused + weight / (settings.rrf_k + ranks(scores))
    return fused if bonus is None else fused + scale * bonus


def ranked_first(scores: np.ndarray, first: np.ndarray) -> np.ndarray:
    """`scores` raised where `first` is true just enough that those rank above all others, in their own order."""
    if not first.any() or first.all() or scores[first].min() > scores[~first].max():
        return scores
    lift = float(scores[~first].max() - scores[first].min()) + RANKED_FIRST_GAP
    return np.where(first, scores + lift, scores).astype(scores.dtype)
