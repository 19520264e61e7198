"""Retrieval quality end to end on the real press kit with the real (offline) model."""

from pathlib import Path

import pytest

from assistant.measure.evaluate import evaluate, read_questions
from assistant.ingest.passages import join_span
from assistant.text import split_sentences

QUESTIONS = Path(__file__).parent / "data" / "questions.jsonl"
MORE_QUESTIONS = Path(__file__).parent / "data" / "more_questions.jsonl"
SPEAKER_QUESTIONS = Path(__file__).parent / "data" / "speaker_questions.jsonl"


def asked_top3(searcher, path: Path):
    """The evaluation report of a question file asked with three results each, and its summary."""
    report = evaluate(read_questions(path), lambda q: searcher.ask(q, 3))
    return report, report.summary()


def test_own_question_file_meets_the_issue_targets(searcher):
    questions = read_questions(QUESTIONS)
    assert len(questions) >= 40
    report = evaluate(questions, lambda q: searcher.ask(q, 3))
    summary = report.summary()
    assert summary["recall@1"] >= 0.9, report.misses
    assert summary["recall@3"] >= 0.97, report.misses
    assert summary["recall@1_by_kind"]["speaker"] == 1.0, report.misses
    assert report.off_topic_abstained == report.off_topic == 8
    assert report.false_abstentions <= 1


def test_second_own_question_file_written_after_the_tuning_holds_up(searcher):
    report, summary = asked_top3(searcher, MORE_QUESTIONS)
    assert summary["recall@1"] >= 0.9 and summary["recall@3"] >= 0.95, report.misses
    # One known miss: "What will the weather be like in Paris tomorrow?" (README, Abstention).
    assert report.off_topic_abstained >= report.off_topic - 1 and report.false_abstentions == 0


def test_questions_naming_a_speaker_put_that_speaker_s_answer_first(searcher):
    report, summary = asked_top3(searcher, SPEAKER_QUESTIONS)
    assert summary["recall@1_by_kind"]["speaker"] == 1.0 and summary["recall@3"] >= 0.97, report.misses
    assert report.off_topic_abstained == report.off_topic == 5 and report.false_abstentions == 0


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

    from assistant.search.searcher import Searcher

    narrow = Searcher(searcher.index, searcher.encoder, dataclasses.replace(searcher.settings, candidates=40))
    assert not narrow.scorer.score_everything and searcher.scorer.score_everything
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


def test_pieces_of_one_answer_that_both_rank_are_shown_as_one_span(searcher):
    answer = searcher.ask("Why does Nazarov think Sacha stayed in Russia?")
    top = answer.hits[0].passage
    # The answer was cut in two pieces; the question matches a sentence of the second, the reply opens the first.
    assert "-" in top.id and "He loves his country" in top.text and "ended up staying" in top.text
    assert searcher.passage(top.id) == top
    positions = searcher.span_positions(top.id)
    pieces = searcher.index.passages[positions.start : positions.stop]
    assert len(pieces) == 2 and top.lines == (pieces[0].lines[0], pieces[-1].lines[1])
    highlighted = [split_sentences(top.text)[i] for i in answer.hits[0].highlight]
    assert "He came back to Russia for a visit and ended up staying." in highlighted
    assert len(answer.hits) == 3


@pytest.mark.parametrize("top_k", [3, 10])
def test_every_hit_is_a_different_answer_and_quotes_the_source_exactly(searcher, top_k):
    for question in ["How does Radu direct his actors?", "What was it like filming outside the Communist Party headquarters?"]:
        hits = searcher.ask(question, top_k=top_k).hits
        spans = [searcher.span_positions(hit.passage.id) for hit in hits]
        assert len(hits) == top_k and len({searcher.answers.answer_of[span.start] for span in spans}) == top_k
        for hit, span in zip(hits, spans):
            pieces = searcher.index.passages[span.start : span.stop]
            assert hit.passage.text == " ".join(p.text for p in pieces)
            assert all(i < len(split_sentences(hit.passage.text)) for i in hit.highlight)


def test_a_span_reads_exactly_as_the_answer_in_the_source(searcher):
    """Joined pieces keep the sentence boundaries, so a span's text is the answer's own prose."""
    answers = {}
    for passage in searcher.index.passages:
        if passage.question:
            answers.setdefault((passage.interview, passage.question), []).append(passage)
    long_answers = [pieces for pieces in answers.values() if len(pieces) > 1]
    assert len(long_answers) >= 20
    for pieces in long_answers:
        span = join_span(pieces)
        assert split_sentences(span.text) == [s for p in pieces for s in split_sentences(p.text)]
        assert searcher.passage(span.id) == span
    assert searcher.passage(f"{long_answers[0][0].id}-{long_answers[1][0].id}") is None
    with pytest.raises(ValueError, match="one answer"):
        join_span([long_answers[0][0], long_answers[1][0]])


