"""Performing-arts pages: a theatre company's blog (check 163), a profile quoting two playwrights by
"he said", its WordPress caption shortcodes run into the paragraphs, and a playwright and a
dramaturg asking each other; an opera magazine (check 164), Hugo pages whose TOML front matter
holds the title and the intro naming the one who answers the questions set as headings."""

from assistant.ingest.names import is_role_word
from assistant.ingest.read_text import read_markdown
from conftest import parsed


def test_a_role_word_in_the_plural_is_a_role_word():
    assert [is_role_word(w) for w in ("playwrights", "Dramaturg", "Writer/Directors", "Co-Producers", "Greene", "Rehearsals")] == [
        True, True, True, True, False, False,
    ]


def test_a_word_before_a_plural_role_and_the_people_named_is_no_one_interviewed():
    from assistant.ingest.introductions import interviewees_in_intro

    intro = "Dramaturg Emily Dean interviews ReOrient playwrights Sevan Greene and Hannah Khalil about their plays."
    assert interviewees_in_intro(intro) == ["Sevan Greene", "Hannah Khalil"]


def test_a_wordpress_caption_is_a_figure_and_the_paragraph_after_it_stands_alone():
    text = (
        "“We so love to fetishize the world,” he said.\n"
        '[caption id="attachment_1" align="alignleft" width="450"]![Khalil at the Forum.](/img/k.jpg)Khalil at the Forum. Photo by Dalia Naber.[/caption]'
        "Khalil’s writing has been praised and criticized.\n"
    )
    assert [b.text for b in read_markdown(text).blocks] == ["“We so love to fetishize the world,” he said.", "Khalil’s writing has been praised and criticized."]


def test_a_writer_s_aside_in_brackets_does_not_end_the_quotation_it_stands_in():
    text = (
        "# Talking to Sevan Greene\n\nSevan Greene is a playwright. I talked to Greene about his plays.\n\n"
        "Greene explains, “People expected me to write the other narrative.” (He and his parents escaped Kuwait during the Gulf War.) "
        "“What they tend to forget is that I’m a child of both worlds.”\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text)][1:] == [
        ("Sevan Greene", "Greene explains, “People expected me to write the other narrative.”"),
        (None, "(He and his parents escaped Kuwait during the Gulf War.)"),
        ("Sevan Greene", "“What they tend to forget is that I’m a child of both worlds.”"),
    ]


def test_one_of_two_named_people_telling_at_length_before_asking_keeps_the_telling_as_their_words():
    telling = (
        "Manar was first staged in a class with Anne Bogart called Collaboration. Directors, actors, playwrights and dramaturgs got split into teams to produce plays "
        "over the course of the semester. You and I got paired together, and we worked on the original short version. We presented it "
        "to the whole school in May 2016."
    )
    asking = "When did you first start writing that piece? Was it written for the class?"
    text = (
        "# Anna Wood in Conversation with Melis Aker\n\n"
        "As a team member, Dramaturg Anna Wood speaks with her longtime collaborator and Playwright Melis Aker about their work.\n\n"
        "**Melis:** This is our third collaboration on my play. How did we first come together on this project?\n\n"
        f"**Anna:** {telling} {asking}\n\n**Melis:** I had started writing it earlier in the year, for another class entirely.\n"
    )
    rows = [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)]
    assert [(speaker, quote) for speaker, _, quote in rows[-2:]] == [
        ("Anna Wood", f"{telling} {asking}"), ("Melis Aker", "I had started writing it earlier in the year, for another class entirely."),
    ]
    assert rows[-1][1] == asking


def test_an_editor_s_note_on_the_interview_after_an_answer_is_no_one_s_and_answers_nothing():
    text = (
        "# Lena Park talks Night Bus\n\n**Why buses?**\n\nI grew up riding them at night, and the city looked different from a bus.\n\n"
        "**And Seoul?**\n\nSeoul is the city I know best, so the film had to be shot there.\n\n"
        "(A version of this interview was included in Four Korean Plays, published by McFarland.)\n\n"
        "This interview has been edited for length and clarity.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)][-3:] == [
        ("Lena Park", "And Seoul?", "Seoul is the city I know best, so the film had to be shot there."),
        (None, None, "(A version of this interview was included in Four Korean Plays, published by McFarland.)"),
        (None, None, "This interview has been edited for length and clarity."),
    ]


def test_a_toml_front_matter_s_escapes_and_character_references_are_read_and_its_preamble_is_the_standfirst():
    text = (
        '+++\ntitle = "Dracula&#039;s neighbour: Nancy Allen Lundy"\n'
        'preamble = "The [American Composers Orchestra](http://example.org/aco) opens its season at Zankel Hall, **October 28**.\\n\\n'
        'Nancy Allen Lundy sings \\"Dracula\\". We spoke with Allen about the piece."\n+++\n\n'
        "## What kind of lady is Dracula's neighbour?\n\nMy character is a woman of means in an upscale neighborhood.\n\n"
        "## What is hard about the piece?\n\nThe difficulty lies in getting the timing right.\n"
    )
    source = read_markdown(text)
    assert source.title == "Dracula's neighbour: Nancy Allen Lundy"
    assert source.blocks[0].text == (
        'The American Composers Orchestra opens its season at Zankel Hall, October 28. Nancy Allen Lundy sings "Dracula". '
        "We spoke with Allen about the piece."
    )

