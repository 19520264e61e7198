"""The one service the web app and the command line both call: open (or build) the index, answer
a question in its conversation, and give what the app shows (speakers, contents, header) and
exports, always from the index now in place."""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from assistant.build import build_index
from assistant.config import Settings
from assistant.conversation import ALL_DOCUMENTS, ALL_SPEAKERS, UNATTRIBUTED, cited_in, document_filter, resolve_queries, speaker_filter
from assistant.data import Answer
from assistant.embed import Encoder
from assistant.index import CURRENT, PressKitIndex
from assistant.ingest.documents import sources_fingerprint
from assistant.exports import CitedPassage, export_csv, export_markdown
from assistant import library as library_files
from assistant.library import LibraryEntry, Staged
from assistant.onnx_query import OnnxQueryEncoder
from assistant.present import EMPTY_HINT, answer_markdown, attribution, escape_markdown, header_markdown, searched_notes, speaker_titles
from assistant.reading import Interview, example_prompts, interviews
from assistant.search.everyone import ask_everyone
from assistant.search.inputs import clean_question, parse_top_k
from assistant.search.searcher import Searcher

log = logging.getLogger(__name__)
# The chat's example when the documents have no usable interviewer prompt.
FALLBACK_EXAMPLE = "What is the film about?"


@dataclass(frozen=True)
class Reply:
    """The answer to one question of a conversation, with what was searched to give it: the
    question as asked, whether it was read as a follow-up of the earlier ones (then
    `answer.query` is the question it stands for), and the speaker filter (None: everyone; "":
    the unattributed text), and the document filter (None: every document, else its title).
    `answer.shared_prompt` is set when it gives everyone's answer to one prompt."""

    question: str
    follow_up: bool
    speaker: str | None
    answer: Answer
    document: str | None = None


def add_common_flags(parser: argparse.ArgumentParser) -> None:
    """The flags every entry point takes: where the documents and index are, which model."""
    parser.add_argument("--seeds", type=Path, help="folder of source documents (default: seeds/)")
    parser.add_argument("--index", type=Path, help="folder of the built index (default: index/)")
    parser.add_argument("--model", help="sentence-transformers model name or folder (default: the packaged all-MiniLM-L6-v2)")


def settings_from(args: argparse.Namespace) -> Settings:
    """The settings the parsed flags ask for (`add_common_flags`, and --reranker where given)."""
    overrides = {
        "seeds_dir": args.seeds,
        "index_dir": args.index,
        "model": args.model,
        "reranker": getattr(args, "reranker", None),
    }
    return dataclasses.replace(Settings(), **{k: v for k, v in overrides.items() if v is not None})


def index_problem(settings: Settings) -> str | None:
    """Why the saved index cannot serve these settings (missing, broken, stale, another model),
    or None when it can; reads the index and the seeds' bytes, loads no model."""
    try:
        PressKitIndex.load(settings.index_dir).check(settings.model, sources_fingerprint(settings.seeds_dir, settings.max_passage_words))
    except (FileNotFoundError, ValueError) as error:
        return str(error)
    return None


