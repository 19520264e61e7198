"""Who said what in web interviews whose labels are few: a first name used once, a caption run
into a label, a speaker named again after the interviewer's unlabelled line; each on a tiny inline
fixture, the whole result compared (section, speaker, prompt, quote)."""

from conftest import parsed


def test_first_name_labels_used_once_each_name_whom_the_intro_says_were_interviewed():
    text = (
        "We caught up with Rich Paris Wilson and Tommy Nagle to talk about their video.\n\n"
        "How did you meet?\n\n"
        "WE ARE COWBOYSTOMMY: Rich and I met in London. We became Nagle/Wilson.\n\n"
        "We later became a band of our own, leaving Nagle/Wilson behind.\n\n"
        "What camera did you start with?\n\n"
        "RICH: A bulky consumer camera.\n"
    )
    assert parsed(text, markdown=False, title="Featured") == [
        ("Featured", None, None, "We caught up with Rich Paris Wilson and Tommy Nagle to talk about their video."),
        # The paragraph naming the pair goes on with Tommy's turn: he says "we".
        ("Featured", "Tommy Nagle", "How did you meet?", "Rich and I met in London. We became Nagle/Wilson. We later became a band of our own, leaving Nagle/Wilson behind."),
        ("Featured", "Rich Paris Wilson", "What camera did you start with?", "A bulky consumer camera."),
    ]


def test_a_first_name_labelling_once_beside_a_recurring_label_is_someone_the_text_names():
    text = (
        "Lou Diamond Phillips and James C. Clayton star in Get Fast.\n\n"
        "Thank you both for joining me today.\n\n"
        "James: It is a pleasure to be here with you today, really.\n\n"
        "Lou: And that accent of yours is coming along very nicely indeed.\n\n"
        "Why did you choose that song?\n\n"
        "James: It is one of the most hopeful songs I remember.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False, title="Talk")][-2:] == [
        ("Lou", "Thank you both for joining me today.", "And that accent of yours is coming along very nicely indeed."),
        ("James", "Why did you choose that song?", "It is one of the most hopeful songs I remember."),
    ]


def test_a_line_between_two_turns_of_one_speaker_is_the_unlabelled_interviewers():
    text = (
        "Lou Diamond Phillips and James C. Clayton star in Get Fast.\n\n"
        "James: Is that a JCVD cap?\n\n"
        "Yeah!\n\n"
        "James: Oh awesome, I love that movie.\n\n"
        "Me too. I met him in LA once.\n\n"
        "James: Nice. That end monologue is tremendous.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False, title="Talk")][1:] == [
        ("James", None, "Is that a JCVD cap?"),
        ("James", "Yeah!", "Oh awesome, I love that movie."),
        ("James", "Me too. I met him in LA once.", "Nice. That end monologue is tremendous."),
    ]
    # A turn running over paragraphs, then a remark, then its speaker named again: the remark
    # (the last paragraph before the label) is the interviewer's; a direction in brackets is no remark.
    longer = (
        "**What was the reason for the film?**\n\n"
        "**Lena Park:** It was pragmatic. I had made a record.\n\n"
        "I was not going to tour with it.\n\n"
        "They're like ghosts of your imagination.\n\n"
        "**Lena Park:** So it started as a performance film.\n\n"
        "[Laughter]\n\n"
        "**Lena Park:** It still is.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(longer, title="Talk")] == [
        ("Lena Park", "What was the reason for the film?", "It was pragmatic. I had made a record. I was not going to tour with it."),
        ("Lena Park", "They're like ghosts of your imagination.", "So it started as a performance film. [Laughter]"),
        ("Lena Park", "They're like ghosts of your imagination.", "It still is."),
    ]
    # A transcript setting each label alone on its line, its words below, is read as before.
    transcript = "Joe Patti:\n\nThat is awesome.\n\nJoe Patti:\n\nThat is basic hygiene.\n\nAdam Roth:\n\nSo what is it?\n\nAdam Roth:\n\nA hack tool.\n"
    assert [(speaker, quote) for _, speaker, _, quote in parsed(transcript, markdown=False, title="Show")] == [
        ("Joe Patti", "That is awesome."), ("Joe Patti", "That is basic hygiene."), ("Adam Roth", "So what is it?"), ("Adam Roth", "A hack tool."),
    ]


def test_a_headline_quoting_the_interviewee_names_who_answers_the_questions_below():
    text = (
        "Lena Park: 'I never wanted to direct'\n\n"
        "Lena Park\n\n"
        "‘I work from my kitchen now.’ Lena Park. Photograph: Sam Ode\n\n"
        "The director of Night Bus on her first film.\n\n"
        "How did Night Bus start?\nI grew up on night buses, and I rode them every night.\n\n"
        "Why buses?\nThey were warm, and I had nowhere else to go.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False, title="Page")][-2:] == [
        ("Lena Park", "How did Night Bus start?", "I grew up on night buses, and I rode them every night."),
        ("Lena Park", "Why buses?", "They were warm, and I had nowhere else to go."),
    ]


