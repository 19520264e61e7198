"""The real pages of issue 15's twenty-fifth to thirty-first stops (tests/data/external/
unseen_check123 … 148, see SOURCES.md): a press archive's interviews, news, speech, eulogy and
reviews, a radio call-in, a blog post quoting an interview, a short film's own website, a
university's press releases and stored web pages; each measured with the real model as
`eval-docs` measures it; questions written before the parser saw each page."""

import pytest

from assistant.ingest.documents import parse_document
from test_external import EXTERNAL, check_figures


@pytest.mark.slow
def test_a_press_archive_s_interviews_news_speech_and_review(real_embedder):
    """unseen_check123/: a co-director's half-labelled interview, a screening Q&A of two guests, a
    labelled magazine Q&A, a news story, a speech ("category: Speech"), a film review. First run
    0.564 / 0.727 (the speech no one's, "The Night" a speaker; "Bradley said" the wrong Bradley);
    after the rules 0.709 / 0.909, interviewees 7/7."""
    speech = parse_document(EXTERNAL / "btx_iovine_induction_speech.md")[0]
    assert {p.speaker for p in speech} == {"Bruce Springsteen"}
    figures = check_figures("unseen_check123", real_embedder)
    assert figures["recall@1"] >= 0.70 and figures["recall@3"] >= 0.90 and figures["interviewees"] == "7/7", figures


@pytest.mark.slow
def test_a_british_review_a_tv_news_story_and_an_interview_excerpted_in_a_blog(real_embedder):
    """unseen_check124/, written after check 123's rules: quotations in single marks, "Adds Nina
    Tassler, CBS Entertainment president:", an answer in a block quotation. First run 0.656 /
    0.719; after the rules 0.656 / 0.781."""
    review = {p.text: p.speaker for p in parse_document(EXTERNAL / "btx_western_stars_daily_mail.md")[0]}
    assert review["'It's an unusual piece of music', he admits."] == "Bruce Springsteen"
    figures = check_figures("unseen_check124", real_embedder)
    assert figures["recall@1"] >= 0.65 and figures["recall@3"] >= 0.78, figures


@pytest.mark.slow
def test_a_short_film_s_own_website(real_embedder):
    """unseen_check125/, written last: production notes, a cast biography, awards under each
    festival. First run 0.652 / 0.783 (the awards, in lists inside list items, were lost by the
    HTML reader); with nested lists read as lines, 0.826 / 0.957."""
    figures = check_figures("unseen_check125", real_embedder)
    assert figures["recall@1"] >= 0.82 and figures["recall@3"] >= 0.95, figures


@pytest.mark.slow
def test_a_radio_call_in_with_run_in_labels_a_studio_chairman_s_q_and_a_a_eulogy_and_two_profiles(real_embedder):
    """unseen_check126/, written last, before any rule of the twenty-sixth stop: a 1978 radio
    call-in whose labels run into the line before, a labelled Q&A, a eulogy, two newspaper
    profiles. First run 0.410 / 0.492 (the guest's answers inside the host's turns, "Then
    Springsteen" a person, "she says" a man's); after the rules 0.410 / 0.508: the answers are
    now the guest's, but the rambling speech ranks poorly, and the profile's quotations after
    narration about others stay no one's."""
    radio = parse_document(EXTERNAL / "btx_wbcn_radio_1978.md")[0]
    assert not any("Bruce:" in p.text or "Mark:" in p.text for p in radio)
    assert {p.speaker for p in radio if "I had already written 13 songs" in p.text} == {"Bruce Springsteen"}
    figures = check_figures("unseen_check126", real_embedder)
    assert figures["recall@1"] >= 0.40 and figures["recall@3"] >= 0.50 and figures["interviewees"] == "7/7", figures


