"""Listing pages' teasers: heading, question and answer run together, cut back apart."""

from conftest import parsed

from assistant.ingest.blocks import Block
from assistant.ingest.teasers import glued_apart, heading_question_apart, opening_question_end


def block(text: str) -> Block:
    return Block(((1, text),))


def test_a_question_mark_run_into_the_next_sentence_is_a_lost_paragraph_break():
    parts = glued_apart(block("Was it an idea or a drawing?The seed came from games. Why?Because."))
    assert [p.text for p in parts] == ["Was it an idea or a drawing?", "The seed came from games. Why?", "Because."]
    # A closing quotation mark, a space or a web address's query are no lost break.
    for text in ("He asked “why?” and left.", "Did you? Yes.", "See example.com/page?Id=3 for more"):
        assert [p.text for p in glued_apart(block(text))] == [text]


def test_a_heading_run_into_its_question_is_cut_at_the_question():
    teaser = "Interview with Alexis Pazoumian, director of Bellus What did you want to explore through the film?"
    head, question = heading_question_apart(block(teaser))
    assert (head.text, head.heading, question.text) == ("Interview with Alexis Pazoumian, director of Bellus", 2, "What did you want to explore through the film?")
    # A title with a question word in it: the cut is where only questions follow.
    title = "Interview with Tom Lee, director of Who Cares Why did you make it?"
    assert [p.text for p in heading_question_apart(block(title))] == ["Interview with Tom Lee, director of Who Cares", "Why did you make it?"]
    # Not a heading naming someone, or no question: unchanged.
    for text in ("Production notes What did the crew do?", "Interview with Tom Lee, director of Bellus"):
        assert [p.text for p in heading_question_apart(block(text))] == [text]


def test_a_paragraph_opening_with_a_premise_and_a_question_then_the_answer():
    text = "Cambodia 2099 is a co-production. In your opinion, what does France offer? My group, Vycky Films, was founded by friends."
    assert text[: opening_question_end(block(text))] == "Cambodia 2099 is a co-production. In your opinion, what does France offer?"
    assert opening_question_end(block("I was there. Why? Nobody knew.")) == 0
    assert opening_question_end(block("What inspired you?")) == 0


def test_an_interview_run_into_one_paragraph_is_cut_at_each_question():
    text = (
        "Luke Park, composer\n\n"
        "Who or what inspired you to take up composing? I always thought musically. I decided at 15 to write it down. "
        "Who or what were the most significant influences on your career? I think opera shaped me. Do you know what I mean? I saw Tosca. "
        "What have been the greatest challenges of your career so far? Structure has always been my challenge."
    )
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        ("Luke Park", "Who or what inspired you to take up composing?", "I always thought musically. I decided at 15 to write it down."),
        ("Luke Park", "Who or what were the most significant influences on your career?", "I think opera shaped me. Do you know what I mean? I saw Tosca."),
        ("Luke Park", "What have been the greatest challenges of your career so far?", "Structure has always been my challenge."),
    ]
    # A statement opening on its own words and asking the reader, rhetorically, is no interview.
    statement = "Lena Park, director\n\nI grew up on night buses. What would you do in a city at night? I rode them to the end of the line."
    assert [p[2] for p in parsed(statement, markdown=False)] == [None]


def test_a_listing_of_teasers_is_read_interview_by_interview():
    text = (
        "  • F–BigBang-1-RVB\n    26 January 2023\n    By Clotilde Couturier\n\n"
        "    Interview with Carlos Segundo, director of Big Bang  What interested you in extreme heat?Big Bang is the second film in a trilogy. I keep my focus on the marginalized […]\n\n"
        "  • F–Bellus-6-RVB\n    25 January 2023\n    By Élise Loiseau\n\n"
        "    Interview with Alexis Pazoumian, director of Bellus What did you want to explore?Bellus follows Michel’s inner journey. It is not a story of conversion […]\n"
    )
    assert [p for p in parsed(text, markdown=False) if p[1]] == [
        ("Interview with Carlos Segundo, director of Big Bang", "Carlos Segundo", "What interested you in extreme heat?", "Big Bang is the second film in a trilogy. I keep my focus on the marginalized […]"),
        ("Interview with Alexis Pazoumian, director of Bellus", "Alexis Pazoumian", "What did you want to explore?", "Bellus follows Michel’s inner journey. It is not a story of conversion […]"),
    ]
    # The bylines, dates and image names are no one's passages.
    assert all("Couturier" not in p[3] and "RVB" not in p[3] and "2023" not in p[3] for p in parsed(text, markdown=False))


def test_a_long_question_put_to_you_is_a_prompt():
    text = (
        "Interview with Lena Park, director of Night Bus\n\n"
        "Where did you get the idea?\n\nI grew up riding night buses.\n\n"
        "What was more important in your desire to make the film: the moment in our lives that you used as a starting point to create "
        "the characters and setting, or the desire to depict the characters precisely, in that moment, as in others that you might have imagined?\n\n"
        "The script came from my summer job as a dustman.\n"
    )
    assert parsed(text, markdown=False)[-1][1:3] == ("Lena Park", text.split("\n\n")[3])


