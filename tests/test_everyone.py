"""Ask everyone (one answer per interviewee to a shared prompt) and exports of cited passages."""

import csv
import io

import pytest

from assistant.search.everyone import ask_everyone
from assistant.present import EVERYONE, export_csv, export_markdown

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
    assert reply.startswith(f"**{EVERYONE}:** *How would you define the “ultimate harmony”?* (9 answers, one each)")
    assert reply.count("\n\n---\n\n") == 8


def test_exports_contain_exactly_the_cited_quotes_verbatim(searcher):
    answer = everyone(searcher, "What does everyone say about ultimate harmony?")
    rows = list(csv.DictReader(io.StringIO(export_csv([hit.passage for hit in answer.hits]))))
    assert [row["quote"] for row in rows] == [hit.passage.text for hit in answer.hits]
    assert set(rows[0]) == {"speaker", "interview", "prompt", "quote", "source", "location"}
    assert rows[0]["location"] == answer.hits[0].passage.place()
    markdown = export_markdown([hit.passage for hit in answer.hits])
    quoted = [line[2:] for line in markdown.splitlines() if line.startswith("> ")]
    assert quoted == [hit.passage.text for hit in answer.hits]
    assert markdown.count("[9] ") == 1 and "The Concert press kit, lines" in markdown


def test_a_conversation_s_cited_passages_are_read_back_from_its_replies(service):
    first = service.chat_reply("Who taught Melanie Laurent to play the violin?", [], 2, "All")
    second = service.chat_reply("How long is the full concerto?", [], 1, "All")
    history = [
        {"role": "user", "content": "q1"}, {"role": "assistant", "content": [{"type": "text", "text": first}]},
        {"role": "user", "content": "q2"}, {"role": "assistant", "content": second},
        {"role": "assistant", "content": first},
    ]
    cited = service.cited(history)
    assert len(cited) == 3 and len({p.id for p in cited}) == 3
    assert "Sarah Nemtanu" in cited[0].text and "22 minutes" in cited[2].text