def test_a_file_named_for_whom_it_interviews_names_who_answers():
    text = "Where did you find the costumes?\n\nIn costume houses in Rome.\n\nHow did you research them?\n\nAt the public library.\n\nWhat was hardest?\n\nThe paperwork.\n"
    assert {speaker for _, speaker, _, _ in parsed(text, markdown=False, title="Refinery29 colleen atwood interview")} == {"Colleen Atwood"}
    # A site answering readers' questions is named "Ask …": "ask_casey_neistat_3.txt".
    assert {speaker for _, speaker, _, _ in parsed(text, markdown=False, title="Ask casey neistat 3")} == {"Casey Neistat"}
    # Words the text writes in lower case are no one's name: "health app user interview".
    app = "Would you use an app for this?\n\nYes, if the user could read it.\n\nHow old are you?\n\nI am 47.\n\nHow do you feel?\n\nTired.\n"
    assert {speaker for _, speaker, _, _ in parsed(app, markdown=False, title="Health app user interview")} == {None}


def test_a_cast_list_whose_lines_ran_together_between_leaders_pairs_each_part_and_actor():
    from assistant.ingest.layout import lay_out
    from assistant.ingest.read_text import read_plain

    text = (
        "NIGHT BUS\n\nDirected by Lena Park\n\n1 CAST CREDITS\n\nThe Drivers\n\n"
        "Mina……………….Ana Diaz Bureau Chief…………….Tom Lee Young Woman in Class………A.D. Miles\n"
    )
    assert lay_out(read_plain(text), {}, "Night Bus").characters == {
        "Mina": ["Ana Diaz"], "Bureau Chief": ["Tom Lee"], "Young Woman in Class": ["A.D. Miles"],
    }


def test_a_word_in_capitals_right_under_a_question_answers_it():
    text = (
        "Interview with Filmmaker Lena Park (NIGHT BUS)\n\n"
        "1. What was the biggest obstacle you faced?\n\nVFX\n\n"
        "2. What film have you seen the most?\n\nInterstellar, Closer\n\n"
        "3. What is next for you?\n\nA TV series about night buses.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False, title="Interviews")] == [
        ("Lena Park", "1. What was the biggest obstacle you faced?", "VFX"),
        ("Lena Park", "2. What film have you seen the most?", "Interstellar, Closer"),
        ("Lena Park", "3. What is next for you?", "A TV series about night buses."),
    ]


def test_initials_after_full_name_labels_are_those_people_not_other_names_with_the_initials():
    # Her name is only in the labels and run into a description ("the French-Moroccan Sofia
    # Alaoui"); "Saudi Arabia" is the one full name with her initials the text holds.
    text = """# Animalia

I spoke with the French-Moroccan Sofia Alaoui about her film.

GEORGE ISKANDER: Thank you for doing this. Tell me about your journey.

SOFIA ALAOUI: I started making short films as a child, in China.

GI: Where will the film be released?

SA: It will be released in Saudi Arabia, Egypt and Tunisia, very soon.

GI: What is next?

SA: A film in English, I hope.
"""
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text)] == [
        (None, None),
        ("Sofia Alaoui", "Thank you for doing this. Tell me about your journey."),
        ("Sofia Alaoui", "Where will the film be released?"),
        ("Sofia Alaoui", "What is next?"),
    ]


def test_a_first_name_label_is_the_full_name_the_page_gives_twice_when_nothing_else_says_who():
    text = """# The Late Show - Ana Diaz

Transcript of Ana Diaz's appearance on The Late Show.

**Craig:** My first guest tonight is the star of Night Bus. Please welcome Ana Diaz!

**Ana:** Thank you, thank you.

**Craig:** So you drove a real bus for this film?

**Ana:** I did! Three weeks of lessons, and I failed the test twice.

**Craig:** And you shot it all at night?

**Ana:** Twenty-four nights in a row.
"""
    # "Craig" is named nowhere in full: his label stays as written.
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text)][1:] == [
        ("Ana Diaz", "My first guest tonight is the star of Night Bus. Please welcome Ana Diaz!"),
        ("Ana Diaz", "So you drove a real bus for this film?"),
        ("Ana Diaz", "And you shot it all at night?"),
    ]