def test_a_question_in_another_language_is_searched_by_names_and_near_spellings_and_says_so(searcher):
    answer = searcher.ask("Comment Mélanie Laurent a-t-elle appris le violon ?")
    assert (answer.abstained, answer.unread_language) == (False, "French")
    assert answer.hits[0].passage.speaker == "Mélanie Laurent" and "Sarah Nemtanu" in answer.hits[0].passage.text
    # Naming no one and matching nothing, even read in English, it abstains, and the reply says why.
    nothing = searcher.ask("Quel temps fera-t-il demain à Lyon ?")
    assert (nothing.abstained, nothing.unread_language) == (True, "French")
    # English questions carry no language note.
    assert searcher.ask("How did Mélanie Laurent learn the violin?").unread_language is None


def test_a_multilingual_model_reads_the_question_as_it_is(built_settings, real_embedder):
    import dataclasses

    from assistant.search.searcher import Searcher

    searcher = Searcher.open(dataclasses.replace(built_settings, multilingual=True), encoder=real_embedder)
    assert searcher.ask("Comment Mélanie Laurent a-t-elle appris le violon ?").unread_language is None


def test_a_question_about_one_person_asked_of_another_finds_those_who_mention_them(searcher):
    hits = searcher.ask("Why did Radu cast Alexeï Guskov as Andreï?", top_k=5).hits
    others = [hit.passage for hit in hits if hit.passage.speaker != "Alexeï Guskov"]
    # Not ten Guskov passages: the first ones are others talking about him.
    assert hits[0].passage.speaker != "Alexeï Guskov" and all("Guskov" in p.text or "Alexeï" in p.text for p in others[:2])


def test_asked_who_plays_a_part_the_passage_naming_actor_and_part_comes_first(searcher):
    top = searcher.ask("Who played Guylène?").hits[0].passage
    assert (top.speaker, "Miou Miou for Guylène" in top.text) == ("Alain Attal", True)
    # With no passage naming both, the actor's own words about the part come first.
    top = searcher.ask("Who plays Sacha in the film?").hits[0].passage
    assert top.speaker == "Dmitry Nazarov" and top.question == "How would you describe your character?"


def test_asked_who_plays_a_part_described_not_named_a_passage_naming_a_cast_member_answers(searcher):
    top = searcher.ask("Which actress plays the conductor's violinist?").hits[0].passage
    assert (top.speaker, "Mélanie Laurent" in top.text) == ("Alain Attal", True)


def test_asked_who_plays_a_described_part_the_passage_crediting_it_comes_first(searcher):
    # "François Berléand for the Director of the Chatelet": not an interviewee's words on the theatre.
    top = searcher.ask("Which actor plays the director of the theatre?").hits[0].passage
    assert (top.speaker, "François Berléand for the Director of the Chatelet" in top.text) == ("Alain Attal", True)
    # The part belongs to a character (Duplessis, played by Berléand): still the credit, not Berléand.
    top = searcher.ask("Who played the assistant of Duplessis?").hits[0].passage
    assert (top.speaker, "Lionel Abelanski as his assistant" in top.text) == ("Alain Attal", True)


def test_a_question_about_a_role_s_holder_is_not_pointed_at_another_role_by_its_subject(searcher):
    # "music" is the composer's subject, but the question asks about the director.
    hits = searcher.ask("What did the director discover about music?", top_k=3).hits
    assert [hit.passage.speaker for hit in hits] == ["Radu Mihaileanu", "Radu Mihaileanu", "Mélanie Laurent"]


def test_in_another_language_words_with_a_cognate_ending_match_the_english_ones(searcher):
    # "musique" → "music": one of the question's own words, BM25 matches the answer with it.
    query = searcher.prepare("Quel rôle joue la musique selon Radu ?")
    assert "music" in query.tokens
    hits = searcher.ask(query).hits
    assert any(hit.passage.speaker == "Radu Mihaileanu" and "the music is the true soul of a film" in hit.passage.text for hit in hits)


def test_a_question_in_another_language_naming_no_one_is_read_word_for_word_in_english(searcher):
    # No name, one function word: "tournage" → "shoot", "Roumanie" → "Romania" find the answer.
    answer = searcher.ask("Combien de temps a duré le tournage en Roumanie ?")
    assert (answer.abstained, answer.unread_language) == (False, "French")
    assert answer.hits[0].passage.text.startswith("We shot in Romania for about three weeks")
    top = searcher.ask("Où le film a-t-il été tourné ?").hits[0].passage
    assert top.text.startswith("We shot in Romania")


