"""The service the app and the CLI share: open-or-build, a question in its conversation, what
the app shows, exports, and a rebuild reaching all of it."""

import dataclasses
import shutil

import pytest

from assistant.build import build_index
from assistant.config import PROJECT_ROOT, Settings
from assistant.conversation import ALL_SPEAKERS, UNATTRIBUTED
from assistant.present import EMPTY_HINT
from assistant.service import Service, index_problem, settings_from
from conftest import FakeEmbedder, seeds_copy

DATA = PROJECT_ROOT / "tests" / "data"


@pytest.fixture
def settings(tmp_path) -> Settings:
    # A fixed threshold: these tests are about the service, not the fake model's calibration.
    return dataclasses.replace(Settings(), seeds_dir=seeds_copy(tmp_path), index_dir=tmp_path / "index", model="fake-model", min_evidence=0.0)


def test_opening_builds_a_missing_index_once_and_then_opens_it_as_it_is(settings):
    assert "No index" in index_problem(settings)
    counting = FakeEmbedder()
    service = Service.open(settings, encoder=counting)
    assert index_problem(settings) is None and len(service.searcher.passages) == 149
    embedded = counting.encoded
    again = Service.open(settings, encoder=counting)
    assert counting.encoded == embedded and again.searcher.passages == service.searcher.passages


def test_opening_without_building_names_the_fix(settings):
    with pytest.raises(FileNotFoundError, match="python -m assistant build"):
        Service.open(settings, encoder=FakeEmbedder(), build=False)


def test_a_follow_up_is_read_from_the_earlier_questions_and_says_so(settings):
    service = Service.open(settings, encoder=FakeEmbedder())
    first = service.answer("How does Radu direct his actors?")
    follow = service.answer("And what did Nazarov say?", ["How does Radu direct his actors?"])
    assert not first.follow_up and first.question == "How does Radu direct his actors?"
    assert follow.follow_up and follow.question == "And what did Nazarov say?"
    assert follow.answer.query == "How does Radu direct his actors? And what did Nazarov say?"
    assert follow.answer.hits[0].passage.speaker == "Dmitry Nazarov"


def test_a_speaker_filter_is_kept_in_the_reply_and_unknown_speakers_are_refused(settings):
    service = Service.open(settings, encoder=FakeEmbedder())
    reply = service.answer("violin", top_k=2, speaker="Armand Amar")
    assert reply.speaker == "Armand Amar" and {h.passage.speaker for h in reply.answer.hits} == {"Armand Amar"}
    with pytest.raises(ValueError, match="No passages from 'Nobody'"):
        service.answer("violin", speaker="Nobody")
    assert service.chat_reply("violin", [], 2, "Nobody").startswith("No passages from 'Nobody'")
    assert service.chat_reply("  ", [], 2, ALL_SPEAKERS) == EMPTY_HINT


def test_a_document_filter_searches_one_document_of_a_library_and_says_so(settings):
    (settings.seeds_dir / "night_bus.md").write_text(
        "# Night Bus press notes\n\n## Interview with Lena Park\n\n**Why a violin on the night bus?**\n\n"
        "A violinist rode the 472 every night and played for the driver.\n\n"
        "**How did you cast the film?**\n\nI cast the drivers themselves.\n",
        encoding="utf-8",
    )
    service = Service.open(settings, encoder=FakeEmbedder())
    assert service.document_choices() == ["All documents", "Night Bus press notes", "The Concert press kit"]
    everywhere = service.answer("violin", top_k=5)
    assert {h.passage.document for h in everywhere.answer.hits} == {"The Concert press kit", "Night Bus press notes"}
    one = service.answer("violin", top_k=5, document="Night Bus press notes")
    assert one.document == "Night Bus press notes"
    assert [h.passage.speaker for h in one.answer.hits] == ["Lena Park", "Lena Park"]
    # With a speaker too: that speaker's passages of that document only.
    both = service.answer("violin", top_k=5, speaker="Armand Amar", document="The Concert press kit")
    assert both.answer.hits and {(h.passage.speaker, h.passage.document) for h in both.answer.hits} == {("Armand Amar", "The Concert press kit")}
    assert service.answer("violin", speaker="Armand Amar", document="Night Bus press notes").answer.hits == ()
    with pytest.raises(ValueError, match="No document titled 'Nope': pick one of 'Night Bus press notes', 'The Concert press kit'"):
        service.answer("violin", document="Nope")
    reply = service.chat_reply("violin", [], 2, ALL_SPEAKERS, "Night Bus press notes")
    assert reply.startswith("*Searched Night Bus press notes only.*")


def test_what_the_app_shows_and_exports_comes_from_the_index_in_place_and_follows_a_rebuild(settings):
    service = Service.open(settings, encoder=FakeEmbedder())
    before = service.index_version
    assert service.speaker_choices()[0] == ALL_SPEAKERS and service.speaker_choices()[-1] == UNATTRIBUTED
    assert "Omar Haddad" not in service.speaker_choices() and "149 passages" in service.header()
    reply = service.chat_reply("I prefer not knowing.", [], 1, ALL_SPEAKERS)
    history = [{"role": "user", "content": "I prefer not knowing."}, {"role": "assistant", "content": reply}]
    assert "## I prefer not knowing.\n\n**Miou Miou" in service.export(history, as_csv=False)
    assert service.export([], as_csv=True) is None
    old_encoder = service.searcher.encoder
    shutil.copy(DATA / "night_train_transcript.md", settings.seeds_dir)
    build_index(settings, embedder=FakeEmbedder())
    assert service.index_version != before
    assert "Omar Haddad" in service.speaker_choices() and "154 passages" in service.header()
    assert any(i.title == "Interview with Omar Haddad" for i in service.interviews())
    assert service.searcher.encoder is old_encoder
    # A cited passage of the old index that is still in the new one is still exported.
    assert service.export(history, as_csv=True).splitlines()[1].startswith("I prefer not knowing.,1,Miou Miou")


def test_a_failure_inside_the_service_is_not_turned_into_a_reply(settings, monkeypatch):
    service = Service.open(settings, encoder=FakeEmbedder())

    def broken(*_args, **_kwargs):
        raise RuntimeError("index exploded")

    monkeypatch.setattr(type(service.searcher), "ask", broken)
    with pytest.raises(RuntimeError, match="index exploded"):
        service.chat_reply("violin", [], 3, ALL_SPEAKERS)


def test_the_shared_flags_make_the_settings(tmp_path):
    import argparse

    from assistant.service import add_common_flags

    parser = argparse.ArgumentParser()
    add_common_flags(parser)
    parser.add_argument("--reranker")
    args = parser.parse_args(["--seeds", str(tmp_path), "--model", "/models/x", "--reranker", "tiny"])
    assert settings_from(args) == dataclasses.replace(Settings(), seeds_dir=tmp_path, model="/models/x", reranker="tiny")
