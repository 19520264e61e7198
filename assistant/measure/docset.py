"""Measure the assistant on a set of real documents, each indexed on its own: who was recognised,
how many prompts were found, attributed recall and abstention, per document and overall.

The set is a folder with `documents.json`: for each document its file, its question file (in the
`dev_questions.jsonl` format), the interviewees it really has and its number of prompts, counted
by hand once.
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from assistant.config import Settings
from assistant.data import Passage
from assistant.measure.evaluate import EvalReport, evaluate, read_questions
from assistant.ingest.documents import DocumentReport, parse_document
from assistant.ingest.files import META_SUFFIX
from assistant.ingest.names import fold

MANIFEST = "documents.json"


@dataclass(frozen=True)
class DocumentCase:
    """One document of the set, with what is known about it."""

    file: Path
    questions: Path
    interviewees: tuple[str, ...]
    prompts: int


@dataclass
class DocumentResult:
    """The figures for one document."""

    name: str
    interviewees_found: int
    interviewees_present: int
    prompts_found: int
    prompts_present: int
    quality: EvalReport
    report: DocumentReport

    def row(self) -> dict:
        """The figures as a flat record."""
        summary = self.quality.summary()
        return {
            "document": self.name,
            "interviewees": f"{self.interviewees_found}/{self.interviewees_present}",
            "prompts": f"{self.prompts_found}/{self.prompts_present}",
            "recall@1": summary["recall@1"],
            "recall@3": summary["recall@3"],
            "off-topic abstained": summary["off_topic_abstained"],
        }


def found_prompts(passages: list[Passage], interviewers: Iterable[str]) -> set[tuple[str, str]]:
    """The prompts an interviewee, named or not, answers, as (interview, prompt): the same question
    put to several interviewees, each in their own section, is asked each time."""
    askers = set(interviewers)
    return {(p.interview, p.question) for p in passages if p.question and p.speaker not in askers}


def read_cases(folder: Path) -> list[DocumentCase]:
    """The documents of a set folder, from its `documents.json`."""
    manifest = folder / MANIFEST
    try:
        records = json.loads(manifest.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise FileNotFoundError(f"{manifest} does not exist: a document set needs {MANIFEST} (see assistant/docset.py).") from error
    except json.JSONDecodeError as error:
        raise ValueError(f"{manifest} is not valid JSON ({error}).") from error
    try:
        return [
            DocumentCase(folder / r["file"], folder / r["questions"], tuple(r["interviewees"]), int(r["prompts"]))
            for r in records
        ]
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{manifest}: each entry needs file, questions, interviewees and prompts ({error}).") from error


def evaluate_cases(cases: list[DocumentCase], settings: Settings, embedder) -> list[DocumentResult]:
    """`evaluate_case` for each case, the indexes built one after another in one folder: its
    embedding cache keeps the off-topic probes each build calibrates with, embedded once."""
    with tempfile.TemporaryDirectory(prefix="docset-index-") as scratch:
        return [evaluate_case(case, settings, embedder, Path(scratch)) for case in cases]


def evaluate_case(case: DocumentCase, settings: Settings, embedder, index_dir: Path | None = None) -> DocumentResult:
    """Index the document (and its sidecar) alone, in `index_dir` or a temporary folder, and ask its questions."""
    from assistant.build import build_index
    from assistant.search.searcher import Searcher

    with tempfile.TemporaryDirectory(prefix="docset-") as scratch:
        seeds = Path(scratch) / "seeds"
        seeds.mkdir()
        shutil.copy(case.file, seeds / case.file.name)
        sidecar = case.file.with_name(case.file.stem + META_SUFFIX)
        if sidecar.exists():
            shutil.copy(sidecar, seeds / sidecar.name)
        # Questions are embedded by the embedder given: no ONNX export for a throwaway index.
        local = dataclasses.replace(settings, seeds_dir=seeds, index_dir=index_dir or Path(scratch) / "index", onnx_queries=False)
        build_index(local, embedder=embedder)
        searcher = Searcher.open(local, encoder=embedder)
        quality = evaluate(read_questions(case.questions), lambda q: searcher.ask(q, 3))
        passages, _, report = parse_document(seeds / case.file.name, settings.max_passage_words)
    found = {fold(name) for name in report.interviewees}
    prompts = found_prompts(passages, report.interviewers)
    return DocumentResult(
        case.file.name,
        sum(fold(name) in found for name in case.interviewees),
        len(case.interviewees),
        len(prompts),
        case.prompts,
        quality,
        report,
    )


def totals(results: list[DocumentResult]) -> dict:
    """Attributed recall over every on-topic question of the set, and interviewee recognition."""
    on_topic = sum(r.quality.on_topic for r in results) or 1
    return {
        "documents": len(results),
        "interviewees": f"{sum(r.interviewees_found for r in results)}/{sum(r.interviewees_present for r in results)}",
        "recall@1": round(sum(r.quality.hits_at_1 for r in results) / on_topic, 3),
        "recall@3": round(sum(r.quality.hits_at_3 for r in results) / on_topic, 3),
        "off-topic abstained": f"{sum(r.quality.off_topic_abstained for r in results)}/{sum(r.quality.off_topic for r in results)}",
        "documents abstaining on at least 2 of 3": sum(r.quality.off_topic_abstained * 3 >= 2 * r.quality.off_topic for r in results),
    }


def table(results: list[DocumentResult]) -> str:
    """A plain-text table of the figures, one document a row, then the totals and misses."""
    rows = [r.row() for r in results]
    keys = list(rows[0]) if rows else []
    widths = {k: max(len(k), *(len(str(row[k])) for row in rows)) for k in keys}
    lines = ["  ".join(k.ljust(widths[k]) for k in keys)]
    lines += ["  ".join(str(row[k]).ljust(widths[k]) for k in keys) for row in rows]
    lines.append("")
    lines += [f"{key}: {value}" for key, value in totals(results).items()]
    misses = [f"  {r.name}: {miss}" for r in results for miss in r.quality.misses]
    if misses:
        lines += ["", "Misses:", *misses]
    return "\n".join(lines)
