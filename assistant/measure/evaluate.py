"""Measure retrieval on a question file: recall@1, recall@3, MRR@3 and abstention."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from assistant.data import Answer, Hit, Passage
from assistant.search.speakers import fold


@dataclass(frozen=True)
class EvalQuestion:
    """A question with the passages that answer it (`gold`: speaker and snippet); empty gold = off-topic."""

    q: str
    kind: str
    gold: tuple[tuple[str, str], ...]


@dataclass
class EvalReport:
    """Aggregate figures and the misses, with what came first instead."""

    on_topic: int = 0
    off_topic: int = 0
    hits_at_1: int = 0
    hits_at_3: int = 0
    reciprocal_ranks: float = 0.0
    off_topic_abstained: int = 0
    false_abstentions: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def summary(self) -> dict:
        """The headline figures as a dict."""
        n = max(self.on_topic, 1)
        return {
            "questions": self.on_topic + self.off_topic,
            "recall@1": round(self.hits_at_1 / n, 3),
            "recall@3": round(self.hits_at_3 / n, 3),
            "mrr@3": round(self.reciprocal_ranks / n, 3),
            "off_topic_abstained": f"{self.off_topic_abstained}/{self.off_topic}",
            "false_abstentions": self.false_abstentions,
            "recall@1_by_kind": {k: round(v[0] / v[1], 3) for k, v in sorted(self.by_kind.items())},
        }


def _fold(text: str) -> str:
    """`speakers.fold` (no accents, case or curly apostrophes) with curly double quotes and spacing evened too."""
    return " ".join(fold(text).replace("‘", "'").replace("“", '"').replace("”", '"').split())


def read_questions(path: Path) -> list[EvalQuestion]:
    """Questions from a JSON-lines file in the `dev_questions.jsonl` format."""
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            gold = tuple((g["speaker"], g["text"]) for g in record["gold"])
            questions.append(EvalQuestion(record["q"], record.get("kind", ""), gold))
        except (json.JSONDecodeError, KeyError, TypeError) as error:
            raise ValueError(f"{path}:{number} is not a question record ({error}): expected {{\"q\", \"kind\", \"gold\"}}.") from error
    return questions


def matches(hit: Hit, gold: tuple[tuple[str, str], ...]) -> bool:
    """Whether the hit holds one gold snippet from its gold speaker (empty speaker = no speaker)."""
    text = _fold(hit.passage.text)
    speaker = _fold(hit.passage.speaker or "")
    for gold_speaker, snippet in gold:
        speaker_ok = _fold(gold_speaker) in speaker if gold_speaker else not speaker
        if speaker_ok and _fold(snippet) in text:
            return True
    return False


def evaluate(questions: list[EvalQuestion], ask: Callable[[str], Answer]) -> EvalReport:
    """Run every question through `ask` and score the answers."""
    report = EvalReport()
    for question in questions:
        answer = ask(question.q)
        if not question.gold:
            report.off_topic += 1
            report.off_topic_abstained += answer.abstained
            if not answer.abstained:
                top = answer.hits[0]
                report.misses.append(f"[off-topic answered] {question.q} -> {top.passage.speaker or top.passage.interview} ({top.score:.2f}): {top.passage.text[:80]}")
            continue
        report.on_topic += 1
        ranks = [hit.rank for hit in answer.hits[:3] if matches(hit, question.gold)]
        kind = report.by_kind.setdefault(question.kind, [0, 0])
        kind[1] += 1
        if answer.abstained:
            report.false_abstentions += 1
        if ranks:
            report.hits_at_3 += 1
            report.reciprocal_ranks += 1 / ranks[0]
            if ranks[0] == 1:
                report.hits_at_1 += 1
                kind[0] += 1
        if not ranks or ranks[0] != 1:
            shown = answer.hits or answer.closest
            first = shown[0] if shown else None
            instead = f"{first.passage.speaker or first.passage.interview} ({first.score:.2f}): {first.passage.text[:80]}" if first else "nothing"
            where = f"rank {ranks[0]}" if ranks else ("abstained" if answer.abstained else "not in top 3")
            report.misses.append(f"[{where}] {question.q} (want {question.gold[0][0] or 'Synopsis'}: {question.gold[0][1]!r}) -> {instead}")
    return report


def fixed_size_chunks(text: str, source: str, words_per_chunk: int = 100) -> list[Passage]:
    """The reference baseline: raw text cut every `words_per_chunk` words with no parsing, each
    chunk attributed to the interview heading above it (so speaker-level scoring is possible)."""
    from assistant.ingest.names import person_name
    from assistant.ingest.presskit import INTERVIEW_HEADING

    chunks: list[Passage] = []
    speaker: str | None = None
    words: list[str] = []

    def flush() -> None:
        if words:
            chunks.append(Passage(str(len(chunks)), source, "", speaker, None, " ".join(words), source, (0, 0)))
            words.clear()

    for line in text.splitlines():
        heading = INTERVIEW_HEADING.match(line.strip())
        if heading:
            flush()
            speaker = person_name(heading.group("name"), text)
            continue
        for word in line.split():
            words.append(word)
            if len(words) == words_per_chunk:
                flush()
    flush()
    return chunks


def dense_only(passages: list[Passage], encode: Callable[[list[str]], np.ndarray]) -> Callable[[str], Answer]:
    """An `ask` that ranks passages by cosine similarity alone and never abstains (for baselines)."""
    vectors = encode([p.text for p in passages])

    def ask(question: str) -> Answer:
        scores = vectors @ encode([question])[0]
        order = np.argsort(-scores)[:3]
        return Answer(question, False, tuple(Hit(passages[i], rank, float(scores[i])) for rank, i in enumerate(order, 1)))

    return ask
