"""The fusion of evidence into one score per candidate: the weighted sum and rank fusion."""

import dataclasses

import numpy as np
import pytest

from assistant.config import Settings
from assistant.search.fusion import RANKED_FIRST_GAP, bonus_scale, fuse, ranked_first, ranks, saturate

DENSE = np.array([0.9, 0.2, 0.5], dtype=np.float32)
BM25 = np.array([0.0, 6.0, 2.0], dtype=np.float32)
SENTENCE = np.array([0.8, 0.1, 0.6], dtype=np.float32)
PROMPT = np.array([0.0, 0.7, 0.0], dtype=np.float32)


def test_bm25_is_saturated_against_the_mean_positive_score():
    np.testing.assert_allclose(saturate(BM25), [0.0, 6 / (6 + 8), 2 / (2 + 8)])
    assert not saturate(np.zeros(3, dtype=np.float32)).any()



def test_one_passage_alone_sharing_a_word_does_not_stand_out_against_the_question_s_ideal():
    alone = np.array([0.0, 3.0, 0.0], dtype=np.float32)
    # Without a floor the one match always counts a third, however little of the question it holds.
    np.testing.assert_allclose(saturate(alone), [0.0, 1 / 3, 0.0])
    # Against a question whose words would score 25 together (floor 0.2 × 25 = 5): 3 / (3 + 10).
    np.testing.assert_allclose(saturate(alone, floor=5.0), [0.0, 3 / 13, 0.0])
    # A floor below the mean changes nothing.
    np.testing.assert_allclose(saturate(BM25, floor=1.0), saturate(BM25))
    fused = fuse(Settings(), DENSE, alone, bm25_ideal=25.0)
    np.testing.assert_allclose(fused, DENSE + 1.2 * np.array([0.0, 3 / 13, 0.0]), rtol=1e-6)


def test_the_weighted_sum_adds_each_signal_at_its_weight_and_the_bonus_as_is():
    settings = Settings()
    fused = fuse(settings, DENSE, BM25, SENTENCE, PROMPT, bonus=np.array([0.0, 0.0, 1.0], dtype=np.float32))
    expected = 1.0 * DENSE + 0.5 * SENTENCE + 1.2 * saturate(BM25) + 0.5 * PROMPT + np.array([0, 0, 1.0])
    np.testing.assert_allclose(fused, expected, rtol=1e-6)


def test_ranked_first_lifts_the_chosen_above_all_others_keeping_both_orders():
    scores = np.array([0.9, 0.2, 0.5, 0.4], dtype=np.float32)
    lifted = ranked_first(scores, np.array([False, True, False, True]))
    assert list(np.argsort(-lifted, kind="stable")) == [3, 1, 0, 2]
    # Just above the best of the rest, by the gap; the others keep their scores.
    assert lifted[1] == pytest.approx(0.9 + RANKED_FIRST_GAP) and lifted[[0, 2]].tolist() == pytest.approx([0.9, 0.5])
    # Already first, or nothing (or everything) chosen: unchanged.
    np.testing.assert_array_equal(ranked_first(scores, np.array([True, False, False, False])), scores)
    np.testing.assert_array_equal(ranked_first(scores, np.zeros(4, dtype=bool)), scores)
    np.testing.assert_array_equal(ranked_first(scores, np.ones(4, dtype=bool)), scores)


def test_rank_fusion_sums_reciprocal_ranks_the_prompt_match_included_and_scales_bonuses():
    settings = dataclasses.replace(Settings(), fusion="rrf")
    k = settings.rrf_k
    fused = fuse(settings, DENSE, BM25, SENTENCE, PROMPT)
    by_rank = lambda scores: 1 / (k + ranks(scores))  # noqa: E731
    expected = 1.0 * by_rank(DENSE) + 0.5 * by_rank(SENTENCE) + 1.2 * by_rank(saturate(BM25)) + 0.5 * by_rank(PROMPT)
    np.testing.assert_allclose(fused, expected, rtol=1e-6)
    assert bonus_scale(settings) == pytest.approx(1 / k)
    boosted = fuse(settings, DENSE, BM25, SENTENCE, PROMPT, bonus=np.array([0.0, 0.0, 1.0], dtype=np.float32))
    np.testing.assert_allclose(boosted - fused, [0, 0, 1 / k], atol=1e-7)


