"""The web chat: lays out Gradio over the assistant's service, where all the logic lives.

  python app.py                      # http://127.0.0.1:7860, building the index first if needed
  python app.py --port 8080 --host 0.0.0.0
"""

from __future__ import annotations

import argparse
import datetime
import logging
import os
import sys
import tempfile
from pathlib import Path

# No outbound calls: Gradio's analytics and version check, and the model hub's telemetry, stay off.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

import gradio as gr  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from assistant.conversation import ALL_DOCUMENTS, ALL_SPEAKERS, bounded_history, user_message_markdown, user_questions  # noqa: E402
from assistant.limits import MAX_REQUEST_BYTES, BodyLimit, limit_malloc_arenas  # noqa: E402
from assistant.present import FAILED  # noqa: E402
from assistant.reading import contents_markdown, find, interview_html  # noqa: E402
from assistant.library import DEFAULT_MAX_UPLOAD_BYTES  # noqa: E402
from assistant.library_tab import library_tab  # noqa: E402
from assistant.service import Service, add_common_flags, settings_from  # noqa: E402
from assistant.users import Access, exposure_problem, read_users  # noqa: E402

log = logging.getLogger("app")
# Without library edits the app takes no uploads; Gradio's upload route stays open, so it is held to this size.
MAX_UPLOAD_BYTES = 1024 * 1024
AUTH_FILE_VARIABLE = "PRESS_KIT_AUTH_FILE"
# Every hour, files Gradio cached for this app (exports) older than an hour are deleted.
CACHE_CLEANING = (3600, 3600)
# Gradio keeps per-browser-session state for this many sessions at most (its default is 10,000).
MAX_SESSIONS = 1000
# The longest chat message kept in a history: a reply of 10 long passages is well under this.
MAX_MESSAGE_CHARS = 100_000
SCROLL_TO_CITED = "() => setTimeout(() => document.getElementById('cited')?.scrollIntoView({block: 'center'}), 200)"
# A reply opens at its top: the question asked, then passage [1] (not the end of the last passage).
SCROLL_TO_REPLY = "() => setTimeout(() => window.pressKitScrollToReply && window.pressKitScrollToReply(), 150)"
# The chat box's height on a desktop; on a phone it grows with the page (static/chat.css).
CHAT_HEIGHT = "70vh"
# Where the browser keeps the conversation (localStorage, encrypted by Gradio).
CONVERSATION_KEY = "press-kit-assistant-conversation"
STATIC = Path(__file__).parent / "assistant" / "static"
# System fonts only: the page must render without fetching fonts from a CDN.
THEME = gr.themes.Default(
    font=["ui-sans-serif", "system-ui", "Segoe UI", "Helvetica", "Arial", "sans-serif"],
    font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
)


