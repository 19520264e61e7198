"""Real interview documents nobody here wrote (tests/data/external, see SOURCES.md): every
interviewee recognised, the prompts counted by hand found, no markup or page furniture left in a
quote; and, with the real model, attributed recall and abstention measured document by document."""

import re

import pytest

from assistant.config import PROJECT_ROOT
from assistant.measure.docset import found_prompts, read_cases
from assistant.ingest.documents import inspect_document, parse_document
from assistant.ingest.names import fold

EXTERNAL = PROJECT_ROOT / "tests" / "data" / "external"
CASES = read_cases(EXTERNAL)
# The honest checks' documents (each folder's questions written before the parser saw them).
CHECK_CASES = [case for folder in sorted(EXTERNAL.glob("*/documents.json")) for case in read_cases(folder.parent)]
# Parse gaps still open, each named in SOURCES.md: strict, so a fix shows.
KNOWN_PARSE_GAPS = {
    "btx_columbia_radio_hour_1995.md": "a radio transcript labelled by initials (“BS:”, “BC:”): the front matter's author is BC's Bob Costas, but the text never gives the interviewee's full name (only “Bruce”, once, addressed), so his turns stay “BS”'s; the build report asks for an alias in the sidecar",
    "calgarysun_herzog_into_the_inferno.txt": "after “We caught up with Herzog to talk about…”, a Q&A nothing marks whose three prompts ask nothing (“I sat in front of you at the screening…”, “It occurs to me that… your documentaries…”, “You do have a tendency to anthropomorphize…”) and whose answers also say “you” (“things you never hear in a documentary”): read as narration, no prompt found and the answers no one's",
    "clicktrack_jewison_inside_film_music.txt": "the text never names the director it interviews; the address gives his surname only (“2006_jewison_insidefilmmusic”), and its first question ends on a “>” typed for “?”, leaving two questions, too few for an interview nothing marks",
    "musicweb_christian_desjardins_interview.txt": "turns labelled by dotted initials without a colon (“I.L. I was interested…”, “C.D. Yes, …”), each used once in the stored part, declared with the name misspelt (“Christain DesJardin (C.D.)”): read as no one's",
    "indulgexpress_kitu_gidwani_madam_driver.txt": "an actress's answer alone, no question, her name only in the address (“kitu-gidwani-opens-up-about-her-new-film-madam-driver”), without the word “interview”: no one's",
    "ucsc_news_2000_05_03_stamp_film.md": "a critic quoted after a long description (“Leading early-cinema expert Tom Gunning of the University of Chicago notes, “…”): longer than the 60 characters a speaker's description may run to, so his words stay no one's (allowing 90 gave a tabloid's words to “The Post” elsewhere)",
    "btx_carol_miller_wplj_1978.md": "the producer's label is his first name (“Jimmy:”); the text gives his full name only misspelt (“JImmy Iovine”) or in capitals (“JIMMY IOVINE w/ CAROL MILLER”), so his turns are Jimmy's",
    "btx_max_weinberg_river_tour.md": "of the writer's 11 plain-paragraph prompts, a question followed by a remark (“Did the River songs come back automatically? Many of those songs…”) and two statements (“This tour is the first I can remember…”, “In our conversation, Bruce spoke of…”) prompt nothing, and one of the drummer's own sentences (“To maintain your focus over 20, 30 takes…”) is read as a prompt: 9 found",
    "btx_wbcn_radio_1978.md": "the manifest, written before the first parse, counts all 48 host turns before an answer, back-channels included (“Yeah”, “Right”, “Great”); the parser reads 32 prompts, a back-channel inside an answer being none (30 host turns ask or run over three words)",
    "btx_cold_case_news.md": "the director named as a sentence's complement (“…was the episode's director, Mark Pellington.”), then “he said” a paragraph later: his words stay no one's",
    "btx_western_stars_qa_louder.md": "two remarks put between the turns of different guests (“Well you only shot it in May, is that right? That's an amazing…”) are read as the words of the one before",
    "magnus_cast_qa.md": "the front matter lists Alasdair Stuart; he introduces himself as “Alasdair Stewart”, the name his turns take",
    "festival_filmmaker_interviews.txt": "JL Perkel: initials without full stops are not read as a first name (“LA Film”, “TV Tokyo” read the same)",
    "generation_reports_interviews.txt": "a German teaser's title names no one and is read as text, so the teaser runs on in the English one before it",
    "antigua_agnes_meeker_interview.pdf": "Sam Lauer, a student who asks once in his six turns, is read as answering: the turns of Agnes Meeker after his prompt nothing",
    "ksaplayers_vicky_jones_run.txt": "the whole interview in one paragraph, its questions not put to “you”: they cannot be told from a speaker's own, so nothing is asked",
    "netribution_ralph_hole_2.txt": "page two of an interview that never names him; only the file name does, without the word “interview” (“netribution_ralph_hole_2”)",
    "subtitlecat_adolf_zika_eng.txt": "the subtitles' two questions are fewer than the three an interview nothing marks needs: they prompt nothing",
    "samdb_vicky_jones_run.txt": "its one question has no question mark (“Where did the idea for Run come from”), so nothing is asked and no one answers",
    "gothamist_exit_interview_thomas_onorato.md": "“2007 Exit Interview: Thomas Onorato”: the body names him once, in full, never by surname or with a role, so nothing tells his name from a film's title",
    "gothamist_band_interview_strugglers.md": "“Band Interview: The Strugglers” names the band; the intro's “Randy Bickford, who … is the Strugglers” is not read as the one who answers",
    "gothamist_madonna_carpool_karaoke.md": "a one-word name (“Madonna”) is never taken for a person's: her quotations stay no one's",
    "wedefyaugury_maria_bakalova_borat.txt": "a blog's excerpt that never names her; only the address and file name do, without the word “interview”",
    "hollywoodreporter_mandy_moore_drama_actresses.txt": "a magazine's Q&A that never names the actress; only the address and file name do, without the word “interview”: its two questions head their answers, no one's",
    "refinery29_naomie_harris_moonlight.txt": "a Q&A that never names the actress; only the address and file name do, the file's without the word “interview”: its three questions head their answers, no one's",
    "newindianexpress_ratna_pathak_shah_actor.txt": "a Q&A that never names the actress, only the address and file name do, and whose second question is not put to “you” (“What are three qualities of a good actor?”): two questions, too few for an interview nothing marks, so nothing is asked",
    "btx_van_zandt_river_rolling_stone.md": "a profile that goes on into a Q&A nothing marks, its ten prompts among some fifty paragraphs (four questions standing alone, fewer than a fifth of them; the rest statements: “He described The River as his first ‘insider’ album…”): no prompt is found and the answers after the profile stay no one's",
    "btx_chom_radio_1978.md": "the manifest, written before the first parse, counts all 21 DJ turns; the parser reads 15 prompts, a back-channel between the guest's turns (“Okay...”, “Right...”, “Sure...”) being none",
    "btx_expressen_1980.md": "a standing question (“Any favorite records you listen to now?”) makes everything after it its answer, the manager's quotations at the end included: Jon Landau is never a speaker",
    "btx_zimny_ew_western_stars.md": "of the writer's 17 prompts, a question going on with “I mean, how does co-directing…”, a statement (“The score features a 30-piece orchestra…”) and a question followed by a remark (“Who was the janitor sweeping at the end? Because their sweeping was, let's say, unusual.”) are not found, and the end of a quotation set as a paragraph (“Or how does it get the narrative across?'”) is read as one: 14 found (the intro's opening line, read as a prompt until the thirty-second stop, had hidden this within the tolerance)",
    "goldenthread_manar_aker_woodruff.md": "a playwright and a dramaturg asking each other (“**Melis:**”, “**Anna:**”), the standfirst saying the dramaturg “speaks with” the playwright: her answers keep her name but she is counted as the one asking, so the playwright's question to her prompts nothing counted, and three of her statements that end asking nothing are read as prompts (7 found of the 5 turns that ask)",
    "schmopera_draculas_neighbour_nancy_allen_lundy.md": "the one interviewed named only in the front matter (the title's “Dracula's neighbour: Nancy Allen Lundy”, the preamble's “We spoke with Allen”, her middle name) over questions set as headings: the narration's most-named surname wins, “Suite” (“Psycho Suite”, “The Overlook Hotel Suite”), so her answers are given to “Overlook Hotel Suite” (tried: counting questions set as headings as asking, so the preamble's “We spoke with” names her; it gave an interviewee the answers under a heading announcing someone else's interview: not kept)",
    "insiderlondon_c215_interview.md": "a street artist known by a tag of a letter and digits (“C215 interview”, “C215 was good enough to take a few moments out of his day to answer a few questions”): a one-word name is never taken for a person's, so his answers stay no one's",
}