def test_in_rank_fusion_a_signal_equal_for_every_candidate_ranks_nothing():
    settings = dataclasses.replace(Settings(), fusion="rrf")
    without = fuse(settings, DENSE, BM25, SENTENCE)
    with_flat_prompt = fuse(settings, DENSE, BM25, SENTENCE, np.zeros(3, dtype=np.float32))
    np.testing.assert_array_equal(without, with_flat_prompt)


def test_an_unknown_fusion_names_the_choices():
    with pytest.raises(ValueError, match="Unknown fusion 'max': use 'weighted' or 'rrf'"):
        fuse(dataclasses.replace(Settings(), fusion="max"), DENSE, BM25)


def test_a_searcher_with_rank_fusion_still_puts_the_matching_passage_first(tmp_path, fake_index):
    from assistant.search.searcher import Searcher
    from conftest import FakeEmbedder, copy_index

    settings = dataclasses.replace(Settings(), index_dir=copy_index(fake_index, tmp_path / "index"), model="fake-model", fusion="rrf", min_evidence=0.0)
    answer = Searcher.open(settings, encoder=FakeEmbedder()).ask("I prefer not knowing.")
    assert answer.hits[0].passage.text == "I prefer not knowing." and answer.hits[0].passage.speaker == "Miou Miou"


def test_a_question_is_prepared_once_speakers_detected_once_and_embedded_once(tmp_path, fake_index, monkeypatch):
    from assistant.search.speakers import SpeakerTable
    from assistant.service import Service
    from conftest import FakeEmbedder, copy_index

    settings = dataclasses.replace(Settings(), index_dir=copy_index(fake_index, tmp_path / "index"), model="fake-model", min_evidence=0.0)
    encoder = FakeEmbedder()
    service = Service.open(settings, encoder=encoder, build=False)
    calls = []
    read = SpeakerTable.read
    monkeypatch.setattr(SpeakerTable, "read", lambda self, question, **kwargs: calls.append(question) or read(self, question, **kwargs))
    before = len(encoder.texts)
    # A question everyone was asked: the searcher is asked twice (all, then each person's answer).
    reply = service.answer("What does everyone say about the ultimate harmony?")
    assert reply.answer.shared_prompt is not None
    assert calls == ["What does everyone say about the ultimate harmony?"]
    assert encoder.texts[before:] == ["What does everyone say about the ultimate harmony?"]


def _fused_scores(tmp_path, markdown: str):
    """Scores of each passage (by its first 12 characters) of one Markdown document, indexed with
    the fake embedder, for a question and settings overrides."""
    from assistant.build import build_index
    from assistant.search.searcher import Searcher
    from conftest import FakeEmbedder

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "lena_park.md").write_text(markdown, encoding="utf-8")
    built = dataclasses.replace(Settings(), seeds_dir=seeds, index_dir=tmp_path / "index", model="fake-model", min_evidence=0.0)
    build_index(built, embedder=FakeEmbedder())

    def scores(question: str, **overrides) -> dict[str, float]:
        searcher = Searcher.open(dataclasses.replace(built, **overrides), encoder=FakeEmbedder())
        query = searcher.prepare(question)
        evidence = searcher.evidence(query)
        return {searcher.passages[i].text[:12]: float(s) for i, s in zip(evidence.ids, searcher.fused_scores(query, evidence))}

    return scores