PEOPLE_QUESTIONS = Path(__file__).parent / "data" / "people_questions.jsonl"
PEOPLE_HELDOUT = Path(__file__).parent / "data" / "people_questions_heldout.jsonl"
PEOPLE_HELDOUT2 = Path(__file__).parent / "data" / "people_questions_heldout2.jsonl"
PEOPLE_HELDOUT3 = Path(__file__).parent / "data" / "people_questions_heldout3.jsonl"
PEOPLE_HELDOUT4 = Path(__file__).parent / "data" / "people_questions_heldout4.jsonl"
PEOPLE_HELDOUT5 = Path(__file__).parent / "data" / "people_questions_heldout5.jsonl"
PEOPLE_HELDOUT6 = Path(__file__).parent / "data" / "people_questions_heldout6.jsonl"
PEOPLE_HELDOUT7 = Path(__file__).parent / "data" / "people_questions_heldout7.jsonl"
PEOPLE_HELDOUT8 = Path(__file__).parent / "data" / "people_questions_heldout8.jsonl"
PEOPLE_HELDOUT9 = Path(__file__).parent / "data" / "people_questions_heldout9.jsonl"
LANGUAGE_QUESTIONS = Path(__file__).parent / "data" / "language_questions.jsonl"
LANGUAGE_HELDOUT = Path(__file__).parent / "data" / "language_heldout.jsonl"


def test_questions_about_roles_people_asked_about_cast_and_languages_hold_up(searcher):
    # Tuned on: README, "Questions people actually ask". Guards at the measured figures.
    report, summary = asked_top3(searcher, PEOPLE_QUESTIONS)
    assert summary["recall@1"] >= 0.8 and summary["recall@3"] >= 0.9, report.misses
    assert report.off_topic_abstained >= report.off_topic - 1


def test_the_file_written_after_the_first_rules_holds_up(searcher):
    # Written after the code of one round, then its misses tuned on in the next: guards at the figures.
    report, summary = asked_top3(searcher, PEOPLE_HELDOUT)
    assert summary["recall@1"] >= 0.97 and summary["recall@3"] >= 1.0, report.misses
    # Its French question naming no one ("…tourné en anglais ?") is answered since the glossaries.
    assert report.off_topic_abstained == report.off_topic == 8 and report.false_abstentions == 0


def test_the_second_file_written_after_the_code_holds_up(searcher):
    # Honest check of the second round (README, "Questions people actually ask"): 0.808 as first
    # run, 0.846 after one pattern it exposed ("Who was cast as…"); tuned on since, with the
    # glossaries its French misses called for: 0.923.
    report, summary = asked_top3(searcher, PEOPLE_HELDOUT2)
    assert summary["recall@1"] >= 0.92 and summary["recall@3"] >= 0.96, report.misses
    assert report.off_topic_abstained == report.off_topic and report.false_abstentions == 0


def test_questions_in_five_other_languages_hold_up(searcher):
    # Tuned on (the glossaries' choices: README, "Questions in other languages"): guards at the figures.
    report, summary = asked_top3(searcher, LANGUAGE_QUESTIONS)
    assert summary["recall@1"] >= 0.92 and summary["recall@3"] >= 0.96, report.misses
    assert report.off_topic_abstained == report.off_topic == 6 and report.false_abstentions == 0


def test_the_third_file_written_after_the_code_holds_up(searcher):
    # Honest check of this stop's code before the described-part cast rules: 0.767 as first run
    # (0.700 with the code before the glossaries), 0.833 after them (README); its off-topic
    # questions sharing the kit's words all abstained since the practical-information rule.
    report, summary = asked_top3(searcher, PEOPLE_HELDOUT3)
    assert summary["recall@1"] >= 0.83 and summary["recall@3"] >= 0.9, report.misses
    assert report.off_topic_abstained == report.off_topic and report.false_abstentions == 0


def test_questions_in_other_languages_written_after_the_glossaries_hold_up(searcher):
    # Honest check of the glossaries: 0.625 as first run (0.50 before them), 0.875 after the
    # general words it showed missing (README, "Questions in other languages: measured").
    report, summary = asked_top3(searcher, LANGUAGE_HELDOUT)
    assert summary["recall@1"] >= 0.87 and summary["recall@3"] >= 0.87, report.misses
    assert report.off_topic_abstained >= 3 and report.false_abstentions == 0


