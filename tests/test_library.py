"""The library: documents listed, uploads checked and previewed, added and removed with a
rebuild; users, roles and when the app may not start."""

import dataclasses
import json

import pytest

from assistant import library
from assistant.config import Settings
from assistant.service import Service
from assistant.users import Access, add_user, exposure_problem, hash_password, read_users, verify_password
from conftest import FakeEmbedder, seeds_copy

KIT = (
    "A CONVERSATION WITH ODILE VARGA\n\n"
    "How did you find the lighthouse?\n\n"
    "I walked the whole coast of Brittany for a summer before I found the lighthouse at Kermorvan.\n\n"
    "Who built the foghorn?\n\n"
    "A retired sailor from Brest built it for us out of an old ship's whistle.\n"
)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return dataclasses.replace(Settings(), seeds_dir=seeds_copy(tmp_path), index_dir=tmp_path / "index", model="fake-model", min_evidence=0.0)


def upload(tmp_path, name: str, content: bytes | str) -> tuple:
    path = tmp_path / "uploads" / "x"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path, name


@pytest.mark.parametrize(
    "sent, kept",
    [("kit.pdf", "kit.pdf"), ("../../etc/passwd.txt", "passwd.txt"), ("C:\\Users\\me\\Press kit é.docx", "Press_kit__.docx"), ("..hidden.md", "hidden.md")],
)
def test_an_upload_s_name_never_points_outside_the_library(sent, kept):
    assert library.safe_name(sent) == kept


def test_a_staged_document_is_previewed_and_only_enters_the_library_when_confirmed(settings, tmp_path):
    staged = library.stage([upload(tmp_path, "lighthouse.txt", KIT)], settings.seeds_dir, 100)
    (document,) = staged.documents
    assert document.report.interviewees == ["Odile Varga"] and document.report.passages == 2 and not document.replaces
    assert not (settings.seeds_dir / "lighthouse.txt").exists()
    preview = library.preview_markdown(staged)
    assert "Speakers: Odile Varga" in preview and "Kermorvan" in preview and "2 prompts, 2 answers" in preview
    assert library.commit(staged, settings.seeds_dir) == ["lighthouse.txt"]
    assert (settings.seeds_dir / "lighthouse.txt").read_text() == KIT and not staged.folder.exists()
    # The same name again needs "replace"; replaced, the old file is kept in removed/.
    again = library.stage([upload(tmp_path, "lighthouse.txt", KIT.replace("Brest", "Lorient"))], settings.seeds_dir, 100)
    assert again.documents[0].replaces
    with pytest.raises(ValueError, match="Already in the library: lighthouse.txt"):
        library.commit(again, settings.seeds_dir)
    library.commit(again, settings.seeds_dir, replace=True)
    assert "Lorient" in (settings.seeds_dir / "lighthouse.txt").read_text()
    assert [p.read_text() for p in (settings.seeds_dir.parent / "removed").iterdir()] == [KIT]


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("kit.pdf", "A CONVERSATION WITH X\n\nHi?\n\nYes.", "is not a PDF"),
        ("kit.docx", "plain text", "is not a Word"),
        ("kit.txt", b"\x00\x01\x02" * 400, "binary"),
        ("kit.exe", "MZ", "unsupported format"),
        ("kit.txt", "   ", "is empty"),
        ("kit.meta.json", '{"title": "x"}', "Only sidecars"),
    ],
)
def test_a_bad_upload_is_refused_with_a_message_and_nothing_is_staged(settings, tmp_path, name, content, message):
    before = sorted(p.name for p in settings.seeds_dir.iterdir())
    with pytest.raises(ValueError, match=message):
        library.stage([upload(tmp_path, name, content)], settings.seeds_dir, 100)
    assert sorted(p.name for p in settings.seeds_dir.iterdir()) == before


def test_an_upload_over_the_size_limit_is_refused(settings, tmp_path):
    with pytest.raises(ValueError, match="over the 1 MB limit"):
        library.stage([upload(tmp_path, "big.txt", "word " * 300_000)], settings.seeds_dir, 100, max_bytes=1024 * 1024)


def test_added_documents_are_answered_after_the_rebuild_and_removed_ones_are_gone(settings, tmp_path):
    service = Service.open(settings, encoder=FakeEmbedder())
    listed = {e.name: e for e in service.library()}
    concert = listed["the_concert_press_kit.txt"]
    assert concert.passages == 149 and concert.interviews == 10 and "Miou Miou" in concert.speakers
    sidecar = upload(tmp_path / "s", "lighthouse.meta.json", json.dumps({"title": "The Lighthouse press kit"}))
    staged = service.stage([upload(tmp_path, "lighthouse.txt", KIT), sidecar])
    assert service.add(staged).startswith("2 documents") and "Odile Varga" in service.speakers()
    hit = service.answer("Who built the foghorn?").answer.hits[0].passage
    assert (hit.speaker, hit.document) == ("Odile Varga", "The Lighthouse press kit")
    assert {e.name for e in service.library()} == {"the_concert_press_kit.txt", "lighthouse.txt"}
    service.remove("lighthouse.txt")
    assert "Odile Varga" not in service.speakers() and all(p.speaker != "Odile Varga" for p in service.searcher.passages)
    assert not (settings.seeds_dir / "lighthouse.meta.json").exists()
    assert sorted(p.name.split("-", 3)[-1] for p in (settings.seeds_dir.parent / "removed").iterdir()) == ["lighthouse.meta.json", "lighthouse.txt"]
    with pytest.raises(ValueError, match="is not a document of the library"):
        service.remove("../the_concert_press_kit.txt")


