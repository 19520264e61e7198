"""Who said what: each structure of an interview document on a tiny inline fixture, the whole
result compared (section, speaker, prompt, quote). More layouts in test_layout_forms.py."""

from conftest import parsed

from assistant.ingest.documents import parse_source
from assistant.ingest.layout import lay_out
from assistant.ingest.read_text import read_markdown, read_plain
from assistant.ingest.transcripts import without_directions


def test_a_heading_per_interviewee_in_its_usual_forms():
    text = """# Interview with Maria Ruiz

**How did you prepare?**

I read the novel twice.

## Tom Lee in conversation

**What drew you to the part?**

His silence.

## Q&A with Ana Diaz (Elena)

**Was Elena hard to play?**

She was a joy.
"""
    assert parsed(text) == [
        ("Interview with Maria Ruiz", "Maria Ruiz", "How did you prepare?", "I read the novel twice."),
        ("Tom Lee in conversation", "Tom Lee", "What drew you to the part?", "His silence."),
        ("Q&A with Ana Diaz (Elena)", "Ana Diaz", "Was Elena hard to play?", "She was a joy."),
    ]


def test_a_heading_that_is_a_name_alone_starts_that_persons_interview():
    text = """# MARIA RUIZ

**How did you prepare?**

I read the novel twice. Maria Ruiz never skips the book.
"""
    assert parsed(text) == [("Maria Ruiz", "Maria Ruiz", "How did you prepare?", "I read the novel twice. Maria Ruiz never skips the book.")]


def test_a_directors_statement_is_the_directors_from_the_credits():
    text = """# Night Bus

Directed by Lena Park

## Director's statement

I grew up on night buses. This film is my thank-you to their drivers.
"""
    assert parsed(text, title="Night Bus") == [
        ("Night Bus", None, None, "Directed by Lena Park"),
        ("Director's statement", "Lena Park", None, "I grew up on night buses. This film is my thank-you to their drivers."),
    ]


def test_a_directors_statement_without_a_director_says_which_sidecar_field_fixes_it():
    layout = lay_out(read_markdown("## Director's note\n\nI grew up on night buses.\n"), {}, "Doc")
    assert layout.warnings == ("'Director's note' has no director to attribute it to: add \"roles\": {\"director\": \"Name\"} to the sidecar",)
    with_sidecar = lay_out(read_markdown("## Director's note\n\nI grew up on night buses.\n"), {"roles": {"director": "Lena Park"}}, "Doc")
    assert [e.speaker for s in with_sidecar.sections for e in s.exchanges] == ["Lena Park"]


def test_bold_labels_with_first_names_resolve_to_the_full_names_of_the_intro():
    text = """**I talked to Felix (Gebhard) and his bandmate Chris (Breuer) about the record.**

**Anne:** How did the album start?

**Felix:** With a synthesiser we found.

**Chris:** And a lot of coffee.

**Anne:** What comes next?

**Felix and Chris:** A tour!
"""
    assert parsed(text) == [
        ("Doc", None, None, "I talked to Felix (Gebhard) and his bandmate Chris (Breuer) about the record."),
        ("Doc", "Felix Gebhard", "How did the album start?", "With a synthesiser we found."),
        ("Doc", "Chris Breuer", "How did the album start?", "And a lot of coffee."),
        ("Doc", "Felix Gebhard and Chris Breuer", "What comes next?", "A tour!"),
    ]


def test_broadcast_labels_name_and_role_first_then_surname_with_directions_left_out():
    text = """KENNY MALONE, HOST:

Today we meet a voice engineer.

(SOUNDBITE OF MUSIC)

MARTIN RAMIREZ: Hello, this is Martin.

MALONE: How long does a voice take?

RAMIREZ: (Laughter) About an hour of audio.

It used to take eighty hours.

MALONE: Wow.

MALONE: And what does it cost?

RAMIREZ: Nothing for you.
"""
    assert parsed(text, markdown=False) == [
        ("Doc", "Martin Ramirez", "Today we meet a voice engineer.", "Hello, this is Martin."),
        ("Doc", "Martin Ramirez", "How long does a voice take?", "About an hour of audio. It used to take eighty hours."),
        ("Doc", "Kenny Malone", None, "Wow."),
        ("Doc", "Martin Ramirez", "And what does it cost?", "Nothing for you."),
    ]


