"""Rebuilding: more documents and formats, incremental embedding, safe writes, live reload."""

import dataclasses
import os
import shutil
from collections import OrderedDict

import numpy as np
import pytest

from assistant.build import build_index, build_lock
from assistant.config import PROJECT_ROOT, Settings
from assistant.index import CURRENT, PressKitIndex
from assistant.question_cues import besides_credit, credit_statement, credited_role
from assistant.search.searcher import Searcher
from assistant.text import split_sentences
from conftest import FakeEmbedder, copy_index, seeds_copy

DATA = PROJECT_ROOT / "tests" / "data"
KIT = "the_concert_press_kit.txt"


@pytest.fixture
def settings(tmp_path) -> Settings:
    return dataclasses.replace(Settings(), seeds_dir=seeds_copy(tmp_path), index_dir=tmp_path / "index", model="fake-model")


@pytest.fixture
def built(settings, fake_index):
    copy_index(fake_index, settings.index_dir)
    return settings


def make_pdf(path, lines: list[str], title: str) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_first_build_embeds_everything_and_an_unchanged_rebuild_embeds_nothing(settings):
    first = build_index(settings, embedder=FakeEmbedder())
    assert first.summary() == "1 document, 149 passages: 0 cached, 149 embedded, 0 removed"
    idle = FakeEmbedder()
    before = (settings.index_dir / CURRENT).resolve()
    again = build_index(settings, embedder=idle)
    assert again.up_to_date and idle.encoded == 0
    assert (settings.index_dir / CURRENT).resolve() == before


def test_adding_a_document_embeds_only_its_passages(built):
    shutil.copy(DATA / "night_train_transcript.md", built.seeds_dir)
    counting = FakeEmbedder()
    report = build_index(built, embedder=counting)
    assert report.summary() == "2 documents, 154 passages: 149 cached, 5 embedded, 0 removed"
    added = [p for p in PressKitIndex.load(built.index_dir).passages if p.source == "night_train_transcript.md"]
    new_texts = {s for p in added for s in split_sentences(p.text)} | {p.question for p in added if p.question}
    assert len(added) < len(counting.texts) <= len(added) + len(new_texts)  # "Yes." was already cached
    assert all(text in new_texts or any(p.text in text for p in added) for text in counting.texts)


def test_a_rebuild_in_the_same_process_parses_only_the_documents_whose_bytes_sidecar_or_name_changed(built, monkeypatch):
    import assistant.ingest.documents as documents

    laid_out = []
    real = documents.lay_out
    monkeypatch.setattr(documents, "lay_out", lambda source, meta, title: laid_out.append(title) or real(source, meta, title))
    monkeypatch.setattr(documents, "_parses", OrderedDict())  # none kept from other tests
    night = built.seeds_dir / "night_train_transcript.md"
    shutil.copy(DATA / "night_train_transcript.md", night)
    build_index(built, embedder=FakeEmbedder())
    assert sorted(laid_out) == ["Night Train press notes", "The Concert press kit"]
    laid_out.clear()
    build_index(built, embedder=FakeEmbedder(), force=True)
    assert laid_out == []
    (built.seeds_dir / "night_train_transcript.meta.json").write_text('{"title": "Night Train, the interviews"}', encoding="utf-8")
    build_index(built, embedder=FakeEmbedder())
    assert laid_out == ["Night Train, the interviews"]
    night.write_bytes(night.read_bytes() + b"\nOne more line.\n")
    night.rename(built.seeds_dir / "night_train.md")
    (built.seeds_dir / "night_train_transcript.meta.json").unlink()
    build_index(built, embedder=FakeEmbedder())
    assert laid_out[1:] == ["Night Train press notes"]
    passages = PressKitIndex.load(built.index_dir).passages
    assert {p.source for p in passages} == {KIT, "night_train.md"} and any("One more line." in p.text for p in passages)


def test_editing_one_answer_re_embeds_one_passage(built):
    kit = built.seeds_dir / KIT
    kit.write_text(kit.read_text(encoding="utf-8").replace("I prefer not knowing.", "I prefer not to know."), encoding="utf-8")
    counting = FakeEmbedder()
    report = build_index(built, embedder=counting)
    assert (report.embedded, report.cached, report.removed) == (1, 148, 1)
    assert counting.encoded == 2  # the passage and its one sentence; the prompt was cached
    texts = [p.text for p in PressKitIndex.load(built.index_dir).passages]
    assert "I prefer not to know." in texts and "I prefer not knowing." not in texts


