"""Speaker recognition: names from headings, roles and characters from the meta file."""

import pytest

from assistant.data import Passage
from assistant.embed import speaker_labels
from assistant.search.speakers import MentionWeights, SpeakerTable, second_person_agreement

NAMED, CHARACTER, TOPIC_PERSON = MentionWeights().named, MentionWeights().character, MentionWeights().topic_person


def passage(speaker: str | None, text: str) -> Passage:
    return Passage(text[:8], "Kit", f"A Conversation with {speaker}", speaker, "Q?", text, "kit.txt", (1, 1))


META = {
    "characters": {"Andreï": ["Alexeï Guskov"], "Anne-Marie": ["Mélanie Laurent"]},
    "roles": {"director": "Radu Mihaileanu", "producer": "Alain Attal"},
}
PASSAGES = [
    passage("Radu Mihaileanu", "I wrote it."),
    passage("Alain Attal", "Radu was great to work with."),
    passage("Alexeï Guskov", "Radu is a despot."),
    passage("Mélanie Laurent", "Radu whispered to me."),
    passage("Miou Miou", "Radu is tenacious; Mélanie is sublime."),
    passage(None, "Andreï was a conductor."),
]


@pytest.fixture(scope="module")
def table() -> SpeakerTable:
    return SpeakerTable.from_corpus(PASSAGES, [META])


@pytest.mark.parametrize(
    "question, expected",
    [
        ("What does melanie laurent think?", {"Mélanie Laurent": NAMED}),
        ("Why did Laurent cry?", {"Mélanie Laurent": NAMED}),
        ("What did Mélanie learn?", {"Mélanie Laurent": NAMED}),
        ("Does MIOU MIOU like music?", {"Miou Miou": NAMED}),
        ("What is Alexei Guskov's view?", {"Alexeï Guskov": NAMED}),
        ("Why did the producer say yes?", {"Alain Attal": NAMED}),
        ("Who plays Anne-Marie?", {"Mélanie Laurent": NAMED}),
        ("Which actress played Anne-Marie?", {"Mélanie Laurent": NAMED}),
        ("Is Anne-Marie played by a violinist?", {"Mélanie Laurent": NAMED}),
        ("Is Andrei a drunk?", {"Alexeï Guskov": CHARACTER, "": CHARACTER}),
        ("What did the film's producer want?", {"Alain Attal": NAMED}),
        ("What did the movie's producer want?", {"Alain Attal": NAMED}),
        ("What is the weather like?", {}),
    ],
)
def test_names_roles_and_characters_are_recognised_without_accents_or_capitals(table, question, expected):
    assert table.detect(question) == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        # The object of what another person named did is talked about, not speaking.
        ("Why did the producer cast Alexeï Guskov?", {"Alain Attal": NAMED, "Alexeï Guskov": TOPIC_PERSON}),
        ("Why did Radu cast Alexeï Guskov?", {"Radu Mihaileanu": TOPIC_PERSON, "Alexeï Guskov": TOPIC_PERSON}),
        ("What does the director think of Miou Miou?", {"Radu Mihaileanu": NAMED, "Miou Miou": TOPIC_PERSON}),
        ("Does Miou Miou admire Mélanie Laurent?", {"Miou Miou": NAMED, "Mélanie Laurent": TOPIC_PERSON}),
        # Named before the subject of the question's inversion, a person is its object.
        ("Which of Mélanie Laurent's early films does Miou Miou like?", {"Miou Miou": NAMED, "Mélanie Laurent": TOPIC_PERSON}),
        ("Which of Miou Miou's early scenes did the producer mention?", {"Alain Attal": NAMED, "Miou Miou": TOPIC_PERSON}),
        # Asked what someone is like, others describe them ("What did Mélanie Laurent like…" asks her).
        ("What was Miou Miou like on set?", {"Miou Miou": TOPIC_PERSON}),
        ("What is Alexeï Guskov like as a partner?", {"Alexeï Guskov": TOPIC_PERSON}),
        ("What did Mélanie Laurent like about the script?", {"Mélanie Laurent": NAMED}),
        # After a subject named by its role, a name is what that one talks about or does to.
        ("What did the producer say about Mélanie Laurent?", {"Alain Attal": NAMED, "Mélanie Laurent": TOPIC_PERSON}),
        ("What did the police union president call Miou Miou?", {"Miou Miou": TOPIC_PERSON}),
        ("What did the actress Mélanie Laurent say about the violin?", {"Mélanie Laurent": NAMED}),
        # Joined as equals, both speak.
        ("Did Guskov and Mélanie Laurent rehearse together?", {"Alexeï Guskov": NAMED, "Mélanie Laurent": NAMED}),
        ("Did Guskov or Miou Miou speak French?", {"Alexeï Guskov": NAMED, "Miou Miou": NAMED}),
    ],
)
def test_a_person_named_as_the_object_of_another_is_the_topic(table, question, expected):
    assert table.detect(question) == expected


