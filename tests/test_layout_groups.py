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


# Answers as long as a web page's paragraphs saved one per line (shorter lines read as a wrapped paragraph).
PARK = (
    "After five months of editing we had a rough cut, but the story lacked emotional reversals, so with the "
    "deadline looming we made the difficult and risky decision to open up production again and film the flood."
)
LEE = (
    "This is a very personal project to me. It came about after my mother died and for me represented a kind of "
    "mourning. I took seven years to write it, and seeing those scenes of my own life was so heavy for me."
)


def test_a_round_up_s_answers_signed_each_on_its_line_are_each_signer_s():
    # "“…” – Brad Allgood, “Landfill Harmonic”" and the next answer on the following line, no blank
    # line between: each line is its own paragraph, signed by its own filmmaker.
    text = (
        "The festival asked its filmmakers about their biggest challenge.\n\n"
        f"“{PARK}” – Lena Park, “Night Bus”\n"
        f"“{LEE}” – Tom Lee, “Land and Shade”\n"
    )
    assert parsed(text, markdown=False, title="Round-up") == [
        ("Round-up", None, None, "The festival asked its filmmakers about their biggest challenge."),
        ("Round-up", "Lena Park", None, f"“{PARK}” – Lena Park, “Night Bus”"),
        ("Round-up", "Tom Lee", None, f"“{LEE}” – Tom Lee, “Land and Shade”"),
    ]


def test_a_paragraph_leading_into_someone_s_words_makes_the_first_person_after_it_theirs():
    # "Director Lena Park describes…:" then her words in the first person, up to a paragraph that
    # is not: hers; the lead-in and the narration after her words no one's.
    text = (
        "# Five directors on their hardest day\n\n## Night Bus\n\n"
        "Director Lena Park describes the hardest part of making the film:\n\n"
        "I was wearing too many hats, directing and acting at once.\n\n"
        "My editor helped me judge my own takes.\n\n"
        "The film won the jury award.\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text)] == [
        (None, "Director Lena Park describes the hardest part of making the film:"),
        ("Lena Park", "I was wearing too many hats, directing and acting at once. My editor helped me judge my own takes."),
        (None, "The film won the jury award."),
    ]


def test_a_round_up_s_answers_opening_on_the_filmmaker_and_the_film_in_brackets():
    # "Andrew Renzi (“Franny”): …", "Sean Mewshaw (“Tumbledown”)The challenge…": two such
    # paragraphs at least make a round-up, each its filmmaker's; one alone is no one's.
    answers = (
        "Lena Park (“Night Bus”): Post-production was the hardest part of the film.\n\n"
        "Tom Lee (“Land and Shade”)The challenge that took longest was the money.\n"
    )
    assert [speaker for _, speaker, _, _ in parsed("Here are their answers.\n\n" + answers, markdown=False, title="Round-up")] == [None, "Lena Park", "Tom Lee"]
    alone = "Here is one answer.\n\n" + answers.split("\n\n")[0] + "\n"
    assert {speaker for _, speaker, _, _ in parsed(alone, markdown=False, title="Round-up")} == {None}


def test_a_one_question_page_under_a_title_naming_the_director_by_role():
    # A festival's one-question page: the title names "Director Lena Park" after a bar, the
    # question put to "you" is answered in the first person: hers. A profile asking nothing, no.
    text = (
        "“Enjoy the Ride”: Night Bus | Director Lena Park\n\n"
        "What fear did you have to conquer in making your movie?\n\n"
        "I don’t feel fear, I feel excitement. A film can fall apart at any point.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text, markdown=False)][-1] == (
        "Lena Park", "What fear did you have to conquer in making your movie?"
    )
    third = text.replace("I don’t feel fear, I feel excitement.", "She feels no fear, only excitement.")
    assert {speaker for _, speaker, _, _ in parsed(third, markdown=False)} == {None}


def test_a_panel_round_up_labelled_by_name_role_and_film_each_answering_once():
    # The programmer asks ("Bears, AFF:"), several filmmakers answer each question once, labelled
    # with name, role and film ("Zach Endres, Writer/Director THE TELEPORTED MAN:"): each answer is
    # its filmmaker's, under the question before it.
    text = (
        "The programmer sat down with a few of the filmmakers.\n\n"
        "Bears, AFF: What do you consider a strong story?\n\n"
        "Lena Park, Writer/Director NIGHT BUS: “One that makes you look at life at a different angle.”\n\n"
        "Tom Lee, Director GOOD KARMA $1: “One that pulls an emotion out of me.”\n\n"
        "Bears, AFF: How long did the writing take you?\n\n"
        "Ana Diaz, Writer/Director HATCH: “About six months from the idea to the script.”\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False, title="Panel")][1:] == [
        ("Lena Park", "What do you consider a strong story?", "“One that makes you look at life at a different angle.”"),
        ("Tom Lee", "What do you consider a strong story?", "“One that pulls an emotion out of me.”"),
        ("Ana Diaz", "How long did the writing take you?", "“About six months from the idea to the script.”"),
    ]


