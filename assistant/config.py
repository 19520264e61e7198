"""One frozen settings object with defaults; CLI flags override it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = "all-MiniLM-L6-v2"


@dataclass(frozen=True)
class Settings:
    """Where the corpus and index live, which model embeds, and how answers are cut."""

    seeds_dir: Path = PROJECT_ROOT / "seeds"
    index_dir: Path = PROJECT_ROOT / "index"
    model: str = DEFAULT_MODEL
    # Whether the model reads questions in other languages than English; None: guessed from its
    # name (`language.reads_many_languages`). When it does not, a question in another language is
    # matched by names and rare shared words only, and the reply says so.
    multilingual: bool | None = None
    # Export the model to ONNX at build time and embed questions with onnxruntime, without
    # importing PyTorch (`onnx_query`); the same vectors, measured.
    onnx_queries: bool = True
    top_k: int = 3
    max_passage_words: int = 100
    max_query_chars: int = 1000
    # Corpora up to this many passages are scored whole; larger ones score the nearest this many
    # passages, the best this many BM25 matches and the named speakers' passages.
    candidates: int = 200
    # Fusion of the three rankings: "weighted" (sum of scores) or "rrf" (reciprocal rank fusion).
    fusion: str = "weighted"
    dense_weight: float = 1.0
    sentence_weight: float = 0.5
    lexical_weight: float = 1.2
    # BM25 is saturated against at least this share of the question's ideal score (its words' idf
    # summed), so one rare word shared counts less than all of them (`fusion.saturate`).
    lexical_floor_share: float = 0.2
    # For a question naming one interviewee: similarity of its second-person rewrite to the prompt.
    addressed_prompt_weight: float = 0.5
    # For "how many / what year" questions: bonus for candidates that state a matching quantity.
    quantity_weight: float = 0.2
    quantity_candidates: int = 50
    rrf_k: int = 60
    # An answer cut into pieces for the index is shown whole when it is at most this long.
    whole_answer_words: int = 200
    # Interviewers' own passages (a host's narration) rank below interviewees' answers by this much.
    interviewer_penalty: float = 0.25
    # A title line standing as a passage of its own (no one's, short, no sentence ended: "Kristen
    # Stewart interview sur Camp X-Ray") ranks below what is said by this much.
    title_line_penalty: float = 0.25
    # A reply saying nothing of its own ("Right.", "Thank you."), whose prompt carries all its
    # meaning in the index, ranks below what is said by this much.
    empty_reply_penalty: float = 1.0
    # The bonus for the speakers a question points at: by name, role or character they play; a
    # person most other interviews name (topic_person_share of them: the director) is usually the
    # topic, so naming them is only a hint (README "Speakers").
    named_weight: float = 1.0
    role_weight: float = 1.0
    character_weight: float = 0.3
    topic_person_weight: float = 0.15
    topic_person_share: float = 0.6
    # A person the question is about but who is not asked (the object: "Why did the producer
    # pick Guskov?"): passages that mention them rank this much higher.
    topic_mention_weight: float = 0.2
    # Text no one says (an intro, a biography) that names the one asked and calls them "he" or
    # "she" gets this share of the named bonus: it states facts about them. 0.3 to 0.5 answered the
    # same on every question set; 0.8 lost more than it found.
    narration_mention_weight: float = 0.4
    # …and this share when that text reports what they said ("Mr. Veit Helmer said that…").
    reported_speech_share: float = 1.0
    # …and all of it when the question only asks who they are or what they do ("Who is Viljar
    # Bauman?", "What is Bauman's job?"): a biography, or a host's turn introducing them, answers
    # that better than their own answers.
    identity_narration_weight: float = 1.0
    # …and for a fact of their life ("Where did Amy Brand get her PhD?"), when this is on.
    biography_narration: bool = True
    # …while their own passages keep only this share of their speaker bonus: their replies
    # ("Doing great.") never name them, and a short one is close to the name alone.
    identity_own_share: float = 0.5
    # Ask everyone: prompts within group_similarity of the best answer's prompt, or of one of its
    # near-identical variants (variant_similarity), are one prompt; asked of at least
    # everyone_min_speakers people, the reply gives one answer each.
    group_similarity: float = 0.65
    variant_similarity: float = 0.85
    everyone_min_speakers: int = 3
    # A second sentence is highlighted when it matches within this much of the best one.
    highlight_margin: float = 0.05
    # A follow-up is resolved from the chat's latest this many questions.
    max_history_questions: int = 20
    # Relevance = best similarity (passage or sentence) + coverage_weight × (share of the question's
    # content words the corpus knows). A question is answered when its relevance stands
    # abstention_margin above the corpus's baseline (the median relevance of off-topic probes,
    # measured at build time), and at least min_relevance; min_evidence, when set, is a fixed
    # threshold instead. README "Abstention" says how these were measured.
    coverage_weight: float = 0.3
    abstention_margin: float = 0.22
    min_relevance: float = 0.40
    min_evidence: float | None = None
    # Optional cross-encoder re-scoring the best fused candidates (off by default: none ships offline).
    reranker: str | None = None
    rerank_candidates: int = 30
    # With a reranker on, also abstain when it gives every candidate less than this probability.
    rerank_floor: float = 0.01