def test_a_teaser_answered_under_a_first_name_s_initial():
    text = (
        "Interview with Directors Zsuzsanna Kreif and Borbala Zétényi - Clermont-Ferrand film festival\n\n"
        "Limbo Travel is a trip to a realm of fantasies. Where did the inspiration come from? Z: The first idea came after I’d seen an ad (...)\n\n"
        "More »\n\n"
        "Interview with Director Jenny Teng - Clermont-Ferrand film festival\n\n"
        "What inspired you to make The Lobster’s Dive? The idea came to me from a Zen tale (...)\n\n"
        "More »\n"
    )
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        ("Zsuzsanna Kreif", "Limbo Travel is a trip to a realm of fantasies. Where did the inspiration come from?", "The first idea came after I’d seen an ad (...)"),
        ("Jenny Teng", "What inspired you to make The Lobster’s Dive?", "The idea came to me from a Zen tale (...)"),
    ]


def test_french_teasers_one_per_line_with_the_title_said_again():
    text = (
        "Entretien avec Marion Harlez Citti, réalisatrice de Ce n’est rien Dans Ce n’est rien, à quel point vouliez-vous parler de la rupture ? "
        "Envisagez-vous d’autres films ?Je voulais parler de l’emprise dans la relation amoureuse […]\n"
        "Entretien avec Arthur Thomas–Pavlowsky, réalisateur de La Lutte est une fin Votre film aborde la boxe : qu’est-ce qui vous a amené à ce sujet ?"
        "En participant au mouvement Nuit Debout, j’ai été témoin de violences […]\n"
    )
    assert [p for p in parsed(text, markdown=False)] == [
        (
            "Entretien avec Marion Harlez Citti, réalisatrice de Ce n’est rien", "Marion Harlez Citti",
            "Dans Ce n’est rien, à quel point vouliez-vous parler de la rupture ? Envisagez-vous d’autres films ?",
            "Je voulais parler de l’emprise dans la relation amoureuse […]",
        ),
        (
            "Entretien avec Arthur Thomas–Pavlowsky, réalisateur de La Lutte est une fin", "Arthur Thomas–Pavlowsky",
            "Votre film aborde la boxe : qu’est-ce qui vous a amené à ce sujet ?",
            "En participant au mouvement Nuit Debout, j’ai été témoin de violences […]",
        ),
    ]


def test_a_press_conference_listing_with_q_and_the_answer_s_name_inline():
    text = (
        "Deauville, 02 septembre 2012\n\n  • Conference-de-Presse\n\n    Elle s’appelle Ruby\n\n"
        "    Q : En quoi les personnages décalés du monde réel vous intéressent ? Paul Dano : En fait, je ne réfléchis pas aux autres rôles...\n\n"
        "    Lire l'article\n\n"
        "Deauville, 03 septembre 2012\n\n  • Conference-de-Presse\n\n    Gimme the loot\n\n"
        "    Q : Quelle est l’origine du film ? Adam Leon : J’avais co-réalisé un court-métrage...\n\n"
        "    Lire l'article\n"
    )
    assert [p[1:] for p in parsed(text, markdown=False) if p[1]] == [
        ("Paul Dano", "En quoi les personnages décalés du monde réel vous intéressent ?", "En fait, je ne réfléchis pas aux autres rôles..."),
        ("Adam Leon", "Quelle est l’origine du film ?", "J’avais co-réalisé un court-métrage..."),
    ]
    # The next entry's film title is not Paul Dano's words; the dates and links are no one's.
    assert not any(p[1] and "Gimme" in p[3] for p in parsed(text, markdown=False))
    assert not any("septembre" in p[3] or "Lire" in p[3] for p in parsed(text, markdown=False))


def test_q_and_a_markers_inline_in_one_paragraph_are_split_into_prompt_and_answer():
    text = (
        "Interview with Lena Park\n\n"
        "Q: Why night buses? A: I grew up riding the 472 every night.\n\n"
        "Q: Tell us about the shoot. A: Eighteen months, mostly weekends.\n"
    )
    assert [p[1:] for p in parsed(text, markdown=False)] == [
        ("Lena Park", "Why night buses?", "I grew up riding the 472 every night."),
        ("Lena Park", "Tell us about the shoot.", "Eighteen months, mostly weekends."),
    ]


def test_an_outlet_s_label_inline_before_the_interviewee_s_opens_the_question_put_to_them():
    text = (
        "Getting it right – an interview with Lena Park (Night Bus)\n\n"
        "We sit in the bar and wait for Lena Park, she walks in and we begin with the interview. fGR: We heard that you shot "
        "the film in your home town, so we wanted to ask how you found your actors.Lena Park: They were all from my street, "
        "and most of them had never acted before.\n"
    )
    assert parsed(text, markdown=False) == [
        ("Getting it right – an interview with Lena Park (Night Bus)", None, None, "We sit in the bar and wait for Lena Park, she walks in and we begin with the interview."),
        (
            "Getting it right – an interview with Lena Park (Night Bus)", "Lena Park",
            "We heard that you shot the film in your home town, so we wanted to ask how you found your actors.",
            "They were all from my street, and most of them had never acted before.",
        ),
    ]