def test_the_person_asked_about_is_read_apart_from_those_asked(table):
    # The object, the one after a preposition beside a subject, the one after an article.
    assert table.read("Why did Radu cast Alexeï Guskov as Andreï?").about == {"Alexeï Guskov"}
    assert table.read("What did Mélanie Laurent like about acting with Guskov?").about == {"Alexeï Guskov"}
    assert table.read("Could the film make a synthetic Miou Miou?").about == {"Miou Miou"}
    # The one answering, and people joined as equals, are not asked about.
    assert table.read("What does Mélanie Laurent think?").about == frozenset()
    assert table.read("Did Guskov and Laurent rehearse together?").about == frozenset()
    # Asked about, a person is not also pointed at through the character they play.
    assert table.read("Why did Radu cast Alexeï Guskov as Andreï?").speakers["Alexeï Guskov"] == TOPIC_PERSON


def test_a_possessive_qualifying_another_name_points_at_no_one():
    table = SpeakerTable.from_corpus(PASSAGES + [passage("Anna Kamenkova", "Irina is strong.")], [{**META, "characters": {**META["characters"], "Irina": ["Anna Kamenkova"]}}])
    assert table.detect("Who plays Andreï's wife Irina?") == {"Anna Kamenkova": NAMED}
    # Alone, the possessive still points at its owner.
    assert table.detect("What did Laurent's teacher say?") == {"Mélanie Laurent": NAMED}


def test_asked_who_plays_whom_a_role_is_a_part_and_each_part_keeps_its_actor(table):
    # "the director of the theatre" is a part here, not the film's director.
    assert table.read("Who plays the director of the theatre?").speakers == {}
    assert table.read("Who plays Anne-Marie?").played == {(("anne", "marie"), "Mélanie Laurent")}
    assert table.read("Is Anne-Marie a violinist?").played == frozenset()
    # A part belonging to a character is not that character: its actor is not the one asked.
    belonging = table.read("Who plays Anne-Marie's teacher?")
    assert (belonging.speakers, belonging.played, belonging.asks_who_plays) == ({}, frozenset(), True)
    assert table.read("Who plays the teacher of Anne-Marie?").played == frozenset()
    assert table.read("Who plays the role of Anne-Marie?").played == {(("anne", "marie"), "Mélanie Laurent")}


def test_only_a_question_asking_who_plays_a_part_wants_it_stated(table):
    asked = table.read("Which actress plays Anne-Marie?")
    assert (asked.asks_who_plays, asked.played) == (True, {(("anne", "marie"), "Mélanie Laurent")})
    # Named by her part, the actress is asked something else: nothing to state.
    referred = table.read("What did the actress playing Anne-Marie think of the script?")
    assert (referred.speakers, referred.asks_who_plays, referred.played) == ({"Mélanie Laurent": NAMED}, False, frozenset())
    # A part described, not named: asked who plays it, no actor known.
    described = table.read("Which actress plays the young violinist?")
    assert (described.speakers, described.asks_who_plays, described.played) == ({}, True, frozenset())