def test_initials_resolve_from_the_cast_list_and_an_interviewer_marked_a_is_told_by_asking():
    text = """Featuring: Maria Ruiz and Tom Lee

A: Maria, how did you meet Tom?

MR: On a train, in the rain.

TL: She lent me her umbrella.

A: Did you keep it?

TL: I still have it. Would you believe it?
"""
    assert parsed(text, markdown=False) == [
        ("Doc", None, None, "Featuring: Maria Ruiz and Tom Lee"),
        ("Doc", "Maria Ruiz", "Maria, how did you meet Tom?", "On a train, in the rain."),
        ("Doc", "Tom Lee", "Maria, how did you meet Tom?", "She lent me her umbrella."),
        ("Doc", "Tom Lee", "Did you keep it?", "I still have it. Would you believe it?"),
    ]


def test_initials_no_one_names_are_reported_with_the_sidecar_fix():
    from assistant.ingest.documents import _report
    from pathlib import Path

    text = "Q: How did you meet?\n\nMR: On a train.\n\nQ: And then?\n\nMR: We married.\n"
    source = read_plain(text)
    layout = lay_out(source, {}, "Doc")
    passages = parse_source(source, "doc.txt", "Doc")
    report = _report(Path("doc.txt"), "Doc", source, layout, passages)
    assert "speaker labels MR are not full names: add \"aliases\": {\"MR\": \"Full Name\"} to doc.meta.json" in report.warnings
    aliased = parse_source(source, "doc.txt", "Doc", {"aliases": {"MR": "Maria Ruiz"}})
    assert {p.speaker for p in aliased} == {"Maria Ruiz"}


def test_both_stands_for_the_two_people_who_answer():
    text = "INTERVIEWER: Who cooked?\n\nANA DIAZ: I did.\n\nTOM LEE: I washed up.\n\nINTERVIEWER: Again?\n\nBOTH: Never again.\n"
    assert [(p.speaker, p.question) for p in parse_source(read_plain(text), "d.txt", "Doc")][-1] == ("Ana Diaz and Tom Lee", "Again?")


def test_the_interviewee_named_only_in_the_title_or_intro_answers_unlabelled_prompts():
    text = """# Jess Gonchor talks to Chris Redmond about building sets

**What made you want to design sets?**

I always had an eye for what tells a story.

**And now?**

We have six sound stages.
"""
    title = "Jess Gonchor talks to Chris Redmond about building sets"
    assert parsed(text) == [
        (title, "Jess Gonchor", "What made you want to design sets?", "I always had an eye for what tells a story."),
        (title, "Jess Gonchor", "And now?", "We have six sound stages."),
    ]
    intro = "DFF caught up with Drew Christie about his film.\n\n**Why animation?**\n\nBecause I can draw.\n\n**Why paint?**\n\nI like paint.\n"
    assert {p[1] for p in parsed(intro)} == {None, "Drew Christie"}


def test_q_and_a_markers_questions_without_question_marks_and_rhetorical_answers():
    text = """Q: Tell us about your first film

I shot it on a phone. Who needs a camera anyway? Nobody, it turns out.

Q: Really?

Yes, really.

Q. Your next project.

A: A musical. Why not?
"""
    assert parsed(text, markdown=False, meta={"interviewees": ["Ana Diaz"]}) == [
        ("Doc", "Ana Diaz", "Tell us about your first film", "I shot it on a phone. Who needs a camera anyway? Nobody, it turns out."),
        ("Doc", "Ana Diaz", "Really?", "Yes, really."),
        ("Doc", "Ana Diaz", "Your next project.", "A musical. Why not?"),
    ]


def test_a_prompt_is_embedded_with_its_first_answer_not_with_the_turns_after_someone_else_answered():
    from assistant.data import Passage
    from assistant.embed import embedding_texts

    night = "Was it hard to shoot at night?"
    turns = [("Lena Park", night, "Very."), ("Lena Park", night, "Six weeks of nights."), ("Tom Lee", night, "Cold ones."),
             ("Lena Park", night, "And long."), ("Tom Lee", "What comes next?", "A musical.")]
    passages = [Passage(f"d-{n}", "Doc", "Doc", who, asked, said, "d.md", (n, n)) for n, (who, asked, said) in enumerate(turns, 1)]
    # Her answer, cut in two, carries the prompt; the turns after Tom Lee answered it too do not.
    assert embedding_texts(passages) == [
        f"Lena Park: {night}\nVery.", f"Lena Park: {night}\nSix weeks of nights.", "Tom Lee: Cold ones.", "Lena Park: And long.",
        "Tom Lee: What comes next?\nA musical.",
    ]