def test_text_no_one_says_calling_the_one_asked_he_or_she_gets_a_share_of_their_bonus(tmp_path):
    scores = _fused_scores(
        tmp_path,
        "# An interview with Lena Park\n\n"
        "Lena Park is a cinematographer from Seoul. Her films with director Ketan Mehta made her name.\n\n"
        "Ketan Mehta's own films are set in Mumbai and Nairobi.\n\n"
        "**What makes good cinema?**\n\nGood images. I think all films should be visual.\n\n"
        "**Which camera do you like?**\n\nThe Arriflex, since the beginning.\n",
    )
    question = "What made Lena Park famous?"
    without, with_share = scores(question, narration_mention_weight=0.0), scores(question, narration_mention_weight=0.4)
    # The intro naming her as "her" gains 0.4 of the named bonus; her answers and the text about
    # someone else stay as they were.
    assert with_share["Lena Park is"] == pytest.approx(without["Lena Park is"] + 0.4)
    assert {k: v for k, v in with_share.items() if k != "Lena Park is"} == pytest.approx({k: v for k, v in without.items() if k != "Lena Park is"})


def test_asked_only_who_someone_is_text_calling_them_he_or_she_gets_all_of_their_bonus(tmp_path):
    from assistant.question_cues import ASKS_IDENTITY

    asking = (
        "Who is Viljar Bauman?", "Who’s danah boyd", "Who exactly was Lena Park?", "What does Clara Park do?", "What is Bauman's job at Veriff?",
        "What does Clara Park do for a living now?",
    )
    assert all(ASKS_IDENTITY.match(q) for q in asking)
    others = (
        "Who was cast as the young violinist, and why?", "Which director is Lena Park?", "What does Lena Park do on set?",
        "What did making 45 Years after Weekend let the director do?", "Who is Bassi codirecting the institute with?",
        "Who was the film made for?",
    )
    assert not any(ASKS_IDENTITY.match(q) for q in others)
    scores = _fused_scores(
        tmp_path,
        "# An interview with Lena Park\n\n"
        "Lena Park is a cinematographer from Seoul. Her films with director Ketan Mehta made her name.\n\n"
        "**What makes good cinema?**\n\nGood images. I think all films should be visual.\n",
    )
    # Asked who she is, the intro calling her "her" gains the whole named bonus (1.0), not 0.4 of it;
    # her answer stays as it was, and a question asking something else is scored as before.
    low, high = scores("Who is Lena Park?", identity_narration_weight=0.4), scores("Who is Lena Park?", identity_narration_weight=1.0)
    assert high["Lena Park is"] == pytest.approx(low["Lena Park is"] + 0.6) and high["Good images."] == pytest.approx(low["Good images."])
    other = "Why did Lena Park become a cinematographer?"
    assert scores(other, identity_narration_weight=0.4) == pytest.approx(scores(other, identity_narration_weight=1.0))


def test_asked_a_fact_of_someone_s_life_text_calling_them_he_or_she_gets_all_of_their_bonus(tmp_path):
    from assistant.question_cues import ASKS_BIOGRAPHY

    asking = (
        "Where did Amy Brand get her PhD?", "Which company did Ron Martinez found?", "What did Lena Park study?",
        "Where was Salma Hayek born?", "How old is Sarah?", "Which school did the director attend?",
        "In which films has Ann Dowd had supporting roles?", "What other shows has Lena Park been in?", "Where does Lena Park live?",
        "Which comedies has Lena Park edited?", "Which documentaries did she shoot?", "Whose assistant was Lena Park early on?",
        "Which director has Lena Park collaborated with for years?",
    )
    assert all(ASKS_BIOGRAPHY.match(q) for q in asking)
    others = (
        "Why did Lena Park study the bus drivers?", "What did Lena Park learn on set?", "Which company distributed the film?", "Who is Lena Park?",
        "Which films did Lena Park watch as a child?", "Which director inspired Lena Park?", "Whose idea was the film?",
    )
    assert not any(ASKS_BIOGRAPHY.match(q) for q in others)
    scores = _fused_scores(
        tmp_path,
        "# An interview with Lena Park\n\n"
        "Lena Park is a cinematographer from Seoul. She studied painting at Hongik University.\n\n"
        "**What makes good cinema?**\n\nGood images. I think all films should be visual.\n",
    )
    # Asked what she studied, the intro calling her "she" gains the whole named bonus, not 0.4 of
    # it; her answer stays as it was, and a question asking something else is scored as before.
    question = "What did Lena Park study?"
    off, on = scores(question, biography_narration=False), scores(question, biography_narration=True)
    assert on["Lena Park is"] == pytest.approx(off["Lena Park is"] + 0.6) and on["Good images."] == pytest.approx(off["Good images."])
    other = "What makes good cinema for Lena Park?"
    assert scores(other, biography_narration=False) == pytest.approx(scores(other, biography_narration=True))