def test_full_names_set_off_by_a_spaced_dash_label_turns_where_they_recur():
    text = """Night Bus: an interview with Lena Park

Interviewed by Tom Reed for the festival catalogue.

Tom Reed - What inspired Night Bus?

Lena Park - The 472 bus I rode every night as a teenager.

Tom Reed - How long did the shoot take?

Lena Park - Twenty-four nights, all on the bus.

Lastly - a word on the premiere, which is on Friday.
"""
    # "Lastly - …" is one word, an adverb as often as a name: no label.
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text)] == [
        ("Lena Park", "What inspired Night Bus?", "The 472 bus I rode every night as a teenager."),
        ("Lena Park", "How long did the shoot take?", "Twenty-four nights, all on the bus. Lastly - a word on the premiere, which is on Friday."),
    ]


def test_an_audience_label_once_beside_recurring_labels_asks():
    text = """Night Bus Q&A transcript

Moderator:
What inspired Night Bus?

Lena Park:
The 472 bus I rode every night as a teenager.

Moderator:
How long did the shoot take?

Lena Park:
Twenty-four nights, all on the bus.

Audience Member:
Was the driver a real driver?

Lena Park:
Yes, a real driver.
"""
    # "Audience Member:" is no part of the answer before it.
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(text, markdown=False)][1:] == [
        ("Lena Park", "What inspired Night Bus?", "The 472 bus I rode every night as a teenager."),
        ("Lena Park", "How long did the shoot take?", "Twenty-four nights, all on the bus."),
        ("Lena Park", "Was the driver a real driver?", "Yes, a real driver."),
    ]


def test_a_title_ending_in_spotlight_or_interview_before_a_colon_is_no_speaker():
    text = """Filmmaker Spotlight: Ana Diaz and Tom Lee, Co-Directors of NIGHT BUS

Night Bus follows a driver across the city for one night. It premieres on Friday at the festival.

Jeff Reed: You are a father and daughter team, how did you come to work together?

Tom Lee: I have always made documentaries, and Ana grew up on my sets.

Jeff Reed: Why a bus?

Tom Lee: Because a bus is a city in motion.
"""
    assert [speaker for _, speaker, _, _ in parsed(text, markdown=False)] == [None, "Tom Lee", "Tom Lee"]


def test_a_surname_label_is_the_full_name_the_page_gives_when_nothing_else_says_who():
    text = """# Night Bus

Lena Park's debut feature follows a bus driver through one night. As Tom put it, it is a city in motion.

**FILMMAKER: What inspired Night Bus?**

**PARK:** The 472 bus I rode every night as a teenager.

**FILMMAKER: How long did the shoot take?**

**PARK:** Twenty-four nights, all on the bus.
"""
    assert [speaker for _, speaker, _, _ in parsed(text)] == [None, "Lena Park", "Lena Park"]


def test_two_people_labelled_in_bold_with_the_interviewer_s_every_turn_in_bold_and_no_label():
    # A magazine's conversation: the interviewer's turns, questions or remarks, set in bold with
    # no label (a title in italics inside); a stage direction between a name and its colon; a
    # speaker's turn going on in a plain paragraph that ends by asking the other one something.
    text = """# Q&A with Lena Park and Tom Lee

**How did the film start?**

**Lena Park** [standing up]: I'll tell you how it started! On a bus, the 472.

**Tom Lee:** I was the driver's son.

**Who found the bus?**

**Tom Lee:** I did. It was parked behind the depot.

**Lena Park:** He found it in a week.

**Was it hard to shoot at night?**

**Tom Lee:** Very. We had six weeks of nights.

I love that it turned out that way. What did the driver say to you, Lena?

**Lena Park:** He said we were mad.

**Tom Lee:** And we were, for six weeks.

**There are night buses in *Night Owl* too.**

**Tom Lee:** Yes, we saw it.

**Lena Park:** Twice.

**What comes next for *Night Bus*?**

**Lena Park:** A musical.

**Tom Lee:** With buses.
"""
    section = "Q&A with Lena Park and Tom Lee"
    driver = "I love that it turned out that way. What did the driver say to you, Lena?"
    assert parsed(text) == [
        (section, "Lena Park", "How did the film start?", "I'll tell you how it started! On a bus, the 472."),
        (section, "Tom Lee", "How did the film start?", "I was the driver's son."),
        (section, "Tom Lee", "Who found the bus?", "I did. It was parked behind the depot."),
        (section, "Lena Park", "Who found the bus?", "He found it in a week."),
        (section, "Tom Lee", "Was it hard to shoot at night?", f"Very. We had six weeks of nights. {driver}"),
        (section, "Lena Park", driver, "He said we were mad."),
        # Back to the one who asked her, the interviewer's question again.
        (section, "Tom Lee", "Was it hard to shoot at night?", "And we were, for six weeks."),
        (section, "Tom Lee", "There are night buses in Night Owl too.", "Yes, we saw it."),
        (section, "Lena Park", "There are night buses in Night Owl too.", "Twice."),
        (section, "Lena Park", "What comes next for Night Bus?", "A musical."),
        (section, "Tom Lee", "What comes next for Night Bus?", "With buses."),
    ]


