"""A real browser (Playwright driving Debian's Chromium) asks the app a question."""

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="browser test needs Debian's Chromium: run `apt-get install -y chromium` (make test does it when run as root)",
)
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


DESKTOP = {"width": 1280, "height": 1000}
PHONE = {"width": 390, "height": 844}
# Every element that scrolls inside the page (the page itself excluded).
NESTED_SCROLLING = """() => [...document.querySelectorAll('body *')].filter(el => el.clientHeight > 0
    && el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY))
    .map(el => el.tagName + '.' + el.className)"""


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


def open_page(browser, app_url, viewport=DESKTOP):
    """A fresh browser profile on the app, allowed to use the clipboard, watching for outside requests."""
    context = browser.new_context(viewport=viewport)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=app_url.rstrip("/"))
    page = context.new_page()
    page.outside_requests = []
    page.dialogs = []
    page.on("request", lambda r: urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None) and r.url.startswith("http") and page.outside_requests.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(app_url, wait_until="networkidle")
    return page


@pytest.fixture
def page(browser, app_url):
    return open_page(browser, app_url)


def assert_shows(png: Path, box: dict, width: int) -> None:
    """The screenshot is `width` wide, not blank, and holds the element whose page box is `box`."""
    from PIL import Image, ImageStat

    with Image.open(png) as image:
        assert image.width == width and image.height >= box["y"] + box["height"]
        region = image.convert("L").crop((int(box["x"]), int(box["y"]), int(box["x"] + box["width"]), int(box["y"] + box["height"])))
        # Text on a plain background: the element's pixels are not all one shade.
        assert ImageStat.Stat(region).stddev[0] > 10


def ask(page, question: str) -> None:
    """Type a question, send it, and wait until its reply is in and scrolled to."""
    replies = page.locator("#answers .bot-row").count()
    box = page.get_by_placeholder("Ask the press kit a question…")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('#answers .bot-row').length > {replies}", timeout=60_000)
    page.wait_for_timeout(800)


def last_reply(page):
    return page.locator("#answers .bot-row").last


def test_a_question_typed_in_the_page_shows_speaker_and_quote(page, tmp_path):
    ask(page, "Who taught Melanie Laurent to play the violin?")
    bot = last_reply(page)
    assert bot.locator("strong", has_text="Mélanie Laurent (Anne-Marie)").first.is_visible()
    assert "I trained for three months with an extraordinary teacher, Sarah Nemtanu" in bot.inner_text()
    assert "[1] Mélanie Laurent (Anne-Marie), \"A Conversation with Mélanie Laurent\", The Concert press kit, lines" in bot.inner_text()
    bot.screenshot(path=str(tmp_path / "answer.png"))
    box = bot.bounding_box()
    assert_shows(tmp_path / "answer.png", {"x": 0, "y": 0, "width": box["width"], "height": box["height"]}, width=round(box["width"]))
    assert page.outside_requests == []


def test_markup_in_a_question_is_shown_as_text_and_never_run(page):
    hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script> **not bold**"
    ask(page, hostile)
    page.get_by_text("doesn't seem to cover", exact=False).first.wait_for(timeout=60_000)
    user = page.locator("#answers .user-row").first
    assert hostile in user.inner_text()
    assert user.locator("img, script, strong").count() == 0
    assert page.dialogs == []


def export_rows(page) -> list[dict]:
    """Click the CSV export and read the file back as Excel would need it: a BOM, then UTF-8."""
    import csv
    import io

    page.get_by_role("button", name="Export chosen passages (CSV)").click()
    link = page.locator("a[download]").first
    link.wait_for(timeout=60_000)
    href = link.get_attribute("href")
    assert re.search(r"/quotes-\d{4}-\d\d-\d\d\.csv$", href)
    body = page.request.get(href).body()
    assert body.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_export_button_downloads_exactly_the_cited_quotes(page, searcher):
    ask(page, "Who taught Melanie Laurent to play the violin?")
    rows = export_rows(page)
    texts = {p.text for p in searcher.index.passages}
    assert len(rows) == 3 and all(row["quote"] in texts for row in rows)
    assert "Sarah Nemtanu" in rows[0]["quote"] and rows[0]["speaker"] == "Mélanie Laurent (Anne-Marie)"
    assert [row["question"] for row in rows] == ["Who taught Melanie Laurent to play the violin?"] * 3
    assert [row["number"] for row in rows] == ["1", "2", "3"]


