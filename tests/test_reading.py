"""The reading room: whole interviews around a cited passage, contents, and links in a browser."""

import re

import pytest

from assistant.data import Passage
from assistant.ingest.passages import join_span
from assistant.reading import contents_markdown, example_prompts, find, interview_html, interviews


def passage(pid, interview, question, text, lines=(1, 1)):
    return Passage(pid, "Kit", interview, "Jane Doe", question, text, "kit.txt", lines)


PASSAGES = [
    passage("a1", "A Conversation with Jane Doe", "Why <this> film?", "Because I loved it & <b>cried</b>.", (3, 5)),
    passage("a2", "A Conversation with Jane Doe", "Why <this> film?", "Then I said yes.", (5, 7)),
    passage("b1", "A Conversation with Jane Doe", "And the shoot?", "It was cold.", (9, 9)),
]


def test_an_interview_shows_each_prompt_once_and_marks_the_cited_passage_escaped():
    (interview,) = interviews(PASSAGES)
    page = interview_html(interview, ("a2",))
    assert page.count("<strong>Why &lt;this&gt; film?</strong>") == 1
    assert '<p id="cited"><mark>Then I said yes.</mark> <small>(lines 5-7)</small></p>' in page
    assert "Because I loved it &amp; &lt;b&gt;cried&lt;/b&gt;." in page and "<b>" not in page
    assert find(PASSAGES, range(2, 3))[1] == ("b1",) and find(PASSAGES, None) is None
    assert find(PASSAGES, range(1, 2))[0] == interview


def test_a_span_of_an_answer_is_marked_whole_and_scrolled_to_at_its_start():
    (interview,) = interviews(PASSAGES)
    found_interview, marked = find(PASSAGES, range(0, 2))
    assert found_interview == interview and marked == ("a1", "a2")
    page = interview_html(interview, marked)
    assert page.count("<mark>") == 2 and page.count('id="cited"') == 1
    assert page.index('id="cited"') < page.index("Because I loved it") < page.index("Then I said yes.")
    assert '<p id="p-b1">It was cold.' in page


def test_contents_list_interviews_with_prompt_counts_and_links_to_whole_answers():
    # An answer in two passages is linked as the span a1-a2, so the reading room marks all of it.
    assert contents_markdown(PASSAGES).splitlines()[:4] == [
        "### Kit",
        "**A Conversation with Jane Doe** (2 prompts)",
        "- [Why \\<this\\> film?](?passage=a1-a2)",
        "- [And the shoot?](?passage=b1)",
    ]


def test_the_real_press_kit_contents_cover_every_interview(searcher):
    contents = contents_markdown(searcher.index.passages)
    assert len(re.findall(r"^\*\*A Conversation with", contents, re.M)) == 10
    assert "**A Conversation with Miou Miou** (11 prompts)" in contents


@pytest.mark.parametrize("span", [False, True], ids=["passage", "answer-span"])
def test_a_passage_link_opens_its_interview_with_the_passage_marked(app_url, searcher, tmp_path, span):
    from pathlib import Path

    if not Path("/usr/bin/chromium").exists():
        pytest.skip("browser test needs Debian's Chromium: run `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    if span:
        pieces = [p for p in searcher.index.passages if p.speaker == "Mélanie Laurent" and p.question == "What did you find interesting in the script?"]
        cited, prompt = join_span(pieces), "What did you find interesting in the script?"
        assert len(pieces) == 2 and "-" in cited.id
    else:
        pieces = [next(p for p in searcher.index.passages if p.speaker == "Mélanie Laurent" and "Sarah Nemtanu" in p.text)]
        cited, prompt = pieces[0], "How was your training with the violin?"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(f"{app_url}?passage={cited.id}", wait_until="networkidle")
        mark = page.locator("#cited mark")
        mark.wait_for(timeout=30_000)
        assert mark.inner_text() == pieces[0].text
        assert [m.inner_text() for m in page.locator("mark").all()] == [p.text for p in pieces]
        assert " ".join(p.text for p in pieces) == cited.text
        assert page.get_by_text(prompt).first.is_visible()
        page.wait_for_timeout(500)
        assert mark.is_visible()
        box = mark.bounding_box()
        assert 0 <= box["y"] and box["y"] + min(box["height"], 100) <= 900  # scrolled into view
        page.screenshot(path=str(tmp_path / "reading_room.png"))
        from test_browser import assert_shows

        assert_shows(tmp_path / "reading_room.png", {**box, "height": min(box["height"], 900 - box["y"])}, width=1280)
        browser.close()


def test_examples_are_interviewers_prompts_the_shared_one_first_then_one_per_speaker():
    def asked(pid, speaker, question):
        return Passage(pid, "Kit", f"Interview with {speaker}", speaker, question, "An answer.", "kit.txt", (1, 1))

    corpus = [
        asked("1", "Ana Diaz", "How did the project start for you?"),
        asked("2", "Ana Diaz", "What is ultimate harmony for you?"),
        asked("3", "Tom Lee", "And in Paris?"),
        asked("4", "Tom Lee", "Why?"),
        asked("5", "Tom Lee", "What did you think of the script?"),
        asked("6", "Tom Lee", "What is ultimate harmony for you?"),
    ]
    # Follow-ups ("And in Paris?") and one-word prompts are not examples.
    assert example_prompts(corpus) == ["What is ultimate harmony for you?", "How did the project start for you?", "What did you think of the script?"]
    assert example_prompts([]) == []


def test_the_press_kit_s_examples_are_its_own_prompts(searcher):
    examples = example_prompts(searcher.index.passages)
    prompts = {p.question for p in searcher.index.passages}
    assert len(examples) == 3 and set(examples) <= prompts and examples[0] == "How would you define the “ultimate harmony”?"