def test_asked_about_someone_s_career_text_naming_them_without_he_or_she_gets_all_of_their_bonus(tmp_path):
    scores = _fused_scores(
        tmp_path,
        "# An interview with Lena Park\n\n"
        "With roles in films such as Night Bus and Day Bus, Lena Park has become a familiar face.\n\n"
        "**What makes good cinema?**\n\nGood images. I think all films should be visual.\n",
    )
    question = "In which films has Lena Park had roles?"
    off, on = scores(question, biography_narration=False), scores(question, biography_narration=True)
    assert on["With roles i"] == pytest.approx(off["With roles i"] + 1.0) and on["Good images."] == pytest.approx(off["Good images."])
    from assistant.search.statements import is_about

    lena = frozenset({"Lena Park"})
    about = ("Lena Park has become a familiar face.", "Jack (26) and Park (31, an architect) met.", "Name: Lena Park\nAge: 31")
    assert all(is_about(text, lena) for text in about)
    # Named in a list or a label, she is not what the text is about.
    assert not any(is_about(text, lena) for text in ("Photographs by Tom Lee and Lena Park.", "Tom, Ana and Park: [Wrapping up]"))
    # Asked anything else, text naming her without "he" or "she" gains nothing.
    other = "What makes good cinema for Lena Park?"
    assert scores(other, biography_narration=False) == pytest.approx(scores(other, biography_narration=True))


# A podcast's host introducing her guest, then the guest's replies, one of them only a courtesy.
_PODCAST = (
    "# The Data Podcast\n\n"
    "Rebecca Parsons: Welcome to the podcast. Today I sit down with Dana Boyd, principal researcher at a lab.\n\n"
    "Rebecca Parsons: Hello, Dana.\n\n"
    "Dana Boyd: Thanks for having me.\n\n"
    "Rebecca Parsons: What do you study?\n\n"
    "Dana Boyd: Bias in data, and how systems go wrong.\n\n"
    "Rebecca Parsons: Why does it matter?\n\n"
    "Dana Boyd: Because people rely on these systems every day.\n"
)


def test_asked_only_who_someone_is_the_host_s_turns_naming_them_share_the_bonus(tmp_path):
    scores = _fused_scores(tmp_path, _PODCAST)
    # The host's introduction naming her gains the identity share of her bonus; her own turns and a
    # question asking something else are scored as before.
    low, high = scores("Who is Dana Boyd?", identity_narration_weight=0.0), scores("Who is Dana Boyd?", identity_narration_weight=1.0)
    assert high["Welcome to t"] == pytest.approx(low["Welcome to t"] + 1.0)
    assert {k: v for k, v in high.items() if k != "Welcome to t"} == pytest.approx({k: v for k, v in low.items() if k != "Welcome to t"})
    other = "Why does bias matter to Dana Boyd?"
    assert scores(other, identity_narration_weight=0.0) == pytest.approx(scores(other, identity_narration_weight=1.0))


