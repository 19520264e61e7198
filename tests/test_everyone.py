"""Ask everyone (one answer per interviewee to a shared prompt) and exports of cited passages."""

import csv
import io

import pytest

from assistant.exports import CSV_COLUMNS, CitedPassage, export_csv, export_markdown
from assistant.present import EVERYONE
from assistant.search.everyone import ask_everyone

INTERVIEWEES_BUT_THE_PRODUCER = {
    "Radu Mihaileanu", "Armand Amar", "Alexeï Guskov", "Dmitry Nazarov", "Valery Barinov",
    "Mélanie Laurent", "François Berléand", "Miou Miou", "Anna Kamenkova",
}


def everyone(searcher, question):
    query = searcher.prepare(question)
    return ask_everyone(searcher, query, searcher.ask(query))


def test_everyone_on_ultimate_harmony_gets_all_nine_answers_one_each(searcher):
    answer = everyone(searcher, "What does everyone say about ultimate harmony?")
    speakers = [hit.passage.speaker for hit in answer.hits]
    assert sorted(speakers) == sorted(INTERVIEWEES_BUT_THE_PRODUCER)
    assert [hit.rank for hit in answer.hits] == list(range(1, 10))
    assert "ultimate harmony" in answer.shared_prompt
    assert all("ultimate harmony" in hit.passage.question for hit in answer.hits)


@pytest.mark.parametrize(
    "question, at_least",
    [("How does Radu direct his actors?", 5), ("Was the language barrier a problem for the actors?", 3)],
)
def test_a_prompt_put_to_several_people_is_answered_by_each_once(searcher, question, at_least):
    answer = everyone(searcher, question)
    speakers = [hit.passage.speaker for hit in answer.hits]
    assert len(speakers) >= at_least and len(speakers) == len(set(speakers))


@pytest.mark.parametrize(
    "question",
    ["Who taught Melanie Laurent to play the violin?", "What does Miou Miou think ultimate harmony is?", "What is the capital of Australia?"],
)
def test_named_speakers_single_facts_and_abstentions_are_not_grouped(searcher, question):
    assert everyone(searcher, question) is None


def test_the_chat_reply_groups_under_the_shared_prompt(service):
    reply = service.chat_reply("What does everyone say about ultimate harmony?", [], 3, "All")
    assert reply.startswith(f"**{EVERYONE}** *How would you define the “ultimate harmony”?* (9 answers, one each)")
    assert reply.count("\n\n---\n\n") == 8


def test_exports_contain_exactly_the_cited_quotes_verbatim(searcher):
    question = "What does everyone say about ultimate harmony?"
    answer = everyone(searcher, question)
    cited = [CitedPassage(question, hit.rank, hit.passage) for hit in answer.hits]
    text = export_csv(cited, {"Miou Miou": "Miou Miou (Guylène)"}, "2026-12-02")
    # A byte-order mark first, so Excel reads the file as UTF-8; a BOM-aware reader skips it.
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.encode("utf-8").decode("utf-8-sig"))))
    assert [row["quote"] for row in rows] == [hit.passage.text for hit in answer.hits]
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0]["location"] == answer.hits[0].passage.place() and rows[0]["question"] == question
    assert [row["number"] for row in rows] == [str(n) for n in range(1, 10)]
    assert "Miou Miou (Guylène)" in {row["speaker"] for row in rows}
    markdown = export_markdown(cited, {}, "The Concert press kit", "2026-12-02")
    assert markdown.startswith("# Cited passages: The Concert press kit\n\nExported 2026-12-02.")
    quoted = [line[2:] for line in markdown.splitlines() if line.startswith("> ")]
    assert quoted == [hit.passage.text for hit in answer.hits]
    assert markdown.count(f"## {question}") == 1 and markdown.count("[9] ") == 1 and "The Concert press kit, lines" in markdown


def test_a_conversation_s_cited_passages_are_read_back_from_its_replies(service):
    first = service.chat_reply("Who taught Melanie Laurent to play the violin?", [], 2, "All")
    second = service.chat_reply("How long is the full concerto?", [], 1, "All")
    history = [
        {"role": "user", "content": "q1"}, {"role": "assistant", "content": [{"type": "text", "text": first}]},
        {"role": "user", "content": "q2"}, {"role": "assistant", "content": second},
        {"role": "assistant", "content": first},
    ]
    cited = service.cited(history)
    # Each reply's passages, numbered as in that reply, under the question before it.
    assert [(c.question, c.number) for c in cited] == [("q1", 1), ("q1", 2), ("q2", 1), ("q2", 1), ("q2", 2)]
    assert "Sarah Nemtanu" in cited[0].passage.text and "22 minutes" in cited[2].passage.text
    assert cited[3].passage == cited[0].passage
