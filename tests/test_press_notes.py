"""Press notes and short interview pages: full names labelling once each the answers to a plain
question, a line naming someone on a titled topic heading their view, one question put to the
person an intro presents, bold prompts after a profile's opening; each on a tiny inline fixture,
the whole result compared."""

from conftest import parsed


def test_full_names_labelling_once_each_the_answers_to_a_plain_question_are_who_answers():
    # Press notes interviewing two people label only who answers: a plain question, then
    # "Lena Park:" once and "Sam Ode:" once. Neither label recurs, yet both say who speaks.
    text = (
        "How did the idea for the documentary come together?\n\n"
        "Lena Park: We met at a house party and talked about the film for hours.\n\n"
        "And then the pandemic shut us down, but we still started shooting within the month.\n\n"
        "Sam Ode: I first heard of Lena when she was finishing her previous film.\n"
    )
    question = "How did the idea for the documentary come together?"
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        ("Lena Park", question, "We met at a house party and talked about the film for hours. And then the pandemic shut us down, but we still started shooting within the month."),
        ("Sam Ode", question, "I first heard of Lena when she was finishing her previous film."),
    ]


def test_one_full_name_before_a_sentence_after_a_plain_question_is_no_label_alone():
    # One name before a colon is a caption or a headline as often as a turn: it needs a second.
    text = (
        "How did the idea for the documentary come together?\n\n"
        "Lena Park: We met at a house party and talked about the film for hours.\n"
    )
    assert all(p[1] in (None, "") for p in parsed(text, markdown=False))


def test_a_line_naming_someone_on_a_titled_topic_between_paragraphs_heads_their_view():
    # "Sam Ode on Journalism vs Film" between paragraphs of a plain page heads Sam Ode's view, in
    # his words though it never says "I"; the site's pointer after it is no one's. "Lena Park on
    # the web" (a topic in lower case) heads nothing.
    text = (
        "Lena Park & Sam Ode Examine Documentary Film\n\n"
        "Acclaimed filmmaker Lena Park sits down to talk with Sam Ode about documentary film.\n\n"
        "Watch the conversation here:\n\n"
        "Lena Park On The Importance of a Supportive Team\n\n"
        "While you’re making a film it’s important to have a safe team.\n\n"
        "Sam Ode on Journalism vs Film\n\n"
        "You see too many documentaries where you have all this investigative reporting. Documentary film must divorce itself from journalism.\n\n"
        "For more, see our complete coverage of the festival.\n\n"
        "Lena Park on the web\n\n"
        "Her films stream on every platform this winter, and her next one opens in March.\n"
    )
    assert [(speaker, quote[:24]) for _, speaker, _, quote in parsed(text, markdown=False)] == [
        (None, "Lena Park & Sam Ode Exam"),
        ("Lena Park", "While you’re making a fi"),
        ("Sam Ode", "You see too many documen"),
        (None, "For more, see our comple"),
    ]


def test_one_question_put_to_you_after_an_intro_presenting_someone_is_theirs_to_answer():
    # The intro opens with the name on a line of its own, going on in lower case on the next;
    # one question put to "you", answered in the first person: a one-question interview.
    text = (
        "Category Archives: Interviews\n\n"
        "Lena Park\n has been writing music for films since 2009, for more than 50 productions.\n\n"
        "Was music always something that attracted you as a career?\n\n"
        "I’ve really always had a love for music. When I was young, I was obsessed with Elvis Presley.\n"
    )
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        (None, None, "Category Archives: Interviews Lena Park has been writing music for films since 2009, for more than 50 productions."),
        ("Lena Park", "Was music always something that attracted you as a career?", "I’ve really always had a love for music. When I was young, I was obsessed with Elvis Presley."),
    ]