def check_figures(folder: str, embedder) -> dict:
    """What `eval-docs` reports over one check folder of the external documents, each indexed alone."""
    from assistant.config import Settings
    from assistant.measure.docset import evaluate_cases, totals

    return totals(evaluate_cases(read_cases(EXTERNAL / folder), Settings(), embedder))


def test_a_document_set_embeds_the_off_topic_probes_once_and_measures_each_document_as_if_alone():
    import dataclasses

    from assistant.config import Settings
    from assistant.measure.docset import evaluate_case, evaluate_cases
    from assistant.search.abstention import off_topic_probes
    from conftest import FakeEmbedder

    settings = dataclasses.replace(Settings(), model="fake-model")
    alone = [evaluate_case(case, settings, FakeEmbedder()) for case in CASES[:3]]
    counting = FakeEmbedder()
    together = evaluate_cases(CASES[:3], settings, counting)
    assert [(r.name, r.quality) for r in together] == [(r.name, r.quality) for r in alone]
    probes = set(off_topic_probes())
    assert sorted(text for text in counting.texts if text in probes) == sorted(probes)


def _known_gap(case):
    reason = KNOWN_PARSE_GAPS.get(case.file.name)
    return pytest.param(case, marks=pytest.mark.xfail(reason=reason, strict=True)) if reason else case