class Service:
    """The searcher a long-running app or a command serves, reopened when a build switches
    `index/current` (one `readlink` per question; the encoder and reranker stay loaded; if the new
    index cannot be opened the old one keeps serving and the error is logged)."""

    def __init__(self, settings: Settings, searcher: Searcher):
        self.settings = settings
        self._searcher = searcher
        self._target = self._current_target()
        self._lock = threading.Lock()
        # One change of the library at a time; questions never wait for it.
        self._library_lock = threading.Lock()

    @classmethod
    def open(cls, settings: Settings, encoder: Encoder | None = None, build: bool = True, progress: bool = False) -> Service:
        """The service over the saved index; when `build`, the index is built first if it is
        missing, stale or broken (with a progress bar when `progress`). ValueError or
        FileNotFoundError naming the fix otherwise."""
        try:
            return cls(settings, Searcher.open(settings, encoder))
        except (ValueError, FileNotFoundError) as problem:
            if not build:
                raise
            log.info("Building the index (%s)", str(problem).split(":")[0])
            print(f"Building the index ({str(problem).split(':')[0]})…", flush=True)
            build_index(settings, progress=progress, embedder=encoder)
            return cls(settings, Searcher.open(settings, encoder))

    def _current_target(self) -> str | None:
        try:
            return os.readlink(self.settings.index_dir / CURRENT)
        except OSError:
            return None

    @property
    def searcher(self) -> Searcher:
        """The searcher for the index now in place."""
        return self._refresh()

    def _refresh(self) -> Searcher:
        """Reopen the index if a build switched it since the last look."""
        target = self._current_target()
        if target != self._target:
            with self._lock:
                if target != self._target:
                    old = self._searcher
                    try:
                        self._searcher = Searcher.open(self.settings, old.encoder, old.reranker)
                        log.info("Reloaded the rebuilt index (%s).", target)
                    except (FileNotFoundError, ValueError) as error:
                        log.error("Keeping the previous index: the rebuilt one cannot be used: %s", error)
                    self._target = target
        return self._searcher

    def answer(
        self, question: str, earlier: list[str] | None = None, top_k: int | None = None, speaker: str | None = None, document: str | None = None
    ) -> Reply:
        """The answer to `question` after the `earlier` questions of its conversation, from the
        document titled `document` only when given: a follow-up is resolved from them, and, for
        everyone (no `speaker`), a question whose best answers reply to one prompt put to several
        people gets one answer each. ValueError for a question that cannot be asked (empty, a
        passage count out of range, an unknown speaker or document)."""
        searcher = self.searcher
        limit = self.settings.max_query_chars
        top_k = self.settings.top_k if top_k is None else parse_top_k(top_k)
        asked, cut = clean_question(question, limit)
        recent = [q[:limit] for q in (earlier or [])[-self.settings.max_history_questions :]]
        resolved = resolve_queries([*recent, asked], searcher.speakers, limit)[-1]
        query = searcher.prepare(resolved)
        query = dataclasses.replace(query, truncated=query.truncated or cut)
        within = None if document is None else searcher.positions_in(document, speaker)
        answer = searcher.ask(query, top_k, speaker if within is None else None, within)
        if speaker is None:
            answer = ask_everyone(searcher, query, answer, within) or answer
        return Reply(asked, resolved != asked, speaker, answer, document)

    def chat_reply(self, message: object, earlier: list[str], top_k: object, speaker_label: str | None, document_label: str | None = None) -> str:
        """The chat's Markdown reply to `message` (the filters given by their labels): a hint for
        an empty message, the plain reason for one that cannot be asked."""
        if not isinstance(message, str) or not message.strip():
            return EMPTY_HINT
        try:
            reply = self.answer(message, earlier, parse_top_k(top_k, most=10), speaker_filter(speaker_label), document_filter(document_label))
        except ValueError as error:
            return escape_markdown(str(error))
        read_as = reply.answer.query if reply.follow_up else None
        return answer_markdown(reply.answer, self.titles(), searched_notes(reply.speaker, read_as, reply.document))

    def titles(self) -> dict[str, str]:
        """How each speaker is named to readers, with role and part ("Alain Attal, producer")."""
        return speaker_titles(list(self.searcher.index.manifest.get("documents", {}).values()))

    @property
    def index_version(self) -> str | None:
        """Which build is in place (where `index/current` points); it changes with every rebuild."""
        self._refresh()
        return self._target

    def document_choices(self) -> list[str]:
        """The document filter's options: every document, then each document's title."""
        return [ALL_DOCUMENTS, *self.documents()]

    def speaker_choices(self) -> list[str]:
        """The speaker filter's options: everyone, each interviewee, and the unattributed text."""
        return [ALL_SPEAKERS, *self.speakers()] + ([UNATTRIBUTED] if self.has_unattributed() else [])

    def header(self) -> str:
        """What the corpus is and how big it is, for the top of the app."""
        passages = self.searcher.passages
        interviews_count = len({(p.document, p.interview) for p in passages if p.speaker})
        return header_markdown(self.documents(), interviews_count, len(passages))

    def export(self, history: list, as_csv: bool, chosen: list[str] | None = None) -> str | None:
        """The passages cited in a chat history (only the `chosen` ones, by `export_choices` key,
        when given) as a Markdown or CSV document; None when there are none."""
        cited = self.cited(history, chosen)
        return self.export_cited(cited, as_csv) if cited else None

    def export_cited(self, cited: list[CitedPassage], as_csv: bool) -> str:
        """Cited passages as a CSV or Markdown document, dated today, naming the press kits."""
        date = datetime.date.today().isoformat()
        if as_csv:
            return export_csv(cited, self.titles(), date)
        return export_markdown(cited, self.titles(), ", ".join(self.documents()), date)

    def cited(self, history: list, chosen: list[str] | None = None) -> list[CitedPassage]:
        """The passages (and answer spans) a chat history's replies cite, in order, with the
        question that found each and its number there; only the `chosen` keys when given."""
        searcher = self.searcher
        keep = None if chosen is None else set(chosen)
        found = []
        for position, question, number, pid in cited_in(history):
            passage = searcher.passage(pid)
            if passage is not None and (keep is None or _choice_key(position, number) in keep):
                found.append(CitedPassage(question, number, passage))
        return found

    def export_choices(self, history: list) -> list[tuple[str, str]]:
        """(label, key) of each passage a chat history cites, for choosing what to export."""
        searcher = self.searcher
        titles = self.titles()
        choices = []
        for position, question, number, pid in cited_in(history):
            passage = searcher.passage(pid)
            if passage is not None:
                quote = passage.text if len(passage.text) <= 40 else passage.text[:39] + "…"
                asked = question if len(question) <= 40 else question[:39] + "…"
                label = f"{asked} [{number}] {attribution(passage, titles)}: “{quote}”"
                choices.append((label, _choice_key(position, number)))
        return choices

    def library(self) -> list[LibraryEntry]:
        """Every document of the seeds folder, with how it was understood."""
        return library_files.entries(self.settings.seeds_dir, self.settings.max_passage_words)

    def stage(self, uploads: list[tuple[Path, str]], max_bytes: int = library_files.DEFAULT_MAX_UPLOAD_BYTES) -> Staged:
        """Uploads checked and parsed, not yet in the library (`library_files.stage`)."""
        return library_files.stage(uploads, self.settings.seeds_dir, self.settings.max_passage_words, max_bytes)

    def add(self, staged: Staged, replace: bool = False, progress: bool = False) -> str:
        """Put staged uploads in the library and rebuild (only new passages are embedded); the
        index in place keeps answering until the new one is complete. The build's summary."""
        with self._library_lock:
            library_files.commit(staged, self.settings.seeds_dir, replace)
            return self._rebuild(progress)

    def remove(self, name: str, progress: bool = False) -> str:
        """Take a document out of the library (kept in `removed/`) and rebuild. The build's summary."""
        with self._library_lock:
            library_files.remove(name, self.settings.seeds_dir)
            return self._rebuild(progress)

    def rebuild(self, progress: bool = False, force: bool = False) -> str:
        """Rebuild the index from the library (`force`: re-embed everything). The build's summary."""
        with self._library_lock:
            return self._rebuild(progress, force)

    def _rebuild(self, progress: bool, force: bool = False) -> str:
        # Builds embed with the sentence-transformers model, never the ONNX question encoder.
        encoder = self.searcher.encoder
        report = build_index(self.settings, progress=progress, embedder=None if isinstance(encoder, OnnxQueryEncoder) else encoder, force=force)
        self._refresh()
        return report.summary()

    def speakers(self) -> list[str]:
        """The interviewees of the index now in place, in alphabetical order."""
        return list(self.searcher.index.columns.speakers)

    def has_unattributed(self) -> bool:
        """Whether some passages are no one's (a synopsis, an intro, credits)."""
        return bool((self.searcher.index.columns.speaker < 0).any())

    def examples(self) -> list[str]:
        """Example questions for the chat: the interviewers' own prompts (`example_prompts`), or
        one general question for a corpus without any."""
        return example_prompts(self.searcher.passages) or [FALLBACK_EXAMPLE]

    def interviews(self) -> list[Interview]:
        """The sections of the documents now indexed, in document order."""
        return interviews(self.searcher.passages)

    def documents(self) -> list[str]:
        """The titles of the documents now indexed."""
        return list(self.searcher.index.columns.documents)


def _choice_key(position: int, number: int) -> str:
    """The export choice of passage `number` of the reply at `position` in the history."""
    return f"{position}:{number}"
