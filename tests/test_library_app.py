"""The library through the running app with a login: editors add and remove, readers cannot,
anonymous requests get nothing; bad files leave the index as it was."""

import urllib.error
import urllib.request

import pytest
from gradio_client import Client, handle_file

from assistant.users import add_user
from conftest import seeds_copy
from test_read_pdf import make_pdf

EDITOR, READER = ("ana", "correct horse"), ("rui", "battery staple")


@pytest.fixture(scope="module")
def library_app(tmp_path_factory, built_settings):
    from assistant.measure.serving import running_app

    folder = tmp_path_factory.mktemp("library-app")
    users = folder / "users.toml"
    add_user(users, *EDITOR[:1], "editor", EDITOR[1])
    add_user(users, *READER[:1], "reader", READER[1])
    flags = ["--seeds", str(seeds_copy(folder)), "--auth-file", str(users), "--max-upload-mb", "1"]
    with running_app(folder / "index", folder / "app.log", flags=flags) as app:
        yield app.url


def press_kit_pdf(path):
    make_pdf(
        path,
        [[("H", "Interview with Odile Varga"), ("B", "Who built the foghorn?"), ("", "A retired sailor from Brest built the foghorn for us out of an old ship's whistle.")],
         [("B", "How did you find the lighthouse?"), ("", "I walked the whole coast of Brittany for a summer before I found the lighthouse at Kermorvan.")]],
        title="The Lighthouse press notes",
    )
    return path


def test_anonymous_requests_get_nothing(library_app):
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(library_app + "gradio_api/info", timeout=10)
    assert refused.value.code == 401
    with pytest.raises(Exception):
        Client(library_app, verbose=False).predict("Who built the foghorn?", 3, "All", api_name="/reply")


def test_a_reader_may_ask_but_not_change_the_library(library_app, tmp_path):
    reader = Client(library_app, auth=READER, verbose=False)
    assert "Mélanie Laurent" in reader.predict("Who taught Melanie Laurent to play the violin?", 3, "All", api_name="/reply")
    token, preview, message = reader.predict([handle_file(str(press_kit_pdf(tmp_path / "kit.pdf")))], api_name="/check_documents")
    assert (token, preview) == ("", "") and "read-only" in message


def test_an_editor_adds_a_pdf_press_kit_then_removes_it(library_app, tmp_path):
    editor = Client(library_app, auth=EDITOR, verbose=False)
    token, preview, _ = editor.predict([handle_file(str(press_kit_pdf(tmp_path / "lighthouse.pdf")))], api_name="/check_documents")
    assert token and "Speakers: Odile Varga" in preview and "Kermorvan" in preview
    _, _, message = editor.predict(token, False, api_name="/add_documents")
    assert message.startswith("Added: lighthouse.pdf.")
    reply = editor.predict("Who built the foghorn?", 3, "All", api_name="/reply")
    assert reply.startswith("**Odile Varga**") and "old ship" in reply
    # The document filter: one press kit of the library at a time.
    alone = editor.predict("Who built the foghorn?", "The Lighthouse press notes", 3, "All", api_name="/reply_in_document")
    assert alone.startswith("*Searched The Lighthouse press notes only.*") and "old ship" in alone
    assert "Odile Varga" not in editor.predict("Who built the foghorn?", "The Concert press kit", 3, "All", api_name="/reply_in_document")
    message, _ = editor.predict("lighthouse.pdf", True, api_name="/remove_document")
    assert message.startswith("Removed lighthouse.pdf")
    assert "Odile Varga" not in editor.predict("Who built the foghorn?", 3, "All", api_name="/reply")


def test_a_corrupt_pdf_and_an_oversized_file_are_refused_and_the_index_is_unchanged(library_app, tmp_path):
    editor = Client(library_app, auth=EDITOR, verbose=False)
    before = editor.predict("Who taught Melanie Laurent to play the violin?", 3, "All", api_name="/reply")
    corrupt = tmp_path / "broken.pdf"
    corrupt.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 100)
    token, preview, message = editor.predict([handle_file(str(corrupt))], api_name="/check_documents")
    assert (token, preview) == ("", "") and "broken.pdf" in message and "PDF" in message
    big = tmp_path / "big.txt"
    big.write_text("word " * 300_000)
    with pytest.raises(Exception):
        editor.predict([handle_file(str(big))], api_name="/check_documents")
    assert editor.predict("Who taught Melanie Laurent to play the violin?", 3, "All", api_name="/reply") == before


def test_in_the_browser_an_editor_logs_in_adds_a_document_asks_about_it_and_removes_it(library_app, tmp_path):
    from test_browser import CHROMIUM, CHROMIUM_FLAGS

    if not CHROMIUM.exists():
        pytest.skip("browser test needs Debian's Chromium: run `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.goto(library_app, wait_until="networkidle")
        page.get_by_label("username").fill(EDITOR[0])
        page.get_by_label("password").fill(EDITOR[1])
        page.get_by_role("button", name="Login").click()
        page.get_by_role("tab", name="Library").click()
        page.locator("#library-upload input[type=file]").set_input_files(str(press_kit_pdf(tmp_path / "lighthouse.pdf")))
        page.wait_for_timeout(1500)
        page.get_by_role("button", name="Check the files").click()
        page.get_by_text("Speakers: Odile Varga").wait_for(timeout=60_000)
        page.get_by_role("button", name="Add to the library").click()
        page.get_by_text("Added: lighthouse.pdf.", exact=False).wait_for(timeout=120_000)
        page.locator("#library-table", has_text="lighthouse.pdf").wait_for(timeout=30_000)
        page.get_by_role("tab", name="Chat").click()
        box = page.get_by_placeholder("Ask the press kit a question…")
        box.fill("Who built the foghorn?")
        box.press("Enter")
        page.locator("#answers .bot-row").last.get_by_text("old ship", exact=False).wait_for(timeout=60_000)
        assert page.locator("#answers .bot-row").last.locator("strong").first.inner_text() == "Odile Varga"
        # Two documents now: the chat offers to search one of them.
        search_in = page.get_by_role("combobox", name="Search in")
        search_in.click()
        page.get_by_role("option", name="The Lighthouse press notes").wait_for(timeout=10_000)
        page.keyboard.press("Escape")
        page.get_by_role("tab", name="Library").click()
        page.get_by_text("Remove a document or rebuild").click()
        document = page.get_by_role("combobox", name="Document")
        document.click()
        page.get_by_role("option", name="lighthouse.pdf").click()
        page.get_by_label("Yes, remove it").check()
        page.get_by_role("button", name="Remove", exact=True).click()
        page.get_by_text("Removed lighthouse.pdf", exact=False).wait_for(timeout=120_000)
        page.get_by_role("tab", name="Reading room").click()
        picker = page.get_by_role("combobox", name="Interview")
        picker.click()
        assert page.get_by_role("option", name="Interview with Odile Varga", exact=False).count() == 0
        browser.close()