def test_an_interview_headed_by_a_first_name_is_the_full_name_the_credits_give():
    # A short film's page: credits "DIRECTED BY Ross McGowan", then "READ OUR INTERVIEW WITH ROSS"
    # over the interview: its answers are Ross McGowan's, as the credits name him.
    text = (
        "# Shadow Boxer\n\nDIRECTED BY Ross McGowan\n\nA boxer fights his way out of his father's shadow.\n\n"
        "## READ OUR INTERVIEW WITH ROSS\n\nCan you tell us about yourself?\n\nI'm Ross and I've been making short films for over ten years.\n\n"
        "What was the hardest scene to shoot?\n\nThe ninth round, shot in one night.\n\nWhat are you working on now?\n\nA web series.\n"
    )
    assert {speaker for _, speaker, prompt, _ in parsed(text) if prompt} == {"Ross McGowan"}


def test_an_author_field_naming_no_one_asks_nothing(tmp_path):
    # "author: Unknown" over a questionnaire: no interviewer called Unknown; a real author asks.
    from assistant.ingest.documents import parse_document

    qa = "**What books are on your night stand?**\n\nI just finished Moby-Dick.\n\n**Who is your favorite novelist?**\n\nTolstoy.\n"
    unknown, named = tmp_path / "unknown.md", tmp_path / "named.md"
    unknown.write_text("---\ntitle: Lena Park: By The Book\nauthor: Unknown\n---\n\n" + qa, encoding="utf-8")
    named.write_text("---\ntitle: Lena Park: By The Book\nauthor: Tom Lee\n---\n\n" + qa, encoding="utf-8")
    assert [tuple(parse_document(path)[2].interviewers) for path in (unknown, named)] == [(), ("Tom Lee",)]


# An answer longer than any question, ending on one it asks itself.
LONG_ANSWER = (
    "My first thought was, how can I play this when I have no addictions myself? I am the one who drives everyone home on "
    "a Friday night and makes sure they get there. So I watched interviews and read what I could, and I kept asking myself "
    "one thing: how do I go from being me to understanding her?"
)


def test_two_questions_to_you_answered_in_the_first_person_head_their_answers_when_no_one_is_named():
    # A page's Q&A that never names who answers: two questions put to "you", each answered in the
    # first person (one answer ending on a question it asks itself), and the asker's "I read that
    # you…" checking what they heard. Their answers are no one's, but each under its question.
    text = (
        "What did you do to prepare?\n\nI watched a lot of documentaries. I was in a different city every week.\n\n"
        "I read that you don’t drink. Is that true?\n\nNo, I don’t. I never have!\n\n"
        "Did that affect how you played her?\n\n" + LONG_ANSWER + "\n"
    )
    assert parsed(text, markdown=False) == [
        ("Doc", None, "What did you do to prepare?", "I watched a lot of documentaries. I was in a different city every week."),
        ("Doc", None, "I read that you don’t drink. Is that true?", "No, I don’t. I never have!"),
        ("Doc", None, "Did that affect how you played her?", LONG_ANSWER),
    ]


def test_questions_answered_in_the_third_person_stay_one_text():
    # The same questions over narration ("She watched…") are a page's own text, not answers.
    text = "What did you do to prepare?\n\nShe watched a lot of documentaries.\n\nDid that affect how you played her?\n\nShe says it did.\n"
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text, markdown=False)] == [(None, None)]


def test_a_listing_s_headline_quoting_someone_before_their_name_makes_the_words_under_it_theirs():
    # "“…”: Director Lena Park" over a line of counts and the opening of her post: hers; under
    # "…: Editor Tom Lee on Night Bus", an intro telling of someone as "he" is no one's; a title
    # with a relative pronoun ("…the People Who Lived it") names no one.
    text = (
        "The Story through the Eyes of the People Who Lived it\n\n114 Views0 Comment\n\nWe shot for a year.\n\n"
        "“The Challenge Is Balancing Tone”: Director Lena Park\n\n1020 Views0 Comment\n\n"
        "With issues of aging, the challenge is balancing tone.\n\n"
        "“A Huge Project”: Editor Tom Lee on Night Bus\n\n834 Views0 Comment\n\nAnn Ruiz has devoted his career to documentaries.\n"
    )
    assert [(speaker, quote) for _, speaker, _, quote in parsed(text, markdown=False) if speaker or "." in quote] == [
        (None, "The Story through the Eyes of the People Who Lived it 114 Views0 Comment We shot for a year."),
        ("Lena Park", "With issues of aging, the challenge is balancing tone."),
        (None, "Ann Ruiz has devoted his career to documentaries."),
    ]
