"""Speaker labels: which openings are labels, who they stand for, and who asks."""

from assistant.ingest.blocks import block, from_runs
from assistant.ingest.askers import mark_askers, mark_welcoming_host
from assistant.ingest.people import ANSWER, Person, identify
from assistant.ingest.label_use import accepted_labels
from assistant.ingest.turns import label_of, without_label


def test_label_forms_and_their_setting():
    assert [(l.raw, l.style, l.name, l.role) for l in (
        label_of(block("KENNY MALONE, HOST: Hello.", 1)),
        label_of(block("AI-GENERATED VOICE #4: (As Grimes) La.", 1)),
        label_of(from_runs([(1, [("Anne:", "bold"), (" Hi!", None)])])),
        label_of(block("Felix and Chris (together): Thanks!", 1)),
        label_of(block("Q. Why?", 1)),
    )] == [
        ("KENNY MALONE, HOST", "caps", "KENNY MALONE", "host"),
        ("AI-GENERATED VOICE #4", "caps", "AI-GENERATED VOICE #4", None),
        ("Anne", "bold", "Anne", None),
        ("Felix and Chris (together)", "plain", "Felix and Chris", None),
        ("Q", "qa", "Q", None),
    ]


def test_a_q_or_a_marker_opens_a_turn_whose_sentence_has_a_colon_later():
    label = label_of(block("A. Opera combines many arts: music, a plot and costumes.", 1))
    assert (label.raw, label.style) == ("A", "qa")
    # A label with a colon is still read first: "A. Smith:" is someone's initial and surname.
    assert label_of(block("A. Smith: Hello.", 1)).raw == "A. Smith"


def test_a_title_and_subtitle_after_the_colon_are_no_label_but_an_outlet_asking_is():
    assert label_of(block("The Playboy Interviews: The Directors", 1)) is None
    assert label_of(block("The Playlist: Congratulations on the nomination.", 1)).raw == "The Playlist"


def test_a_topic_in_bold_before_a_colon_is_no_label_but_a_name_is():
    # "**On John Steinbeck**: “…”": a feature's topic, opening on a preposition or a question word.
    for topic in ("On John Steinbeck", "About The Score", "Why Pittsburgh"):
        assert label_of(from_runs([(1, [(topic, "bold"), (": “I read him late.”", None)])])) is None
    assert label_of(from_runs([(1, [("John Steinbeck", "bold"), (": I read him late.", None)])])).raw == "John Steinbeck"


def test_a_fact_sheet_s_fields_a_work_s_title_a_dateline_and_a_section_heading_are_no_labels():
    # "Release Date: June 2026" and "Print Length: 518 pages", each a short value ending no
    # sentence every time: a fact sheet's fields; a speaker says a sentence somewhere.
    sheet = [block(t, i) for i, t in enumerate([
        "Release Date: June 2026", "Print Length: 518 pages", "Release Date: July 14, 2026", "Print Length: 82 pages",
        "Lena Park: I wrote it at night.", "Tom Lee: Yes.", "Lena Park: Then we shot it in Seoul over one long winter.", "Tom Lee: Right",
    ])]
    assert [(i, label.raw) for i, label in accepted_labels(sheet).items()] == [(4, "Lena Park"), (5, "Tom Lee"), (6, "Lena Park"), (7, "Tom Lee")]
    # A title in title case or a part of a series, a dateline, a heading ending on "Series" or "Contact".
    for text in (
        "No Treaty With The Dead: Focuses on Native American protagonists.",
        "Static and Sinew (Deadlands Vol. 2): Chronicles the clash between technology and survival.",
        "ATLANTIC CANADA – July 15, 2026 – Acclaimed author Lena Park has released her film.",
        "RED BLUE SERIES: A fresh take on supernatural policing.",
        "Media Contact: Lena Park",
    ):
        assert label_of(block(text, 1)) is None, text
    assert label_of(block("LENA PARK – I grew up on the 472.", 1)).raw == "LENA PARK"


def test_sentences_with_a_colon_are_not_labels():
    for text in ("It was a real challenge: we started from scratch.", "Note: the film opens Friday.", "https://example.com: see", "10:30 the shoot began"):
        assert label_of(block(text, 1)) is None


def test_a_label_counts_when_the_document_uses_labels():
    blocks = [block(t, i) for i, t in enumerate([
        "Music: Hi-Tech Expert.", "KENNY MALONE, HOST: Hi.", "RAMIREZ: Hello.", "MALONE: So?", "RAMIREZ: Yes.", "ROBERT SMITH, BYLINE: Hey.",
    ])]
    assert sorted(accepted_labels(blocks)) == [1, 2, 3, 4, 5]
    lone = [block("The story: so touching.", 1), block("The ending: sad.", 2)]
    assert accepted_labels(lone) == {}
    once = [block("What was the genesis?", 1), block("Paul Schrader: It began in Rome.", 2), block("Lena Park: Yes.", 3)]
    assert accepted_labels(once) == {}
    assert sorted(accepted_labels(once, ["Paul Schrader"])) == [1]


def test_a_surname_label_after_the_full_name_is_the_same_speaker_recurring():
    blocks = [block(t, i) for i, t in enumerate([
        "STEVEN YEUN, ACTOR: Well, minari is a beautiful metaphor.", "CHRISTIANE AMANPOUR: What do you remember?", "YEUN: I think a lot of things happened.",
    ])]
    assert sorted(accepted_labels(blocks)) == [0, 1, 2]
    strangers = [block("PARK: It began in Rome.", 1), block("JOHN SMITH: Yes.", 2), block("LEE: No.", 3)]
    assert accepted_labels(strangers) == {}


