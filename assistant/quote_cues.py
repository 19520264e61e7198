"""The English patterns that attribute quotations in prose: the speech verbs, and where they stand
beside a quotation ("“…,” says Lena Park", "Lee recalls, “…", "When I ask him, he replies “…")
or report speech without one ("Mr. Veit Helmer said that…"). Read by `ingest/quotes.py` and, for
reported speech, by the search's `statements.py`."""

from __future__ import annotations

import re

_SPEECH = (
    r"(?:says|said|explains|explained|recalls|recalled|adds|added|notes|noted|continues|continued|"
    r"remembers|remembered|observes|observed|admits|admitted|comments|commented|reflects|reflected|"
    r"agrees|agreed|concurs|concurred|insists|insisted|confides|confided|laughs|laughed|smiles|smiled|grins|grinned|muses|mused|enthuses|enthused|"
    r"concludes|concluded|acknowledges|acknowledged|elaborates|elaborated|confirms|confirmed|"
    r"emphasi[sz]es|emphasi[sz]ed|tells|told|jokes|joked|quips|quipped|reveals|revealed|describes|described|shares|shared|"
    r"replies|replied|responds|responded|answers|answered|expresses|expressed|states|stated|argues|argued|asserts|asserted|"
    r"recounts|recounted|highlights|highlighted|speaks|spoke|asks|asked|puts\s+it|put\s+it|did\s+say|"
    r"announces|announced|declares|declared|deadpans|deadpanned|gushes|gushed|raves|raved|implies|implied|"
    r"opines|opined|exclaims|exclaimed|boasts|boasted|marvels|marvell?ed|sighs|sighed|predicts|predicted|"
    r"warns|warned|cautions|cautioned|counters|countered|suggests|suggested|wonders|wondered|offers|offered|beams|beamed|claims|claimed|confesses|confessed)"
)
_SPEAKER = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}"
# After a quotation: "“…,” says director Lena Park", "“…,” Lee recalls", "“…,” she says",
# "“…,” transportation planner Fields said".
# An adverb between the speaker and the verb: "…”, he further added.", "…,” she later recalled.
_ADVERB = r"(?:further|also|later|then|once|quickly|simply|[a-z]+ly)"
SPEAKER_AFTER_QUOTE = (
    re.compile(rf"[”\"]\s*[,—–]?\s*{_SPEECH}\s+(?P<who>[^,.;:!?“”\"]{{1,60}})"),
    # ("“…,” the editor recalls": a description in lower case, the one written about.)
    re.compile(rf"[”\"]\s*[,—–]?\s*(?:[a-z][\w'’-]*\s+){{0,3}}(?P<who>{_SPEAKER}|(?i:he|she|they)|the\s+(?:[a-z][\w'’-]*\s+){{0,2}}[a-z][\w'’-]*)\s+(?:{_ADVERB}\s+)?{_SPEECH}\b"),
)
# The words between a speech verb and the quotation: "that …" or others before a comma ("reveals
# to FilmSlop, “…", "says she plans to sing—“…", "told me he knew it'd be hard, but “…"), a few running into it ("she says they were “a little tough…"),
# one or two asides before "that" ("says, post nuptials with spouse, musician Jon Batiste, that “…"), or none.
# Not an article or "his" before it: "answered the “no Jr. Ginger Baker” ad" names an ad in quotes.
_TO_QUOTE = r"(?:(?:\s+that\s+[^“”\"]{1,160}?|\s+[^,.;:!?“”\"—–]{1,100}?)\s*[,:—–](?:\s*(?:but|and|yet)\b)?|\s+[^,.;:!?“”\"]{1,40}?(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bhis)(?<!\bits)(?<!\btheir)\s+|,\s+[^,.;:!?“”\"]{1,80}?(?:,\s+[^,.;:!?“”\"]{1,80}?)?,\s+that|\s*[,:]?)\s*[“\"]"
# Before it, opening the sentence: "Director Lena Park explains: “…", "Lee says, “…", "As Lee put it, “…",
# "he replies “…", "Lee passionately explains, “…", "Lee recalls one memory fondly, “…".
QUOTE_AFTER_SPEAKER = re.compile(rf"^\s*(?:As\s+)?(?P<who>[^,.;:!?“”\"]{{1,60}}?)(?:\s+{_ADVERB})?\s+{_SPEECH}{_TO_QUOTE}")
# Or after a clause of narration: "When I ask him about it, he replies “…", "…that is Jordanian
# cinema, he passionately explains, “…", "…as he speaks, “…", "We laugh, and he says, “…".
QUOTE_AFTER_CLAUSE = re.compile(
    rf"(?:,\s+(?:and\s+|but\s+|so\s+)?|\b(?:as|and)\s+)(?:[a-z][\w'’-]*\s+){{0,3}}(?P<who>(?i:he|she|they)|{_SPEAKER})(?:\s+{_ADVERB})?\s+{_SPEECH}{_TO_QUOTE}"
)
# Or after the writer's question, the one asked: "I ask him if he has learned anything, “I’ve learned…".
_WRITER_ASKING = rf"\bI\s+(?:ask|asked)\s+(?P<who>(?i:him|her|them)|{_SPEAKER})\b"
WRITER_ASKING = re.compile(_WRITER_ASKING)
# Narration saying someone named talked to an outlet: "…founder and president Tim League has talked
# to West Side Rag about his venture": they are interviewed (`introductions`), their words follow.
TALKED_TO = re.compile(rf"(?P<who>{_SPEAKER})\s+(?:(?:has|have|had|recently|also)\s+)*talked\s+to\b")
QUOTE_AFTER_ASKING = re.compile(rf"{_WRITER_ASKING}[^“”\"]{{0,160}}?[,:]\s*[“\"]")
# A participle of speech after the sentence's clause: "…, he burns the borough, saying, “…",
# "Hamm discusses his own existence, admitting, “…", "the NY Post quotes the actor as saying,
# “…": the one the sentence is about speaks.
QUOTE_AFTER_PARTICIPLE = re.compile(
    r"(?:(?:,|\bas)\s+|[—–]\s*)(?:saying|noting|adding|admitting|explaining|insisting|recalling|joking|quipping|remarking|declaring|confessing|"
    r"conceding|arguing|observing|musing|laughing|asking|answering|replying|responding)\s*[,:]?\s*[“\"]"
)
# A speech verb sharing the sentence's subject after "and" or "but": "Bobbi Kristina inherited
# everything, and says she also plans to follow her—“…"", "Clemons enjoyed it, but says, “…": the
# one the sentence opens with speaks.
QUOTE_AFTER_SHARED_SUBJECT = re.compile(rf"\b(?:and|but)\s+(?:{_ADVERB}\s+)?{_SPEECH}{_TO_QUOTE}")
# Family ties naming someone by first name alone: "Houston's brother Gary", "her sister-in-law Patricia".
KINSHIP = (
    r"(?:(?:half-|step-?|grand)?(?:brother|sister|mother|father|son|daughter)(?:-in-law)?|mom|dad|wife|husband|uncle|aunt|"
    r"cousin|niece|nephew|fianc[ée]e?|girlfriend|boyfriend|widow|widower)"
)
_KIN_FIRST_NAME = rf"\b{KINSHIP}\s+(?P<who>[A-ZÀ-ÖØ-Þ][\w'’-]+)"
# One word after the tie, no capitalised word after it (a full name needs no tie to be known).
KIN_NAMED = re.compile(rf"{_KIN_FIRST_NAME}\b(?!\s+[A-ZÀ-ÖØ-Þ])")
# "…, Houston's brother Gary said, “…": the one named by the tie speaks.
QUOTE_AFTER_KIN = re.compile(rf"{_KIN_FIRST_NAME}(?:\s+{_ADVERB})?\s+{_SPEECH}{_TO_QUOTE}")
# A quotation in someone's view, its words theirs: "But to Bruce "...it was just plain weird.",
# "According to Lena Park, "…"".
QUOTE_IN_VIEW_OF = re.compile(rf"(?:^|[,;]\s+|\b(?:[Bb]ut|[Aa]nd)\s+)(?:[Aa]ccording\s+)?to\s+(?P<who>{_SPEAKER})\s*[,:]?\s*[“\"]")
# A quotation the writer heard someone say: "I heard Springsteen say that, “…”", "I once heard
# her tell the crowd, “…”".
QUOTE_HEARD = re.compile(rf"\b(?:heard|hear|hears)\s+(?P<who>(?i:him|her)|{_SPEAKER})\s+(?:say|tell|explain|remark|joke)\b[^“”\".;!?]{{0,40}}?[,:]?\s*[“\"]")
# The one asked, in the passive: "her sister-in-law Patricia, who was asked to describe the day…":
# the quotation after it is theirs.
ASKED_PASSIVE = re.compile(rf"(?P<who>{_SPEAKER}),?\s+(?:who\s+)?(?:was|is)\s+(?:then\s+|later\s+|also\s+)?asked\b")
# A sentence that only says who spoke the quotation before it: "“….” Lena Park tells me.", "She said.",
# "Letterman continued, still grilling the actress."
ATTRIBUTION_ALONE = re.compile(rf"^\s*(?P<who>(?i:he|she|they)|{_SPEAKER})\s+(?:{_ADVERB}\s+)?{_SPEECH}(?:\s+(?:me|us))?(?:\s*,[^“”\"]{{1,120}})?\s*[.!]*\s*$")
# Or after a phrase setting the scene: "“I was standing in the lobby…” On the other end of the
# phone, Stephen Mirrione laughs recalling the stranger's dire prediction."
ATTRIBUTION_AFTER_PHRASE = re.compile(rf"^\s*[A-Z][^,“”\"]{{1,60}},\s+(?P<who>{_SPEAKER})\s+(?:{_ADVERB}\s+)?{_SPEECH}\b")
# A speaker going on from a quotation before, opening the sentence: "He adds, “…", "Lee continues:".
SPEAKING_ON = re.compile(rf"^\s*(?:(?i:he|she|they)|{_SPEAKER})\s+(?:also\s+|then\s+)?(?:adds|added|continues|continued|goes\s+on|went\s+on)\b")
# The verb first, as press releases put it: "Said Krick, “…", "Added Dillon of the auditions, “…".
SPEAKER_AFTER_VERB = re.compile(rf"^\s*(?i:{_SPEECH})\s+(?P<who>{_SPEAKER}(?:/[\w'’.-]+)?)(?:,?\s+[\w/'’-][^,.;:!?“”\"]{{0,60}})?\s*[,:]\s*[“\"]")
# Narration reporting what someone said, by name or pronoun: "Quoting Alfred Hitchcock, Mr. Veit
# Helmer said that cinema…", "She pointed out that…", "Veit Helmer, Director of The Bra, said that…".
REPORTED_SPEECH = re.compile(rf"(?P<who>{_SPEAKER}|\b(?i:he|she))(?P<apart>,?)\s+(?:{_ADVERB}\s+)?{_SPEECH}\s+that\b")
# Speech reported with who says it set apart: "Ironically, Stamp says, three of the sites…",
# "Medvitz, who is currently performing in Trojan Women, said she values the scholarship…".
REPORTED_ASIDES = (
    re.compile(rf",\s+(?P<who>{_SPEAKER}|(?i:he|she))\s+(?:{_ADVERB}\s+)?{_SPEECH},\s+[a-z]"),
    re.compile(rf"(?P<who>{_SPEAKER}),\s+who\s+[^,“”\"]{{1,120}},\s+(?:{_ADVERB}\s+)?{_SPEECH}\s+(?:that|she|he|they)\b"),
)
SPEAKING_PRONOUNS = frozenset({"he", "she", "they"})
# The one asked, as the writer's question names them: "I ask him…".
ASKED_PRONOUNS = frozenset({"him", "her", "them"})
