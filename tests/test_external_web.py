"""The real pages of issue 15's twenty-first stop and after (tests/data/external/unseen_check95 …,
see SOURCES.md): magazine and festival pages as sites and scrapes keep them, each measured with the
real model as `eval-docs` measures it; questions written before the parser saw each page."""

import pytest

from assistant.ingest.documents import parse_document
from test_external import EXTERNAL, check_figures


@pytest.mark.slow
def test_magazine_interviews_kept_as_html_inside_markdown_and_three_festival_pages(real_embedder):
    """unseen_check95/: four Gothamist interviews as a scrape keeps them (each paragraph raw HTML
    in Markdown, the prompt in <strong> before its answer, some prompts of several sentences, a
    question after a short answer in the same paragraph), hyphen-marked questions, "We caught up
    with co-founder X" after a long listing, a quotation signed "– X on “Film”". First run
    0.347 / 0.458 (interviewees 2/7: the Markdown reader dropped the bold of HTML paragraphs);
    after the rules 0.750 / 0.917, 7/7."""
    passages = parse_document(EXTERNAL / "gothamist_ann_dowd_interview.md")[0]
    assert {p.speaker for p in passages} == {None, "Ann Dowd"}
    assert passages[3].question.startswith("When the season started, Aunt Lydia seemed like a cartoon villain")
    figures = check_figures("unseen_check95", real_embedder)
    assert figures["recall@1"] >= 0.74 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "7/7", figures


@pytest.mark.slow
def test_two_more_magazine_interviews_a_festival_roundup_and_a_listing_of_teasers(real_embedder):
    """unseen_check96/, written after check 95's rules: two more Gothamist interviews, a roundup of
    film blurbs, a listing of interview teasers. First run 0.895 / 0.947 (interviewees 2/3: "The
    Americans' Alison Wright"); after two rules the same recall, 3/3."""
    passages = parse_document(EXTERNAL / "gothamist_alison_wright_americans.md")[0]
    assert {p.speaker for p in passages} == {None, "Alison Wright"}
    figures = check_figures("unseen_check96", real_embedder)
    assert figures["recall@1"] >= 0.89 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_conversations_with_two_people_labelled_in_bold_and_the_interviewer_s_turns_in_bold(real_embedder):
    """unseen_check97/: two people labelled in bold, a stage direction between a name and its colon,
    the interviewer's questions and remarks in bold with no label, a turn ending on a question to
    the other speaker, a guest interviewer. First run 0.538 / 0.718 (interviewees 4/5); after the
    rules 0.615 / 0.846, with the embedding of later turns without their prompt 0.641 / 0.872; at
    the twenty-second stop, with the interviewer's three bold remarks now prompts (check 101) and
    replies asking back ranked as empty (check 111), 0.667 / 0.846 (one near-tie, 0.91 → 0.87,
    fell from second to fourth)."""
    passages = parse_document(EXTERNAL / "gothamist_big_sick_nanjiani_gordon.md")[0]
    assert {p.speaker for p in passages} >= {"Kumail Nanjiani", "Emily V. Gordon", "Ray Romano"}
    assert passages[3].question == "So how is this movie like The Lord Of The Rings?" and passages[3].text == "I'll tell you how it's like Lord of The Rings!!"
    figures = check_figures("unseen_check97", real_embedder)
    assert figures["recall@1"] >= 0.66 and figures["recall@3"] >= 0.84 and figures["interviewees"] == "5/5", figures


