"""The English cue words and patterns, each on what it must and must not match."""

import pytest

from assistant import credit_cues, cues, noise_cues, question_cues
from assistant.search.language import asks_for_service


@pytest.mark.parametrize(
    "pattern, matching, not_matching",
    [
        (cues.FIRST_PERSON, ["I loved it.", "It moved me."], ["It is iconic.", "Mimi sang."]),
        (cues.SECOND_PERSON, ["Did you like it?", "Your film is long."], ["Young actors."]),
        (cues.CONNECTIVE, ["But later it vanished.", "That is why we left."], ["Butter is good."]),
        (cues.REPLY_OPENER, ["Yes. We did.", "Absolutely!"], ["Yesterday we met."]),
        (cues.ASKING_STATEMENT, ["So we wanted to ask how you cast it.", "I'd like to know where.", "Tell us about Paris."], ["I wanted to act.", "They told us nothing."]),
        (cues.BACK_REFERENCE, ["What was it you liked about it?", "Why is that?"], ["What did you like about Paris?", "Tell me about it, the whole story of the shoot in the end, if you can, from the start to it"]),
        (cues.TITLE_SEPARATOR, ["To Leslie – Q&A with Michael Morris", "Interview | Film Site", "Sr. - Q&A with Chris Smith"], ["Mbatha-Raw", "Spider-Man 2"]),
        (cues.HEADLINE_ABOUT, ["Lena Park on “Night Buses”", "Greta Gerwig on Barbie"], ["Interview: on set", "Lena Park: on Night Buses"]),
        (cues.BYLINE, ["Interview by John Doe", "By John Doe, March 3", "Interviewed and edited by Ana Diaz"], ["Directed by Lena Park", "by the way, we met"]),
        (
            cues.REQUEST,
            ["Tell us about your film.", "Describe the shoot", "Talk us through the ending", "Talk to me about your career.", "Let’s start by talking about the backstory."],
            ["Telling stories", "The description", "Let's go", "Talk to me later."],
        ),
        (cues.INTERVIEW_BEFORE_NAME, ["Interview with Ana Diaz", "A Conversation with Tom Lee", "Q&A with Maria Ruiz (Elena)", "In conversation with Gus Van Sant"], ["Production notes", "Synopsis"]),
        (cues.INTERVIEW_AFTER_NAME, ["Jess Gonchor in conversation", "Ana Diaz: the interview"], ["A conversation"]),
        (cues.DIRECTORS_STATEMENT, ["Director's statement", "DIRECTOR'S NOTE", "A note from the director", "Director’s notes"], ["The director's cut"]),
        (credit_cues.CREDIT_LINE, ["Directed by Lena Park", "Music by Sam Ode", "Written and directed by Lena Park"], ["He directed by instinct."]),
        (credit_cues.CAST_HEADING, ["CAST", "Cast & Crew", "Credits", "Starring:"], ["Casting the film"]),
        (credit_cues.CAST_AS, ["Maria Ruiz as Elena", "Elena ........ Maria Ruiz", "Elena – Maria Ruiz"], ["She worked as a nurse for years and years"]),
        (cues.FEATURING, ["Featuring: Maria Ruiz, Tom Lee", "Starring Ana Diaz"], ["The featuring artist"]),
        (noise_cues.BOILERPLATE, ["© 2024 Film Weekly", "All rights reserved.", "Sign up for our newsletter"], ["We reserved all the rights to the book."]),
        (
            noise_cues.FURNITURE_LINE,
            ["Read Transcript EXPAND", "Skip to main content", "No comments:", "Home > Keywords > Genre > Short", "F–TomVeutRentrer-3-RVB", "IMG_3494",
             "view fullscreen", "fullscreen", "close", "close ad", "Next photo"],
            ["More about the film", "Home is where the heart is", "co-director", "Tom-Tom", "More »", "Close to the bone.", "Next year"],
        ),
        (noise_cues.READ_MORE_LINE, ["More »", "Read more", "Lire l'article", "Continue reading"], ["Read more about it here today.", "More about the film"]),
        (noise_cues.DATELINE, ["Posted on December 23, 2013 at 8:00 am", "Deauville, 02 septembre 2012", "30 January 2023", "3 août 2021"], ["In 2013 we met", "Deauville is lovely"]),
        (noise_cues.CAPTION, ["Photo: Jean Dupont", "Pictured above: Maria on set by Jean"], ["Photography was key to the film."]),
        (cues.CONTINUATION, ["And in Paris?", "What about Mélanie?"], ["Andreï is wounded."]),
        (cues.INTERJECTION, ["Really?", "Why?", "How so?", "Why not?"], ["Android phones?", "Why Tchaikovsky?"]),
        (question_cues.FOLLOW_UP_OPENING, ["And what did Nazarov say?", "What about the music?"], ["Who wrote the music?"]),
        (question_cues.EVERYONE, ["What does everyone say?", "What do the actors think?"], ["What does Ana say?"]),
        (question_cues.ASKS_QUANTITY, ["How many weeks?", "In what year did it start?", "When did you shoot?"], ["What did he say when asked about it?"]),
        (question_cues.THIRD_PERSON, ["How did he start?", "What did they say to them?"], ["The hero's theme"]),
        (
            question_cues.ASKS_WHO_PLAYS,
            ["Who plays Andreï?", "Which actress played Anne-Marie?", "Is Ivan played by a Russian?", "Which actor plays the young violinist?", "Who was cast as Guylène?"],
            ["What does the actor playing Ivan say?", "What did the actress who plays Irina think?", "Who wrote the plays?"],
        ),
        (
            question_cues.ACTOR_BY_PART,
            ["What does the actor playing Ivan say?", "What did the actress who plays Irina think?", "the performer portraying Sacha"],
            ["Who plays Andreï?", "Which actress played Anne-Marie?", "How did the actor prepare?"],
        ),
        (
            question_cues.CAST_QUESTION,
            ["Who plays Andreï?", "Which actress played Anne-Marie?", "Is Ivan played by a Russian?", "What does the actor playing Ivan say?", "the actress who plays Irina"],
            ["What did Guskov play as a child?", "Who wrote the plays?", "How did the actor prepare?"],
        ),
        (
            question_cues.PART_CREDIT,
            ["like François Berléand for the Director of the Chatelet", "Lionel Abelanski as his assistant", "Miou Miou for Guylène"],
            ["She worked as a nurse for years", "Radu for the part", "We met Mélanie Laurent on set"],
        ),
        (question_cues.MULTILINGUAL_MODEL, ["paraphrase-multilingual-MiniLM-L12-v2", "LaBSE"], ["all-MiniLM-L6-v2"]),
        (cues.QUESTION_OPENER, ["Tell us about your first film", "How was it"], ["The shoot was long"]),
    ],
)
def test_pattern(pattern, matching, not_matching):
    for text in matching:
        assert pattern.search(text), (pattern.pattern[:40], text)
    for text in not_matching:
        assert not pattern.search(text), (pattern.pattern[:40], text)