def build_app(service: Service, access: Access = Access(), max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES) -> gr.Blocks:
    """The Blocks app: chat, passage count, document and speaker filters, examples, exports to choose, the
    reading room; three API endpoints. Everything shown comes from `service`, so after a rebuild
    every tab shows the new index (from the next question asked, or the next page load). The
    conversation is kept in the browser (it survives a reload) until "New conversation". The
    Library tab lists the documents; who may change it is `access`'s to say."""
    settings = service.settings

    def answered(message: object, earlier: list[str], top_k: object, speaker: str, document: str) -> str:
        # The one place a failure is turned into a sentence for the user; it is logged in full.
        try:
            return service.chat_reply(message, earlier, top_k, speaker, document)
        except Exception:
            log.exception("Search failed for %r", str(message)[:200])
            return FAILED

    def chat_turn(message: str, history: list, top_k: int, speaker: str, document: str = ALL_DOCUMENTS):
        limit = settings.max_query_chars
        reply = answered(message, user_questions(history, limit, settings.max_history_questions), top_k, speaker, document)
        shown = user_message_markdown(message, limit)
        kept = bounded_history(history, MAX_MESSAGE_CHARS)
        return kept + [{"role": "user", "content": shown}, {"role": "assistant", "content": reply}], ""

    def reply(question: str, top_k: int = 3, speaker: str = ALL_SPEAKERS) -> str:
        """The Markdown reply to one question (no chat history)."""
        return answered(question, [], top_k, speaker, ALL_DOCUMENTS)

    def reply_in_document(question: str, document: str, top_k: int = 3, speaker: str = ALL_SPEAKERS) -> str:
        """The Markdown reply to one question from one document (by its title; "All documents": every one).
        Apart from `/reply`, whose callers send three values."""
        return answered(question, [], top_k, speaker, document)

    def export_choices(history: list):
        """The passages the conversation cites, all ticked for export."""
        choices = service.export_choices(history)
        return gr.CheckboxGroup(choices=choices, value=[key for _, key in choices])

    def after_turn(history: list):
        return history, export_choices(history)

    def restore(saved: list):
        history = bounded_history(saved if isinstance(saved, list) else [], MAX_MESSAGE_CHARS)
        return history, export_choices(history)

    def show_interview(label: str) -> str:
        interview = next((i for i in service.interviews() if i.label == label), None)
        return interview_html(interview) if interview else ""

    def corpus_views(version: str | None):
        """The header, document and speaker filters, interview picker, contents and examples of the
        index in place; left as they are when it is still the build they show (`version`)."""
        current = service.index_version
        if current == version:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
        return (
            current,
            "## The press kit assistant\n\n" + service.header(),
            gr.Dropdown(choices=service.document_choices(), value=ALL_DOCUMENTS, visible=len(service.documents()) > 1),
            gr.Dropdown(choices=service.speaker_choices()),
            gr.Dropdown(choices=[i.label for i in service.interviews()]),
            contents_markdown(service.searcher.passages),
            gr.Dataset(samples=[[q] for q in service.examples()]),
        )

    def open_passage(passage_id: str):
        """The reading room at a passage or answer span: its interview, the passage marked."""
        searcher = service.searcher
        found = find(searcher.passages, searcher.span_positions(passage_id or ""))
        if found is None:
            return gr.Tabs(), gr.Dropdown(), gr.HTML()
        interview, marked = found
        return gr.Tabs(selected="reading"), gr.Dropdown(value=interview.label), interview_html(interview, marked)

    def open_from_link(request: gr.Request):
        return open_passage(request.query_params.get("passage", "") if request else "")

    def export(history: list, chosen: list[str], as_csv: bool) -> str | None:
        text = service.export(history, as_csv, chosen)
        if text is None:
            gr.Info("Nothing to export: ask a question, and tick the passages to export.")
            return None
        # Into Gradio's cache (cleaned by delete_cache), leaving nothing of ours behind.
        with tempfile.TemporaryDirectory(prefix="press-kit-export-") as folder:
            path = Path(folder) / f"quotes-{datetime.date.today().isoformat()}.{'csv' if as_csv else 'md'}"
            path.write_text(text, encoding="utf-8")
            return exported.move_resource_to_block_cache(path)

    interviews_now = service.interviews()
    first = interviews_now[0] if interviews_now else None
    with gr.Blocks(title="Press kit assistant", analytics_enabled=False, delete_cache=CACHE_CLEANING) as app:
        # Which build the page shows; a hidden field, not gr.State (which keeps a heartbeat open).
        shown_version = gr.Textbox(service.index_version, visible=False)
        # Where the page's script asks for a passage to be opened in the reading room.
        passage_request = gr.Textbox(visible="hidden", elem_id="passage-request")
        passage_open = gr.Button(visible="hidden", elem_id="passage-open")
        saved = gr.BrowserState([], storage_key=CONVERSATION_KEY)
        header = gr.Markdown("## The press kit assistant\n\n" + service.header())
        with gr.Tabs() as tabs, gr.Tab("Chat", id="chat"), gr.Row(elem_id="chat-row"):
            with gr.Column(scale=4, elem_id="chat-column"):
                chatbot = gr.Chatbot(
                    label="Answers",
                    elem_id="answers",
                    height=CHAT_HEIGHT,
                    autoscroll=False,
                    buttons=["copy"],
                    sanitize_html=True,
                    render_markdown=True,
                    latex_delimiters=[],
                    feedback_options=None,
                    placeholder="Ask a question: the answers are quotes from the interviews, with citations.",
                )
                question = gr.Textbox(placeholder="Ask the press kit a question…", show_label=False, submit_btn=True)
                examples = gr.Examples([[q] for q in service.examples()], inputs=question, label="Examples: the interviewers' own questions")
            with gr.Column(scale=1, min_width=220, elem_id="options-column"), gr.Accordion("Options and export", open=True, elem_id="options"):
                top_k = gr.Slider(1, 10, value=settings.top_k, step=1, label="Passages")
                # With one document there is nothing to choose: shown once the library holds two.
                document = gr.Dropdown(
                    service.document_choices(), value=ALL_DOCUMENTS, label="Search in", visible=len(service.documents()) > 1, elem_id="document-filter"
                )
                speaker = gr.Dropdown(service.speaker_choices(), value=ALL_SPEAKERS, label="Speaker")
                new_conversation = gr.Button("New conversation")
                with gr.Accordion("Choose what to export (all cited, by default)", open=False):
                    chosen = gr.CheckboxGroup([], show_label=False, elem_id="export-choice")
                markdown_button = gr.Button("Export chosen passages (Markdown)")
                csv_button = gr.Button("Export chosen passages (CSV)")
                exported = gr.File(label="Export", interactive=False)
        with tabs, gr.Tab("Library", id="library"):
            library_changes = library_tab(app, service, access, max_upload_bytes)
        with tabs, gr.Tab("Reading room", id="reading"):
            picker = gr.Dropdown([i.label for i in interviews_now], label="Interview", value=first.label if first else None)
            view = gr.HTML(interview_html(first) if first else "", elem_id="reading-view")
            with gr.Accordion("Contents: documents, interviews and their prompts", open=False):
                contents = gr.Markdown(contents_markdown(service.searcher.passages))
        views = [shown_version, header, document, speaker, picker, contents, examples.dataset]
        for change in library_changes:
            change.then(corpus_views, shown_version, views, api_visibility="private")
        markdown_button.click(lambda history, keys: export(history, keys, False), [chatbot, chosen], exported, api_visibility="private")
        csv_button.click(lambda history, keys: export(history, keys, True), [chatbot, chosen], exported, api_visibility="private")
        new_conversation.click(
            lambda: ([], "", [], None, gr.CheckboxGroup(choices=[], value=[])),
            None,
            [chatbot, question, saved, exported, chosen],
            api_visibility="private",
        )
        # The chat's own bin icon clears the saved conversation too.
        chatbot.clear(lambda: ([], None, gr.CheckboxGroup(choices=[], value=[])), None, [saved, exported, chosen], api_visibility="private")
        picker.input(show_interview, picker, view, api_visibility="private")
        passage_open.click(open_passage, passage_request, [tabs, picker, view], api_visibility="private")
        view.change(None, js=SCROLL_TO_CITED)
        app.load(open_from_link, None, [tabs, picker, view], api_visibility="private")
        app.load(corpus_views, shown_version, views, api_visibility="private", queue=False)
        app.load(restore, saved, [chatbot, chosen], api_visibility="private", queue=False)
        question.submit(chat_turn, [question, chatbot, top_k, speaker, document], [chatbot, question], api_name="ask").then(
            None, js=SCROLL_TO_REPLY
        ).then(after_turn, chatbot, [saved, chosen], api_visibility="private").then(
            corpus_views, shown_version, views, api_visibility="private"
        )
        # Unqueued: a direct HTTP call skips the queue's event stream (measured ~2× faster round trip).
        gr.api(reply, api_name="reply", queue=False)
        gr.api(reply_in_document, api_name="reply_in_document", queue=False)
    return app