@pytest.mark.slow
def test_excerpts_under_topic_headings_a_bold_labelled_radio_transcript_and_profiles(real_embedder):
    """unseen_check127/, written after check 126's rules and before any parse. First run, no rule:
    0.345 / 0.436 (topic headings read as speakers, a profile's "he says" no one's, a Q&A's
    answers no one's where its title names two people); after the rules written from its misses,
    0.600 / 0.764."""
    excerpts = parse_document(EXTERNAL / "btx_ed_norton_darkness_npr.md")[0]
    assert {p.speaker for p in excerpts if p.question} == {"Bruce Springsteen"}
    assert {p.question for p in excerpts if p.question} >= {"On Musical Influences", "On Great New Music"}
    figures = check_figures("unseen_check127", real_embedder)
    assert figures["recall@1"] >= 0.60 and figures["recall@3"] >= 0.76, figures


@pytest.mark.slow
def test_a_radio_interview_with_numbered_questions_two_q_and_as_and_a_profile(real_embedder):
    """unseen_check128/, written after check 127's rules and before any parse: 0.628 / 0.808 on its
    first run, no rule; the one rule its misses led to (a quotation of any length that the
    speaker follows is theirs: "“That's there,” Mr. Springsteen said of the political element.")
    attributes the profile's words and leaves the figures as they were."""
    profile = parse_document(EXTERNAL / "btx_born_to_strum_nyt.md")[0]
    assert any(p.speaker == "Bruce Springsteen" and p.text.startswith("\"That's there\", Mr. Springsteen said") for p in profile)
    figures = check_figures("unseen_check128", real_embedder)
    assert figures["recall@1"] >= 0.62 and figures["recall@3"] >= 0.80, figures


@pytest.mark.slow
def test_university_press_releases_quoting_people_in_prose(real_embedder):
    """unseen_check129/, the first check from ucsc/ucsc-2022's press releases, written before any
    parse: 0.583 / 0.771 on its first run; after the rules its misses led to (a dateline's "--" is
    a dash, a nickname in quotes no part of a name, "…, X says, …" and "X, who …, said she …"
    report speech, a sentence after a quotation names its speaker after a phrase setting the
    scene), 0.625 / 0.771; with a request answered where a passage gives an instruction for it
    ("To obtain a copy, call…"), 0.646 / 0.792."""
    release = parse_document(EXTERNAL / "ucsc_news_1997_03_13_actor_scholarship.md")[0]
    assert {p.speaker for p in release} == {None, "Elaine Yokoyama Roos", "Nicole Medvitz"}
    figures = check_figures("unseen_check129", real_embedder)
    assert figures["recall@1"] >= 0.64 and figures["recall@3"] >= 0.79, figures


@pytest.mark.slow
def test_a_group_interview_a_questionnaire_a_newspaper_q_and_a_and_festival_releases(real_embedder):
    """unseen_check130/, written before any parse: 0.433 / 0.588 on its first run (a band's four
    members under their names in bold all given to "Drummer Max Weinberg", a questionnaire titled
    "Bruce Springsteen: By The Book" no one's, two requests refused); after the rules its misses
    led to (a name alone in bold heads its section, a name before a title's colon answers
    unmarked questions put to "you", instrumentalists are role words, a name after a subject
    named by role is the topic, a release saying tickets "will be available at…" or "To get to
    the theater, take…" answers), 0.814 / 0.928, interviewees 8/8. The thirty-first stop's
    count read past a hyphen ("an amazing 13-minute film") made a second passage seem to state
    how many films the festival screens, and "How many films are screened at the festival?" went
    from first to second: 0.804."""
    band = parse_document(EXTERNAL / "btx_band_on_bruce_rolling_stone.md")[0]
    assert {p.speaker for p in band if p.question} == {"Steven Van Zandt", "Max Weinberg", "Nils Lofgren", "Roy Bittan"}
    figures = check_figures("unseen_check130", real_embedder)
    assert figures["recall@1"] >= 0.80 and figures["recall@3"] >= 0.92 and figures["interviewees"] == "8/8", figures