@pytest.mark.parametrize(
    "language, matching, not_matching",
    [
        (
            None,
            ["How do I tune a violin?", "Where can I buy tickets for the Bolshoi?", "What laptop should I buy?", "How to learn Russian fast?", "Recommend a good Russian novel.", "Could you recommend a hotel?",
             "Will it rain in Moscow tomorrow?", "How much does a cello cost?", "What time does the museum open?", "Which is the best camera to buy?", "What's the best guitar for beginners?",
             "What is the best drum kit for a beginner?", "What is the best way to learn the saxophone?",
             "Who is the current mayor of Paris?", "How do you say hello in Russian?", "What is the address of the festival?",
             "Are there direct flights from Paris to Moscow?", "What is the current price of Ethereum?", "What is today's exchange rate for the ruble?"],
            ["Where can I find what Radu said about humour?", "How did Radu direct the actors?", "Which recording did Berléand recommend?", "I want what Guskov said about Paris", "How did The Way I See It start?",
             "How much did the film cost?", "When does the film open in cinemas?", "How much does a cinematographer earn?", "What is the best film Radu made?", "What did Guskov do the next day?",
             "How do you say goodbye to a character?", "What is he working on currently?", "What is the current state of cinema?",
             "How much does his camera cost?", "What did Radu say in his address to the crew?", "What was the price of Bitcoin when Lightning Labs started?",
             "What did he say about the current price of bitcoin?", "What did Radu say about the best way to learn the violin?",
             "What was it like to direct beginners?"],
        ),
        (
            "French",
            ["Comment apprendre le russe rapidement ?", "Où puis-je acheter des billets ?", "Comment faire une pâte à crêpes ?", "Que faut-il voir à Paris ?"],
            ["Comment Radu dirige-t-il les acteurs ?", "Comment était l'ambiance sur le plateau ?", "Comment Pierre a-t-il appris le violon ?", "Où le film a-t-il été tourné ?"],
        ),
        ("Spanish", ["¿Cómo aprender a tocar el violín?", "¿Dónde puedo comprar entradas para el concierto?"], ["¿Cómo se preparó Mélanie Laurent?", "¿Dónde se rodó la película?", "¿Cómo fue la relación de Barinov con los actores?"]),
        ("Italian", ["Come imparare il violino?", "Dove posso comprare i biglietti?"], ["Come sono andate le riprese?", "Cosa pensa Guskov dei film di Radu?"]),
        ("Portuguese", ["Como aprender a tocar violino?", "Onde posso comprar bilhetes para o concerto?"], ["Como foi a montagem do filme?", "O que Anna Kamenkova pensa da personagem?"]),
        ("German", ["Wie koche ich eine gute Suppe?", "Wo kann man in München gut essen?"], ["Wie hat Mélanie Laurent Geige gelernt?", "Wie führt Radu die Schauspieler?"]),
    ],
)
def test_a_request_for_advice_or_a_service_is_told_in_each_language(language, matching, not_matching):
    assert [asks_for_service(text, language) for text in matching] == [True] * len(matching)
    assert [asks_for_service(text, language) for text in not_matching] == [False] * len(not_matching)


def test_word_lists_hold_what_their_names_say():
    assert {"director", "actress", "composer", "cinematographer"} <= cues.ROLE_WORDS
    assert {"host", "moderator", "interviewer"} <= cues.INTERVIEWER_ROLES
    assert {"q", "question", "interviewer"} <= cues.QUESTION_LABELS and {"a", "answer"} <= cues.ANSWER_LABELS
    assert {"laughter", "singing", "crosstalk"} <= cues.STAGE_DIRECTION_WORDS
    assert {"note", "photo", "update"} <= cues.NOT_LABELS
    assert credit_cues.CREDIT_ROLES["directed"] == "director" and credit_cues.CREDIT_ROLES["music"] == "composer"


def test_practical_information_about_the_world_now_is_read_on_the_english_reading_of_another_language():
    from assistant.search.glossary import glossary

    french = "Quel temps fera-t-il à Deauville demain ?"
    assert asks_for_service(french, "French", english=glossary("French").gloss(french).text)
    # Without its English reading, or when the reading asks about the film, it is no request.
    assert not asks_for_service(french, "French")
    film = "Où le film a-t-il été tourné ?"
    assert not asks_for_service(film, "French", english=glossary("French").gloss(film).text)