def main(argv: list[str] | None = None) -> int:
    """Parse flags, load the model and index once (building the index when needed), and serve the app."""
    parser = argparse.ArgumentParser(description="The press kit assistant's web chat.")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    parser.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    parser.add_argument("--share", action="store_true", help="also open a public Gradio share link (off by default)")
    parser.add_argument("--root-path", default=None, help="URL prefix when served behind a reverse proxy, e.g. /press-kit")
    add_common_flags(parser)
    parser.add_argument("--reranker", help="cross-encoder name or folder to re-score candidates (off by default)")
    parser.add_argument("--auth-file", type=Path, default=os.environ.get(AUTH_FILE_VARIABLE) or None,
                        help=f"users file with roles and password hashes (python -m assistant user add); also ${AUTH_FILE_VARIABLE}")
    parser.add_argument("--allow-edits", action="store_true", help="without an auth file: let the one local user change the library")
    parser.add_argument("--no-auth", action="store_true", help="serve other machines without a login anyway (not recommended)")
    parser.add_argument("--max-upload-mb", type=int, default=DEFAULT_MAX_UPLOAD_BYTES // (1024 * 1024), help="largest file the library takes (default 50)")
    args = parser.parse_args(argv)
    limit_malloc_arenas()
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    # Library chatter that reads as trouble on a first run: faiss trying CPU builds it does not
    # have ("Could not load library with AVX512 support"), the model's loading steps and bar.
    for name in ("httpx", "faiss.loader", "sentence_transformers"):
        logging.getLogger(name).setLevel(logging.WARNING)
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    settings = settings_from(args)
    try:
        users = read_users(args.auth_file) if args.auth_file else None
    except (ValueError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    problem = exposure_problem(args.host, args.share, users is not None, args.no_auth, args.allow_edits)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    access = Access(users, args.allow_edits)
    if (args.share or args.host not in ("127.0.0.1", "localhost", "::1")) and users is None:
        print("Warning: the app will be reachable from other machines; it has no login (--no-auth).", file=sys.stderr)
    print("Loading the model and the index…", flush=True)
    try:
        service = Service.open(settings, progress=sys.stderr.isatty())
    except (ValueError, FileNotFoundError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    max_upload = args.max_upload_mb * 1024 * 1024
    editable = users is not None or args.allow_edits
    app = build_app(service, access, max_upload)
    app.queue(default_concurrency_limit=2, max_size=256)
    app.launch(server_name=args.host, server_port=args.port, share=args.share, theme=THEME, ssr_mode=False, footer_links=["api"],
               css=(STATIC / "chat.css").read_text(encoding="utf-8"), head=f"<script>{(STATIC / 'chat.js').read_text(encoding='utf-8')}</script>",
               root_path=args.root_path, max_file_size=max_upload if editable else MAX_UPLOAD_BYTES, state_session_capacity=MAX_SESSIONS,
               auth=access.login if users is not None else None, auth_message="The press kit assistant: log in to read the press kits.",
               app_kwargs={"middleware": [Middleware(BodyLimit, max_bytes=MAX_REQUEST_BYTES, upload_bytes=max_upload if editable else None)]},
               quiet=True, prevent_thread_lock=True)
    print(f"Open {shown_url(args.host, args.port, args.root_path)} in a browser (Ctrl+C stops the app).", flush=True)
    if app.share_url:
        print(f"Public share link: {app.share_url}", flush=True)
    app.block_thread()
    return 0


def shown_url(host: str, port: int, root_path: str | None) -> str:
    """Where to open the app: this machine's address when it listens on all of them."""
    shown = "<this machine's address>" if host in ("0.0.0.0", "::") else host
    return f"http://{shown}:{port}{(root_path or '').rstrip('/')}/"


if __name__ == "__main__":
    sys.exit(main())