def test_an_interjection_is_embedded_after_the_prompt_it_continues():
    from assistant.embed import embedding_texts

    passages = parse_source(read_plain("Q: What was the shoot like?\n\nA: Cold.\n\nQ: Really?\n\nA: Minus twenty.\n"), "d.txt", "Doc", {"interviewees": ["Ana Diaz"]})
    # "Really?" questions what was just said: the answer's last sentence goes with the prompt's topic.
    assert embedding_texts(passages)[1] == "Ana Diaz: What was the shoot like? Cold. Really?\nMinus twenty."


def test_questions_set_as_headings_are_prompts():
    text = "---\nname: Jonathan Coulton\n---\n\n#### What hardware do you use?\n\nA Mac Mini.\n\n#### And what software?\n\nPro Tools.\n"
    assert parsed(text) == [
        ("Doc", "Jonathan Coulton", "What hardware do you use?", "A Mac Mini."),
        ("Doc", "Jonathan Coulton", "And what software?", "Pro Tools."),
    ]


def test_captions_pull_quotes_credits_and_boilerplate_stay_out_of_answers():
    text = """# Interview with Maria Ruiz

**How did you prepare?**

## "I read the novel twice"

![Maria on set](still.jpg)

Photo: Jean Dupont

I read the novel twice.

**Anything else?**

No.

© 2024 Film Weekly. All rights reserved.

## Cast

Maria Ruiz as Elena

Tom Lee as Marco
"""
    assert parsed(text) == [
        ("Interview with Maria Ruiz", "Maria Ruiz", "How did you prepare?", "I read the novel twice."),
        ("Interview with Maria Ruiz", "Maria Ruiz", "Anything else?", "No."),
        ("Interview with Maria Ruiz", None, None, "© 2024 Film Weekly. All rights reserved."),
        ("Cast", None, None, "Maria Ruiz as Elena Tom Lee as Marco"),
    ]


def test_cast_lists_and_credits_give_characters_and_roles():
    text = "# Credits\n\nDirected by Lena Park\n\nMusic by Sam Ode\n\n# Cast\n\nMaria Ruiz as Elena\n\nMarco ........ Tom Lee\n"
    layout = lay_out(read_markdown(text), {}, "Doc")
    assert layout.roles == {"director": "Lena Park", "composer": "Sam Ode"}
    assert layout.characters == {"Elena": ["Maria Ruiz"], "Marco": ["Tom Lee"]}


def test_stage_directions_are_cut_and_other_brackets_kept():
    assert without_directions("(As Grimes, singing) A dream.") == "A dream."
    assert without_directions("Oh, my God (laughter). What?") == "Oh, my God. What?"
    assert without_directions("(SOUNDBITE OF MUSIC)") == ""
    assert without_directions('(SOUNDBITE OF SONG, "COLD TOUCH (KITO FEAT. GRIMESAI)")') == ""
    assert without_directions("(Translation by a machine) Hello.") == "(Translation by a machine) Hello."
    assert without_directions("in half a mile (imitating GPS voice), turn") == "in half a mile (imitating GPS voice), turn"
    # A name's initials, which its turns will carry, are no direction; capitals after other words are.
    assert without_directions("Director Sergey Dvortsevoy (SD), Cast Samal Yeslyamova (SY)") == "Director Sergey Dvortsevoy (SD), Cast Samal Yeslyamova (SY)"
    assert without_directions("Thank you (APPLAUSE) all.") == "Thank you all."


def test_a_credit_line_among_the_answers_is_kept_apart():
    text = "# Interview with Lena Park\n\n**Why buses?**\n\nI grew up on them.\n\nDirected by Lena Park\n\n**And next?**\n\nTrams.\n"
    assert parsed(text) == [
        ("Interview with Lena Park", "Lena Park", "Why buses?", "I grew up on them."),
        ("Interview with Lena Park", None, None, "Directed by Lena Park"),
        ("Interview with Lena Park", "Lena Park", "And next?", "Trams."),
    ]