def test_the_one_words_are_attributed_to_is_asked_even_after_another_name(table):
    # "according to" names who answers, wherever it stands: not the object of Radu's directing.
    according = table.read("How does Radu direct the actors according to Mélanie Laurent?")
    assert (according.speakers, according.about) == ({"Radu Mihaileanu": TOPIC_PERSON, "Mélanie Laurent": NAMED}, frozenset())


def test_in_another_language_the_english_reading_tells_who_is_asked(table):
    from assistant.search.glossary import glossary

    # Read in English order, "selon" ("according to") names the one asked; "choisi" ("chose")
    # makes Mélanie Laurent the one chosen, talked about.
    according = glossary("French").gloss("Comment Radu dirige-t-il les acteurs selon Mélanie Laurent ?").text
    assert table.read(according).speakers == {"Radu Mihaileanu": TOPIC_PERSON, "Mélanie Laurent": NAMED}
    chosen = table.read(glossary("French").gloss("Pourquoi Radu a-t-il choisi Mélanie Laurent ?").text)
    assert (chosen.speakers, chosen.about) == ({"Radu Mihaileanu": TOPIC_PERSON, "Mélanie Laurent": TOPIC_PERSON}, frozenset({"Mélanie Laurent"}))
    # Its definite article read "the", a role is a role: "selon le producteur" asks the producer.
    assert table.read(glossary("French").gloss("Comment s'est passé le montage selon le producteur ?").text).speakers == {"Alain Attal": NAMED}


def test_a_mention_by_name_or_role_even_as_topic_is_a_mention_a_character_is_not(table):
    assert table.mentioned(table.detect("What did the director learn about music?")) == ["Radu Mihaileanu"]
    assert table.mentioned(table.detect("Is Andrei a drunk?")) == []


@pytest.mark.parametrize(
    "question, addressed",
    [
        # Only who plays the part: the actor is asked about the part, as interviews put it.
        ("Who plays Anne-Marie in the film?", "How would you describe your character?"),
        ("Which actress played Anne-Marie?", "How would you describe your character?"),
        # The actor asked something else: "the actress who plays Anne-Marie" is "you".
        ("What did the actress who plays Anne-Marie find hardest?", "What did you find hardest?"),
        ("What does the actress who plays Anne-Marie think of her?", "What do you think of your character?"),
        ("What does the actress playing Anne-Marie say about Paris?", "What do you say about Paris?"),
    ],
)
def test_a_cast_question_is_put_to_the_actor(table, question, addressed):
    assert table.addressed(question, META["characters"]) == addressed


def test_a_question_about_a_role_s_subject_points_softly_at_its_holder():
    meta = {"roles": {"composer": "Armand Amar", "producer": "Alain Attal"}}
    table = SpeakerTable.from_corpus([passage("Armand Amar", "I wrote the score."), passage("Alain Attal", "We found money.")], [meta])
    assert table.role_topics("Who plays the violin solo on the soundtrack?") == {"Armand Amar": CHARACTER}
    assert table.role_topics("How was the film financed?") == {"Alain Attal": CHARACTER}
    assert table.role_topics("Where was it shot?") == {}
    # A role no interviewee holds points at no one.
    assert SpeakerTable.from_corpus([passage("Armand Amar", "x")], [{"roles": {"producer": "Nobody Here"}}]).role_topics("budget?") == {}


def test_the_person_most_interviews_talk_about_is_a_weak_hint_not_the_speaker(table):
    assert table.detect("How does Radu direct his actors?") == {"Radu Mihaileanu": TOPIC_PERSON}
    assert table.detect("Why did the director's father change his name?") == {"Radu Mihaileanu": TOPIC_PERSON}
    assert table.detect("According to Laurent, how does Radu direct?") == {"Mélanie Laurent": NAMED, "Radu Mihaileanu": TOPIC_PERSON}


