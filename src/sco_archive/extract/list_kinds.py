"""What a list holds when it is not the speaker's proposals: an agenda, documents, outcomes, what was done or learnt,
what the members agreed, what the speaker sees; and the intros that announce proposals."""

from __future__ import annotations

import re

from ..knowledge import knowledge, lower, word_count
from .text import first_sentence, sentences

# A list that is not the speaker's proposals: what the intro says the list holds.
NOT_PROPOSALS = re.compile(
    r"\b(?:agenda|signed|documents?|adopted|approved|items?|topics?|issues discussed|participants?|attended by|members? (?:are|were)|"
    r"consists? of|included|includes|following (?:documents|decisions|agreements|items|topics)|programme|schedule|delegations?|principles?|"
    r"results|deliverables"
    # (what the meeting agreed: "The foreign ministers have reached important consensus and agreements as follows")
    r"|reached\s+(?:\w+\s+){0,3}?(?:consensus|agreements?|understandings?))\b",
    re.I,
)
# A list of what was done or learnt, whatever it is called ("the initiatives taken during India's
# chairmanship:", "the main achievements:", "three pillars"): not proposals unless a count of proposals is announced.
DONE_OR_LEARNT = re.compile(
    r"\b(?:(?:taken|achieved|accomplished|implemented|carried out|launched|held) (?:during|under|in the course of|so far|since|over)"
    r"|achievements?|accomplishments?|lessons?|pillars?|main results|outcomes?)\b",
    re.I,
)
# What the members agreed or hold together, the sentence's own subject, as a declaration or a report of one puts it: "The
# Member States believe that it is important to:", "The defence ministers agreed that the SCO should:" (not a speaker's
# account of it: "Lavrov said the ministers agreed that it is necessary to:" is his list).
AGREED_INTRO = re.compile(r"(?:The\s+)?(?:[\w-]+\s+){0,2}?(?:member states|leaders|ministers|parties|sides|participants)\s+"
                          r"(?:\w+\s+){0,2}?(?:agreed|decided|resolved|believe|consider|reaffirmed)\b", re.I)
# A list of what the speaker sees rather than asks for ("the region faces three main challenges.", "There are several
# reasons why ..."): not proposals when neither the intro nor the first item asks for anything ("We face three
# challenges." over "First, we should ..." is a list of proposals).
FACTS_INTRO = re.compile(r"\b(?:two|three|four|five|six|several|a number of|main|key|following)\s+(?:\w+\s+)?"
                         r"(?:challenges|threats|risks|reasons|factors|features|trends|problems|advantages)\b", re.I)
# An item that reports what was decided ("First, the leaders approved the declaration.") is an outcome.
OUTCOME_ITEM = re.compile(r"(?:the |they |we )(?:[a-z]+ ){0,3}?(?:approved|adopted|signed|agreed|decided|endorsed|reviewed)\b", re.I)
# A list that tells what has been done ("First, trust among the member states has grown. Second, trade has doubled."):
# every item states a fact in the perfect tense and none asks for anything.
PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:been|become|grown|risen|[a-z]+ed)\b", re.I)
# ... or in the past tense, a report of a year's results ("First, more than 150 events were held ...", "Second, Belarus became
# a full member."): a passive "was/were done", or a verb in the past after a word that is no article, preposition or
# auxiliary ("the members signed", "trade reached"; not "a united front", "to be expanded", "we need", "chances offered by").
PAST = re.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+en|held|made|built|set up|won|led|become|grown|begun|done)\b"
                  r"|\b(?!(?:the|a|an|and|or|of|to|for|in|on|with|by|be|been|being|is|are|more|most|well|newly|its|their|our|his|her|your|my|he|she)\b)"
                  r"[a-z]+\s+(?:[a-z]+(?<!e)ed|became|grew|rose|began|held|made|built|won|took|came|met|saw)\b(?!\s+by\b)")
