"""Answer a question: prepared once, scored on candidates (`candidates`), fused (`fusion`),
shown as answer spans (`spans`), abstaining when the corpus does not cover it (`abstention`)."""

from __future__ import annotations

import logging
from collections import Counter
from functools import cached_property

import numpy as np

from assistant.cues import FIRST_PERSON, SINGULAR_THIRD_PERSON, SINGULAR_THIRD_PERSON_POSSESSIVE
from assistant.config import Settings
from assistant.data import Answer, Passage
from assistant.embed import Embedder, Encoder, resolve_model
from assistant.index import REBUILD, PressKitIndex
from assistant.ingest.documents import sources_fingerprint
from assistant.question_cues import (
    ASKS_AUTHOR,
    ASKS_BIOGRAPHY,
    ASKS_INTERVIEWER,
    ASKS_IDENTITY,
    CAST_WORD_STEMS,
    SELF_INTRODUCTION_PROMPT,
)
from assistant.request_cues import ADVICE_PROMPT
from assistant.search.abstention import Calibration
from assistant.search.asked_facts import covers_asked_fact
from assistant.search.candidates import CandidateScorer, Evidence, PromptTable, Query, model_texts
from assistant.search.fusion import bonus_scale, fuse, ranked_first
from assistant.search.glossary import Gloss, glossary
from assistant.search.inputs import clean_question, parse_top_k
from assistant.search.language import asks_for_service, cognates, question_language, reads_many_languages, without_function_words
from assistant.search.lexical import QuantityQuestion, tokenize
from assistant.search.spans import AnswerTable
from assistant.search.statements import Statements
from assistant.search.speakers import MentionWeights, PeopleInQuestion, SpeakerTable, interviewers

log = logging.getLogger(__name__)
# A request for a service is answered when one of this many best passages tells how (`Statements.tells_how`).
REQUEST_ANSWER_HITS = 3