@pytest.mark.parametrize(
    "case", [*CASES, *(_known_gap(c) for c in CHECK_CASES)], ids=[c.file.name for c in CASES] + [f"{c.questions.parent.name}/{c.file.name}" for c in CHECK_CASES]
)
def test_every_interviewee_is_recognised_and_the_prompts_are_found(case):
    passages, _, report = parse_document(case.file)
    found = {fold(name) for name in report.interviewees}
    assert {fold(name) for name in case.interviewees} <= found
    assert abs(len(found_prompts(passages, report.interviewers)) - case.prompts) <= max(1, case.prompts // 20)


@pytest.mark.parametrize("case", [*CASES, *CHECK_CASES], ids=[c.file.name for c in CASES] + [f"{c.questions.parent.name}/{c.file.name}" for c in CHECK_CASES])
def test_no_markup_captions_directions_or_page_furniture_in_a_quote(case):
    for passage in parse_document(case.file)[0]:
        # (Asterisks inside a word are a censored word's, "f**king", not bold.)
        assert not re.search(r"(?<!\w)\*\*|\*\*(?!\w)|__|!\[|\]\(|</?\w+[^>]*>|\{%|\{\{|\(SOUNDBITE|\(LAUGHTER\)|N42C", passage.text), passage.text
        assert not re.search(r"\*\*|</?\w+>", passage.question or "")


def test_the_build_report_says_what_the_sidecar_adds():
    without = inspect_document(EXTERNAL / "skipper_smith_interview.md")
    assert without.interviewees == ["Peter Whittaker"]
    copy = EXTERNAL / "skipper_smith_interview.md"
    text = copy.read_text(encoding="utf-8")
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        alone = Path(folder) / copy.name
        alone.write_text(text, encoding="utf-8")
        report = inspect_document(alone)
    assert report.interviewees == []
    assert 'add "interviewees": ["Full Name"] to skipper_smith_interview.meta.json' in " ".join(report.warnings)


@pytest.mark.slow
def test_attributed_recall_and_abstention_on_the_document_set(real_embedder):
    from assistant.config import Settings
    from assistant.measure.docset import evaluate_cases, totals

    results = evaluate_cases(CASES, Settings(), real_embedder)
    figures = totals(results)
    # Measured at 0.863 and 0.966, 32 of 33 off-topic (README, "Any interview document"); this
    # guards against regressions.
    assert figures["recall@1"] >= 0.85 and figures["recall@3"] >= 0.96
    assert figures["documents abstaining on at least 2 of 3"] == len(CASES)
    assert figures["off-topic abstained"] == "32/33"
    assert all(r.interviewees_found == r.interviewees_present for r in results)


@pytest.mark.slow
def test_abstention_is_calibrated_on_each_corpus(searcher, real_embedder, tmp_path):
    import dataclasses
    import shutil

    from assistant.build import build_index
    from assistant.config import Settings
    from assistant.search.searcher import Searcher

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(EXTERNAL / "dff_drew_christie_qa.html", seeds)
    local = dataclasses.replace(Settings(), seeds_dir=seeds, index_dir=tmp_path / "index")
    build_index(local, embedder=real_embedder)
    small = Searcher.open(local, encoder=real_embedder)
    # One short interview lifts no question far: its threshold sits well below the press kit's.
    assert small.min_evidence < searcher.min_evidence - 0.1
    # Relevance 0.58: refused under the press kit's threshold (0.64), answered under its own.
    answer = small.ask("Why did he make Allergy to Originality?")
    assert not answer.abstained and answer.hits[0].passage.speaker == "Drew Christie"
    for question in ("What is the tallest mountain in Africa?", "How do you change a car tire?", "Who painted the Mona Lisa?"):
        assert small.ask(question).abstained, question


@pytest.mark.slow
def test_questions_naming_the_one_interviewee_by_their_role(real_embedder):
    """role_check/: questions written after the self-described-role rule ("How did the
    cinematographer learn his trade?"), on two of the documents: measured 1.0 (0.545 before)."""
    figures = check_figures("role_check", real_embedder)
    assert figures["recall@1"] >= 0.9 and figures["off-topic abstained"] == "6/6"


@pytest.mark.slow
def test_questions_in_other_languages_on_two_external_documents(real_embedder):
    """language_check/: French, Spanish, German, Italian and Portuguese questions written after
    the glossaries, on two documents: 0.11 before them, 0.44 as first run, 0.67 after the words
    that run showed missing (README, "Questions in other languages")."""
    figures = check_figures("language_check", real_embedder)
    assert figures["recall@1"] >= 0.66 and figures["recall@3"] >= 0.77 and figures["off-topic abstained"] == "4/4", figures


@pytest.mark.slow
def test_new_questions_on_three_external_documents(real_embedder):
    """unseen_check/: questions written after the fifth held-out file's stop, before running them,
    on three of the documents: 0.833 / 0.958, 5 of 6 off-topic abstained as first run, the same
    with the code before that stop; 0.875 / 1.000 after the person-roles rule its misses called
    for (README, "Any interview document")."""
    figures = check_figures("unseen_check", real_embedder)
    assert figures["recall@1"] >= 0.87 and figures["recall@3"] >= 1.0 and figures["off-topic abstained"] == "5/6", figures


@pytest.mark.slow
def test_three_documents_of_layouts_the_parser_had_not_seen(real_embedder):
    """unseen_check2/: a podcast's cast Q&A whose turns are headings of first names, three
    festival interviews with numbered questions under "Filmmaker Name (FILM)" lines, and a
    magazine interview titled "“Headline”: An Interview with Name"; questions written before
    running them. First runs: 0.143 / 0.229 on the first two (every Q&A turn unattributed), 0.0 /
    0.0 on the third (no interviewee found). After the rules their misses called for (README,
    "Any interview document"): 0.750 / 0.942; 0.769 / 0.942 once an intro before a section's first
    question stood apart from it."""
    figures = check_figures("unseen_check2", real_embedder)
    assert figures["recall@1"] >= 0.76 and figures["recall@3"] >= 0.94 and figures["off-topic abstained"] == "10/10", figures
    # "Alasdair Stewart" introduces himself as the transcript spells him (the episode's list says
    # "Stuart"); JL Perkel, named in a heading beside the director, never answers apart.
    assert figures["interviewees"] == "15/17", figures


@pytest.mark.slow
def test_documents_found_after_the_layouts_they_showed_were_read(real_embedder):
    """unseen_check3/: a second NBR listing page (a label naming someone no heading names, a
    nickname in a heading, a URL slug), a French web interview whose headline names the director
    by role over questions on lines of one paragraph, a press-conference transcript whose turns
    carry initials and a festival's summary of quoted statements; questions written after the
    parser's rules and before running them. First runs: 0.938 / 1.000 on the first two (3 of 3
    off-topic abstained), 1.000 / 1.000 on the other two (2 of 2)."""
    figures = check_figures("unseen_check3", real_embedder)
    assert figures["recall@1"] >= 0.96 and figures["recall@3"] >= 1.0 and figures["off-topic abstained"] == "5/5", figures
    assert figures["interviewees"] == "14/14", figures


@pytest.mark.slow
def test_three_film_music_interviews_of_layouts_the_parser_had_not_seen(real_embedder):
    """unseen_check4/: a numbered Q:/A: composer Q&A, a blog interview with a dateline, an intro
    naming the composer and a request for a question, a feature ending in a director's Q&A;
    questions written before running them. First run 0.467 / 0.533 (the "1. Q:" marker unread,
    the dateline taken for a question); 0.867 / 1.000 after the rules those misses called for."""
    figures = check_figures("unseen_check4", real_embedder)
    assert figures["recall@1"] >= 0.86 and figures["recall@3"] >= 1.0 and figures["off-topic abstained"] == "3/3", figures
    assert figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_two_festival_pages_of_layouts_the_parser_had_not_seen(real_embedder):
    """unseen_check5/: filmmaker Q&As under "Filmmaker(s) Q&A with NAME of FILM" lines with
    numbered requests, and short Q&As signed after their answers; questions written before
    running them. First run 0.100 / 0.200 (a heading unread, the signed answers no one's); 0.900 /
    0.900 after the rules those misses called for."""
    figures = check_figures("unseen_check5", real_embedder)
    assert figures["recall@1"] >= 0.9 and figures["recall@3"] >= 0.9 and figures["off-topic abstained"] == "2/2", figures
    assert figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_press_kit_without_an_interview_and_a_feature_written_from_interviews(real_embedder):
    """unseen_check6/: a distributor's press kit (credit block, synopsis, biography) and a festival
    feature quoting a filmmaker in fragments; questions written before running them. First run
    0.667 / 0.889 (a credit field read as a heading); 0.889 / 1.000 after."""
    figures = check_figures("unseen_check6", real_embedder)
    assert figures["recall@1"] >= 0.88 and figures["recall@3"] >= 1.0 and figures["off-topic abstained"] == "2/2", figures


@pytest.mark.slow
def test_a_festival_interview_whose_heading_joins_role_words_with_a_slash(real_embedder):
    """unseen_check7/: "Interview with Animator/Filmmaker Susan Shulman (FILM)" over one labelled
    exchange and nine numbered ones; questions written before running them. First run 0.000 /
    0.000 (the name hidden by the roles, nothing attributed); 1.000 / 1.000 after."""
    figures = check_figures("unseen_check7", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_interviews_labelled_sparingly_in_four_layouts(real_embedder):
    """unseen_check9/: four real pages about one actor (labels "Q:"/"SY:"; one labelled exchange
    under an outlet's label; a broadcast transcript in capitals; a first exchange labelled and
    the rest not); questions written before running them. First run 0.333 / 0.333 (three read
    as no one's, one given to "He"); 0.833 / 1.000 after."""
    figures = check_figures("unseen_check9", real_embedder)
    assert figures["recall@1"] >= 0.8 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "4/4", figures


@pytest.mark.slow
def test_a_festival_s_feeds_and_two_listings_of_teasers(real_embedder):
    """unseen_check10/: three feeds saved as text and two listing pages running heading, question
    and answer together; questions written before running them. First run 0.625 / 0.625 (7/11
    interviewees); 0.938 / 1.000 after."""
    figures = check_figures("unseen_check10", real_embedder)
    assert figures["recall@1"] >= 0.9 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "11/11", figures


@pytest.mark.slow
def test_french_listings_of_teasers_and_press_conferences(real_embedder):
    """unseen_check11/: two French listings of interview teasers and a press-conference listing,
    with questions in French written before running them. First run 0.000 / 0.000 (0/10
    interviewees); 0.900 / 1.000 after, every off-topic question abstained."""
    figures = check_figures("unseen_check11", real_embedder)
    assert figures["recall@1"] >= 0.9 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "10/10", figures
    assert figures["off-topic abstained"] == "3/3", figures


@pytest.mark.slow
def test_a_critic_s_post_with_one_question_nothing_marks(real_embedder):
    """unseen_check12/: a headline "Name – Film", a date, an intro and one unmarked question;
    questions written before running it. First run 0.000 / 0.000 (no one attributed); 1.000 /
    1.000 after."""
    figures = check_figures("unseen_check12", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_the_teaser_rules_on_two_more_listings_of_the_festival(real_embedder):
    """unseen_check13/: two English listings of teasers, a check on unseen_check10 and 11's rules;
    questions written before running them. First run 0.889 / 0.889 with 9/9 interviewees (one
    false abstention); 1.000 / 1.000 after."""
    figures = check_figures("unseen_check13", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "9/9" and figures["off-topic abstained"] == "2/2", figures


@pytest.mark.slow
def test_a_french_web_interview_saved_as_html_read_right_on_its_first_run(real_embedder):
    """unseen_check14/: questions as headings, a spoiler warning, a template's placeholder
    comments; questions written before running it. First run 0.833 / 1.000, 8/8 prompts; 0.667 /
    1.000 once the warning no longer titles the interview (an English question on French text
    moved to second)."""
    figures = check_figures("unseen_check14", real_embedder)
    assert figures["recall@1"] >= 0.66 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_two_more_nbr_pages_with_a_one_word_name_and_a_middle_initial(real_embedder):
    """unseen_check15/: two NBR listing pages; questions written before running them. First run
    0.818 / 0.818 (10/12 interviewees); 1.000 / 1.000 after."""
    figures = check_figures("unseen_check15", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "12/12", figures


@pytest.mark.slow
def test_an_event_report_with_an_epigraph(real_embedder):
    """unseen_check16/: an event report, an epigraph signed on the line under it, short quotations
    in narration; questions written before running it. First run 0.000 / 0.250; 0.250 / 0.500
    after (the narration's short quotations stay no one's, by design)."""
    figures = check_figures("unseen_check16", real_embedder)
    assert figures["recall@1"] >= 0.25 and figures["recall@3"] >= 0.5 and figures["off-topic abstained"] == "1/1", figures


@pytest.mark.slow
def test_a_static_site_s_markdown_interview_with_a_one_letter_surname(real_embedder):
    """unseen_check17/: questions as headings, a Liquid include tag, a surname of one letter;
    questions written before running it. First run 0.000 / 0.000 (every answer given to
    "Pamela"); 1.000 / 1.000 after."""
    figures = check_figures("unseen_check17", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_second_interview_of_the_same_static_site(real_embedder):
    """unseen_check18/: the same series' layout, a question heading followed by a remark;
    questions written before running it. First run 0.800 / 1.000, 9/10 prompts; 10/10 after."""
    figures = check_figures("unseen_check18", real_embedder)
    assert figures["recall@1"] >= 0.8 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_publishers_pages_with_an_author_s_q_and_a(real_embedder):
    """unseen_check19/: an essay quoting a self-interview and a reader's guide page with one
    labelled exchange; questions written before running them. First run 0.250 / 0.250; 1.000 /
    1.000 after."""
    figures = check_figures("unseen_check19", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_book_club_site_s_listings_with_an_outlet_asking(real_embedder):
    """unseen_check20/: an outlet before "Q&A with" in each heading, asking under its name, its
    initials or another outlet's; questions written before running them. First run 0.200 / 0.400
    (1/3 interviewees); 1.000 / 1.000 after."""
    figures = check_figures("unseen_check20", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["interviewees"] == "3/3", figures


@pytest.mark.slow
def test_a_podcast_page_s_automatic_transcript_with_hosts_and_a_declared_guest(real_embedder):
    """unseen_check21/: `*Name (MM:SS)*` turns of two hosts and the guest the front matter names;
    questions written before running it. First run 0.625 / 0.812 (hosts taken for interviewees,
    7 of 29 prompts); 0.812 / 1.000 and 29/29 after."""
    figures = check_figures("unseen_check21", real_embedder)
    assert figures["recall@1"] >= 0.8 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_the_podcast_s_second_part_checks_its_first_part_s_rules(real_embedder):
    """unseen_check22/: the second part of unseen_check21's episode; questions written before
    running it. First run 0.688 / 0.938 (an intro about the guest given to him); 0.875 / 1.000 after."""
    figures = check_figures("unseen_check22", real_embedder)
    assert figures["recall@1"] >= 0.85 and figures["recall@3"] >= 1.0 and figures["interviewees"] == "1/1", figures


@pytest.mark.slow
def test_a_third_nbr_page_read_right_on_its_first_run(real_embedder):
    """unseen_check8/: questions written before running the parser on the page: 1.000 / 1.000 and
    8/8 interviewees on the first run; one prompt (a question then a remark) found after."""
    figures = check_figures("unseen_check8", real_embedder)
    assert figures["recall@1"] >= 1.0 and figures["off-topic abstained"] == "2/2" and figures["interviewees"] == "8/8", figures