def test_plain_text_with_a_heading_per_q_and_a_unlabelled_questions_and_labelled_answers():
    text = """Q&A with Ethan Hawke and Paul Schrader

What was the genesis of this film?
Paul Schrader: The process began about three years ago when I was giving an award in New York.

Q&A with Emma Seligman and Rachel Sennott

Emma, what was your inspiration for the film?
I wanted to go out with a bang, like a lot of film students heading into their senior year.

Can you each describe the shoot?
It was cold, and we were all very young, and nobody had ever made a feature before.

Q&A with Morgan Neville

The following questions and answers are excerpted from a conversation after the screening. Did your perspective change? Morgan Neville: Well yes, it changed because there was so much I learned

To Leslie – Q&A with Michael Morris, Andrea Riseborough, Marc Maron, and Andre Royo

Your producer said that working with you was the best time she had on a set.
Andrea Riseborough: She is too kind.

Was the story always this personal?Marc Maron: Very much so, from the start.
"""
    assert parsed(text, markdown=False) == [
        ("Q&A with Ethan Hawke and Paul Schrader", "Paul Schrader", "What was the genesis of this film?",
         "The process began about three years ago when I was giving an award in New York."),
        ("Q&A with Emma Seligman and Rachel Sennott", "Emma Seligman", "Emma, what was your inspiration for the film?",
         "I wanted to go out with a bang, like a lot of film students heading into their senior year."),
        ("Q&A with Emma Seligman and Rachel Sennott", None, "Can you each describe the shoot?",
         "It was cold, and we were all very young, and nobody had ever made a feature before."),
        ("Q&A with Morgan Neville", "Morgan Neville",
         "The following questions and answers are excerpted from a conversation after the screening. Did your perspective change?",
         "Well yes, it changed because there was so much I learned"),
        ("To Leslie – Q&A with Michael Morris, Andrea Riseborough, Marc Maron, and Andre Royo", "Andrea Riseborough",
         "Your producer said that working with you was the best time she had on a set.", "She is too kind."),
        ("To Leslie – Q&A with Michael Morris, Andrea Riseborough, Marc Maron, and Andre Royo", "Marc Maron",
         "Was the story always this personal?", "Very much so, from the start."),
    ]


def test_a_section_heading_gives_the_film_it_is_about_to_each_embedded_passage():
    from assistant.embed import embedding_texts

    text = "To Leslie – Q&A with Michael Morris\n\nHow did the script reach you?\nMichael Morris: Through Arlie.\n"
    passages = parse_source(read_plain(text), "d.txt", "Festival Q&As", None)
    assert embedding_texts(passages) == ["Michael Morris, To Leslie: How did the script reach you?\nThrough Arlie."]
    alone = parse_source(read_plain("Q&A with Michael Morris\n\nHow did the script reach you?\nMichael Morris: Through Arlie.\n"), "d.txt", "Festival Q&As", None)
    assert embedding_texts(alone) == ["Michael Morris: How did the script reach you?\nThrough Arlie."]
    # The film after the interviewee's role in a teaser's heading.
    teaser = "Interview with Tebogo Malebogo, director of Heaven Reaches Down to Earth Can you explain the title? It comes from a novel […]\n"
    passages = parse_source(read_plain(teaser), "d.txt", "Festival Q&As", None)
    assert embedding_texts(passages) == ["Tebogo Malebogo, Heaven Reaches Down to Earth: Can you explain the title?\nIt comes from a novel […]"]


def test_a_director_s_statement_under_a_credits_table_is_the_director_s():
    text = (
        "Director: | Lena Park |\n---|---|\nRunning Time: | 95’ |\n\nSynopsis\n\nA driver never sleeps.\n\n"
        "Director's Statement\n\nI grew up on night buses, and this film is my thank-you to their drivers.\n"
    )
    assert parsed(text) == [
        ("Doc", None, None, "Director: Lena Park Running Time: 95’ Synopsis A driver never sleeps."),
        ("Director's Statement", "Lena Park", None, "I grew up on night buses, and this film is my thank-you to their drivers."),
    ]
