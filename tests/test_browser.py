"""A real browser (Playwright driving Debian's Chromium) asks the app a question."""

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


@pytest.fixture
def page(app_url):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        context = browser.new_page(viewport={"width": 1280, "height": 1000})
        context.outside_requests = []
        context.dialogs = []
        context.on("request", lambda r: urlparse(r.url).hostname not in ("127.0.0.1", "localhost", None) and r.url.startswith("http") and context.outside_requests.append(r.url))
        context.on("dialog", lambda d: (context.dialogs.append(d.message), d.dismiss()))
        context.goto(app_url, wait_until="networkidle")
        yield context
        browser.close()


def assert_shows(png: Path, box: dict, width: int) -> None:
    """The screenshot is `width` wide, not blank, and holds the element whose page box is `box`."""
    from PIL import Image, ImageStat

    with Image.open(png) as image:
        assert image.width == width and image.height >= box["y"] + box["height"]
        region = image.convert("L").crop((int(box["x"]), int(box["y"]), int(box["x"] + box["width"]), int(box["y"] + box["height"])))
        # Text on a plain background: the element's pixels are not all one shade.
        assert ImageStat.Stat(region).stddev[0] > 10


def ask(page, question: str) -> None:
    box = page.get_by_placeholder("Ask the press kit a question…")
    box.fill(question)
    box.press("Enter")


def test_a_question_typed_in_the_page_shows_speaker_and_quote(page, tmp_path):
    ask(page, "Who taught Melanie Laurent to play the violin?")
    page.get_by_text("Sarah Nemtanu", exact=False).first.wait_for(timeout=60_000)
    bot = page.locator(".message-row").last
    assert bot.locator("strong", has_text="Mélanie Laurent").first.is_visible()
    assert "I trained for three months with an extraordinary teacher, Sarah Nemtanu" in bot.inner_text()
    assert "[1] Mélanie Laurent, \"A Conversation with Mélanie Laurent\", The Concert press kit, lines" in bot.inner_text()
    bot.screenshot(path=str(tmp_path / "answer.png"))
    box = bot.bounding_box()
    assert_shows(tmp_path / "answer.png", {"x": 0, "y": 0, "width": box["width"], "height": box["height"]}, width=round(box["width"]))
    assert page.outside_requests == []


def test_markup_in_a_question_is_shown_as_text_and_never_run(page):
    hostile = "<img src=x onerror=alert(1)> <script>alert(2)</script> **not bold**"
    ask(page, hostile)
    page.get_by_text("doesn't seem to cover", exact=False).first.wait_for(timeout=60_000)
    user = page.locator(".message-row").first
    assert hostile in user.inner_text()
    assert user.locator("img, script, strong").count() == 0
    assert page.dialogs == []


def test_the_export_button_downloads_exactly_the_cited_quotes(page, searcher):
    import csv
    import io

    ask(page, "Who taught Melanie Laurent to play the violin?")
    page.get_by_text("Sarah Nemtanu", exact=False).first.wait_for(timeout=60_000)
    page.get_by_role("button", name="Export cited passages (CSV)").click()
    link = page.locator("a[download]").first
    link.wait_for(timeout=60_000)
    href = link.get_attribute("href")
    assert href.endswith("/cited_passages.csv")
    rows = list(csv.DictReader(io.StringIO(page.request.get(href).text())))
    texts = {p.text for p in searcher.index.passages}
    assert len(rows) == 3 and all(row["quote"] in texts for row in rows)
    assert "Sarah Nemtanu" in rows[0]["quote"] and rows[0]["speaker"] == "Mélanie Laurent"