def test_what_the_person_usually_talked_about_wanted_others_may_tell():
    # Wanting is not saying: "he wanted the music to evoke…" is the composer's answer.
    assert SpeakerTable.from_corpus(PASSAGES, [META]).detect("What did the director want the music to evoke?") == {"Radu Mihaileanu": TOPIC_PERSON}


@pytest.mark.parametrize(
    "question",
    [
        "According to the director, why is humour important?",
        "What does Radu think of the virtual world?",
        "What role does music play in a film, for the director?",
        "What is the director's view of Brezhnev?",
    ],
)
def test_the_person_usually_talked_about_is_the_speaker_when_words_are_attributed_to_them(table, question):
    assert table.detect(question) == {"Radu Mihaileanu": NAMED}
    assert table.addressed(question, META["characters"]) is not None


def test_of_two_interviewees_the_one_after_a_preposition_is_the_topic(table):
    question = "What did Mélanie Laurent like about acting with Guskov?"
    assert table.detect(question) == {"Mélanie Laurent": NAMED, "Alexeï Guskov": TOPIC_PERSON}
    assert table.addressed(question, META["characters"]) == "What did you like about acting with Guskov?"
    # Without a subject to speak, the one named is still the speaker.
    assert table.detect("What is ultimate harmony for Guskov?") == {"Alexeï Guskov": NAMED}
    assert table.detect("Did Guskov get on with Laurent?") == {"Alexeï Guskov": NAMED, "Mélanie Laurent": TOPIC_PERSON}


def test_a_question_about_one_interviewee_is_put_to_them_in_the_second_person(table):
    characters = META["characters"]
    assert table.addressed("How does Alexei Guskov describe Andreï?", characters) == "How do you describe your character?"
    assert table.addressed("What did Laurent's teacher say?", characters) == "What did your teacher say?"
    # The one who picked is asked; the one picked is the topic.
    assert table.addressed("Why did the producer pick Guskov?", characters) == "Why did you pick Guskov?"
    assert table.addressed("Did Guskov and Laurent rehearse together?", characters) is None
    assert table.addressed("What is harmony?", characters) is None


def test_the_pronouns_of_a_question_naming_one_person_only_are_theirs(table):
    characters = META["characters"]
    assert table.addressed("What will the producer do after he retires?", characters) == "What will you do after you retires?"
    assert table.addressed("What did Laurent learn from her teacher?", characters) == "What did you learn from your teacher?"
    # Naming someone else too, "he" may be either: left as it is; "they" may be anyone.
    assert table.addressed("Why did the producer pick Guskov when he met him?", characters) == "Why did you pick Guskov when he met him?"
    assert table.addressed("What does the producer tell actors when they are late?", characters) == "What do you tell actors when they are late?"


def test_the_verbs_beside_a_rewritten_you_agree_with_it(table):
    characters = META["characters"]
    assert table.addressed("Is the producer self-taught?", characters) == "Are you self-taught?"
    assert table.addressed("Hasn’t the producer read it?", characters) == "Haven’t you read it?"
    assert second_person_agreement("Why was she sure that you was right and he wasn't?") == "Why was she sure that you were right and he wasn't?"
    # Only the verb of "you": a name's "is" and a word merely starting alike stay.
    assert second_person_agreement("Does your character sing? Is Anne-Marie there? you isolated") == "Does your character sing? Is Anne-Marie there? you isolated"


def test_labels_introduce_speakers_with_their_roles_and_characters():
    assert speaker_labels([META]) == {
        "Alexeï Guskov": "Alexeï Guskov (Andreï)",
        "Mélanie Laurent": "Mélanie Laurent (Anne-Marie)",
        "Radu Mihaileanu": "Radu Mihaileanu (director)",
        "Alain Attal": "Alain Attal (producer)",
    }