class Searcher:
    """The loaded encoder, index and corpus tables. Its public surface: `prepare` a question,
    `ask` it, find a `passage` or `span_positions` by id; `passages`, `speakers` (who a question
    points at) and `prompts` (which prompts ask the same thing) for ask-everyone and the app."""

    def __init__(self, index: PressKitIndex, encoder: Encoder, settings: Settings, reranker=None):
        self.index = index
        self.encoder = encoder
        self.settings = settings
        self.reranker = reranker
        columns = index.columns
        metas = list(index.manifest.get("documents", {}).values())
        self.lexical = index.lexical
        self.speakers = SpeakerTable.of(list(columns.speakers), columns.mention_share, metas, MentionWeights.of(settings))
        self.characters: dict[str, list[str]] = {}
        for meta in metas:
            for character, actors in (meta.get("characters") or {}).items():
                self.characters.setdefault(character, []).extend(actors)
        self.cast = frozenset(actor for actors in self.characters.values() for actor in actors)
        self.speaker_of = columns.speaker_names()
        self.documents_of = {title: np.flatnonzero(columns.document == row) for row, title in enumerate(columns.documents)}
        passages_of = {name: np.flatnonzero(columns.speaker == row) for row, name in enumerate(columns.speakers)}
        if (columns.speaker < 0).any():
            passages_of[""] = np.flatnonzero(columns.speaker < 0)
        askers = interviewers(metas)
        self.by_interviewer = np.isin(columns.speaker, [row for row, name in enumerate(columns.speakers) if name in askers]).astype(np.float32)
        self.statements = Statements(index, self.lexical)
        self.prompts = PromptTable(index)
        self.scorer = CandidateScorer(index, self.lexical, self.prompts, passages_of, settings)
        self.answers = AnswerTable(index.passages, columns, settings.whole_answer_words, self.scorer.sentence_count)
        self.multilingual = reads_many_languages(settings.model) if settings.multilingual is None else settings.multilingual
        record = index.manifest.get("abstention")
        self.calibration = None if record is None else Calibration.from_json(record)

    @classmethod
    def open(cls, settings: Settings, encoder: Encoder | None = None, reranker=None) -> Searcher:
        """Load and check the index against the seeds and model; ValueError/FileNotFoundError if unusable."""
        if encoder is None:
            resolve_model(settings.model)
        index = PressKitIndex.load(settings.index_dir)
        index.check(settings.model, sources_fingerprint(settings.seeds_dir, settings.max_passage_words))
        if reranker is None and settings.reranker:
            from assistant.search.rerank import Reranker

            reranker = Reranker(settings.reranker)
        if encoder is None:
            from assistant.onnx_query import query_encoder

            encoder = query_encoder(settings.model, settings.index_dir, index.manifest.get("query_encoder")) if settings.onnx_queries else None
        return cls(index, encoder or Embedder(settings.model), settings, reranker)

    @cached_property
    def interviews_give_advice(self) -> bool:
        """Whether an interviewer asked for advice, so that requests for it may be answered (every
        prompt read once, when a question first asks for advice)."""
        return any(ADVICE_PROMPT.search(prompt) for prompt in self.index.columns.prompts)

    @property
    def passages(self) -> list[Passage]:
        """Every passage of the index, in document order."""
        return self.index.passages

    @property
    def min_evidence(self) -> float:
        """The relevance a question needs to be answered: fixed by the settings, or calibrated on
        this corpus at build time."""
        if self.settings.min_evidence is not None:
            return self.settings.min_evidence
        if self.calibration is None:
            raise ValueError(f"The index has no abstention calibration: {REBUILD}.")
        return self.calibration.threshold(self.settings.abstention_margin, self.settings.min_relevance)

    def prepare(self, question: str, vectors: np.ndarray | None = None) -> Query:
        """The question cleaned, with the speakers it points at (found once), its rewrite, tokens
        and embeddings (`vectors` when already computed for its texts)."""
        text, truncated = clean_question(question, self.settings.max_query_chars)
        language, people, addressed, gloss = self._read(text)
        detected = people.speakers
        # Naming no interviewee (by name or role, even as its topic), a question about a role's
        # subject points softly at its holder: "the director … music" is not the composer's.
        speakers = detected if self.speakers.mentioned(detected) else {**self.speakers.role_topics(text), **detected}
        if vectors is None:
            vectors = self.encoder.encode(model_texts(text, addressed, gloss))
        named_tokens: list[str] = []
        asked = set(self.speakers.named(detected)) - people.about
        if gloss is None and asked:
            # The words naming the one asked ("the producer", "Barinov") point at a speaker, which
            # the speaker bonus counts; as BM25 words they favour whatever passage repeats a name
            # or says "producer", not the answer. They still count as words the corpus knows.
            kept_tokens, tokens = tokenize([text, self.speakers.without_names(text, asked)])
            named_tokens = list((Counter(kept_tokens) - Counter(tokens)).elements())
        elif gloss is None:
            tokens = kept_tokens = tokenize([text])[0]
        else:
            # Without that language's function words ("du", "la" also occur in names), the words
            # spelled almost alike ("violon", "violin") or with a cognate ending ("acteurs" → "actors")
            # are the question's own words BM25 can match; the glossary's English ("tournage" →
            # "shoot") is matched too.
            own_tokens = self._spelled_alike(without_function_words(text, language), language)
            # Each word once: a word repeated by its glossary ("film" → "film films movie")
            # would count as many times in BM25.
            tokens = list(dict.fromkeys(own_tokens + tokenize([" ".join(gloss.english)])[0]))
            kept_tokens = self._spelled_alike(" ".join(gloss.kept), language)
        # A request for advice names no interviewee: "How do I become a conductor, according to
        # Guskov?" asks for Guskov's words.
        service = asks_for_service(
            text, question_language(text) if self.multilingual else language, lambda: self.interviews_give_advice, gloss.text if gloss else None
        )
        return Query(
            text, truncated, speakers, addressed, tokens, QuantityQuestion.of(gloss.text if gloss else text, tokens), vectors,
            about=people.about, played=people.played, asks_who_plays=people.asks_who_plays, unread_language=language,
            kept_tokens=kept_tokens, named_tokens=named_tokens,
            requests_service=service and max(people.speakers.values(), default=0.0) < self.speakers.weights.named,
            asks_who_asks=people.asks_who_asks,
        )

    def _spelled_alike(self, text: str, language: str) -> list[str]:
        """The BM25 tokens of words in `language`, with their cognates and the corpus's words spelled
        almost alike."""
        found = tokenize([" ".join([text, *cognates(text, language)])])[0]
        return found + self.lexical.near_spellings(found)

    def _read(self, text: str) -> tuple[str | None, PeopleInQuestion, str | None, Gloss | None]:
        """A cleaned question's language (None: English, or a model reading any), the people it
        names (in another language, read from its word-for-word English reading), that reading,
        and the question (or its reading) put to the one it asks."""
        language = None if self.multilingual else question_language(text)
        gloss = glossary(language).gloss(text) if language else None
        # Its English reading keeps the names and mostly the word order ("pourquoi Radu a-t-il
        # choisi Mélanie Laurent" → "why radu choose melanie laurent"): read as English, the one
        # chosen is talked about, not asked.
        people = self.speakers.read(gloss.text if gloss else text)
        # The rewrite's English rules ("Miou Miou's" → "your") apply to the English reading.
        addressed = self.speakers.addressed(gloss.text if gloss else text, self.characters, people.speakers)
        return language, people, addressed, gloss

    def evidence(self, query: Query | str, speaker: str | None = None, within: np.ndarray | None = None) -> Evidence:
        """The candidates' evidence for a question (see `CandidateScorer.evidence`)."""
        query = self.prepare(query) if isinstance(query, str) else query
        return self.scorer.evidence(query, speaker, within, self.speakers.weights.named)

    def relevance(self, evidence: Evidence) -> float:
        """How much the press kit seems to cover the question (compared with `min_evidence`)."""
        similarity = max(evidence.dense.max(initial=-1.0), evidence.sentence.max(initial=-1.0))
        return float(similarity + self.settings.coverage_weight * evidence.coverage)

    def relevances(self, questions: list[str]) -> list[float]:
        """The relevance of each question, their embeddings computed in one batch (for calibration)."""
        cleaned = [clean_question(q, self.settings.max_query_chars)[0] for q in questions]
        # Embedded as `prepare` embeds them, so each question's slice of the batch fits it.
        texts = [model_texts(q, *self._read(q)[2:]) for q in cleaned]
        vectors = self.encoder.encode([t for group in texts for t in group])
        starts = np.cumsum([0] + [len(group) for group in texts])
        return [
            self.relevance(self.evidence(self.prepare(q, vectors[start : start + len(group)])))
            for q, group, start in zip(cleaned, texts, starts)
        ]

    def fused_scores(self, query: Query, evidence: Evidence) -> np.ndarray:
        """One score per candidate: the fused evidence, the bonus for the speakers the question
        points at (a share of it for text no one says about them), less the interviewer's
        penalty, and the bonus for stating an asked quantity."""
        s = self.settings
        speaker_bonus = np.array([evidence.speakers.get(name, 0.0) for name in self.speaker_of[evidence.ids]], dtype=np.float32)
        # Asked who put the questions, the interviewer's words may be the answer ("I'm your host…").
        penalty = 0.0 if query.asks_who_asks else s.interviewer_penalty
        bonus = (
            speaker_bonus - penalty * self.by_interviewer[evidence.ids] - s.title_line_penalty * self.statements.title_lines(evidence.ids)
            - s.empty_reply_penalty * self.statements.empty_replies(evidence.ids)
        )
        dense = evidence.dense
        if query.about:
            mentions = self.index.columns.naming(evidence.ids, query.about).astype(np.float32)
            bonus = bonus + s.topic_mention_weight * mentions
        asked = frozenset(self.speakers.named(query.speakers)) - query.about
        if asked:
            # Text no one says that calls the one asked "he" or "she" (an intro, a biography, a
            # profile) states facts about them their own answers may not: "Which director did
            # Jain work with?" is answered by "…his collaborations with director Ketan Mehta".
            # Asked only who they are, a host's turn naming them (the guest's introduction) too, and
            # text giving a role after their name ("Next up is Nick Kroll, actor, caveman…").
            identity = bool(ASKS_IDENTITY.match(query.text))
            # A fact of their life or career is stated by narration as fully as who they are, and
            # by narration describing them without "he" or "she" too ("With supporting roles in
            # films such as Philadelphia…, Ann Dowd has become…", `statements.is_about`).
            fact = s.biography_narration and bool(ASKS_BIOGRAPHY.match(query.text))
            biography = identity or fact
            unsaid = self.index.columns.speaker[evidence.ids] < 0
            naming = self.index.columns.naming(evidence.ids, asked)
            about_them = np.array(
                [
                    names and (
                        (no_one and (self._speaks_of_someone(i) or (fact and self.statements.is_about(i, asked)) or (identity and self.statements.gives_role_of(i, asked))))
                        or (biography and host)
                    )
                    for names, no_one, host, i in zip(naming, unsaid, self.by_interviewer[evidence.ids] > 0, evidence.ids)
                ],
                dtype=np.float32,
            )
            share = s.identity_narration_weight if biography else s.narration_mention_weight
            # Narration reporting what they said ("Mr. Veit Helmer said that…") is their view in
            # other words: as much theirs as their own passages.
            reported = np.array(
                [names and no_one and self.statements.reports_speech(i) for names, no_one, i in zip(naming, unsaid, evidence.ids)],
                dtype=np.float32,
            )
            bonus = bonus + s.named_weight * np.maximum(share * about_them, s.reported_speech_share * reported)
            if identity:
                own = np.isin(self.speaker_of[evidence.ids], list(asked))
                # …except their answers to being asked who they are ("Would you like to introduce
                # yourself?"), which keep all of it, and their embedding.
                own &= ~np.array([is_own and self._introduces_self(i) for is_own, i in zip(own, evidence.ids)], dtype=bool)
                bonus = bonus - (1.0 - s.identity_own_share) * speaker_bonus * own
                # Every one of their passages is embedded under their name, the question's only
                # topic: a reply of two words ("I'm good.") is little else. Their words are judged
                # by their sentences alone.
                dense = np.where(own, evidence.sentence, dense)
        if query.asks_who_plays and not query.played:
            # Asked who plays a part it does not name ("the young violinist"), a passage naming a
            # cast member other than its speaker may state it ("Radu had a real flash when he met
            # Mélanie Laurent"): a hint as soft as a character's.
            others_named = [self.index.columns.named_in(i) - {self.speaker_of[i]} for i in evidence.ids]
            names_cast = np.array([bool(named & self.cast) for named in others_named], dtype=np.float32)
            bonus = bonus + s.character_weight * names_cast
        fused = fuse(s, dense, evidence.lexical, evidence.sentence, evidence.addressed_prompt, bonus, evidence.lexical_ideal)
        if query.asks_who_plays and not query.played:
            # A passage crediting someone with a part the question describes ("Lionel Abelanski
            # as his assistant" for "Who plays Duplessis's assistant?") states the answer.
            fused = ranked_first(fused, self.statements.credits_part(set(query.tokens) - CAST_WORD_STEMS, evidence.ids))
        if query.played:
            # Asked who plays a part, a passage naming the part and its actor states the answer
            # ("Miou Miou for Guylène"): it comes before the actor's own words about the part.
            states = np.array([self.statements.states_part(query.played, i) for i in evidence.ids], dtype=bool)
            fused = ranked_first(fused, states)
        # Asked who holds a credit, the credit stating it ("Director: Lena Park", "A Lena Park
        # Film") answers before the holder's own words.
        fused = ranked_first(fused, self.statements.states_credit(query.text, evidence.ids))
        if self._asks_byline(query):
            # Asked who wrote the text or interviewed, its byline answers ("Oral History by Ken
            # Berryman", "Interview by Jasmina Nevada"), before the text's own words.
            fused = ranked_first(fused, self.statements.bylines(evidence.ids))
        if query.quantity is not None:
            # Answer typing: among the best candidates, favour those stating a matching quantity.
            best = np.argsort(-fused)[: s.quantity_candidates]
            stating = query.quantity.stating([self.passages[evidence.ids[k]].text for k in best])
            fused[best[np.array(stating, dtype=bool)]] += bonus_scale(s) * s.quantity_weight
        return fused

    @staticmethod
    def _asks_byline(query: Query) -> bool:
        """Whether the question asks who wrote the text or who interviewed."""
        return bool(ASKS_AUTHOR.match(query.text) or ASKS_INTERVIEWER.match(query.text))

    def _introduces_self(self, position: int) -> bool:
        """Whether the passage at `position` answers a prompt asking who they are, saying "I" or
        "my" (not another guest's "Hi Phil." after it; read only when asked)."""
        passage = self.passages[position]
        return bool(SELF_INTRODUCTION_PROMPT.search(passage.question or "")) and bool(FIRST_PERSON.search(passage.text))

    def _speaks_of_someone(self, position: int) -> bool:
        """Whether the passage at `position` says "he" or "she" (its text read only when asked)."""
        text = self.passages[position].text
        return bool(SINGULAR_THIRD_PERSON.search(text) or SINGULAR_THIRD_PERSON_POSSESSIVE.search(text))

    def positions_in(self, document: str, speaker: str | None = None) -> np.ndarray:
        """Positions of the passages of the document titled `document` (only `speaker`'s when
        given, "" for the unattributed text); ValueError naming the choice for an unknown one."""
        if document not in self.documents_of:
            titles = ", ".join(repr(title) for title in list(self.documents_of)[:10])
            raise ValueError(f"No document titled {document!r}: pick one of {titles}.")
        positions = self.documents_of[document]
        return positions if speaker is None else np.intersect1d(positions, self._passages_of(speaker))

    def _passages_of(self, speaker: str) -> np.ndarray:
        """Positions of `speaker`'s passages ("" for the unattributed text); ValueError for no such speaker."""
        if speaker not in self.scorer.passages_of:
            raise ValueError(f"No passages from {speaker!r}: pick one of the interviewees listed in the speaker filter.")
        return self.scorer.passages_of[speaker]

    def ask(self, question: Query | str, top_k: int | None = None, speaker: str | None = None, within: np.ndarray | None = None) -> Answer:
        """The best passages for a question (only `speaker`'s when given, "" for unattributed text;
        only those at positions `within` when given), or an abstention when none is relevant enough."""
        top_k = self.settings.top_k if top_k is None else parse_top_k(top_k)
        if speaker is not None:
            self._passages_of(speaker)
        query = self.prepare(question) if isinstance(question, str) else question
        evidence = self.evidence(query, speaker, within)
        fused = self.fused_scores(query, evidence)
        order = [int(k) for k in np.argsort(-fused, kind="stable")]
        scores = {k: float(fused[k]) for k in order}
        if query.unread_language:
            # The model cannot read the question itself: an interviewee or character it names, a
            # rare word of its own it shares with the passages (a name, a cognate: not a glossed
            # word whose stem happens to be English, "faire" → "fair"), or its English reading
            # standing as relevant as an English question must, decides.
            relevant = (
                any(query.speakers)
                or self.lexical.shares_rare_word(query.kept_tokens)
                or self.relevance(evidence) >= self.min_evidence
            )
        else:
            # A credit the corpus states ("My DP, Roberto Schaefer") is covered, however few of
            # the question's words it shares.
            relevant = (
                self.relevance(evidence) >= self.min_evidence or self.statements.credit_stated(query.text, evidence.ids)
                or (self._asks_byline(query) and bool(self.statements.bylines(evidence.ids).any()))
            )
        # However many of its words the corpus shares, no interview tells the one asking what to do
        # (unless an interviewer asked for advice) or what the world is like now.
        # A page may tell its reader where and how ("for $20 you can attend a seance"): then it answers.
        refused = query.requests_service and not self.statements.tells_how(query.text, evidence.ids[order[:REQUEST_ANSWER_HITS]])
        relevant = relevant and not refused
        # "How much did the film cost?", "Did it win an Emmy?": a page that talks of the film at
        # length but states no such figure, or no win, does not cover it.
        relevant = relevant and covers_asked_fact(query.text, query.quantity, lambda n: [self.passages[evidence.ids[k]] for k in order[:n]])
        if self.reranker is not None:
            order, scores, confident = self._rerank(query, order, evidence)
            relevant = relevant and confident
        hits = self.answers.hits(order, scores, evidence, top_k, self.settings.highlight_margin)
        if not relevant:
            return Answer(
                query.text, True, (), hits, query.truncated, unread_language=query.unread_language, asks_for_advice=refused
            )
        return Answer(query.text, False, hits, (), query.truncated, unread_language=query.unread_language)

    def span_positions(self, span_id: str) -> range | None:
        """Positions of the passage or answer span (`FIRST-LAST`) with this id; None if not in this index."""
        return self.answers.span_positions(span_id)

    def passage(self, span_id: str) -> Passage | None:
        """The passage or answer span with this id (as a hit or citation link names it), or None."""
        return self.answers.passage(span_id)

    def _rerank(self, query: Query, order: list[int], evidence: Evidence) -> tuple[list[int], dict[int, float], bool]:
        """Re-score the best fused candidates with the cross-encoder (plus the speaker bonus); also
        whether it finds any candidate plausible (sigmoid above `rerank_floor`)."""
        head = order[: self.settings.rerank_candidates]
        texts = [self.index.embedding_texts[evidence.ids[k]] for k in head]
        probabilities = self.reranker.probabilities(query.text, texts)
        speaker_bonus = np.array([evidence.speakers.get(name, 0.0) for name in self.speaker_of[evidence.ids[head]]], dtype=np.float32)
        keys = probabilities + speaker_bonus
        ranked = [head[j] for j in np.argsort(-keys, kind="stable")]
        scores = {head[j]: float(keys[j]) for j in range(len(head))}
        return ranked + order[len(head) :], scores, bool(probabilities.max(initial=0.0) >= self.settings.rerank_floor)
