"""The web app through its API, with gradio_client, as a program would use it."""

import pytest
from gradio_client import Client

from assistant.present import NOTHING_FOUND


@pytest.fixture(scope="module")
def client(app_url) -> Client:
    return Client(app_url, verbose=False)


def reply_text(history: list) -> str:
    content = history[-1]["content"]
    return content if isinstance(content, str) else " ".join(part["text"] for part in content)


def test_an_on_topic_question_returns_the_right_speaker_and_quote(client):
    history, textbox = client.predict("Who taught Melanie Laurent to play the violin?", [], 3, "All", api_name="/ask")
    reply = reply_text(history)
    assert textbox == ""
    assert reply.startswith("**Mélanie Laurent (Anne-Marie)**\n\n*How was your training with the violin?*")
    assert "Sarah Nemtanu" in reply and '[1] Mélanie Laurent (Anne-Marie), "A Conversation with Mélanie Laurent"' in reply


def test_an_off_topic_question_gets_the_does_not_cover_reply(client):
    history, _ = client.predict("What is the population of Canada?", [], 3, "All", api_name="/ask")
    assert reply_text(history).startswith(NOTHING_FOUND)


def test_the_speaker_filter_changes_the_results(client):
    unfiltered = client.predict("How does Radu direct his actors?", 3, "All", api_name="/reply")
    filtered = client.predict("How does Radu direct his actors?", 3, "Anna Kamenkova", api_name="/reply")
    assert unfiltered.startswith("**Answers from everyone asked** *How does Radu direct his actors?*")
    assert "**Dmitry Nazarov (Sacha)**" in unfiltered
    # The filter is said, not applied silently.
    assert filtered.startswith("*Searched Anna Kamenkova's answers only.*\n\n**Anna Kamenkova (Irina)**") and "Nazarov" not in filtered


def test_a_follow_up_uses_the_previous_turn(client):
    history, _ = client.predict("How does Radu direct his actors?", [], 1, "All", api_name="/ask")
    history, _ = client.predict("And what did Barinov say?", history, 1, "All", api_name="/ask")
    reply = reply_text(history)
    assert reply.startswith(
        "*Read as a follow-up:* How does Radu direct his actors? And what did Barinov say?\n\n"
        "**Valery Barinov (Ivan)**\n\n*How does Radu direct his actors? Is he very hands on?*"
    )
    assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]


def test_user_text_is_escaped_and_empty_or_huge_questions_are_handled(client):
    history, _ = client.predict("<script>alert(1)</script> **bold**", [], 3, "All", api_name="/ask")
    shown = history[0]["content"]
    shown = shown if isinstance(shown, str) else shown[0]["text"]
    assert shown == "\\<script\\>alert(1)\\</script\\> \\*\\*bold\\*\\*"
    assert client.predict("   ", 3, "All", api_name="/reply").startswith("Type a question about the film")
    long_reply = client.predict("violin " * 20_000, 3, "All", api_name="/reply")
    assert long_reply.startswith("*Your question was long")


def test_the_page_loads_nothing_from_other_hosts(app_url):
    import re
    import urllib.request

    with urllib.request.urlopen(app_url) as response:
        page = response.read().decode("utf-8")
    external = re.findall(r"<(?:script|link)[^>]+(?:src|href)=\"(https?://[^\"]+)\"", page)
    assert [url for url in external if not url.startswith("http://127.0.0.1")] == []