@pytest.mark.slow
def test_stored_web_pages_naming_the_one_interviewed_only_in_the_address_and_two_q_and_as(real_embedder):
    """unseen_check131/, written after check 130's rules and before any parse: 0.520 / 0.560 on
    its first run ("Everybody talks about…" read as the interviewee, an interview's second page
    named in its file name no one's, a price question refused); after the rules, 0.640 / 0.680.
    Three pages stay known gaps (a surname only in the address, dotted initials used once, an
    answer alone): interviewees 3/6."""
    page = parse_document(EXTERNAL / "beliefnet_renee_zellweger_interview_2.txt")[0]
    assert {p.speaker for p in page} == {"Renee Zellweger"}
    figures = check_figures("unseen_check131", real_embedder)
    assert figures["recall@1"] >= 0.64 and figures["recall@3"] >= 0.68, figures


@pytest.mark.slow
def test_festival_round_ups_where_several_filmmakers_answer_the_same_question(real_embedder):
    """unseen_check132/, written after check 131's rules and before any parse: 0.545 / 0.591 on
    its first run (a director introduced by "Director … describes…:", answers signed on
    consecutive lines, answers opening on "Name (“Film”):", a one-question page: all no one's or
    the wrong signer's); after the rules, 0.864 / 0.955, interviewees 8/8."""
    figures = check_figures("unseen_check132", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["recall@3"] >= 0.95 and figures["interviewees"] == "8/8", figures


@pytest.mark.slow
def test_short_film_pages_like_small_press_kits_and_a_panel_round_up(real_embedder):
    """unseen_check133/, written after check 132's rules and before any parse: 0.600 / 0.760 on
    its first run (a panel's answer labels giving name, role and film read as no labels, an
    interview under "READ OUR INTERVIEW WITH ROSS" given to "Ross"); after the rules, 0.760 /
    1.000, interviewees 4/4."""
    figures = check_figures("unseen_check133", real_embedder)
    assert figures["recall@1"] >= 0.76 and figures["recall@3"] >= 0.96 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_two_long_ordinary_interviews(real_embedder):
    """unseen_check134/, written after check 133's rules and before any parse: a newspaper's Q:/A:
    transcript and a magazine's bold-question Q&A, 0.750 / 0.917 on their first run; the one rule
    they led to (a headline's article is no part of the name: "The Bruce Springsteen Interview")
    changes the name shown, not the figures."""
    figures = check_figures("unseen_check134", real_embedder)
    assert figures["recall@1"] >= 0.75 and figures["recall@3"] >= 0.91 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_stored_pages_naming_no_one_in_their_text_and_a_blog_listing_of_quoted_directors(real_embedder):
    """unseen_check135/, written before any parse: 0.233 / 0.349 on its first run (three Q&As
    naming the actress only in the address, not even split into questions and answers; a blog
    listing's passages all given to "People Who Lived"); after the rules (two questions to "you"
    answered in the first person head their answers, "I read that you… Is that true?" asks, a
    relative pronoun ends a name, "“…”: Director Name" makes the paragraph under it theirs, a
    credit stated as "X is the Director of Photography"), 0.442 / 0.535, interviewees 7/10 (the
    three unnamed actresses are strict known gaps)."""
    listing = parse_document(EXTERNAL / "baconfactory_blog_list.txt")[0]
    assert {p.speaker for p in listing} == {None, "Zoe Lister-Jones", "Mark Pellington", "Barbara Kopple", "Lily Baldwin", "José María Cabral"}
    figures = check_figures("unseen_check135", real_embedder)
    assert figures["recall@1"] >= 0.44 and figures["recall@3"] >= 0.53 and figures["interviewees"] == "7/10", figures


@pytest.mark.slow
def test_archive_profiles_quoting_people_with_many_speech_verbs(real_embedder):
    """unseen_check136/, written after check 135's rules and before any parse: 0.479 / 0.688 on its
    first run (the interviewer "And God", a manager's words given to the star he manages, a
    saxophonist's words no one's under verbs the parser did not know); after the quotation rules,
    0.625 / 0.833, interviewees 4/4."""
    figures = check_figures("unseen_check136", real_embedder)
    assert figures["recall@1"] >= 0.62 and figures["recall@3"] >= 0.83 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_a_broadway_feature_calling_its_subject_mr_surname_and_press_releases(real_embedder):
    """unseen_check137/, written after check 136's rules and before any parse: 0.400 / 0.540 on its
    first run (a Broadway feature's Q&A answers given to the manager, its subject only ever "Mr.
    Springsteen"; "Van Zandt" a second speaker); after the rules, 0.540 / 0.720, interviewees 9/9."""
    broadway = parse_document(EXTERNAL / "btx_boss_on_broadway_nyt.md")[0]
    assert {p.speaker for p in broadway if p.question} == {"Bruce Springsteen"}
    figures = check_figures("unseen_check137", real_embedder)
    assert figures["recall@1"] >= 0.54 and figures["recall@3"] >= 0.72 and figures["interviewees"] == "9/9", figures


@pytest.mark.slow
def test_an_event_report_under_bold_topics_and_features_quoting_several_people(real_embedder):
    """unseen_check138/, written after check 137's rules and before any parse: 0.388 / 0.469 on its
    first run (bold topics read as speakers, the text in a stray code fence dropped, "Rage
    Against" a speaker); after the rules, 0.531 / 0.612, interviewees 8/9 (the translated
    interview's manager is a strict known gap). 0.510 since the thirtieth stop: a quotation printed
    on into the next paragraph is now Springsteen's too ("…I'm surrounded by all my music that I
    haven't released"), and ties at rank one with the passage the gold names for "Where does
    Springsteen keep his unreleased music?". 0.469 / 0.592 since the thirty-second stop: narration
    naming the drummer in more paragraphs than say "I" no longer answers the writer's questions
    quoted in it (their known gap closed), so two of his quotations that had been answers to
    them ("At all times, “You have to pay attention on stage…”", "The expectation, he says, “…more
    than their money's worth”") are no one's now, and "Where did the talks take place?" went from
    first to second (the manager's "Why did Landau stop writing about rock?" rose to second)."""
    figures = check_figures("unseen_check138", real_embedder)
    assert figures["recall@1"] >= 0.46 and figures["recall@3"] >= 0.59 and figures["interviewees"] == "8/9", figures


@pytest.mark.slow
def test_one_film_editor_in_five_page_layouts(real_embedder):
    """unseen_check139/, written after check 138's rules and before any parse: 0.444 / 0.528 on its
    first run, interviewees 2/5 (a one-exchange Q&A by an outlet, initials leaving out a middle
    initial, "Receiving Steven Roger" a speaker, "the editor recalls" no one's); after the rules,
    0.750 / 0.861, interviewees 5/5. Its five near-miss off-topic questions are all answered
    (a known gap: README, "Near-miss questions")."""
    figures = check_figures("unseen_check139", real_embedder)
    assert figures["recall@1"] >= 0.75 and figures["recall@3"] >= 0.86 and figures["interviewees"] == "5/5", figures


@pytest.mark.slow
def test_one_film_and_its_editors_in_five_page_layouts(real_embedder):
    """unseen_check140/, written after check 139's rules and before any parse: 0.538 / 0.615 on its
    first run, interviewees 2/5 (surname labels used once, remarks by initials, a picture's credit
    line taken for the "he" of a quotation); after the rules, 0.795 / 0.949, interviewees 5/5.
    Its five near-miss off-topic questions are all answered (README, "Near-miss questions")."""
    figures = check_figures("unseen_check140", real_embedder)
    assert figures["recall@1"] >= 0.79 and figures["recall@3"] >= 0.94 and figures["interviewees"] == "5/5", figures


@pytest.mark.slow
def test_a_television_transcript_and_three_features_of_the_press_archive(real_embedder):
    """unseen_check141/, written after check 140's rules and before any parse: 0.625 / 0.729 on its
    first run (a quotation printed over two paragraphs, "Talking With Bruce" a speaker of its own,
    a drummer's words given to Springsteen); after the rules, 0.646 / 0.812, interviewees 4/4."""
    figures = check_figures("unseen_check141", real_embedder)
    assert figures["recall@1"] >= 0.64 and figures["recall@3"] >= 0.81 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_four_university_press_releases_about_film(real_embedder):
    """unseen_check142/, written after check 141's rules and before any parse: 0.667 / 0.949 on its
    first run, interviewees 4/5 ("Sociologist Marcia Millman" a name); after the rule, 0.692 /
    0.949, interviewees 5/5."""
    figures = check_figures("unseen_check142", real_embedder)
    assert figures["recall@1"] >= 0.69 and figures["recall@3"] >= 0.94 and figures["interviewees"] == "5/5", figures


@pytest.mark.slow
def test_a_radio_transcript_by_initials_and_two_magazine_q_and_as(real_embedder):
    """unseen_check143/, written after check 142's rules and before any parse: 0.424 / 0.576 on its
    first run (the tribute's first bold prompt taken for a standfirst, two plain prompts read as
    answers); after the rules, 0.485 / 0.636, interviewees 2/3 (the transcript never names "BS"
    in full: a strict known gap)."""
    figures = check_figures("unseen_check143", real_embedder)
    assert figures["recall@1"] >= 0.48 and figures["recall@3"] >= 0.63 and figures["interviewees"] == "2/3", figures


@pytest.mark.slow
def test_two_features_quoting_band_members_and_a_subject_under_topics(real_embedder):
    """unseen_check144/, written after check 143's rules and before any parse: 0.429 / 0.464 on its
    first run (a front matter's title read as two names, "the man known as The Boss" a speaker,
    topics before quotations speakers); after the rules, 0.714 / 0.786, interviewees 4/4."""
    figures = check_figures("unseen_check144", real_embedder)
    assert figures["recall@1"] >= 0.71 and figures["recall@3"] >= 0.78 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_a_1973_feature_quoting_a_newcomer_and_his_talent_scout(real_embedder):
    """unseen_check145/, written last in the thirtieth stop and before any parse: 0.538 / 0.692 on
    its first run and after its one rule (a quotation in someone's view is theirs), which fixed
    the attribution of two passages whose questions name both men."""
    figures = check_figures("unseen_check145", real_embedder)
    assert figures["recall@1"] >= 0.53 and figures["recall@3"] >= 0.69 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_press_notes_profiles_and_screening_q_and_as_about_two_documentaries(real_embedder):
    """unseen_check146/ to 148/, written in the thirty-first stop, each before any parse: pages
    about Into the Inferno (first run 0.629 / 0.743; 0.714 / 0.800 after a line naming someone on
    a titled topic heads their view), about American Symphony (0.538 / 0.692; 0.769 / 0.923 after
    full-name labels answering a plain question, a place after its preposition, a speaker past an
    aside) and a film society's Q&As (0.958 / 0.958, no rule)."""
    inferno = check_figures("unseen_check146", real_embedder)
    assert inferno["recall@1"] >= 0.71 and inferno["recall@3"] >= 0.8 and inferno["interviewees"] == "6/6", inferno
    symphony = check_figures("unseen_check147", real_embedder)
    assert symphony["recall@1"] >= 0.76 and symphony["recall@3"] >= 0.92 and symphony["interviewees"] == "8/8", symphony
    screenings = check_figures("unseen_check148", real_embedder)
    assert screenings["recall@1"] >= 0.95 and screenings["interviewees"] == "12/12", screenings


@pytest.mark.slow
def test_film_music_interviews_with_one_question_a_lone_label_and_an_interviewer_s_remark(real_embedder):
    """unseen_check149/, written in the thirty-first stop before any parse: 0.548 / 0.645 on its
    first run; 0.774 / 0.968 after one question put to an introduced person is theirs to answer,
    a lone full-name label is the headline's person, and "X conducted the following interview"
    names the one asking."""
    figures = check_figures("unseen_check149", real_embedder)
    assert figures["recall@1"] >= 0.77 and figures["recall@3"] >= 0.96 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_features_quoting_a_musician_by_nickname_first_name_and_surname(real_embedder):
    """unseen_check150/, written in the thirty-first stop before any parse: 0.515 / 0.576 on its
    first run; 0.697 / 0.788 after a first name is no surname of a nickname, headlines naming
    someone before a colon or by surname make a profile, and a press liaison is a role."""
    figures = check_figures("unseen_check150", real_embedder)
    assert figures["recall@1"] >= 0.69 and figures["recall@3"] >= 0.78 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_a_feature_going_on_into_a_q_and_a_a_fan_s_essay_and_newspaper_outtakes(real_embedder):
    """unseen_check151/, written in the thirty-first stop before any parse: 0.743 / 0.857 on its
    first run; 0.743 / 0.914 after a quotation the writer heard someone say is theirs."""
    figures = check_figures("unseen_check151", real_embedder)
    assert figures["recall@1"] >= 0.74 and figures["recall@3"] >= 0.91 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_production_notes_and_a_recollection_signed_above_a_review_site_s_furniture(real_embedder):
    """unseen_check152/, written in the thirty-first stop before any parse: 0.565 / 0.696 on its
    first run; 0.870 / 1.000 after a review site's furniture is boilerplate under a signature."""
    figures = check_figures("unseen_check152", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_night_on_the_road_naming_its_subject_in_capitals_and_a_q_and_a_in_initials(real_embedder):
    """unseen_check153/, written last in the thirty-first stop before any parse: 0.435 / 0.522 on
    its first run; 0.565 / 0.609 after a first mention in capitals gives a surname its full name
    and the byline's initials are the asker's."""
    figures = check_figures("unseen_check153", real_embedder)
    assert figures["recall@1"] >= 0.56 and figures["recall@3"] >= 0.6 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_a_london_blog_s_interviews_with_bold_questions_a_sign_off_and_a_broken_link(real_embedder):
    """unseen_check154/, written first in the thirty-second stop before any parse: 0.486 / 0.571
    on its first run; 0.714 / 0.829 after a link whose opening bracket was lost is markup and
    the writer's closing line and thank-you are no one's."""
    figures = check_figures("unseen_check154", real_embedder)
    assert figures["recall@1"] >= 0.71 and figures["recall@3"] >= 0.82 and figures["interviewees"] == "3/4", figures


@pytest.mark.slow
def test_a_q_and_a_titled_with_a_name_the_text_never_gives_a_report_of_an_evening_and_a_transcript(real_embedder):
    """unseen_check155/, written in the thirty-second stop before any parse: 0.258 / 0.355 on its
    first run; 0.452 / 0.645 after a report's narration answers no rhetorical question and a
    headline's adjective is no part of a name."""
    figures = check_figures("unseen_check155", real_embedder)
    assert figures["recall@1"] >= 0.45 and figures["recall@3"] >= 0.64 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_tech_site_s_q_and_a_and_a_society_s_q_and_a_labelled_by_initials(real_embedder):
    """unseen_check156/, written in the thirty-second stop before any parse: 0.364 / 0.500 on its
    first run; 0.818 / 0.909 after a nickname in brackets drops out of a name."""
    figures = check_figures("unseen_check156", real_embedder)
    assert figures["recall@1"] >= 0.81 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_a_profile_into_a_q_and_a_labelled_once_and_a_clipped_q_and_a_with_questions_as_headings(real_embedder):
    """unseen_check157/, written in the thirty-second stop before any parse: 0.238 / 0.238 on its
    first run; 0.810 / 0.857 after a name line makes its one label a label and an italic
    question mark leaves no underscores."""
    figures = check_figures("unseen_check157", real_embedder)
    assert figures["recall@1"] >= 0.8 and figures["recall@3"] >= 0.85 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_customer_stories_labelled_by_first_names_with_pull_quotes_and_a_closing_line(real_embedder):
    """unseen_check158/, written in the thirty-second stop before any parse: 0.048 / 0.048 on its
    first run; 0.762 / 0.905 after "He chatted with us" names the one the sentence before opens
    with and a label of two first names is the full name it begins."""
    figures = check_figures("unseen_check158", real_embedder)
    assert figures["recall@1"] >= 0.76 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_literary_magazine_interviews_with_long_italic_prompts_and_a_statement_taken_up(real_embedder):
    """unseen_check159/, written in the thirty-third stop before any parse: 0.872 / 0.949 on its
    first run (the Saunders prompts over sixty words merged into answers); 0.872 / 0.897 after
    long italic questions prompt where short ones do, and broken italics are mended (two answers
    now under their own prompts rank lower)."""
    figures = check_figures("unseen_check159", real_embedder)
    assert figures["recall@1"] >= 0.85 and figures["recall@3"] >= 0.87 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_literary_magazine_interviews_with_no_break_spaces_a_two_word_surname_and_a_title_without_accents(real_embedder):
    """unseen_check160/, written before any parse: 0.310 / 0.333 on its first run (García Márquez
    labelled by his surname of two words, Aciman's italics opened before no-break spaces);
    0.810 / 0.952 after."""
    figures = check_figures("unseen_check160", real_embedder)
    assert figures["recall@1"] >= 0.78 and figures["recall@3"] >= 0.92 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_literary_magazine_interviews_with_answers_indented_as_code(real_embedder):
    """unseen_check161/, written before any parse: 0.711 / 0.763 on its first run (four of
    Dasgupta's paragraphs, indented four spaces, read as code and dropped); 0.816 / 0.868 after."""
    figures = check_figures("unseen_check161", real_embedder)
    assert figures["recall@1"] >= 0.78 and figures["recall@3"] >= 0.84 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_blog_interviews_labelled_by_first_names_given_in_full_only_in_the_possessive(real_embedder):
    """unseen_check162/, written before any parse and after checks 159-161's rules: 0.630 / 0.667
    on its first run ("Arkady:" never joined to the "Arkady Martine's story" of the intro);
    0.926 / 1.000 after a full name in the possessive names the first-name label."""
    figures = check_figures("unseen_check162", real_embedder)
    assert figures["recall@1"] >= 0.88 and figures["recall@3"] >= 0.96 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_theatre_blog_profile_and_two_people_asking_each_other(real_embedder):
    """unseen_check163/, written before any parse: 0.595 / 0.714 on its first run ("he said"
    given to a byline's role, a caption shortcode running one playwright's words into the
    other's); 0.690 / 0.857 after."""
    figures = check_figures("unseen_check163", real_embedder)
    assert figures["recall@1"] >= 0.66 and figures["recall@3"] >= 0.83 and figures["interviewees"] == "4/5", figures


@pytest.mark.slow
def test_opera_magazine_pages_naming_the_one_interviewed_in_their_toml_front_matter(real_embedder):
    """unseen_check164/, written before any parse: 0.282 / 0.333 on its first run (the front
    matter's preamble never read, two interviews' answers no one's); 0.641 / 0.718 after, one
    soprano's answers still given to a suite her intro names (a known gap)."""
    figures = check_figures("unseen_check164", real_embedder)
    assert figures["recall@1"] >= 0.61 and figures["recall@3"] >= 0.69 and figures["interviewees"] == "2/3", figures