@pytest.mark.slow
def test_an_exit_interview_and_a_long_interview_whose_titles_name_the_interviewee_after_a_colon_or_a_comma(real_embedder):
    """unseen_check98/: "2007 Exit Interview: Nick Kroll" and "An Interview With Tommy Wiseau,
    Creator Of The Greatest Disasterpiece: 'The Room'". First run 0.048 / 0.095 (interviewees 0/2:
    every answer no one's); after the rules 0.762 / 0.905, 2/2."""
    for name, who in (("gothamist_exit_interview_nick_kroll.md", "Nick Kroll"), ("gothamist_tommy_wiseau_interview.md", "Tommy Wiseau")):
        assert {p.speaker for p in parse_document(EXTERNAL / name)[0]} == {None, who}
    figures = check_figures("unseen_check98", real_embedder)
    assert figures["recall@1"] >= 0.76 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_pages_about_press_conferences_that_hold_no_interview_give_no_one_their_words(real_embedder):
    """unseen_check99/: a column, a club's essay quoting journalists' questions in its running text,
    a list of quirks under headings in capitals: no interviewee, no prompt. First run (no rule
    written) 0.867 / 0.933, one false abstention (a "Where can I …?" question read as a service)."""
    for name in ("screenanarchy_funniest_qa.txt", "awchamburg_press_conferences_revealed.txt", "thenational_doha_press_conferences.txt"):
        assert {(p.speaker, p.question) for p in parse_document(EXTERNAL / name)[0]} == {(None, None)}
    figures = check_figures("unseen_check99", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["off-topic abstained"] == "3/3", figures


@pytest.mark.slow
def test_two_more_magazine_interviews_read_whole_by_this_stop_s_rules(real_embedder):
    """unseen_check100/, written after the stop's rules: two more Gothamist interviews, every
    interviewee and prompt found on the first run (0.625 / 0.750); the misses are rankings."""
    figures = check_figures("unseen_check100", real_embedder)
    assert figures["recall@1"] >= 0.62 and figures["recall@3"] >= 0.75 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_magazine_pages_with_an_indented_body_captioned_pictures_and_bold_remarks_as_prompts(real_embedder):
    """unseen_check101/: four more Gothamist interviews: "Name, Director, Film", the body's first
    line indented (read as code by CommonMark), captions beside pictures, prompts of several
    sentences in bold, remarks among them. First run 0.568 / 0.622 (interviewees 3/4, prompts 2/8
    in one page); after the rules 0.892 / 0.973, 4/4."""
    passages = parse_document(EXTERNAL / "gothamist_rhea_seehorn_better_call_saul.md")[0]
    assert {p.speaker for p in passages} == {None, "Rhea Seehorn"} and all(p.question != "AMC" for p in passages)
    figures = check_figures("unseen_check101", real_embedder)
    assert figures["recall@1"] >= 0.89 and figures["recall@3"] >= 0.97 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_magazine_interviews_with_remarks_as_prompts_closing_notes_and_a_request_the_page_answers(real_embedder):
    """unseen_check102/, written after check 101's rules: four more Gothamist interviews, every
    interviewee and prompt found on the first run (0.825 / 0.875); "Where can I attend a seance?"
    was refused as a request for a service though the page says "you can attend a seance", and
    closing notes in italics went to the last answer. After the rules 0.875 / 0.925."""
    passages = parse_document(EXTERNAL / "gothamist_jim_carter_downton_abbey.md")[0]
    assert (passages[-1].speaker, passages[-1].text) == (None, "Season 3 of Downton Abbey airs on PBS beginning Sunday, January 6th at 9 p.m.")
    figures = check_figures("unseen_check102", real_embedder)
    assert figures["recall@1"] >= 0.87 and figures["recall@3"] >= 0.92 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_a_blog_s_interview_a_composer_quoted_in_his_profile_and_a_guide_of_model_answers(real_embedder):
    """unseen_check103/: three pages from the pages corpus; the parse held on the first run (0.800 /
    1.000); with a credit stated "directed and written by my old friend Garth Jennings" 0.867 / 1.000."""
    guide = parse_document(EXTERNAL / "interviewgemini_cinematography_questions.txt")[0]
    assert {p.speaker for p in guide} == {None} and sum(p.question is not None for p in guide) >= 2
    figures = check_figures("unseen_check103", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["recall@3"] >= 0.99 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_band_interviews_and_a_photographer_s_interview_behind_a_gallery_s_scripts(real_embedder):
    """unseen_check104/: "The Gothamist Band Interview: Grizzly Bear" and another band's, a
    photographer's interview with 41 prompts. First run 0.368 / 0.474 (interviewees 1/3: the bands'
    answers no one's; a prompt's bold lost with "(Laughs)"); after the rules 0.789 / 0.895, 3/3."""
    passages = parse_document(EXTERNAL / "gothamist_band_interview_two_gallants.md")[0]
    assert {p.speaker for p in passages} == {None, "Two Gallants"}
    figures = check_figures("unseen_check104", real_embedder)
    assert figures["recall@1"] >= 0.78 and figures["recall@3"] >= 0.89 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_profile_quoting_its_subject_and_two_more_magazine_interviews_read_whole(real_embedder):
    """unseen_check105/, written after check 104's rules: the parse held on the first run (0.762 /
    0.905, every interviewee and prompt found); no rule written."""
    figures = check_figures("unseen_check105", real_embedder)
    assert figures["recall@1"] >= 0.76 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_an_hour_long_conversation_whose_headline_lists_topics_and_a_blog_post_of_labelled_answers(real_embedder):
    """unseen_check106/: "A Lengthy Conversation With Alec Baldwin On Redemption, The Media, …" and
    a blog post. First run 0.312 / 0.312 (interviewees 1/2: "The Media" read as a second name);
    after the rules 0.750 / 0.875, 2/2."""
    passages = parse_document(EXTERNAL / "gothamist_alec_baldwin_conversation.md")[0]
    assert {p.speaker for p in passages} == {None, "Alec Baldwin"}
    figures = check_figures("unseen_check106", real_embedder)
    assert figures["recall@1"] >= 0.75 and figures["recall@3"] >= 0.87 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_three_more_magazine_interviews_one_naming_the_band_before_its_member(real_embedder):
    """unseen_check107/: "Interview: The New Pornographers' Carl Newman Talks…" and two more.
    First run 0.538 / 0.654 (interviewees 2/3: his answers given to "The New"); after the rule
    0.846 / 0.962, 3/3."""
    passages = parse_document(EXTERNAL / "gothamist_carl_newman_new_pornographers.md")[0]
    assert {p.speaker for p in passages} == {None, "Carl Newman"}
    figures = check_figures("unseen_check107", real_embedder)
    assert figures["recall@1"] >= 0.84 and figures["recall@3"] >= 0.96 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_news_items_quoting_another_outlet_s_interview_and_a_long_interview(real_embedder):
    """unseen_check108/: Spike Lee's and Woody Allen's words quoted from other outlets (a quoted
    blockquote, "…, saying, “…”"), Jon Hamm's ("…, admitting, “…”"), Lena Dunham's interview.
    First run 0.619 / 0.667 (interviewees 2/4); after the rules 0.714 / 0.810, 4/4."""
    passages = parse_document(EXTERNAL / "gothamist_spike_lee_gentrification.md")[0]
    assert {p.speaker for p in passages} == {None, "Spike Lee"}
    figures = check_figures("unseen_check108", real_embedder)
    assert figures["recall@1"] >= 0.71 and figures["recall@3"] >= 0.8 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_two_more_news_items_quoting_other_outlets_and_an_actress_s_interview(real_embedder):
    """unseen_check109/: "She told the Times: “I don’t care. …”", "quotes the actor as saying, “…”".
    First run 0.714 / 0.714 (interviewees 2/3: the Times' journalist read as interviewed too);
    after the rules 0.929 / 1.000, 3/3."""
    passages = parse_document(EXTERNAL / "gothamist_marina_abramovic_moma.md")[0]
    assert {p.speaker for p in passages} == {None, "Marina Abramovic"}
    figures = check_figures("unseen_check109", real_embedder)
    assert figures["recall@1"] >= 0.92 and figures["recall@3"] >= 0.99 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_festival_q_and_as_one_naming_its_interviewee_only_by_greeting_her(real_embedder):
    """unseen_check110/: "Five Questions with Director Nora Stone", and a Q&A whose only name for the
    one answering is "Hi Drew thanks for talking to TNC". First run 0.455 / 0.545 (interviewees
    1/2); after the rule 0.818 / 0.909, 2/2; with "Can you tell me…?" asking after a question left
    unanswered, 0.909 / 0.909."""
    figures = check_figures("unseen_check110", real_embedder)
    assert figures["recall@1"] >= 0.9 and figures["recall@3"] >= 0.9 and figures["interviewees"] == "2/2", figures


@pytest.mark.slow
def test_pages_whose_text_never_names_who_answers(real_embedder):
    """unseen_check111/: a magazine interview named by its file, a blog's Q:/A: excerpt, a fan blog's
    "Q & A January". First run 0.091 / 0.364 ("January" read as someone); after the rules 0.545 / 0.636."""
    passages = parse_document(EXTERNAL / "jmifcev_blog_q_and_a_january.txt")[0]
    assert {p.speaker for p in passages} == {None}
    figures = check_figures("unseen_check111", real_embedder)
    assert figures["recall@1"] >= 0.54 and figures["recall@3"] >= 0.63, figures


@pytest.mark.slow
def test_an_actor_s_visit_under_bold_topics_and_a_news_item_quoting_a_theater_owner(real_embedder):
    """unseen_check112/: bold topics before a colon taken for speaker labels, a headline's "Alamo
    Drafthouse Owner" taken for a name. First run 0.167 / 0.250; after the next stop's rules (topics,
    block quotations, "owner" a role, "X has talked to <outlet>") 0.667 / 0.917."""
    passages = parse_document(EXTERNAL / "gothamist_jonathan_banks_better_call_saul.md")[0]
    steinbeck = next(p for p in passages if "revisit many, many things" in p.text)
    assert steinbeck.speaker == "Jonathan Banks" and not any(p.speaker == "On John Steinbeck" for p in passages)
    figures = check_figures("unseen_check112", real_embedder)
    assert figures["recall@1"] >= 0.66 and figures["recall@3"] >= 0.91, figures


@pytest.mark.slow
def test_a_producer_under_a_role_headline_an_actress_quoted_and_block_quotations(real_embedder):
    """unseen_check113/: "*Louie* executive producer Blair Breard", "The actress says", a first-person
    <blockquote> cut by a blank line, bold topics by another hand. First run 0.448 / 0.448; after the
    rules 0.759 / 0.793."""
    passages = parse_document(EXTERNAL / "gothamist_shia_labeouf_allmymovies.md")[0]
    coffee = next(p for p in passages if "I’d say James" in p.text)
    assert coffee.speaker == "Shia LaBeouf"
    figures = check_figures("unseen_check113", real_embedder)
    assert figures["recall@1"] >= 0.75 and figures["recall@3"] >= 0.79, figures


@pytest.mark.slow
def test_a_festival_s_programme_notes_answer_from_their_front_matter_credits(real_embedder):
    """unseen_check114/: Leeds festival programme notes whose director, running time and screenings
    are in TOML front matter. First run 0.684 / 0.737 (one false abstention); after the front
    matter's credit and fact lines became a block, 0.842 / 1.000."""
    passages = parse_document(EXTERNAL / "liff_2025_bye_bye_brazil.md")[0]
    assert passages[0].text.startswith('title = "Bye Bye Brazil" director = "Carlos Diegues" running-time = "100 mins"')
    figures = check_figures("unseen_check114", real_embedder)
    assert figures["recall@1"] >= 0.84 and figures["recall@3"] >= 1.0, figures


@pytest.mark.slow
def test_a_film_s_own_website_pages_answer_as_narration(real_embedder):
    """unseen_check115/: four pages of a film's website; the festival list's months were given to
    the section named under them. First run 0.714 / 0.929; after the rule 0.857 / 1.000."""
    passages = parse_document(EXTERNAL / "medea_site_festivals.html")[0]
    assert {p.speaker for p in passages} == {None}
    figures = check_figures("unseen_check115", real_embedder)
    assert figures["recall@1"] >= 0.85 and figures["recall@3"] >= 1.0, figures


@pytest.mark.slow
def test_an_author_s_press_kit_in_markdown_plain_text_and_a_pdf_press_release(real_embedder):
    """unseen_check116/: fact sheets of bold fields, headings in capitals, a PDF dateline and bullets
    mapped to no letter. First run 0.381 / 0.476; after the rules 0.905 / 0.952."""
    passages = parse_document(EXTERNAL / "gabriel_simon_author_press_kit.md")[0]
    assert not {p.speaker for p in passages} & {"Print Length", "Release Date", "Neurotype", "Primary Genre", "Amazon Link"}
    figures = check_figures("unseen_check116", real_embedder)
    assert figures["recall@1"] >= 0.90 and figures["recall@3"] >= 0.95, figures


@pytest.mark.slow
def test_people_quoted_in_news_items_after_colons_dashes_and_retold_exchanges(real_embedder):
    """unseen_check117/: a band's anecdotes quoted after colons, a talk show retold quotation by
    quotation, a participle after a dash. First run 0.417 / 0.458; after the rules 0.667 / 0.833."""
    passages = parse_document(EXTERNAL / "gothamist_radiohead_ok_computer.md")[0]
    greenwood = next(p for p in passages if "interminable hand-organ solos" in p.text)
    assert greenwood.speaker == "Jonny Greenwood"
    figures = check_figures("unseen_check117", real_embedder)
    assert figures["recall@1"] >= 0.66 and figures["recall@3"] >= 0.83, figures


@pytest.mark.slow
def test_a_festival_s_notes_with_the_director_s_words_signed_under_a_block_quotation(real_embedder):
    """unseen_check118/: 2022 programme notes, each with the director's words in a block quotation
    signed under it ("Director Charlotte Wells, from an interview with Pauline Mallet"). First run
    0.278 / 0.444; after the rules 0.778 / 0.944."""
    passages = parse_document(EXTERNAL / "liff_2022_aftersun.md")[0]
    assert {p.speaker for p in passages if "good father" in p.text} == {"Charlotte Wells"}
    figures = check_figures("unseen_check118", real_embedder)
    assert figures["recall@1"] >= 0.77 and figures["recall@3"] >= 0.94, figures


@pytest.mark.slow
def test_a_festival_s_shorts_programme_without_credits_still_answers_from_its_front_matter(real_embedder):
    """unseen_check119/: 2023 programme notes, one a shorts programme crediting no one. First run
    0.684 / 0.789; after a running time or screenings made a page a film's, 0.842 / 0.947."""
    passages = parse_document(EXTERNAL / "liff_2023_queer_short_film_competition_2.md")[0]
    assert 'screenings = "Hyde Park Screen Two, Thu 9 Nov 20:30"' in passages[0].text
    figures = check_figures("unseen_check119", real_embedder)
    assert figures["recall@1"] >= 0.84 and figures["recall@3"] >= 0.94, figures


@pytest.mark.slow
def test_a_video_s_last_interview_quoted_in_the_narration_and_a_producer_s_long_interview(real_embedder):
    """unseen_check120/: "Watch Lou Reed's Final Interview: …" quoting him after a date, a producer's
    34-prompt interview, a news item quoting a source. First run 0.667 / 0.800; after the rules
    0.733 / 0.933."""
    passages = parse_document(EXTERNAL / "gothamist_lou_reed_final_interview.md")[0]
    assert {p.speaker for p in passages if "Ordered sound is music" in p.text} == {"Lou Reed"}
    figures = check_figures("unseen_check120", real_embedder)
    assert figures["recall@1"] >= 0.73 and figures["recall@3"] >= 0.93, figures


@pytest.mark.slow
def test_a_news_item_retelling_a_tv_interview_gives_the_family_their_words(real_embedder):
    """unseen_check121/, written last in the stop before and given no rule there: its first run was
    0.545 / 0.636 (a headline's "Whitney Houston's Daughter" read as a name). After the next stop's
    rules (a description by family tie names the one the body gives beside it; relatives quoted by
    tie and first name; the one asked answers the quotation after), 0.727 / 0.909."""
    passages = parse_document(EXTERNAL / "gothamist_bobbi_kristina_oprah.md")[0]
    assert {p.speaker for p in passages if "I loved Bobby Brown" in p.text} == {"Gary"}
    assert {p.speaker for p in passages if "trying to revive her" in p.text} == {"Patricia"}
    figures = check_figures("unseen_check121", real_embedder)
    assert figures["recall@1"] >= 0.72 and figures["recall@3"] >= 0.90, figures


@pytest.mark.slow
def test_a_film_collective_s_news_credits_and_a_signed_essay(real_embedder):
    """unseen_check122/: a film collective's news of awards with cast lists, a film's page in HTML
    and in Spanish, a co-founder's signed first-person essay. First run 0.575 / 0.725 (the essay
    no one's, its title "Making The Pool" taken for a name, "Who wrote Gumshoe?" asking no credit);
    after the rules 0.825 / 0.900."""
    passages = parse_document(EXTERNAL / "dustwave_making_the_pool.md")[0]
    assert {p.speaker for p in passages} == {"Alonso Indacochea"}
    figures = check_figures("unseen_check122", real_embedder)
    assert figures["recall@1"] >= 0.82 and figures["recall@3"] >= 0.90, figures