def test_a_reply_opens_at_its_top_with_passage_one_in_view(page):
    ask(page, "Who taught Melanie Laurent to play the violin?")
    ask(page, "What does everyone say about the ultimate harmony?")
    first_speaker = last_reply(page).locator("strong").nth(1)
    assert first_speaker.inner_text().startswith("Radu Mihaileanu") or "(" in first_speaker.inner_text() or "," in first_speaker.inner_text()
    box, chat = first_speaker.bounding_box(), page.locator("#answers").bounding_box()
    # Inside the window and inside the chat box's visible part, not scrolled past.
    assert 0 <= box["y"] and box["y"] + box["height"] <= DESKTOP["height"]
    assert chat["y"] <= box["y"] <= chat["y"] + chat["height"] - box["height"]


def test_an_off_topic_question_shows_muted_closest_passages_and_exports_nothing(page):
    ask(page, "What is the capital of Australia?")
    bot = last_reply(page)
    assert "doesn't seem to cover that" in bot.inner_text()
    details = bot.locator("details")
    assert details.count() == 1 and details.get_attribute("open") is None
    assert not bot.locator("blockquote").first.is_visible()
    assert not re.search(r"\[\d+\]", bot.inner_text()) and bot.locator("a").count() == 0
    page.get_by_role("button", name="Export chosen passages (CSV)").click()
    page.get_by_text("Nothing to export", exact=False).first.wait_for(timeout=30_000)
    assert page.locator("a[download]").count() == 0


def test_a_speaker_filter_and_a_follow_up_are_stated_in_the_reply(page):
    # One document: nothing to choose, so no document filter (the library test shows it with two).
    assert page.get_by_role("combobox", name="Search in").count() == 0
    dropdown = page.get_by_role("combobox", name="Speaker")
    dropdown.click()
    page.get_by_role("option", name="Armand Amar").click()
    ask(page, "How did Mélanie Laurent learn the violin?")
    assert last_reply(page).inner_text().startswith("Searched Armand Amar's answers only.")
    dropdown.click()
    page.get_by_role("option", name="All").click()
    ask(page, "How does Radu direct his actors?")
    ask(page, "And what did Barinov say?")
    assert last_reply(page).inner_text().startswith("Read as a follow-up: How does Radu direct his actors? And what did Barinov say?")


def test_copy_quote_puts_the_plain_text_quote_with_its_attribution_and_link_on_the_clipboard(page, app_url, service):
    from assistant.present import plain_quote

    ask(page, "Who taught Melanie Laurent to play the violin?")
    passage = service.answer("Who taught Melanie Laurent to play the violin?").answer.hits[0].passage
    last_reply(page).get_by_role("link", name="copy quote").first.click()
    page.wait_for_timeout(300)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == plain_quote(passage, service.titles(), f"{app_url.rstrip('/')}/?passage={passage.id}")
    assert "**" not in copied and "> " not in copied


def test_read_in_context_opens_the_reading_room_in_this_page(page, app_url):
    ask(page, "Who taught Melanie Laurent to play the violin?")
    last_reply(page).get_by_role("link", name="read in context").first.click()
    page.locator("#reading-view #cited mark").wait_for(timeout=30_000)
    assert page.url.rstrip("/") == app_url.rstrip("/") and len(page.context.pages) == 1
    assert "Sarah Nemtanu" in page.locator("#reading-view #cited mark").inner_text()


def test_the_reading_room_opens_on_the_first_interview(page):
    page.get_by_role("tab", name="Reading room").click()
    assert page.locator("#reading-view h3").first.inner_text() == "Synopsis"


def test_a_reload_keeps_the_conversation_until_a_new_one_is_started(page, app_url):
    ask(page, "Who taught Melanie Laurent to play the violin?")
    page.reload(wait_until="networkidle")
    page.locator("#answers .bot-row").first.wait_for(timeout=30_000)
    assert "Sarah Nemtanu" in last_reply(page).inner_text()
    page.get_by_role("button", name="New conversation").click()
    page.wait_for_timeout(800)
    page.reload(wait_until="networkidle")
    page.wait_for_timeout(1500)
    assert page.locator("#answers .bot-row").count() == 0


def test_on_a_phone_the_page_is_the_only_scroll_area_and_the_options_are_folded_above(browser, app_url, tmp_path):
    phone = open_page(browser, app_url, PHONE)
    phone.wait_for_timeout(800)
    ask(phone, "How does Radu direct his actors?")
    assert phone.evaluate(NESTED_SCROLLING) == []
    options, chat = phone.locator("#options").bounding_box(), phone.locator("#answers").bounding_box()
    assert options["y"] < chat["y"] and not phone.get_by_role("combobox", name="Speaker").is_visible()
    first_speaker = last_reply(phone).locator("strong").nth(1).bounding_box()
    assert 0 <= first_speaker["y"] <= PHONE["height"]
    phone.screenshot(path=str(tmp_path / "phone.png"))
    assert_shows(tmp_path / "phone.png", {"x": 0, "y": first_speaker["y"], "width": PHONE["width"], "height": 40}, width=PHONE["width"])
