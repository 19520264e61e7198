"""Reply formatting: escaping, highlighted quotes, citations, abstention replies."""

import re
from dataclasses import replace

from assistant.data import Answer, Hit, Passage
from assistant.present import (
    ADVICE,
    CLOSEST,
    NOTHING_FOUND,
    SEARCHED_UNATTRIBUTED,
    TRUNCATED,
    UNREAD_LANGUAGE,
    UNREAD_LANGUAGE_NOTHING,
    answer_to_text,
    answer_markdown,
    answer_to_json,
    citation,
    escape_markdown,
    plain_quote,
    quote_markdown,
    searched_notes,
    speaker_titles,
    unescape_markdown,
)

LAURENT = Passage(
    "abc123", "The Concert press kit", "A Conversation with Mélanie Laurent", "Mélanie Laurent",
    "How was your training with the violin?",
    "I trained for three months with Sarah Nemtanu. Thanks to her I lived with an orchestra. It helped me.",
    "the_concert_press_kit.txt", (2024, 2036),
)
SYNOPSIS = Passage("def456", "The Concert press kit", "Synopsis", None, None, "Andreï was a prodigy.", "the_concert_press_kit.txt", (3, 3))


def rendered_text(markdown: str) -> str:
    """What a reader sees of a Markdown fragment made by these helpers: no bold markers, no escapes."""
    return unescape_markdown(markdown.replace("**", ""))


def test_citations_name_speaker_interview_document_and_lines():
    assert citation(LAURENT, 1) == '[1] Mélanie Laurent, "A Conversation with Mélanie Laurent", The Concert press kit, lines 2024-2036'
    assert citation(SYNOPSIS, 2) == '[2] Synopsis, "Synopsis", The Concert press kit, line 3'
    one_section = replace(LAURENT, interview="Cast Q&A", document="Cast Q&A")
    assert citation(one_section, 3) == '[3] Mélanie Laurent, "Cast Q&A", lines 2024-2036'


def test_escaping_makes_markup_literal_and_is_reversible():
    hostile = "<script>alert(1)</script> **bold** [link](http://x) ![img](http://y) # heading $x$ `code`"
    escaped = escape_markdown(hostile)
    assert not re.search(r"(?<!\\)[<>\[\]*`$#!]", escaped)
    assert unescape_markdown(escaped) == hostile
    assert escape_markdown("- item\n1. first") == "\\- item 1. first"
    assert escape_markdown("1. first") == "1\\. first"


def test_highlighted_sentences_are_bold_and_the_quote_is_unchanged():
    markdown = quote_markdown(LAURENT.text, (0, 1))
    assert markdown.startswith("**I trained for three months with Sarah Nemtanu. Thanks to her I lived with an orchestra.**")
    assert markdown.endswith(" It helped me.")
    assert rendered_text(markdown) == LAURENT.text
    assert rendered_text(quote_markdown(LAURENT.text, (2,))) == LAURENT.text


TITLES = {"Mélanie Laurent": "Mélanie Laurent (Anne-Marie)"}


def test_a_reply_lists_speaker_prompt_quote_and_citation_per_passage():
    reply = answer_markdown(Answer("q", False, (Hit(LAURENT, 1, 0.9, (0,)), Hit(SYNOPSIS, 2, 0.5, (0,)))), TITLES)
    first, second = reply.split("\n\n---\n\n")
    assert first.split("\n\n") == [
        "**Mélanie Laurent (Anne-Marie)**",
        "*How was your training with the violin?*",
        "> **I trained for three months with Sarah Nemtanu.** Thanks to her I lived with an orchestra. It helped me.",
        '[1] Mélanie Laurent (Anne-Marie), "A Conversation with Mélanie Laurent", The Concert press kit, lines 2024-2036'
        " · [read in context](?passage=abc123) · [copy quote](#copy-quote)",
    ]
    assert second.startswith("**Synopsis**\n\n> **Andreï was a prodigy.**")


