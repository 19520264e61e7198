"""Retrieval quality end to end on the real press kit with the real (offline) model."""

from pathlib import Path

import pytest

from assistant.evaluate import evaluate, read_questions

QUESTIONS = Path(__file__).parent / "data" / "questions.jsonl"


def test_own_question_file_meets_the_quality_floor(searcher):
    questions = read_questions(QUESTIONS)
    assert len(questions) >= 40
    report = evaluate(questions, lambda q: searcher.ask(q, 3))
    summary = report.summary()
    assert summary["recall@1"] >= 0.8, report.misses
    assert summary["recall@3"] >= 0.95, report.misses
    assert report.off_topic_abstained == report.off_topic == 8
    assert report.false_abstentions <= 1


@pytest.mark.parametrize(
    "question, speaker, snippet",
    [
        ("Who is Leonid Kogan?", "François Berléand", "Leonid Kogan"),
        ("Which piece lasts 22 minutes?", "Armand Amar", "22 minutes"),
        ("Did they get Red Square to themselves?", "Radu Mihaileanu", "Red Square all to ourselves"),
        ("What did Alexeï Guskov say about the language barrier?", "Alexeï Guskov", "look me in the eyes"),
        ("What does miou miou think ultimate harmony is?", "Miou Miou", "I prefer not knowing."),
        ("How did Valery Barinov find the language barrier?", "Valery Barinov", "Unfortunately it was."),
        ("According to Francois Berleand, how does Radu direct actors?", "François Berléand", "go faster"),
    ],
)
def test_names_rare_words_and_numbers_surface_first(searcher, question, speaker, snippet):
    top = searcher.ask(question).hits[0].passage
    assert (top.speaker, snippet in top.text) == (speaker, True)


def test_a_topic_question_about_the_director_gets_answers_from_the_actors(searcher):
    speakers = {hit.passage.speaker for hit in searcher.ask("How does Radu direct his actors?", top_k=5).hits}
    assert len(speakers) >= 4 and "Radu Mihaileanu" not in speakers


def test_a_speaker_filter_restricts_the_results(searcher):
    answer = searcher.ask("How does Radu direct his actors?", top_k=5, speaker="Dmitry Nazarov")
    assert {hit.passage.speaker for hit in answer.hits} == {"Dmitry Nazarov"}
    assert "very little freedom" in answer.hits[0].passage.text
    with pytest.raises(ValueError, match="No passages from 'Nobody'"):
        searcher.ask("Anything?", speaker="Nobody")


@pytest.mark.parametrize(
    "question",
    ["What is the capital of Australia?", "How do I change a flat tyre?", "Write me a poem about the sea.", "asdfghjkl"],
)
def test_off_topic_questions_abstain_but_keep_the_closest_passages(searcher, question):
    answer = searcher.ask(question)
    assert answer.abstained and answer.hits == () and len(answer.closest) == 3


def test_searching_candidates_only_agrees_with_scoring_every_passage(searcher):
    import dataclasses

    from assistant.search import Searcher

    narrow = Searcher(searcher.index, searcher.embedder, dataclasses.replace(searcher.settings, candidates=40))
    assert not narrow.score_everything and searcher.score_everything
    for question in [
        "Who taught Melanie Laurent to play the violin?",
        "How long is the full concerto?",
        "What does Miou Miou think ultimate harmony is?",
        "Where were most of the Moscow scenes filmed?",
        "What is the capital of Australia?",
    ]:
        full, partial = searcher.ask(question), narrow.ask(question)
        assert partial.abstained == full.abstained
        assert [h.passage.id for h in (partial.hits or partial.closest)][:1] == [h.passage.id for h in (full.hits or full.closest)][:1]
        assert len(narrow.evidence(question).ids) < len(searcher.index.passages)