def test_initials_in_capitals_after_a_full_name_label_are_the_same_speaker_recurring():
    blocks = [block(t, i) for i, t in enumerate([
        "Ana Diaz: What is a grip?", "Tom Lee: The one who rigs the lights.", "AD: Why do it?", "TL: I love the set.", "A D: And now?", "T L: Still.",
    ])]
    assert sorted(accepted_labels(blocks)) == [0, 1, 2, 3, 4, 5]
    # Initials two full names share stand for neither: the full names stay labelled once.
    shared = [block(t, i) for i, t in enumerate(["Tom Lee: The one who rigs.", "Tina Low: Not me.", "TL: Yes."])]
    assert sorted(accepted_labels(shared)) == []


def test_a_label_is_cut_off_its_block_with_the_emphasis_shifted():
    b = from_runs([(4, [("Anne:", "bold"), (" How are ", None), ("you", "italic"), ("?", None)])])
    rest = without_label(b, label_of(b))
    assert (rest.text, rest.lines, rest.emphasis) == ("How are you?", ((4, "How are you?"),), ((8, 11, "italic"),))
    assert without_label(block("KENNY MALONE, HOST:", 1), label_of(block("KENNY MALONE, HOST:", 1))) is None


def test_labels_stand_for_full_names_and_roles_travel_to_the_short_form():
    labels = [label_of(block(t, 1)) for t in ("KENNY MALONE, HOST: Hi.", "MALONE: So?", "RAMIREZ: Yes.", "Q: Why?", "A: Because.")]
    people = identify(labels, ["Martin Ramirez"], {}, [], "Kenny Malone is here; Martin Ramirez too.")
    assert people == {
        "kenny malone": Person("Kenny Malone", "host", True),
        "malone": Person("Kenny Malone", "host", True),
        "ramirez": Person("Martin Ramirez"),
        "q": Person(None, None, True),
        "a": ANSWER,
    }


def test_who_asks_is_told_by_their_questions_over_the_whole_document():
    labels = [label_of(block(t, 1)) for t in ("A: Hi?", "MR: Hello.", "TL: Hey.")]
    people = identify(labels, ["Maria Ruiz", "Tom Lee"], {}, [], "")
    turns = [("a", "How did you meet?"), ("mr", "On a train."), ("tl", "She lent me an umbrella."), ("a", "Did you keep it?"), ("tl", "Yes. Would you believe it?")]
    marked = mark_askers(people, turns)
    assert {key: person.asks for key, person in marked.items()} == {"a": True, "mr": False, "tl": False}
    assert (marked["mr"].name, marked["tl"].name) == ("Maria Ruiz", "Tom Lee")


def test_no_one_is_taken_for_the_asker_when_questions_are_shared():
    labels = [label_of(block(t, 1)) for t in ("ANA: Why?", "TOM: Why not?")]
    people = identify(labels, [], {}, [], "")
    turns = [("ana", "Why?"), ("tom", "Why not?"), ("ana", "Fine."), ("tom", "Sure.")]
    assert not any(p.asks for p in mark_askers(people, turns).values())


def test_the_one_opening_with_a_welcome_to_listeners_is_the_host_who_asks():
    labels = [label_of(block(t, 1)) for t in ("ANA: Hi.", "TOM: Hello.")]
    people = identify(labels, [], {}, [], "")
    turns = [("ana", "Hello and welcome to the Night Bus podcast."), ("ana", "Tom, thanks for coming."), ("tom", "Thanks for having me. Why not?"), ("ana", "So, buses.")]
    assert [key for key, p in mark_welcoming_host(people, turns).items() if p.asks] == ["ana"]
    # A welcome said later, by whoever answers first, makes no host.
    later = [("tom", "Thanks for having me."), ("ana", "Welcome to the show.")]
    assert not any(p.asks for p in mark_welcoming_host(people, later).values())


def test_a_one_word_name_in_lower_case_labels_turns_beside_other_labels_where_the_text_speaks_it():
    blocks = [block(t, i) for i, t in enumerate([
        "Rebecca: Hello and welcome. I sit down with danah boyd today.", "Rebecca: Hello, danah.", "danah: Thanks for having me.",
        "Rebecca: What have you learned?", "danah: That everything is biased.", "note: recorded in 2018.", "note: edited for length.",
    ])]
    assert sorted(accepted_labels(blocks)) == [0, 1, 2, 3, 4]
    # Alone (no other label recurs) or never spoken in the text, it is no label.
    assert accepted_labels([b for b in blocks if b.text.startswith("danah")]) == {}
    unspoken = [block(t, i) for i, t in enumerate(["Rebecca: Hello.", "rick: Hi.", "Rebecca: So?", "rick: Yes."])]
    assert sorted(accepted_labels(unspoken)) == [0, 2]


def test_one_question_does_not_make_an_asker():
    labels = [label_of(block(t, 1)) for t in ("RAFAEL CASAL: Hi.", "DAVEED DIGGS: Hello.")]
    people = identify(labels, [], {}, [], "")
    turns = [("rafael casal", "Yeah, Diggs, can you?"), ("daveed diggs", "We have worked on this for ten years.")]
    assert not any(p.asks for p in mark_askers(people, turns).values())


def test_a_field_named_plot_or_premise_is_no_speaker():
    assert label_of(block("Plot: When his partner in crime is kidnapped, a thief gives chase.", 1)) is None
    assert label_of(block("Premise: Two strangers share a night bus.", 1)) is None
    assert label_of(block("Lena: When my partner was kidnapped, I gave chase.", 1)).raw == "Lena"