def test_an_abstention_says_so_and_folds_the_closest_passages_away_muted_and_uncited():
    reply = answer_markdown(Answer("q", True, (), (Hit(LAURENT, 1, 0.2, (0,)),), truncated=True), TITLES)
    assert reply == (
        f"*{TRUNCATED}*\n\n{NOTHING_FOUND}\n\n<details><summary>{CLOSEST} (1)</summary>\n\n"
        '<small>Mélanie Laurent (Anne-Marie), "A Conversation with Mélanie Laurent", The Concert press kit, lines 2024-2036</small>'
        f"\n\n> {LAURENT.text}\n\n</details>"
    )
    # No citation number, no highlight, no link: nothing there can be cited or exported.
    assert "[1]" not in reply and "**I trained" not in reply and "?passage=" not in reply
    assert answer_markdown(Answer("q", True, ())) == NOTHING_FOUND


def test_a_request_for_advice_is_told_why_nothing_answers_it_in_any_language():
    advice = Answer("Comment apprendre le russe ?", True, (), unread_language="French", asks_for_advice=True)
    assert answer_markdown(advice) == ADVICE and ADVICE.startswith(NOTHING_FOUND)
    assert answer_to_text(advice) == ADVICE and answer_to_json(advice)["asks_for_advice"] is True


def test_what_was_searched_is_said_when_it_is_not_just_the_question():
    assert searched_notes(None, None) == []
    assert searched_notes("Armand Amar", None) == ["*Searched Armand Amar's answers only.*"]
    assert searched_notes("", "Why Tchaikovsky? Guskov") == [f"*{SEARCHED_UNATTRIBUTED}*", "*Read as a follow-up:* Why Tchaikovsky? Guskov"]
    reply = answer_markdown(Answer("q", False, (Hit(LAURENT, 1, 0.9),)), None, searched_notes("Mélanie Laurent", None))
    assert reply.startswith("*Searched Mélanie Laurent's answers only.*\n\n**Mélanie Laurent**")


def test_speaker_titles_give_role_and_part_from_the_metadata():
    metas = [{"roles": {"producer": "Alain Attal", "director": "Lena Park"}, "characters": {"Andreï": ["Alexeï Guskov"], "Elena": ["Lena Park"]}}]
    assert speaker_titles(metas) == {"Alain Attal": "Alain Attal, producer", "Alexeï Guskov": "Alexeï Guskov (Andreï)", "Lena Park": "Lena Park, director (Elena)"}


def test_a_plain_quote_is_what_a_journalist_pastes():
    assert plain_quote(LAURENT, TITLES, "http://127.0.0.1:7860/?passage=abc123") == (
        "“I trained for three months with Sarah Nemtanu. Thanks to her I lived with an orchestra. It helped me.” — "
        'Mélanie Laurent (Anne-Marie), "A Conversation with Mélanie Laurent", The Concert press kit, lines 2024-2036, '
        "http://127.0.0.1:7860/?passage=abc123"
    )


def test_json_results_are_empty_when_abstaining():
    assert answer_to_json(Answer("q", True, (), (Hit(LAURENT, 1, 0.2),))) == {
        "query": "q", "abstained": True, "shared_prompt": None, "unread_language": None, "asks_for_advice": False, "results": []
    }
    record = answer_to_json(Answer("q", False, (Hit(LAURENT, 1, 0.91234),)))["results"][0]
    assert record["score"] == 0.9123 and record["lines"] == [2024, 2036] and re.fullmatch(r"\w+", record["id"])


def test_a_question_in_a_language_the_model_cannot_read_is_told_so_not_called_uncovered():
    found = Answer("Comment a-t-elle appris le violon ?", False, (Hit(LAURENT, 1, 2.0),), unread_language="French")
    note = UNREAD_LANGUAGE.format(language="French")
    assert answer_markdown(found).startswith(f"*{note}*\n\n**Mélanie Laurent**")
    assert answer_to_text(found).startswith(f"({note})\n")
    assert answer_to_json(found)["unread_language"] == "French"
    nothing = Answer("Où le film a-t-il été tourné ?", True, (), unread_language="French")
    assert answer_markdown(nothing) == UNREAD_LANGUAGE_NOTHING.format(language="French")
    assert answer_to_text(nothing) == UNREAD_LANGUAGE_NOTHING.format(language="French")
    assert NOTHING_FOUND not in answer_markdown(nothing)