def test_switching_model_re_embeds_everything_and_the_manifest_records_it(built):
    other = dataclasses.replace(built, model="other-model")
    report = build_index(other, embedder=FakeEmbedder("other-model"))
    assert (report.embedded, report.cached) == (149, 0)
    assert PressKitIndex.load(built.index_dir).manifest["model"] == "other-model"
    with pytest.raises(ValueError, match="built with model 'other-model' but 'fake-model'"):
        Searcher.open(built, encoder=FakeEmbedder())


def cached_vectors(settings) -> dict:
    from assistant.build import CACHE, EmbeddingCache

    return EmbeddingCache(settings.index_dir / CACHE, settings.model).vectors


def test_a_build_killed_while_writing_the_cache_leaves_the_old_cache_whole(built, monkeypatch):
    before = cached_vectors(built)
    kit = built.seeds_dir / KIT
    kit.write_text(kit.read_text(encoding="utf-8").replace("I prefer not knowing.", "I prefer silence."), encoding="utf-8")

    def killed(source, target):
        if str(target).endswith(".npz"):
            raise KeyboardInterrupt
        return real_replace(source, target)

    real_replace = os.replace
    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        build_index(built, embedder=FakeEmbedder())
    monkeypatch.undo()
    after = cached_vectors(built)
    assert after.keys() == before.keys() and all(np.array_equal(after[k], before[k]) for k in before)
    assert not list((built.index_dir / "cache").rglob(".cache-*"))
    # The next build serves the cached vectors, and they are the vectors of their texts.
    counting = FakeEmbedder()
    build_index(built, embedder=counting, force=True)
    fresh = FakeEmbedder()
    index = PressKitIndex.load(built.index_dir)
    texts = index.embedding_texts
    assert np.allclose(index.vectors_of(np.arange(len(texts))), fresh.encode(texts), atol=1e-6)


