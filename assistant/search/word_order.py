"""How a question's word order reads the people it names: whether a mention is a possessive
qualifying another name, the object of someone else's action, after a preposition or an article,
or the one whose words are asked for. Pure functions over a question's folded words."""

from __future__ import annotations

from assistant.ingest.names import is_role_word
from assistant.question_cues import ARTICLES, AUXILIARIES, CONJUNCTIONS, PART_NOUNS, SPEECH_VERBS, TOPIC_PREPOSITIONS, VIEW_NOUNS, WORK_NOUNS

# "What was X like…": the verbs between the question word and the one described.
DESCRIBING_VERBS = frozenset({"is", "was", "s", "are", "were"})
# Before "a writer", "an actor": the role is what someone is or becomes, not a mention of anyone;
# after a form of "is" only at the question's end ("…when he was a boy?", not "How is a
# cinematographer paid?").
PREDICATE_VERBS = frozenset({"be", "being", "been", "become", "becomes", "became", "becoming", "as", "remain", "remained"})
COPULAS = frozenset({"is", "was", "are", "were", "am", "s"})
# At most this many words between a possessive name and the name it qualifies ("Andreï's wife Irina").
POSSESSED_WORDS = 2


def without_work_possessives(tokens: list[str]) -> list[str]:
    """ "the film's composer" read as "the composer": the work's possessive after "the" is dropped."""
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        if kept and kept[-1] == "the" and tokens[i] in WORK_NOUNS and tokens[i + 1 : i + 2] == ["s"]:
            i += 2
            continue
        kept.append(tokens[i])
        i += 1
    return kept


def predicate_at(tokens: list[str], phrase: tuple[str, ...], start: int) -> bool:
    """Whether the role at tokens[start:] with the indefinite article says what someone is or
    becomes ("Why did Lena Park become a writer?"), pointing at no one."""
    if phrase[0] not in ("a", "an") or start == 0:
        return False
    return tokens[start - 1] in PREDICATE_VERBS or (tokens[start - 1] in COPULAS and start + len(phrase) == len(tokens))


def predicative(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    """Whether a phrase is in the question only as such a predicate (`predicate_at`)."""
    starts = [i for i in range(len(tokens) - len(phrase) + 1) if tuple(tokens[i : i + len(phrase)]) == phrase]
    return bool(starts) and all(predicate_at(tokens, phrase, i) for i in starts)


def owns_the_part(tokens: list[str], start: int, end: int) -> bool:
    """Whether the character mentioned at tokens[start:end] is whom the part asked about belongs
    to: "Duplessis's assistant", "the wife of Andreï" (but "the role of Andreï" is Andreï)."""
    before = tokens[max(0, start - 2) : start]
    return tokens[end : end + 1] == ["s"] or (len(before) == 2 and before[1] == "of" and before[0] not in PART_NOUNS)


def modifier(tokens: list[str], end: int, mentions: list[tuple]) -> bool:
    """Whether the mention ending at `end` is a possessive naming whom another mention belongs to:
    "Andreï's wife Irina" asks about Irina, "Guskov's co-star Laurent" about Laurent."""
    return tokens[end : end + 1] == ["s"] and any(end < other_start <= end + 1 + POSSESSED_WORDS for _, _, other_start, _ in mentions)


def object_of_another(people: list[tuple], tokens: list[str], speaker: str, start: int) -> bool:
    """Whether the mention at `start` comes after another person's, with words between it that do
    not join the two as equals, and not right after an auxiliary (the subject it inverts): the
    object of what the first one did."""
    return tokens[start - 1 : start] != [] and tokens[start - 1] not in AUXILIARIES and any(
        other != speaker and end < start and not set(tokens[end:start]) & CONJUNCTIONS
        for other, _, _, end in people
    )


def before_the_subject(people: list[tuple], tokens: list[str], speaker: str, end: int, named: float) -> bool:
    """Whether the mention ending at `end` comes before the auxiliary another person, named as
    the subject, follows: "Which of Laurent's films does Radu mention?" (not "Did Radu and…")."""
    return any(
        other != speaker and weight >= named and end < start and tokens[start - 1] in AUXILIARIES
        and not set(tokens[end:start]) & CONJUNCTIONS
        for other, weight, start, _ in people
    )


def after_preposition(tokens: list[str], start: int) -> bool:
    """Whether the mention at `start` follows a preposition."""
    return start > 0 and tokens[start - 1] in TOPIC_PREPOSITIONS


def after_article(tokens: list[str], start: int) -> bool:
    """Whether a name follows an article, with one word between at most: "a synthetic Robert Smith"."""
    return any(start - gap >= 0 and tokens[start - gap] in ARTICLES for gap in (1, 2))


def attributed(tokens: list[str], start: int, end: int) -> bool:
    """Whether the mention at tokens[start:end] is who says or thinks what the question asks."""
    after = tokens[end : end + 2] + ["", ""]
    return (
        tokens[max(0, start - 2) : start] == ["according", "to"]
        or after[0] in SPEECH_VERBS
        or (after[0] == "s" and after[1] in VIEW_NOUNS)
        or (start > 0 and tokens[start - 1] == "for" and end == len(tokens))
    )


def described(tokens: list[str], start: int, end: int) -> bool:
    """Whether the question asks what the one mentioned at tokens[start:end] is like, as others
    describe them: "What was Mirrione like as a student?", "What is Radu like on set?"."""
    return start >= 2 and tokens[start - 2] in ("what", "how") and tokens[start - 1] in DESCRIBING_VERBS and tokens[end : end + 1] == ["like"]


def after_a_role_subject(tokens: list[str], start: int) -> bool:
    """Whether the mention at `start` follows a subject named by its role after the auxiliary, a
    verb between them: "What did the police union president call Springsteen?", "What does the
    drummer say about Bruce?" ask for the role holder's words about the one named."""
    for i in range(start - 3, -1, -1):
        if tokens[i] in AUXILIARIES and tokens[i + 1] in ARTICLES:
            return any(is_role_word(token) for token in tokens[i + 2 : start - 1])
    return False