# Honest checks written before running them, tuned on since; each guarded at its figures (README,
# "Questions people actually ask"): (file, recall@1, recall@3, off-topic abstained at least).
# Fourth: 0.765 / 0.941, 0 of 6 off-topic as first run; 0.794 / 0.971, 3 of 6 after the
# requests-for-advice and inversion-subject rules; 0.853 / 1.000, 5 of 6 since.
# Fifth (the named-words and practical-information rules): 0.914 / 1.000, 3 of 6 as first run
# (0.886 with the code before them); 5 of 6 after the two patterns its off-topic questions showed
# missing ("current", "How do you say … in Romanian").
# Sixth (the stop's last code): 0.833 / 0.875, 2 of 6, 1 false abstention as first run (0.792
# with the code before the stop); 0.833 / 0.917, 4 of 6, none after the three patterns it showed
# missing (one foreign word with no English one, German compounds, addresses and flights).
# Seventh (a stop whose changes left the kit's answers as they were): 0.808 / 1.000, 6 of 6, no
# false abstention as first run; 0.846 after the French glossary's "combien" read "how many"
# (it read "how", so "Combien de semaines…" was no quantity question).
# Ninth (the thirteenth stop's last code, written after it, never tuned on): 0.900 / 1.000, 4 of 5,
# no false abstention as first run.
LATER_HELDOUT = [
    (PEOPLE_HELDOUT4, 0.85, 1.0, 5), (PEOPLE_HELDOUT5, 0.91, 1.0, 5), (PEOPLE_HELDOUT6, 0.83, 0.91, 4), (PEOPLE_HELDOUT7, 0.84, 1.0, 6),
    (PEOPLE_HELDOUT8, 0.88, 1.0, 4), (PEOPLE_HELDOUT9, 0.9, 1.0, 4),
]


@pytest.mark.parametrize("path, at_1, at_3, abstained", LATER_HELDOUT, ids=[row[0].stem for row in LATER_HELDOUT])
def test_the_later_held_out_files_hold_up(searcher, path, at_1, at_3, abstained):
    report, summary = asked_top3(searcher, path)
    assert summary["recall@1"] >= at_1 and summary["recall@3"] >= at_3, report.misses
    assert report.off_topic_abstained >= abstained and report.false_abstentions == 0


def test_a_request_for_advice_is_not_answered_however_many_words_the_kit_shares(searcher):
    # "tune" and "violin" are the kit's words, relevant enough to answer, but no interview tells
    # the one asking what to do; naming an interviewee, it asks for their words.
    query = searcher.prepare("How do I tune a violin?")
    assert searcher.relevance(searcher.evidence(query)) >= searcher.min_evidence
    assert searcher.ask(query).abstained
    named = searcher.ask("How do I become a good actor, according to Guskov?", top_k=3)
    assert (named.abstained, {hit.passage.speaker for hit in named.hits}) == (False, {"Alexeï Guskov"})
    assert searcher.ask("Comment apprendre le russe rapidement ?").abstained


def test_the_subject_of_the_inversion_is_asked_and_the_person_named_before_it_is_the_topic(searcher):
    top = searcher.ask("Which of Mélanie Laurent's earlier films does Radu mention?", top_k=1).hits[0].passage
    assert (top.speaker, "DON’T WORRY, I’M FINE" in top.text) == ("Radu Mihaileanu", True)


def test_a_role_in_another_language_is_read_with_its_article(searcher):
    # "selon le producteur" reads "according to the producer": the producer is asked.
    answer = searcher.ask("Comment s'est passé le montage selon le producteur ?", top_k=1)
    assert (answer.abstained, answer.hits[0].passage.speaker, "Radu astonished me" in answer.hits[0].passage.text) == (False, "Alain Attal", True)


def test_the_words_naming_the_one_asked_are_not_searched_as_words_of_the_answer(searcher):
    # "Barinov" points at his passages (the speaker bonus); as a BM25 word it also scored every
    # passage naming him (his own, by their heading), which put another answer of his first.
    query = searcher.prepare("How did Barinov get around Paris?")
    assert (query.tokens, query.named_tokens) == (["get", "around", "pari"], ["barinov"])
    assert searcher.evidence(query).coverage == 1.0
    top = searcher.ask(query, top_k=1).hits[0].passage
    assert (top.speaker, "loved walking there" in top.text) == ("Valery Barinov", True)


def test_who_plays_an_instrument_finds_the_passage_naming_the_violinist(searcher):
    # The issue's example: the composer's "I mostly worked with Sarah Nemtanu the violinist".
    top = searcher.ask("Who actually plays the violin solo on the soundtrack?", top_k=1).hits[0].passage
    assert (top.speaker, "Sarah Nemtanu the violinist" in top.text) == ("Armand Amar", True)