def test_an_outlet_asking_once_one_the_text_names_in_full_is_an_exchange():
    # "Filmmaker:" (the magazine) asks once and "Riegel:" (the Tatiana Riegel of the profile)
    # answers once: a dialogue, though neither label recurs and the outlet is no person.
    text = (
        "Editor Tatiana Riegel on Her Career\n"
        "Tatiana Riegel grew up near the studios in Los Angeles.\n"
        "Filmmaker: Your first credit was on River’s Edge. How did you land that first job?\n"
        "Riegel: I always knew I wanted to get involved in film, but both my parents were academics.\n"
    )
    assert parsed(text, markdown=False)[-1][1:] == (
        "Tatiana Riegel",
        "Your first credit was on River’s Edge. How did you land that first job?",
        "I always knew I wanted to get involved in film, but both my parents were academics.",
    )


def test_initials_leaving_out_a_middle_initial_stand_for_the_full_name_and_unnamed_initials_asking_are_the_writer():
    # "TR:" is the "Tatiana S. Riegel" the intro names; "AF:", whom no name expands, asks twice
    # (in two turns of five) while she never does, so every "AF:" turn is the prompt of the answer after it.
    text = (
        "# Interview\n\nI sat down with the editor of the film, Tatiana S. Riegel.\n\n"
        "AF: Congratulations on the early accolades you’ve picked up already.\n\n"
        "TR: Thank you so much! I was very pleased with the support.\n\n"
        "AF: Well, before we jump in, I wanted to touch on your other collaborations.\n\n"
        "TR: Thank you, let’s do it!\n\n"
        "AF: That was the first time you worked together with the director?\n\n"
        "TR: Yes that’s correct, and it is our fifth feature together now.\n\n"
        "AF: Yeah, that pilot of yours was a great show!\n\n"
        "TR: Yeah, so it’s been about ten years and it’s been lovely.\n\n"
        "AF: How did you begin your work relationship?\n\n"
        "TR: We met coincidentally through his agent at a festival.\n"
    )
    assert [(speaker, prompt) for _, speaker, prompt, _ in parsed(text)][1:] == [
        ("Tatiana S. Riegel", "Congratulations on the early accolades you’ve picked up already."),
        ("Tatiana S. Riegel", "Well, before we jump in, I wanted to touch on your other collaborations."),
        ("Tatiana S. Riegel", "That was the first time you worked together with the director?"),
        ("Tatiana S. Riegel", "Yeah, that pilot of yours was a great show!"),
        ("Tatiana S. Riegel", "How did you begin your work relationship?"),
    ]


def test_surnames_in_capitals_labelling_one_exchange_and_remarks_opening_a_dialogue_are_the_writer_s():
    # "HULLFISH:" asks once and "AXELRAD:" (the "John Axelrad, ACE" of the intro) answers once,
    # his answer running on into the next paragraph; "MGS:" only remarks, never asking, but opens
    # the dialogue beside "JG:", the James Gray the intro names: both are the writers.
    editors = (
        "ART OF THE CUT\n\nEditor John Axelrad, ACE, has been in post-production since 1991.\n\n"
        "HULLFISH: Tell me about working on a movie with two editors. How did you work that out?\n\n"
        "AXELRAD: Well it was kind of a natural process to have the two of us cutting.\n\n"
        "It allowed us to explore the film from different points of view.\n"
    )
    assert [(speaker, prompt, quote) for _, speaker, prompt, quote in parsed(editors, markdown=False)][1:] == [
        (
            "John Axelrad",
            "Tell me about working on a movie with two editors. How did you work that out?",
            "Well it was kind of a natural process to have the two of us cutting. It allowed us to explore the film from different points of view.",
        ),
    ]
    blog = (
        "The Lost City of Z is James Gray’s new film. I recently sat down and spoke to Gray about it.\n"
        "MGS: Like all of your work, this film is about family, and that line is so funny…\n"
        "JG: (laughing) That line always gets a big laugh, which I’ve never understood.\n"
        "MGS: And the relationship between the father and his son at the end is really the heart of the film.\n"
        "JG: That’s my favorite section of the movie. But you need the first hour to get there.\n"
    )
    assert [(speaker, prompt[:20]) for _, speaker, prompt, _ in parsed(blog, markdown=False)[1:]] == [
        ("James Gray", "Like all of your wor"),
        ("James Gray", "And the relationship"),
    ]