def test_quantity_questions_favour_passages_stating_a_matching_number():
    from assistant.search.lexical import QuantityQuestion, asks_for_quantity, tokenize

    def states_quantity(question: str, text: str) -> bool:
        return QuantityQuestion.of(question, tokenize([question])[0]).stated_in(text)

    assert asks_for_quantity("How many weeks did they shoot?") and asks_for_quantity("In what year was it written?")
    assert not asks_for_quantity("Why did they shoot in Romania?")
    assert states_quantity("How many weeks did they shoot in Paris?", "We worked for a total of eight weeks.")
    assert states_quantity("How long is the concerto?", "It lasts 22 minutes.")
    assert not states_quantity("How long is the concerto?", "It has 22 musicians.")
    assert not states_quantity("In what year did they travel?", "Thirty years ago I was thirty years younger.")
    assert not asks_for_quantity("What does he answer when asked about harmony?")
    assert asks_for_quantity("When did they write it?")
    assert states_quantity("How many minutes does the concerto last?", "It lasts 22 minutes.")
    assert states_quantity("In what year did they travel?", "That was in 2002, before the shoot.")
    assert not states_quantity("How many weeks did they shoot?", "We shot for a long time.")
    # A share states how much of what follows it: "40% faster", "15 percent larger".
    assert states_quantity("How much faster does the sync run?", "We measured a 40% faster sync.")
    assert states_quantity("How much larger is the file?", "The file is 15 percent larger now.")
    assert not states_quantity("How much larger is the file?", "About 15% of users noticed.")
    # Asked what was paid or what something cost, a sum of money states it.
    assert states_quantity("How much did Roger pay in fees?", "On one transaction I had to pay $50 in fees.")
    assert states_quantity("How much did the film cost?", "It cost 2 million euros in the end.")
    assert not states_quantity("How much did the film cost?", "It cost us a lot of sleep.")
    assert not states_quantity("How much did you enjoy it?", "I paid $50 for the ticket.")


def test_a_follow_up_prompt_is_embedded_after_the_prompt_it_continues():
    from assistant.data import Passage
    from assistant.embed import embedding_texts, prompt_texts

    def said(interview, question, text):
        return Passage(text, "Kit", interview, "Radu Mihaileanu", question, text, "kit.txt", (1, 1))

    passages = [
        said("Interview A", "How was the shoot?", "Three weeks in Romania."),
        said("Interview A", "And in Paris?", "Eight weeks."),
        said("Interview A", "And in Paris?", "At the Chatelet."),
        said("Interview A", "Android phones?", "No."),
        said("Interview B", "And the music?", "Tchaikovsky."),
        said("Interview C", "How was filming with Alexeï Guskov (Andreï)?", "Sweet."),
        said("Interview C", "And with François Berléand?", "We giggled."),
        said("Interview D", "How did you get involved with teaching?", "By chance."),
        said("Interview D", "What was it you liked about it?", "The students."),
    ]
    texts = embedding_texts(passages, {"Radu Mihaileanu": "Radu Mihaileanu (director)"})
    assert texts[0] == "Radu Mihaileanu (director): How was the shoot?\nThree weeks in Romania."
    assert texts[1] == "Radu Mihaileanu (director): How was the shoot? And in Paris?\nEight weeks."
    assert texts[2].startswith("Radu Mihaileanu (director): How was the shoot? And in Paris?\n")
    assert texts[3] == "Radu Mihaileanu (director): Android phones?\nNo."
    # Another interview starts afresh: nothing of interview A leaks into it.
    assert texts[4] == "Radu Mihaileanu (director): And the music?\nTchaikovsky."
    # The follow-up names someone else: the earlier prompt lends its topic, not its names.
    assert texts[6] == "Radu Mihaileanu (director): How was filming with? And with François Berléand?\nWe giggled."
    # A short prompt ending on a pronoun asks about what the prompt before asked.
    assert texts[8] == "Radu Mihaileanu (director): How did you get involved with teaching? What was it you liked about it?\nThe students."
    # The prompts compared with a question are read the same way, each once.
    assert prompt_texts(passages) == [
        "How was the shoot?", "How was the shoot? And in Paris?", "Android phones?", "And the music?",
        "How was filming with Alexeï Guskov (Andreï)?", "How was filming with? And with François Berléand?",
        "How did you get involved with teaching?", "How did you get involved with teaching? What was it you liked about it?",
    ]


