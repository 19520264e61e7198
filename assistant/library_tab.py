"""The Library tab: the documents with their reports for everyone, and for editors adding
(checked, previewed, confirmed), removing and rebuilding, one change at a time on its own
worker so questions keep being answered. Who may edit is `Access`'s to say."""

from __future__ import annotations

import secrets
from pathlib import Path

import gradio as gr

from assistant.library import TABLE_HEADERS, Staged, discard, preview_markdown, table_rows
from assistant.present import escape_markdown
from assistant.service import Service
from assistant.users import Access

# Uploads checked but not yet added or cancelled, kept at most (each is a folder on disk).
MAX_STAGED = 20
UPLOAD_TYPES = [".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".txt", ".json"]
READ_ONLY = (
    "The library is read-only here: log in as an editor (or, for one user on this machine, start "
    "the app with --allow-edits) to add or remove documents."
)


def library_tab(app: gr.Blocks, service: Service, access: Access, max_upload_bytes: int) -> list:
    """Lay out the tab in the current Blocks (`app`) and wire it; the events after which the library
    changed, for the caller to refresh what depends on the index."""
    staged_uploads: dict[str, Staged] = {}

    def username(request: gr.Request | None) -> str | None:
        return getattr(request, "username", None) if request else None

    def library_views():
        listed = service.library()
        return gr.Dataframe(value=table_rows(listed)), gr.Dropdown(choices=[e.name for e in listed], value=None)

    def editor_controls(request: gr.Request):
        can_edit = access.can_edit(username(request))
        note = "" if can_edit else f"*{READ_ONLY}*"
        return gr.Column(visible=can_edit), note

    def check_uploads(files: list | None, request: gr.Request):
        if not access.can_edit(username(request)):
            return "", "", f"*{READ_ONLY}*"
        uploads = [(Path(f), Path(f).name) for f in (files or [])]
        try:
            staged = service.stage(uploads, max_upload_bytes)
        except ValueError as error:
            return "", "", escape_markdown(str(error))
        token = secrets.token_urlsafe(16)
        staged_uploads[token] = staged
        # Checked and never added nor cancelled: the oldest staging folders are let go.
        while len(staged_uploads) > MAX_STAGED:
            discard(staged_uploads.pop(next(iter(staged_uploads))))
        return token, preview_markdown(staged), "Check how each file was understood, then add it or cancel."

    def add_uploads(token: str, replace: bool, request: gr.Request, progress=gr.Progress(track_tqdm=True)):
        if not access.can_edit(username(request)):
            return "", "", f"*{READ_ONLY}*"
        staged = staged_uploads.pop(token or "", None)
        if staged is None:
            return "", "", "Nothing to add: choose files and check them first."
        progress(0, desc="Adding to the library and embedding the new passages")
        try:
            summary = service.add(staged, replace, progress=True)
        except ValueError as error:
            staged_uploads[token] = staged
            return token, gr.skip(), escape_markdown(str(error))
        return "", "", f"Added: {escape_markdown(', '.join(d.name for d in staged.documents))}. {escape_markdown(summary)}"

    def cancel_uploads(token: str):
        staged = staged_uploads.pop(token or "", None)
        if staged is not None:
            discard(staged)
        return "", "", "Cancelled: nothing was added."

    def remove_document(name: str | None, confirmed: bool, request: gr.Request, progress=gr.Progress(track_tqdm=True)):
        if not access.can_edit(username(request)):
            return f"*{READ_ONLY}*", gr.skip()
        if not name:
            return "Pick the document to remove.", gr.skip()
        if not confirmed:
            return f"Tick \"Yes, remove it\" to remove {escape_markdown(name)}.", gr.skip()
        progress(0, desc="Removing and rebuilding the index")
        try:
            summary = service.remove(name, progress=True)
        except (ValueError, FileNotFoundError) as error:
            return escape_markdown(str(error)), False
        return f"Removed {escape_markdown(name)} (kept in removed/ beside the seeds). {escape_markdown(summary)}", False

    def rebuild(request: gr.Request, progress=gr.Progress(track_tqdm=True)):
        if not access.can_edit(username(request)):
            return f"*{READ_ONLY}*"
        progress(0, desc="Rebuilding the index")
        try:
            return escape_markdown(service.rebuild(progress=True))
        except (ValueError, FileNotFoundError) as error:
            return escape_markdown(str(error))



    library_note = gr.Markdown()
    # Filled when a page loads (`library_views`), not while the app starts: reading every
    # document of a large library would hold the start up.
    library_table = gr.Dataframe([], headers=TABLE_HEADERS, interactive=False, wrap=True, label="Documents", elem_id="library-table")
    with gr.Column(visible=access.allow_edits and access.users is None) as editor_column:
        with gr.Accordion("Add documents", open=True):
            uploads = gr.File(file_count="multiple", file_types=UPLOAD_TYPES, elem_id="library-upload", label="PDF, Word, web page, Markdown or text, and any .meta.json")
            check_button = gr.Button("Check the files")
            staged_token = gr.Textbox(visible=False)
            preview = gr.Markdown()
            replace = gr.Checkbox(False, label="Replace documents already in the library")
            with gr.Row():
                add_button = gr.Button("Add to the library", variant="primary")
                cancel_button = gr.Button("Cancel")
        with gr.Accordion("Remove a document or rebuild", open=False):
            remove_choice = gr.Dropdown([], label="Document", value=None, allow_custom_value=True)
            remove_confirmed = gr.Checkbox(False, label="Yes, remove it")
            remove_button = gr.Button("Remove", variant="stop")
            rebuild_button = gr.Button("Rebuild the index")
        library_result = gr.Markdown(elem_id="library-result")
    library_outputs = [library_table, remove_choice]
    # Library changes: one at a time, on their own worker, so questions keep being answered.
    edits = {"concurrency_id": "library", "concurrency_limit": 1}
    check_button.click(check_uploads, uploads, [staged_token, preview, library_result], api_name="check_documents", **edits)
    added = add_button.click(add_uploads, [staged_token, replace], [staged_token, preview, library_result], api_name="add_documents", **edits).then(
        library_views, None, library_outputs, api_visibility="private"
    )
    cancel_button.click(cancel_uploads, staged_token, [staged_token, preview, library_result], api_visibility="private")
    removed = remove_button.click(remove_document, [remove_choice, remove_confirmed], [library_result, remove_confirmed], api_name="remove_document", **edits).then(
        library_views, None, library_outputs, api_visibility="private"
    )
    rebuilt = rebuild_button.click(rebuild, None, library_result, api_name="rebuild", **edits).then(
        library_views, None, library_outputs, api_visibility="private"
    )
    app.load(editor_controls, None, [editor_column, library_note], api_visibility="private", queue=False)
    app.load(library_views, None, library_outputs, api_visibility="private", queue=False)
    return [added, removed, rebuilt]