def test_passwords_are_stored_as_salted_scrypt_hashes_and_checked(tmp_path):
    first, second = hash_password("correct horse"), hash_password("correct horse")
    assert first != second and first.startswith("scrypt$") and "correct" not in first
    assert verify_password("correct horse", first) and not verify_password("wrong horse", first)
    assert not verify_password("x", "not a hash")
    path = tmp_path / "users.toml"
    add_user(path, "ana", "editor", "correct horse")
    add_user(path, "rui", "reader", "battery staple")
    assert "correct horse" not in path.read_text() and path.stat().st_mode & 0o077 == 0
    users = read_users(path)
    assert {u.name: u.role for u in users.values()} == {"ana": "editor", "rui": "reader"}
    access = Access(users)
    assert access.login("ana", "correct horse") and not access.login("ana", "battery staple") and not access.login("eve", "x")
    assert access.can_edit("ana") and not access.can_edit("rui") and not access.can_edit(None)
    with pytest.raises(ValueError, match="at least 8"):
        add_user(path, "bob", "reader", "short")
    with pytest.raises(ValueError, match="Role 'admin'"):
        add_user(path, "bob", "admin", "long enough")


def test_without_users_only_allow_edits_lets_the_local_user_change_the_library():
    assert not Access().can_edit(None) and Access(allow_edits=True).can_edit(None)


@pytest.mark.parametrize(
    "host, share, users, no_auth, edits, refused",
    [
        ("127.0.0.1", False, False, False, False, False),
        ("127.0.0.1", False, False, False, True, False),
        ("0.0.0.0", False, False, False, False, True),
        ("127.0.0.1", True, False, False, False, True),
        ("0.0.0.0", False, True, False, False, False),
        ("0.0.0.0", False, False, True, False, False),
        ("0.0.0.0", False, False, True, True, True),
    ],
)
def test_the_app_refuses_to_serve_other_machines_without_a_login(host, share, users, no_auth, edits, refused):
    assert (exposure_problem(host, share, users, no_auth, edits) is not None) is refused


def test_questions_asked_while_a_rebuild_runs_are_all_answered_from_a_complete_index(settings):
    import threading

    service = Service.open(settings, encoder=FakeEmbedder())
    failures, answered = [], []
    done = threading.Event()

    def rebuild():
        try:
            for _ in range(3):
                service.rebuild(force=True)
        finally:
            done.set()

    worker = threading.Thread(target=rebuild)
    worker.start()
    while not done.is_set() or not answered:
        try:
            answer = service.answer("I prefer not knowing.").answer
            answered.append(len(service.searcher.passages) == 149 and answer.hits[0].passage.speaker == "Miou Miou")
        except Exception as error:  # any failure during the rebuild is what this test looks for
            failures.append(repr(error))
    worker.join()
    assert failures == [] and all(answered) and len(answered) >= 3


def test_the_library_is_read_again_only_for_documents_that_changed(tmp_path, monkeypatch):
    import os

    seeds = seeds_copy(tmp_path)
    (seeds / "night.md").write_text("# Interview with Ana Diaz\n\n**Why night trains?**\n\nBecause nobody sleeps.\n", encoding="utf-8")
    read = []
    real = library.inspect_document
    monkeypatch.setattr(library, "inspect_document", lambda path, words: read.append(path.name) or real(path, words))
    first = library.entries(seeds, 100)
    assert sorted(read) == ["night.md", "the_concert_press_kit.txt"]
    assert library.entries(seeds, 100) == first and len(read) == 2, "unchanged documents are not parsed again"
    (seeds / "night.md").write_text("# Interview with Ana Diaz\n\n**Why night trains?**\n\nBecause nobody sleeps, ever.\n", encoding="utf-8")
    stamp = (seeds / "night.md").stat().st_mtime_ns + 10**9
    os.utime(seeds / "night.md", ns=(stamp, stamp))
    assert [e.name for e in library.entries(seeds, 100)] == [e.name for e in first] and read[2:] == ["night.md"]
    (seeds / "night.meta.json").write_text(json.dumps({"interviewees": ["Ana Diaz"], "title": "Night notes"}), encoding="utf-8")
    titles = {e.name: e.title for e in library.entries(seeds, 100)}
    assert titles["night.md"] == "Night notes" and read[3:] == ["night.md"]