def test_interviewing_one_person_any_article_before_their_role_means_them():
    meta = {"roles": {"cinematographer": "Ana Diaz"}}
    alone = SpeakerTable.from_corpus([passage("Ana Diaz", "I light the set.")], [meta])
    for question in ("How is a cinematographer paid?", "Who does the cinematographer work with first?"):
        assert alone.named(alone.detect(question)) == ["Ana Diaz"]
    assert alone.addressed("Who does the cinematographer work with first?", {}) == "Who do you work with first?"
    assert alone.addressed("How is a cinematographer paid?", {}) == "How are you paid?"
    # Among several interviewees "a cinematographer" is anyone; "the cinematographer" is still hers.
    several = SpeakerTable.from_corpus([passage("Ana Diaz", "I light the set."), passage("Tom Lee", "I cut it.")], [meta])
    assert several.named(several.detect("How is a cinematographer paid?")) == []
    assert several.named(several.detect("Who does the cinematographer work with first?")) == ["Ana Diaz"]


def test_interviewing_one_person_whose_role_is_never_stated_any_person_role_means_them():
    alone = SpeakerTable.from_corpus([passage("Drew Lane", "I drew it all by hand.")], [{}])
    for question in ("Did the filmmaker run into any problems?", "Why did the animator choose paint?", "What does the professor teach?"):
        assert alone.named(alone.detect(question)) == ["Drew Lane"]
    assert alone.addressed("Did the filmmaker run into any problems?", {}) == "Did you run into any problems?"
    # Not a role that is no person's ("the set"), nor "a filmmaker", anyone.
    assert alone.detect("What was the mood on the set?") == {} and alone.detect("How does a filmmaker get paid?") == {}
    # A stated role is theirs alone: "the director" is then someone else; a role the documents give
    # another person stays that person's.
    stated = SpeakerTable.from_corpus([passage("Ana Diaz", "I light the set.")], [{"roles": {"cinematographer": "Ana Diaz"}}])
    assert stated.detect("How does the cinematographer work with the director?") == {"Ana Diaz": NAMED}
    other = SpeakerTable.from_corpus(
        [passage("Drew Lane", "I drew it."), passage(None, "Directed by Kim Park.")], [{"roles": {"composer": "Kim Park"}}]
    )
    assert other.named(other.detect("What did the composer write?")) == [] and other.named(other.detect("What did the editor cut?")) == ["Drew Lane"]


def test_only_the_names_and_roles_of_the_speakers_given_are_removed(table):
    question = "Did the producer tell Alexei Guskov what Miou Miou's part was?"
    assert table.without_names(question, {"Alain Attal"}) == "Did tell Alexei Guskov what Miou Miou's part was?"
    assert table.without_names(question, {"Alexeï Guskov", "Miou Miou"}) == "Did the producer tell what part was?"
    assert table.without_names(question) == "Did tell what part was?"


def test_the_person_a_press_kit_talks_about_stays_its_topic_in_a_library_of_other_documents():
    from dataclasses import replace

    from assistant.search.mentions import mention_shares

    others = [
        replace(passage(name, text), document="Other", source="other.md")
        for name, text in [("Ana Diaz", "I drove."), ("Tom Lee", "Buses."), ("Sam Ode", "Engines."), ("Eva Lund", "Nights."), ("Max Roe", "Tickets.")]
    ]
    alone, library = mention_shares(PASSAGES), mention_shares(PASSAGES + others)
    assert alone["Radu Mihaileanu"] == library["Radu Mihaileanu"] == 1.0
    assert library["Ana Diaz"] == 0.0