# A sentence that reports what someone said is no fact of the past, whatever its tense ("First, he stressed the importance of
# ...", "Second, Zhou backed ...").
REPORTED = re.compile(rf"\b{knowledge().verbs('saying', 'spoke', 'delivering', 'stance')}\b", re.I)
ASKS = re.compile(r"\b(?:should|must|needs?|propos\w*|suggest\w*|call\w*|urg\w*|let us|will|shall|ought|necessary|important)\b", re.I)
PROPOSAL_INTRO = re.compile(
    r"\b(?:propos\w*|suggest\w*|points?|initiatives?|recommend\w*|put(?:s)? forward|should|need to|must|call\w* (?:for|on)|urg\w*|priorit\w*|(?:necessary|important|essential) to|(?:necessary|important|essential)(?=\s*:))\b",
    re.I,
)
# An offer of cooperation in listed areas is the speaker's proposals: "Iran ... was ready to cooperate with the SCO in the
# following fields:", "India saw four areas in which it could contribute to the SCO's work:", "India would like to
# contribute to the work of the organisation in the following ways:".
OFFER_INTRO = re.compile(r"\b(?:ready|willing|prepared|could|can|would like|wants?|wishes)\b[^.:;]{0,80}?\b(?:cooperate|contribute)\b", re.I)
OFFER_AREAS = re.compile(r"\b(?:fields|areas|directions|spheres|ways)\b", re.I)
STRONG_INTRO = re.compile(r"\b(?:propos\w*|suggest\w*|[\w-]+-point|initiatives|recommend\w*|put(?:s)? forward)\b|"
                          + knowledge().verbs("proposing_in_other_scripts"), re.I)  # (on a page in Chinese: "提出以下建议：")


def not_proposals(intro: str, first: str, style: str, inline: bool, announced_here: bool, of_count: bool) -> str | None:
    """Why a list is not the speaker's proposals, or None when it is. `intro`: the paragraph before the list; `first`: the
    first item's text after its marker; `announced_here`: a count was announced at most three paragraphs above it;
    `of_count`: the list has as many items as the text announces."""
    last_sentence = (sentences(intro) or ("",))[-1]
    if OUTCOME_ITEM.match(first) and not announced_here:
        return "not proposals: " + style + " list of outcomes"
    if DONE_OR_LEARNT.search(last_sentence) and not announced_here:
        return "not proposals: " + style + " list of what was done or learnt"
    # ("He outlined four priorities for the SCO's economic agenda:": an announced count is a list of proposals)
    if NOT_PROPOSALS.search(last_sentence) and not STRONG_INTRO.search(last_sentence) and not announced_here:
        return "not proposals: " + style + " list after a non-proposal intro"
    if AGREED_INTRO.match(last_sentence) and not announced_here:
        return "not proposals: " + style + " list of what the members agreed"
    if FACTS_INTRO.search(last_sentence) and not PROPOSAL_INTRO.search(last_sentence) and not announced_here \
            and not ASKS.search(first_sentence(first)):
        return "not proposals: " + style + " list of what the speaker sees"
    # (an inline list of the count the headline or lead announced is that list, however far below it stands: "Li Keqiang
    # proposes six areas ..." over "Li said the SCO should advance cooperation in six areas: first, ...; ... sixth, ...")
    if inline and not announced_here and not of_count and not STRONG_INTRO.search(last_sentence):
        return "not proposals: a list inside a paragraph that does not announce proposals"
    offer = OFFER_INTRO.search(last_sentence) and OFFER_AREAS.search(last_sentence)
    if style in ("numbered", "bullet") and not announced_here and not PROPOSAL_INTRO.search(intro) and not offer:
        return "not proposals: " + style + " list without a proposal intro"
    return None


def all_done(heads: list[str]) -> bool:
    """Every item's first sentence states what has been done, and none asks for anything."""
    return all((PERFECT.search(h) or PAST.search(lower(h))) and not ASKS.search(h) and not REPORTED.search(_ATTRIBUTION.sub("", h))
               and not _TASK.match(lower(h)) for h in heads)


def views(intro: str, items: list[str]) -> bool:
    """A list of what the speaker holds, asking for nothing, after an intro that proposes nothing (an interview's "First, the
    SCO is not a military bloc. Second, it is not directed against anyone."; "First, terrorism. Second, separatism."): every
    item states something with "is", "are", "has", "was" ... or is a bare name of at most three words, and none asks, names
    a task or is led by an infinitive or a gerund."""
    offer = OFFER_INTRO.search(intro) and OFFER_AREAS.search(intro)
    return not PROPOSAL_INTRO.search(intro) and not offer and all(
        (_STATES.search(item) or word_count(item) <= 3) and not ASKS.search(item) and not _TASK.match(lower(item)) for item in items)


_STATES = re.compile(r"\b(?:is|are|was|were|has|have|had)\b")
_ATTRIBUTION = re.compile(r",\s+[^,]{1,40}?\s(?:said|added|noted|stressed)\W*$")  # "..., he said." tells who said it
_TASK = re.compile(r"(?:to\s|[a-z]+ing\s)")  # an item led by an infinitive or a gerund names a task ("To build ...", "Developing ...")
