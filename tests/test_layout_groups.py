"""Interviews whose answerers are named only by a section's name in bold or by the title: a
band's group interview, a newspaper's questionnaire put to one person."""

from conftest import parsed


def test_a_group_interview_with_each_member_under_their_name_in_bold():
    # "**Steven Van Zandt**" over his questions and answers, then "**Max Weinberg**" over his: each
    # name heads its section, as "## Steven Van Zandt" would; the intro naming them stays no one's.
    text = (
        "---\ntitle: The Band on Tour\n---\n\n"
        "Guitarist Lena Park and drummer Tom Lee talk about the tour.\n\n"
        "**Lena Park**\n\n**When did you join?**\n\nIn 2001, after the first record.\n\n**Was it hard?**\n\nNot at all.\n\n"
        "**Tom Lee**\n\n**How do you keep time?**\n\nI count under my breath.\n"
    )
    assert parsed(text) == [
        ("The Band on Tour", None, None, "Guitarist Lena Park and drummer Tom Lee talk about the tour."),
        ("Lena Park", "Lena Park", "When did you join?", "In 2001, after the first record."),
        ("Lena Park", "Lena Park", "Was it hard?", "Not at all."),
        ("Tom Lee", "Tom Lee", "How do you keep time?", "I count under my breath."),
    ]


def test_a_list_of_bold_items_that_look_like_names_heads_nothing():
    # A list of awards in bold ("**Best Special Effects**") after a line ending no sentence: items,
    # not the sections of a group interview.
    text = (
        "# Night Bus wins big\n\nNight Bus won Best Special Effects at the festival.\n\nThe awards:\n\n"
        "* **Best Use of Character**\n* **Best Special Effects**\n\nWe thank the festival staff.\n"
    )
    assert {speaker for _, speaker, _, _ in parsed(text)} == {None}
    assert {section for section, _, _, _ in parsed(text)} == {"Night Bus wins big"}


def test_a_questionnaire_titled_with_the_name_of_the_one_it_asks():
    # "Bruce Springsteen: By The Book" over bold questions put to "you" and answers no one signs:
    # the name before the title's colon answers; a film's title in that place ("Night Bus: By
    # The Book", the body naming it whole) answers nothing.
    qa = (
        "The director reads at night.\n\n**What books are on your night stand?**\n\nI just finished Moby-Dick.\n\n"
        "**Who is your favorite novelist?**\n\nTolstoy, for his patience.\n"
    )
    person = parsed("---\ntitle: Lena Park: By The Book\n---\n\n" + qa)
    assert [(speaker, prompt) for _, speaker, prompt, _ in person] == [
        (None, None), ("Lena Park", "What books are on your night stand?"), ("Lena Park", "Who is your favorite novelist?"),
    ]
    film = parsed("---\ntitle: Night Bus: By The Book\n---\n\n" + qa.replace("The director reads", "Night Bus is read"))
    assert {speaker for _, speaker, _, _ in film} == {None}