def test_a_host_naming_the_guest_does_not_make_the_guest_a_topic():
    from assistant.search.mentions import mention_shares

    talk = [passage("Jon Krohn", "Welcome back, Amy, to the show."), passage("Amy Brand", "Happy to be here."), passage("Jon Krohn", "Thanks, Amy.")]
    assert mention_shares(talk)["Amy Brand"] == 1.0
    assert mention_shares(talk, {"Jon Krohn"}).get("Amy Brand", 0.0) == 0.0


def test_panelists_naming_each_other_in_one_conversation_are_no_one_s_topic():
    from dataclasses import replace

    from assistant.search.mentions import mention_shares

    panel = [
        replace(passage(name, text), interview="JSConf panel")
        for name, text in [
            ("Willian Martins", "This is a good question for Till."),
            ("Till Schneidereit", "Two answers to this."),
            ("Lin Clark", "As Till was just talking about, it is unsafe."),
            ("Shawn Wang", "I agree with Lin and Till."),
        ]
    ]
    # Named by every other panelist, Till is their company, not the panel's topic: "Which proposal
    # is Till the champion for?" asks him. Interviewed apart, he would be their topic.
    assert mention_shares(panel).get("Till Schneidereit", 0.0) == 0.0
    apart = [replace(p, interview=f"A Conversation with {p.speaker}") for p in panel]
    assert mention_shares(apart)["Till Schneidereit"] == 1.0


def test_a_role_several_press_kits_give_points_at_each_of_their_people_alike():
    from dataclasses import replace

    others = [replace(passage("Lena Park", "I grew up on buses."), document="Night Bus", source="bus.md")]
    table = SpeakerTable.from_corpus(PASSAGES + others, [META, {"roles": {"director": "Lena Park"}}])
    # Radu is the Concert's topic (every interview talks of him): Lena Park, directing another
    # film, gets no more of "the director" than he does.
    assert table.detect("What did the director want?") == {"Radu Mihaileanu": TOPIC_PERSON, "Lena Park": TOPIC_PERSON}
    assert SpeakerTable.from_corpus(others, [{"roles": {"director": "Lena Park"}}]).detect("What did the director want?") == {"Lena Park": MentionWeights().role}


def test_the_characters_of_every_press_kit_are_known():
    from dataclasses import replace

    others = [replace(passage("Lena Park", "I grew up on buses."), document="Night Bus", source="bus.md")]
    table = SpeakerTable.from_corpus(PASSAGES + others, [META, {"characters": {"Marco": ["Lena Park"]}}])
    assert table.detect("Is Marco brave?") == {"Lena Park": CHARACTER, "": CHARACTER}
    assert table.detect("Is Andreï brave?") == {"Alexeï Guskov": CHARACTER, "": CHARACTER}


def test_a_name_written_with_an_apostrophe_is_put_in_the_second_person_whole():
    table = SpeakerTable.of(["Keanon O'Keefe", "Chris Rohlfs"], {}, [{}])
    assert table.addressed("Who is Keanon O'Keefe?", {}) == "Who are you?"
    assert table.addressed("What does O'Keefe say about false positives?", {}) == "What do you say about false positives?"


def test_a_role_after_be_or_become_says_what_someone_is_and_points_at_no_one():
    sole = SpeakerTable.from_corpus([passage("Lena Park", "I wrote it.")], [{"roles": {"writer": "Lena Park"}}])
    assert sole.addressed("Why did Lena Park become a writer?", {}) == "Why did you become a writer?"
    assert sole.without_names("Why did Lena Park become a writer?") == "Why did become a writer?"
    assert sole.detect("Is it hard to be a writer?") == {}
    # A role with "a" still points at the one interviewed where it is the subject.
    assert sole.detect("What does a writer think of critics?") == {"Lena Park": sole.weights.role}
    assert sole.addressed("How did the writer start?", {}) == "How did you start?"
    assert sole.addressed("What did Lena Park do before she was a writer?", {}) == "What did you do before you were a writer?"
    assert sole.named(sole.detect("How is a writer paid?")) == ["Lena Park"]