def test_a_request_put_to_you_after_a_profile_is_answered_by_its_subject_not_by_a_name_in_an_answer():
    # "Describe a little of your background." after a profile of Lena Park is hers to answer; where
    # the question ran into its answer (no question mark), the "I" before any question is an
    # answer, no introduction: Sam Ode, named twice in it, answers nothing.
    profile = (
        "Interview by Jo Doe published 2006\n\n"
        "Lena Park is one of the most productive composers in Hollywood. Park’s great achievement is her score for Night Bus.\n\n"
        "Describe a little of your music background.\n\n"
        "I started playing guitar at age six. My mom was a musician.\n"
    )
    assert [p[1] for p in parsed(profile, markdown=False)] == [None, "Lena Park"]
    malformed = (
        "When you first started out, what scores have stuck in your mind> I loved Sam Ode’s scores, and Ode’s Vertigo above all.\n\n"
        "Describe a little of your music background.\n\n"
        "I started playing guitar at age six. My mom was a musician.\n"
    )
    assert all(p[1] is None for p in parsed(malformed, markdown=False))


def test_bold_prompts_after_a_profile_s_opening_a_first_statement_and_a_plain_question_among_them():
    # After two paragraphs of narration, the first bold paragraph is a statement, not a standfirst:
    # it prompts the answer under it; a question the export left plain between answers ("…What
    # was it?") prompts too; a speaker's own tag question ("…, right?") does not.
    text = (
        "# Remembering Tom\n\n\"Of course, you're shocked\", Lena Park said two days later.\n\n"
        "Lena Park recalled Tom as an artist and friend, in a long conversation about their years on the road together.\n\n"
        "**There is this feeling, especially with artists of a certain vintage, that as we grow up with them, "
        "they will always be there for us. The sudden shock of a leaving like his cuts deep.**\n\n"
        "Tom is my generation. I felt a real kinship with him.\n\n"
        "**How would you characterize the musical differences between you and Tom?**\n\n"
        "Tom was a great classicist.\n\nI'm pro-freedom in music, let's face it, you know that, right?\n\n"
        "He followed those forms religiously.\n\n"
        "**Do you have a favorite album of his?**\n\nThe one he did with Jimmy back in the day.\n\n"
        "Tom once told me of a conversation he had with you about his record company. What was it?\n\n"
        "Well, I'd been through it. They can't take your talent.\n"
    )
    assert [(speaker, (prompt or "")[:27]) for _, speaker, prompt, _ in parsed(text)][2:] == [
        ("Lena Park", "There is this feeling, espe"),
        ("Lena Park", "How would you characterize "),
        ("Lena Park", "Do you have a favorite albu"),
        ("Lena Park", "Tom once told me of a conve"),
    ]


def test_the_one_who_conducted_the_interview_asks_though_a_turn_of_theirs_asks_nothing():
    # "Sam Ode conducted the following interview with Lena Park": Sam Ode asks, so his second turn
    # (a remark, no question) prompts her answer too, and he answers nothing.
    text = (
        "Lena Park Interview\n\n"
        "Sam Ode conducted the following interview with Lena Park in March 1992 at a hotel.\n\n"
        "Sam Ode: How did the producers’ approach to scoring the series change over the years?\n\n"
        "Lena Park: In 1987, when we started the thing, I dealt a lot with the producer in charge of music.\n\n"
        "SO: I watched the first season the other day, and the music was louder than it is now.\n\n"
        "LP: Yeah, we went from there to the second season, when the show sort of found itself.\n"
    )
    assert [p[1:3] for p in parsed(text, markdown=False)][1:] == [
        ("Lena Park", "How did the producers’ approach to scoring the series change over the years?"),
        ("Lena Park", "I watched the first season the other day, and the music was louder than it is now."),
    ]


def test_a_full_name_labelling_one_answer_is_the_one_a_headline_before_it_is_about():
    # "Lena Park on Orchestrating Blockbusters" heads the page; her one labelled answer, with no
    # question before it, is hers; the questions after it, unlabelled, are hers to answer too.
    text = (
        "Music is My Life: Episode 032\n\n"
        "Lena Park on Orchestrating Some of Hollywood’s Biggest Movies\n\n"
        "You know who Lena Park is, even if you don’t know that you know who she is.\n\n"
        "On this edition of the podcast, Lena discusses her three-decade-long career in Hollywood.\n\n"
        "Lena Park: My mom is a church musician, both an organist and a choir director, so I heard Bach early.\n\n"
        "When did you start taking lessons?\n"
        "When I was about six years old, and my mom was my first teacher.\n"
    )
    assert [p[1:3] for p in parsed(text, markdown=False)][-2:] == [
        ("Lena Park", None),
        ("Lena Park", "When did you start taking lessons?"),
    ]