def test_asked_only_who_someone_is_their_own_replies_keep_a_share_of_their_bonus(tmp_path):
    scores = _fused_scores(tmp_path, _PODCAST)
    # Her replies ("Thanks for having me.") never say who she is: asked that, they lose half of her
    # bonus (1.0 → 0.5); the host's introduction does not, and another question scores them as before.
    full, half = scores("Who is Dana Boyd?", identity_own_share=1.0), scores("Who is Dana Boyd?", identity_own_share=0.5)
    assert half["Thanks for h"] == pytest.approx(full["Thanks for h"] - 0.5)
    assert half["Bias in data"] == pytest.approx(full["Bias in data"] - 0.5)
    assert half["Welcome to t"] == pytest.approx(full["Welcome to t"])
    other = "What does Dana Boyd study?"
    assert scores(other, identity_own_share=1.0) == pytest.approx(scores(other, identity_own_share=0.5))


def test_asked_only_who_someone_is_their_answer_to_introduce_yourself_keeps_all_of_their_bonus(tmp_path):
    from assistant.question_cues import SELF_INTRODUCTION_PROMPT

    asking = ("Baruch, would you like to introduce yourself to the crowd?", "Tell us a little bit about yourself.", "So who are you?", "What do you do?")
    assert all(SELF_INTRODUCTION_PROMPT.search(prompt) for prompt in asking)
    assert not any(SELF_INTRODUCTION_PROMPT.search(p) for p in ("Who are you working with next?", "What do you do when a take fails?", "What do you study?"))
    scores = _fused_scores(
        tmp_path,
        "# Go Time\n\n"
        "Natalie Lind: We are joined today by Baruch Rand. Hi, Baruch. How are you doing?\n\n"
        "Baruch Rand: Very excited to be here.\n\n"
        "Natalie Lind: Would you like to introduce yourself to the crowd?\n\n"
        "Baruch Rand: I have been a developer advocate with JFrog for eleven years.\n\n"
        "Ana Ruiz: Hi Baruch.\n\n"
        "Baruch Rand: Hello Ana, good to see you.\n\n"
        "Natalie Lind: Why do dependency managers fail?\n\n"
        "Baruch Rand: Because it is a people problem.\n",
    )
    # His courtesy and his other answers lose half of his bonus; the self-introduction keeps it all.
    full, half = scores("Who is Baruch Rand?", identity_own_share=1.0), scores("Who is Baruch Rand?", identity_own_share=0.5)
    assert half["Very excited"] == pytest.approx(full["Very excited"] - 0.5)
    assert half["Because it i"] == pytest.approx(full["Because it i"] - 0.5)
    assert half["I have been "] == pytest.approx(full["I have been "])
    # A greeting after it, under the same prompt, introduces no one: it says no "I".
    assert half["Hello Ana, g"] == pytest.approx(full["Hello Ana, g"] - 0.5)


def test_asked_only_who_someone_is_their_own_replies_are_judged_by_their_sentences_not_their_name(tmp_path):
    # Every reply of hers is embedded under her name, the question's only topic: the shortest
    # ("Thanks for having me.") would be little but the name. Judged by its sentences alone, no
    # reply of hers outranks the host's introduction saying who she is.
    scores = _fused_scores(tmp_path, _PODCAST)("Who is Dana Boyd?")
    assert scores["Welcome to t"] > max(score for start, score in scores.items() if start != "Welcome to t")


def test_asked_who_someone_is_text_giving_a_role_after_their_name_gets_all_of_their_bonus(tmp_path):
    scores = _fused_scores(
        tmp_path,
        "# 2007 Exit Interview: Lena Park\n\n"
        "We checked in with some folks. Next up is Lena Park, actor, caveman and one of our favorite comedians.\n\n"
        "**What trend will be big next year?**\n\nFriendster.\n",
    )
    question = "Who is Lena Park?"
    on, off = scores(question), scores(question, identity_narration_weight=0.0)
    # The intro naming her with a role after her name is about her, though it never says "she".
    assert on["We checked i"] == pytest.approx(off["We checked i"] + 1.0)
    other = "What trend does Lena Park see coming?"
    assert scores(other, identity_narration_weight=0.0) == pytest.approx(scores(other))