def test_a_corrupt_cache_is_ignored_and_everything_embedded_again(built):
    from assistant.build import CACHE_FILE

    (cache_file,) = (built.index_dir / "cache").rglob(CACHE_FILE)
    data = bytearray(cache_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    cache_file.write_bytes(bytes(data))
    assert cached_vectors(built) == {}
    report = build_index(built, embedder=FakeEmbedder(), force=True)
    assert report.embedded == 149


@pytest.mark.parametrize("failure", [RuntimeError("out of memory"), KeyboardInterrupt()])
def test_a_build_that_dies_half_way_leaves_the_old_index_loadable(built, monkeypatch, failure):
    old = PressKitIndex.load(built.index_dir)
    kit = built.seeds_dir / KIT
    kit.write_text(kit.read_text(encoding="utf-8").replace("I prefer not knowing.", "I prefer silence."), encoding="utf-8")
    saved = []

    def save_then_die(path, array, allow_pickle=False):
        saved.append(path)
        raise failure

    monkeypatch.setattr(np, "save", save_then_die)
    with pytest.raises(type(failure)):
        build_index(built, embedder=FakeEmbedder())
    monkeypatch.undo()
    assert saved and PressKitIndex.load(built.index_dir).passages == old.passages
    build_index(built, embedder=FakeEmbedder())
    assert len(list(built.index_dir.glob("build-*"))) == 1


def test_an_index_folder_that_cannot_be_written_names_the_fix(settings, tmp_path):
    blocked = tmp_path / "a_file"
    blocked.write_text("not a folder")
    unwritable = dataclasses.replace(settings, index_dir=blocked / "index")
    with pytest.raises(ValueError, match=r"Cannot write the index in .*a_file/index \(Not a directory\): make room or make the folder writable"):
        build_index(unwritable, embedder=FakeEmbedder())


def test_a_second_build_at_the_same_time_is_refused_clearly(built):
    with build_lock(built.index_dir):
        with pytest.raises(ValueError, match="Another build of .* is running .*wait for it to finish"):
            build_index(built, embedder=FakeEmbedder(), force=True)
    assert PressKitIndex.load(built.index_dir).manifest["passage_count"] == 149


def test_bad_documents_are_reported_and_the_rest_still_builds(settings):
    seeds = settings.seeds_dir
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00IHDR")
    (seeds / "old_export.txt").write_bytes("A CONVERSATION WITH JOSÉ PÉREZ\n\nWhat did you like?\n\nThe café, I loved it.\n".encode("cp1252"))
    (seeds / "notes.txt").write_text("Some notes on the festival. Nothing more to say.\n", encoding="utf-8")
    (seeds / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    report = build_index(settings, embedder=FakeEmbedder())
    assert report.documents == [
        "broken.pdf: skipped: broken.pdf is not a readable PDF (damaged, or not a PDF): re-export it.",
        "empty.txt: skipped: empty.txt is empty: add text to it or remove it.",
        "image.txt: skipped: image.txt looks like a binary file, not text: export it as UTF-8 text or PDF.",
        "notes.txt: 1 passages, 0 interviews, 0 interviewees (warning: no interviews recognised; indexed as plain"
        " passages without a speaker (if it is an interview, add \"interviewees\" to notes.meta.json))",
        "old_export.txt: 1 passages, 1 interviews, 1 interviewees"
        " (warning: not UTF-8 (byte 23); read as cp1252, check accents and quotes)",
        "the_concert_press_kit.txt: 149 passages, 10 interviews, 10 interviewees",
    ]
    searcher = Searcher.open(settings, encoder=FakeEmbedder())
    answer = searcher.ask("The café, I loved it.", speaker="José Pérez")
    assert answer.hits[0].passage.text == "The café, I loved it."
    assert searcher.ask("I prefer not knowing.").hits[0].passage.speaker == "Miou Miou"


def password_protected_pdf(path) -> None:
    """A one-page PDF encrypted with AES-256 that opens only with a password."""
    import io

    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Interview with Jane Doe")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    writer.write(str(path))


def test_links_out_of_the_seeds_random_bytes_and_locked_pdfs_are_reported_and_the_rest_still_builds(settings, tmp_path):
    import random

    seeds = settings.seeds_dir
    (seeds / "passwd.txt").symlink_to("/etc/passwd")
    (seeds / "status.txt").symlink_to("/proc/self/status")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("A CONVERSATION WITH JOHN ROE\n\nWhat?\n\nNothing.\n", encoding="utf-8")
    (seeds / "inside_link.txt").symlink_to(seeds / "the_concert_press_kit.txt")
    (seeds / "kit.meta.json").symlink_to(outside)
    (seeds / "kit.txt").write_text("Some notes.\n", encoding="utf-8")
    rng = random.Random(3)
    (seeds / "noise.txt").write_bytes(bytes(rng.randrange(1, 256) for _ in range(5000)))
    password_protected_pdf(seeds / "locked.pdf")
    (seeds / "line\nforged: 149 passages.txt").write_text("Just a note.\n", encoding="utf-8")
    report = build_index(settings, embedder=FakeEmbedder())
    lines = {line.split(":", 1)[0]: line for line in report.documents}
    assert lines["passwd.txt"] == "passwd.txt: skipped: passwd.txt is a link to a file outside the seeds folder: copy the file into the folder instead"
    assert lines["status.txt"].startswith("status.txt: skipped: status.txt is a link to a file outside")
    assert lines["kit.txt"] == "kit.txt: skipped: kit.meta.json is a link to a file outside the seeds folder: copy the file into the folder instead"
    assert lines["noise.txt"] == "noise.txt: skipped: noise.txt looks like a binary file, not text: export it as UTF-8 text or PDF."
    assert lines["locked.pdf"] == (
        "locked.pdf: skipped: locked.pdf is password-protected (it opens only with a password):"
        " save a copy without protection (or export it as .txt)."
    )
    assert lines["inside_link.txt"].startswith("inside_link.txt: 149 passages")
    assert any(line.startswith('"line\\nforged: 149 passages.txt": 1 passages,') for line in report.documents)
    assert all("\n" not in line for line in report.documents)
    passages = Searcher.open(settings, encoder=FakeEmbedder()).index.passages
    assert not any("root:" in p.text or "VmRSS" in p.text for p in passages)
    # A rebuild finds the seeds unchanged: the links out never made the index stale.
    again = build_index(settings, embedder=FakeEmbedder())
    assert again.up_to_date, again


def test_markdown_transcripts_keep_speakers_prompts_and_their_title():
    corpus_dir = DATA
    from assistant.ingest.documents import parse_document

    path = corpus_dir / "night_train_transcript.md"
    passages = parse_document(path, 100)[0]
    assert [(p.document, p.interview, p.speaker, p.question, p.text) for p in passages] == [
        ("Night Train press notes", "Night Train press notes", None, None, "A short film about a conductor on the last train to Lviv."),
        ("Night Train press notes", "Interview with Jane Doe", "Jane Doe", "How did the project begin?",
         "I read the script on a train, which felt like a sign. We started shooting a month later."),
        ("Night Train press notes", "Interview with Jane Doe", "Jane Doe", "Was the night shoot difficult?",
         "Yes. We filmed for 22 nights in a row, and the cold was brutal."),
        ("Night Train press notes", "Interview with Jane Doe", "Jane Doe", "Why Lviv?",
         "Because my grandmother was born there. Does that surprise you?"),
        ("Night Train press notes", "Interview with Omar Haddad", "Omar Haddad", "You play the conductor. What drew you to him?",
         "His stubbornness. He never gives up on a passenger."),
    ]


def test_a_pdf_press_kit_goes_through_the_press_kit_parser(tmp_path):
    from assistant.ingest.documents import parse_document

    path = tmp_path / "winter_kit.pdf"
    make_pdf(path, [
        "SYNOPSIS", "A choir loses its hall.",
        "A CONVERSATION WITH CLAIRE MARTIN",
        "How did you cast the choir?", "I auditioned two hundred singers in Lyon.",
        "The rehearsals look exhausting.", "They were, but I loved every minute.",
    ], title="Winter Choir press kit")
    passages = parse_document(path, 100)[0]
    assert [(p.document, p.speaker, p.question, p.text) for p in passages] == [
        ("Winter Choir press kit", None, None, "A choir loses its hall."),
        ("Winter Choir press kit", "Claire Martin", "How did you cast the choir?", "I auditioned two hundred singers in Lyon."),
        ("Winter Choir press kit", "Claire Martin", "The rehearsals look exhausting.", "They were, but I loved every minute."),
    ]


def test_speakers_of_several_documents_are_recognised_and_filterable(built):
    shutil.copy(DATA / "night_train_transcript.md", built.seeds_dir)
    build_index(built, embedder=FakeEmbedder())
    searcher = Searcher.open(built, encoder=FakeEmbedder())
    assert searcher.speakers.detect("What did Omar Haddad say about the conductor?") == {"Omar Haddad": 1.0}
    # The fake embedder's calibrated threshold is its own; this is about the filter, not abstention.
    searcher = Searcher(searcher.index, searcher.encoder, dataclasses.replace(built, min_evidence=0.0))
    answer = searcher.ask("stubbornness passenger", speaker="Omar Haddad")
    assert answer.hits[0].passage.document == "Night Train press notes"
    documents = {h.passage.document for h in searcher.ask("train", top_k=10).hits}
    assert "Night Train press notes" in documents


def test_telling_whether_the_index_is_stale_and_a_no_op_build_parse_nothing(built, monkeypatch):
    from assistant.service import index_problem

    def no_parsing(*_):
        raise AssertionError("parsed")

    monkeypatch.setattr("assistant.ingest.documents.parse_document", no_parsing)
    assert index_problem(built) is None
    Searcher.open(built, encoder=FakeEmbedder())
    again = build_index(built, embedder=FakeEmbedder())
    assert again.up_to_date and again.documents == ["the_concert_press_kit.txt: 149 passages, 10 interviews, 10 interviewees"]
    (built.seeds_dir / "the_concert_press_kit.meta.json").write_text('{"title": "Le Concert"}', encoding="utf-8")
    assert "stale" in index_problem(built)


def test_a_request_for_advice_is_answered_only_where_an_interviewer_asked_for_advice(tmp_path, built):
    # The press kit's interviewers never ask for advice: "How do I become an animator?" is a
    # request no interview answers. A Q&A asking "What advice would you give…" answers it.
    assert Searcher.open(built, encoder=FakeEmbedder()).prepare("How do I become an animator?").requests_service
    searcher = _searcher_over(
        tmp_path, "qa.md",
        "# Q&A with Drew Lane\n\n**Q:** How did you start?\n\nA: With a pencil and a flip book.\n\n"
        "**Q:** What advice would you give young animators?\n\nA: Draw every day, and finish what you start.\n",
    )
    assert searcher.interviews_give_advice and not searcher.prepare("How do I become an animator?").requests_service
    # Practical information about the world now is still no interview's.
    assert searcher.prepare("What time does the cinema open?").requests_service
    answer = searcher.ask("What advice would you give animators, how do I start?", top_k=1)
    assert (answer.abstained, answer.hits[0].passage.text) == (False, "Draw every day, and finish what you start.")


def test_asked_who_put_the_questions_the_interviewer_is_not_penalized_and_the_guest_is_only_the_topic(tmp_path):
    searcher = _searcher_over(
        tmp_path, "show.md",
        "# Night Bus Radio\n\n**Jane Doe:** Hello and welcome to Night Bus Radio. I'm your host, Jane Doe.\n\n"
        "Today my guest is Lena Park, director of Night Bus. Lena, where did the film begin?\n\n"
        "**Lena Park:** On the night buses of Seoul, where I grew up.\n",
    )
    query = searcher.prepare("Who interviewed Lena Park?")
    assert query.asks_who_asks and query.about == {"Lena Park"}
    assert searcher.prepare("Who was the host?").asks_who_asks and searcher.prepare("Which journalist interviewed her?").asks_who_asks
    assert not searcher.prepare("What did Lena Park say about the interview?").asks_who_asks
    assert not searcher.prepare("Who is Lena Park?").asks_who_asks
    # The same question read as any other: only the host's words score less, by the penalty.
    evidence = searcher.evidence(query)
    lifted = searcher.fused_scores(query, evidence) - searcher.fused_scores(dataclasses.replace(query, asks_who_asks=False), evidence)
    speakers = [searcher.passages[i].speaker for i in evidence.ids]
    assert sorted(zip(speakers, lifted.round(6).tolist())) == [("Jane Doe", searcher.settings.interviewer_penalty), ("Lena Park", 0.0)]


def test_a_request_for_a_service_is_answered_where_a_passage_tells_the_reader_how(tmp_path):
    # "Where can I attend a seance?" asks for a service, but the page says "you can attend a
    # seance": it answers. A request for something the page never says "you can" do is refused.
    searcher = _searcher_over(
        tmp_path, "tours.md",
        "# Lena Park talks night buses\n\n**Q:** Are the seances still held?\n\nA: Every Sunday, and for $20 you can attend a seance.\n\n"
        "**Q:** And the tours?\n\nA: You can't join them any more, they stopped.\n",
    )
    attend = searcher.ask("Where can I attend a seance in New York?", top_k=1)
    assert (attend.abstained, attend.asks_for_advice, attend.hits[0].passage.text) == (False, False, "Every Sunday, and for $20 you can attend a seance.")
    join = searcher.ask("How can I join the tours?", top_k=1)
    assert (join.abstained, join.asks_for_advice) == (True, True)


@pytest.mark.parametrize(
    "document, answered, refused",
    [
        # "To obtain a copy, call…" tells how to get what is asked for; an instruction for
        # something else ("For tickets, call…") does not answer a request for a poster.
        (
            "# Night Bus on video\n\nThe film is out on video this spring, with the director's commentary.\n\n"
            "To obtain a copy, call the Media Center at 555-0100.\n\n"
            "The premiere is at the Paramount on May 3. For tickets, call the box office.\n",
            {"How can I get a copy of Night Bus?": (
                "The film is out on video this spring, with the director's commentary. To obtain a copy, call the Media Center at 555-0100. "
                "The premiere is at the Paramount on May 3. For tickets, call the box office."
            )},
            "How can I get a poster of Night Bus?",
        ),
        # "Tickets will be available at…" answers where to buy tickets, "To get to the theater,
        # take…" how to get there; neither says where to buy a poster.
        (
            "# Night Bus at the festival\n\n## Tickets\n\nTickets will be available in advance at the Civic Auditorium. Admission is $3.\n\n"
            "## Directions\n\nTo get to the theater, take the west entrance and turn right after the fourth stop sign.\n",
            {
                "Where can I buy tickets?": "Tickets will be available in advance at the Civic Auditorium. Admission is $3.",
                "How do I get to the theater?": "To get to the theater, take the west entrance and turn right after the fourth stop sign.",
            },
            "Where can I buy a poster?",
        ),
        # "How much does the app cost?" asks for practical information, answered only where the
        # page gives the app's price; the price of something it never prices is refused.
        (
            "# Lena Park on Night Bus Radio\n\n**What is the Night Bus app?**\n\nOur subscription app streams every show. It's $9.99 a month.\n\n"
            "**And the vinyl?**\n\nWe press a few hundred copies of each record.\n",
            {"How much does the Night Bus app cost?": "Our subscription app streams every show. It's $9.99 a month."},
            "How much does the vinyl cost?",
        ),
    ],
    ids=["instruction", "available-and-directions", "price"],
)
def test_a_request_is_answered_only_where_a_passage_tells_how_to_get_what_it_asks_for(tmp_path, document, answered, refused):
    searcher = _searcher_over(tmp_path, "release.md", document)
    for question, passage in answered.items():
        answer = searcher.ask(question, top_k=1)
        assert (answer.abstained, answer.asks_for_advice, answer.hits[0].passage.text) == (False, False, passage), question
    refusal = searcher.ask(refused, top_k=1)
    assert (refusal.abstained, refusal.asks_for_advice) == (True, True)


def _searcher_over(tmp_path, name: str, text: str, min_evidence: float = 0.0) -> Searcher:
    """A searcher over one small document `name` holding `text`, built with the fake model, no
    abstention (unless `min_evidence` says how relevant a question must be)."""
    seeds = tmp_path / name.split(".")[0]
    seeds.mkdir()
    (seeds / name).write_text(text, encoding="utf-8")
    settings = dataclasses.replace(Settings(), seeds_dir=seeds, index_dir=tmp_path / f"{seeds.name}-index", model="fake-model", min_evidence=min_evidence)
    build_index(settings, embedder=FakeEmbedder())
    return Searcher.open(settings, encoder=FakeEmbedder())


def _first_hit(searcher: Searcher, question: str, **changed) -> str:
    """The text of the first passage answering `question` with the searcher's settings `changed`."""
    settings = dataclasses.replace(searcher.settings, **changed)
    return Searcher(searcher.index, searcher.encoder, settings).ask(question, top_k=3).hits[0].passage.text


def test_asked_who_holds_a_credit_the_credit_stating_it_comes_before_the_holder_s_own_words(tmp_path):
    searcher = _searcher_over(
        tmp_path, "kit.md",
        "# Night Bus\n\nDirector: | Lena Park |\n---|---|\nRunning Time: | 95’ |\n\n"
        "## Interview with Lena Park\n\n**Who directed Night Bus with you?**\n\nNobody: I directed Night Bus alone, because I grew up on night buses.\n",
    )
    answer = searcher.ask("Who directed Night Bus?", top_k=2)
    assert [hit.passage.text for hit in answer.hits] == [
        "Director: Lena Park",
        "Nobody: I directed Night Bus alone, because I grew up on night buses.",
    ]
    # Any other question about the film ranks as the words decide.
    assert credited_role("Why did Lena Park direct Night Bus?") is None and credited_role("Who did the music?") == "composer"


def test_a_credit_the_corpus_states_is_covered_however_few_words_the_question_shares(tmp_path):
    # Nothing is relevant enough by the evidence alone: only the credit rule answers.
    searcher = _searcher_over(
        tmp_path, "page.txt", "What was it like to shoot?\n\nOverwhelming. My DP, Ana Diaz, and my editor Tom McArdle taught me everything.\n", 10.0
    )
    for question in ("Who was the director of photography?", "Who edited the film?"):
        answer = searcher.ask(question)
        assert not answer.abstained and "Tom McArdle" in answer.hits[0].passage.text, question
    # A credit of a work the corpus never names, or a question asking no credit, stays refused.
    assert searcher.ask("Who directed Jaws?").abstained and searcher.ask("What was it like to shoot Jaws?").abstained
    assert besides_credit("Who directed Jaws?") == " Jaws?" and besides_credit("Who edited the film?") == " ?"


def test_a_credit_is_stated_by_a_label_a_bracket_or_a_collaborator_named_after_the_role():
    editor, cinematographer = credit_statement("editor"), credit_statement("cinematographer")
    for text in ("Editor: Tom McArdle", "Edited by Tom McArdle", "Tom McArdle (Editor)", "thanks to my editor Tom McArdle"):
        assert editor.search(text), text
    assert cinematographer.search("My DP, Roberto Schaefer, lit it") and not editor.search("my editor was patient")
    assert credit_statement("director").search("THREE IDENTICAL STRANGERS A film by Tim Wardle 96 mins")
    # Two credits at once, and a friend named after "by": "directed and written by my old friend…".
    director = credit_statement("director")
    assert director.search("The film is directed and written by my old friend Garth Jennings.")
    assert not director.search("a film directed by my friend and then shown") and not director.search("I was directed by him")
    # A page's front matter: "director = "Edward Berger"" (TOML), "director: Edward Berger" (YAML).
    assert director.search('title = "Conclave" director = "Edward Berger"') and not director.search('director = "9 short films"')
    # A credits list's leader dashes, "the" before the name, and a Spanish page's credits.
    assert cinematographer.search("Director of Photography -- Cherrita Thao") and cinematographer.search("Director of Photography – Ana Diaz")
    assert credit_statement("screenwriter").search("Written and directed by the incomparable Lena Park, a regular")
    assert credit_statement("screenwriter").search("Escrito y dirigido por Lena Park") and director.search("Escrito y dirigido por Lena Park")
    assert credit_statement("composer").search("Música original de Tom Lee") and not credit_statement("composer").search("la música de la película")
    # A full name said to hold it; not a role held by someone unnamed, nor a role in a sentence.
    assert cinematographer.search("Paul McIlvaine is the Director of Photography; Kevin Mockrin casts.")
    assert editor.search("Ana Diaz served as the film's editor.") and not editor.search("Then she is the editor of a magazine")


def test_asked_who_wrote_a_film_the_screenwriter_s_credit_answers_not_who_wrote_the_text():
    assert [credited_role(q) for q in ("Who wrote Night Bus?", "Who wrote and directed it?", "Who wrote the original music for it?")] == [
        "screenwriter", "screenwriter", "composer",
    ]
    assert credited_role("Who wrote this article?") is None and credited_role("Who wrote the synopsis?") is None


def test_asked_who_plays_a_part_a_cast_heading_pairing_actor_and_part_in_brackets_answers(tmp_path):
    searcher = _searcher_over(
        tmp_path, "cast.md",
        "# Frida\n\n## Links\n\nFrida: About Frida Kahlo, the painter, click here. Frida Kahlo forum, click here.\n\n"
        "## Biographies\n\nCAST: SALMA HAYEK (Frida Kahlo) She has proven herself as a producer and actress in film and television.\n",
    )
    answer = searcher.ask("Who plays Frida Kahlo?", top_k=2)
    assert answer.hits[0].passage.text.startswith("CAST: SALMA HAYEK (Frida Kahlo)")


def test_a_title_line_standing_alone_ranks_below_what_is_said_about_the_same_words(tmp_path):
    from assistant.search.statements import is_title_line

    searcher = _searcher_over(
        tmp_path, "story.txt",
        "How Night Bus director Lena Park crafted the twist\n\n"
        "Did you plan the twist from the start?\n\nNo. The twist came late: we rewrote the ending in the edit.\n\n"
        "Did you test it on an audience?\n\nYes, twice, in Seoul.\n",
    )
    flags = [bool(is_title_line(p)) for p in searcher.passages]
    assert flags == [True, False, False]
    question = "How was the Night Bus twist crafted?"
    # The title shares more of the question's words (the fake model counts words): first without
    # the penalty, below the answer with one that outweighs them.
    assert _first_hit(searcher, question, title_line_penalty=0.0).startswith("How Night Bus")
    assert _first_hit(searcher, question, title_line_penalty=5.0).startswith("No. The twist came late")


def test_a_reply_saying_nothing_of_its_own_ranks_below_an_answer(tmp_path):
    from assistant.search.statements import is_empty_reply

    assert [is_empty_reply(t) for t in ("Thank you.", "That’s right.", "Yeah, I agree.", "Sam Ode.", "Yes, in 2009.")] == [True, True, True, False, False]
    # Leave to ask on says nothing either ("Do you mind if I ask…?" / "Sure, ask about anything.").
    assert [is_empty_reply(t) for t in ("Sure, ask about anything.", "Sure, go ahead.", "About the bus, anything.")] == [True, True, False]
    # Asking back what was asked says nothing yet; a longer answer ending on a question does.
    asked_back = ("What was the most difficult?", "Sorry, what do you mean?", "Yes. Why do you ask?", "I rode the 472 every night, didn't you?")
    assert [is_empty_reply(t) for t in asked_back] == [True, True, False, False]
    searcher = _searcher_over(
        tmp_path, "nomination.md",
        "# Lena Park interview\n\n**Q:** Congratulations! How did you hear about the Night Bus nomination?\n\n**A:** Thank you.\n\n"
        "**Q:** And the call itself?\n\n**A:** I was making breakfast when my agent called with the nomination.\n",
    )
    question = "How did Lena Park hear about the Night Bus nomination?"

    assert _first_hit(searcher, question, empty_reply_penalty=0.0) == "Thank you."
    assert _first_hit(searcher, question).startswith("I was making breakfast")


def test_narration_reporting_what_someone_said_ranks_with_their_own_words(tmp_path):
    searcher = _searcher_over(
        tmp_path, "press.txt",
        "Directors of the festival films meet the press\n\n"
        "Veit Helmer, Director of The Bra, said that a Q&A session with the audience should follow every screening.\n\n"
        "“There is no need to think how one can talk to a universal audience”, he further added.\n\n"
        "The festival runs until November in Goa, with screenings every evening.\n",
    )
    question = "What would Veit Helmer like after every screening?"

    assert [p.speaker for p in searcher.passages if p.text.startswith("“There")] == ["Veit Helmer"]
    assert _first_hit(searcher, question, reported_speech_share=0.0).startswith("“There is no need")
    assert "Veit Helmer, Director of The Bra, said that" in _first_hit(searcher, question)


def test_asked_who_plays_a_part_a_cast_list_with_leaders_answers(tmp_path):
    searcher = _searcher_over(
        tmp_path, "kit.txt",
        "NIGHT BUS\n\nWalker drives the night bus. " + "Walker plays cards with the passengers of the night bus and Walker sings. " * 8 + "\n\n"
        "1 CAST CREDITS\n\nMina……………….Ana Diaz Walker…………….Tom Lee Conductor………Sam Ode\n",
    )
    assert "Walker…………….Tom Lee" in searcher.ask("Who plays Walker in Night Bus?", top_k=2).hits[0].passage.text


def test_asked_who_wrote_the_text_or_interviewed_its_byline_answers_not_a_film_s_credit(tmp_path):
    from assistant.question_cues import ASKS_AUTHOR, ASKS_INTERVIEWER

    assert ASKS_AUTHOR.match("Who wrote this report on the panel?") and ASKS_AUTHOR.match("Who is the author of the article?")
    assert not ASKS_AUTHOR.match("Who wrote the film?") and ASKS_INTERVIEWER.match("Who interviewed Lena Park?")
    searcher = _searcher_over(
        tmp_path, "report.md",
        "# Leeds festival\n\nFestival Reports by Tom Reed\n\n## The Night Bus panel\n\n"
        "The festival hosted a panel on the art of interviewing for film, in Leeds, with four directors.\n\n"
        "A film by Lena Park opened the festival on Friday, and she discussed interviewing bus drivers.\n",
        10.0,
    )
    # Not refused, however few of the question's words the text shares; "A film by" is no byline.
    for question in ("Who wrote this report on the panel?", "Who interviewed the directors?"):
        answer = searcher.ask(question)
        assert not answer.abstained and answer.hits[0].passage.text == "Festival Reports by Tom Reed", question
    assert Searcher.open(dataclasses.replace(searcher.settings, min_evidence=0.0), encoder=FakeEmbedder()).ask(
        "Who wrote the film?"
    ).hits[0].passage.text != "Festival Reports by Tom Reed"
