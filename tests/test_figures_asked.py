"""A question asking a figure (a cost, how many were sold or won, a running time) is covered only
where one of the best passages states a figure of that kind, and one asking whether someone won
only where one says who won or was awarded what; built with the fake model, no other abstention."""

from test_build import _searcher_over

from assistant.question_cues import ASKS_FIGURE, ASKS_WIN


def test_figure_questions_are_those_asking_a_cost_a_count_sold_or_won_or_a_running_time():
    asking = [
        "How much did Night Bus cost to make?", "How much were tickets for the Seoul show?",
        "How many copies did the soundtrack sell?", "How many Oscars has Lena Park won?", "How long is Night Bus?",
        "How much funding does the festival have?", "How much revenue did the tour bring in?",
    ]
    not_asking = [
        "How much of the script did she keep?", "How many weeks was the shoot?", "How long did the shoot take?",
        "How long is it since you met?", "How much say does a DP have in the budget?",
    ]
    assert [bool(ASKS_FIGURE.search(q)) for q in asking + not_asking] == [True] * len(asking) + [False] * len(not_asking)


def test_a_figure_no_passage_states_is_not_covered_however_much_the_page_says_of_the_film(tmp_path):
    searcher = _searcher_over(
        tmp_path, "night_bus.md",
        "# Lena Park talks Night Bus\n\n**Q:** How was the shoot?\n\nA: We shot Night Bus in Seoul, and the budget was $2 million.\n\n"
        "**Q:** And the premiere?\n\nA: Night Bus premiered in Busan to a full house, and the soundtrack came out the same week.\n\n"
        "Night Bus | 98 mins | Korea 2024\n",
    )
    cost = searcher.ask("How much did Night Bus cost to make?", top_k=3)
    assert not cost.abstained and "We shot Night Bus in Seoul, and the budget was $2 million." in [hit.passage.text for hit in cost.hits]
    assert searcher.ask("How many copies did the Night Bus soundtrack sell?", top_k=1).abstained
    assert searcher.ask("How many awards did Night Bus win?", top_k=1).abstained
    assert not searcher.ask("Where did Night Bus premiere?", top_k=1).abstained
    # A listing's running time in abbreviated minutes ("98 mins") states how long the film is.
    assert not searcher.ask("How long is Night Bus?", top_k=1).abstained


def test_a_figure_question_is_answered_by_a_number_counting_what_how_many_asks_for():
    from assistant.search.lexical import QuantityQuestion, tokenize

    question = "How many copies has The Art of Computer Programming sold?"
    asked = QuantityQuestion.of(question, tokenize([question])[0])
    texts = ["I write an average of five new programs every week.", "The first volume sold a million copies."]
    assert asked.stating(texts, strict=True) == [False, True]
    # Ranking still counts a number of any word asked as a hint of a quantity.
    assert asked.stating(texts) == [True, True]


def test_a_payment_is_stated_by_a_sum_of_money_never_by_a_count_of_what_was_paid_for():
    from assistant.search.lexical import QuantityQuestion, tokenize

    question = "How much was she paid for the Norton lectures?"
    asked = QuantityQuestion.of(question, tokenize([question])[0])
    texts = ["She delivered six lectures on campus this spring.", "The six lectures paid her $50,000."]
    assert asked.stating(texts) == [False, True]
    # Asked how many, a count of what was asked still states it.
    many = "How many lectures did she give?"
    assert QuantityQuestion.of(many, tokenize([many])[0]).stating(texts[:1]) == [True]


def test_win_questions_are_those_asking_who_won_a_prize_or_contest_or_which_award():
    asking = [
        "Did the special win an Emmy?", "Who won the Grand Jury Prize at Sundance 2016?", "Which award did Night Bus win?",
        "Has she won the Booker Prize?", "When did he win the Nobel Prize?", "Who won the 1995 World Series?",
        "What prizes has the film picked up?",
    ]
    not_asking = [
        "Why won't the station play bootleg tapes?", "Who would win in a fight between the two directors?",
        "What matters most to her in a game: fairness or winning?", "How did they win the crew over?", "Why won’t she act again?",
    ]
    assert [bool(ASKS_WIN.search(q)) for q in asking + not_asking] == [True] * len(asking) + [False] * len(not_asking)


def test_a_win_no_passage_states_is_not_covered_however_much_the_page_says_of_the_film(tmp_path):
    searcher = _searcher_over(
        tmp_path, "night_bus.md",
        "# Lena Park talks Night Bus\n\n**Q:** How was the shoot?\n\nA: We shot Night Bus in Seoul over the winter, at night.\n\n"
        "**Q:** And the premiere?\n\nA: Night Bus premiered in Busan to a full house, at the film festival.\n",
    )
    assert searcher.ask("Did Night Bus win an award at the Busan film festival?", top_k=1).abstained
    assert searcher.ask("Who won the Palme d'Or in 2024?", top_k=1).abstained
    assert not searcher.ask("Where did Night Bus premiere?", top_k=1).abstained
    awarded = _searcher_over(
        tmp_path, "night_bus_awards.md",
        "# Night Bus\n\n## Awards\n\n- Busan International Film Festival 2024: New Currents, Best Film\n\n"
        "## Interview\n\n**Q:** How was the shoot?\n\nA: We shot Night Bus in Seoul over the winter, at night.\n",
    )
    # The section's title says what its list is: the awards the film won.
    answer = awarded.ask("Which award did Night Bus win at Busan?", top_k=3)
    assert not answer.abstained
    assert "Busan International Film Festival 2024: New Currents, Best Film" in [hit.passage.text for hit in answer.hits]


def test_a_passage_states_a_win_in_its_words_or_its_section_s_title():
    from assistant.data import Passage
    from assistant.search.asked_facts import states_a_win

    def passage(section: str, text: str) -> Passage:
        return Passage("1", "doc.md", section, None, None, text, "doc.md", (0, 0))

    assert [
        states_a_win(passage("Interview", "The film took home the jury prize in Busan.")),
        states_a_win(passage("Interview", "She was nominated twice.")),
        states_a_win(passage("Awards", "Busan 2024: Best Film")),
        states_a_win(passage("Interview", "We shot it in Seoul over the winter.")),
    ] == [True, True, True, False]
