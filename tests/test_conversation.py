"""A conversation: follow-ups, filters, hints, and reading the history back."""

import pytest

from assistant.conversation import is_follow_up, resolve_queries, user_message_markdown, user_questions
from assistant.present import ADVICE, EMPTY_HINT, NOTHING_FOUND, SEARCHED_UNATTRIBUTED


def test_follow_ups_carry_the_topic_and_replace_or_keep_the_speaker(searcher):
    questions = [
        "How does Radu direct his actors?",
        "And what did Nazarov say?",
        "What about Guskov?",
        "Why?",
        "Where were the Moscow scenes filmed?",
    ]
    assert resolve_queries(questions, searcher.speakers) == [
        "How does Radu direct his actors?",
        "How does Radu direct his actors? And what did Nazarov say?",
        "How does Radu direct his actors? What about Guskov?",
        "How does Radu direct his actors? What about Guskov? Why?",
        "Where were the Moscow scenes filmed?",
    ]
    assert resolve_queries(["What does Miou Miou think ultimate harmony is?", "And Barinov?"], searcher.speakers)[1] == (
        "What does think ultimate harmony is? And Barinov?"
    )


@pytest.mark.parametrize(
    "question, follows",
    [("And in Paris?", True), ("What did Guskov say?", True), ("Tell me more", True), ("Where does Guskov teach acting?", False)],
)
def test_what_counts_as_a_follow_up(searcher, question, follows):
    assert is_follow_up(question, searcher.speakers) is follows


def test_a_follow_up_reply_searches_the_new_speaker_on_the_old_topic(service):
    reply = service.chat_reply("And what did Nazarov say?", ["How does Radu direct his actors?"], 3, "All")
    assert reply.startswith(
        "*Read as a follow-up:* How does Radu direct his actors? And what did Nazarov say?\n\n"
        "**Dmitry Nazarov (Sacha)**\n\n*How does Radu direct his actors? Does he leave you room to maneuver?*"
    )


def test_filters_hints_and_abstentions(service):
    assert service.chat_reply("   ", [], 3, "All") == EMPTY_HINT
    assert service.chat_reply("What is the capital of Australia?", [], 3, "All").startswith(NOTHING_FOUND)
    # A request for advice is told why: the interviews tell what people did and think.
    assert service.chat_reply("How do I tune a violin?", [], 3, "All").startswith(ADVICE)
    filtered = service.chat_reply("How does Radu direct his actors?", [], 2, "Miou Miou")
    assert filtered.startswith("*Searched Miou Miou's answers only.*")
    assert filtered.count("**Miou Miou (Guylène)**") == 2 and "Nazarov" not in filtered
    synopsis = service.chat_reply("Who is Andreï?", [], 1, "Synopsis")
    assert synopsis.startswith(f"*{SEARCHED_UNATTRIBUTED}*\n\n**Synopsis**")
    assert service.speaker_choices()[0] == "All" and service.speaker_choices()[-1] == "Synopsis" and len(service.speaker_choices()) == 12


def test_history_is_read_back_as_typed_and_long_messages_are_cut():
    shown = user_message_markdown("What about <b>Guskov</b>?", 1000)
    history = [
        {"role": "user", "content": [{"type": "text", "text": shown}]},
        {"role": "assistant", "content": "**Alexeï Guskov** …"},
        {"role": "user", "content": "Why?"},
    ]
    assert user_questions(history) == ["What about <b>Guskov</b>?", "Why?"]
    assert user_message_markdown("x" * 5000, 1000) == "x" * 1000 + "…"
    assert user_message_markdown("a\x00b \ud800c", 1000) == "a b  c"
