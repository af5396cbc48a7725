"""Where a list of proposals ends: a paragraph that resumes the narrative (a vocative, a closing, a new speaker, a report
of the meeting, the page's furniture), or a partial text's cut mark."""

from __future__ import annotations

import re
from functools import lru_cache

from ..knowledge import alternation, knowledge
from .names import NAME

# Narrative resumes: a vocative, a closing, a new speaker or a report of the meeting.
RESUME = re.compile(
    r"^(?:(?i:(?:Dear |My )?(?:Colleagues|Excellenc\w+|Friends|Ladies and gentlemen|Your Excellenc\w+|Mr\.? (?:President|Chairman)|heads of delegation))\b"
    r"|(?:Dear|Distinguished|Esteemed|Respected) [\w -]{2,40}[,!]"
    r"|(?:Elsewhere|Besides|Apart from|In addition to|Separately|On the sidelines)\b"
    # another person's turn ("Putin, for his part, said ..."), or commentators ("Experts believe ...")
    r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){0,2}, (?:for (?:his|her|its|their) part|in (?:his|her|its|their) turn)\b"
    r"|(?:Experts|Analysts|Observers|Commentators)\b"
    r"|(?:In addition|Also|Moreover|Furthermore),\s+(?:the\s+)?(?:participants|leaders|ministers|parties|sides|summit|meeting|heads)\b"
    r"|The (?:[A-Z][\w’'-]+ )?[a-z]+(?: [a-z]+){0,5}? (?:took|also|agreed|adopted|approved|discussed|exchanged|welcomed|signed|decided|reviewed|said|noted|stressed|supported|backed)\b"
    r"|[A-Z][\w’'-]+ (?:[A-Z][\w’'-]+ ){0,2}(?:also|further|then|later) [a-z]+ed\b"
    r"|\((?i:continued on page) \d+\)|(?:\d+ ){0,9}(?:Next|Previous) Page\b"
    r"|(?:[A-Z]\.\s?)+[A-Z][\w’'-]+ (?:also |further |then )?[a-z]+ed\b"
    r"|(?:Noting|Stressing|Pointing out|Speaking|Addressing|Referring|Turning to|Commenting|Calling|According to)\b"
    r"|Thank you|In (?:conclusion|closing)\b"
    # the next question of an interview or a press conference: "Question: ...", "Q: ..."
    r"|(?:Question|Q|Journalist|Reporter|Correspondent)\s*[:：]"
    # a speech's closing courtesy: "Finally, I would like to thank ...", "Let me conclude by congratulating ...", "I wish the
    # meeting every success."
    r"|(?:(?:Finally|Lastly|To conclude),\s+)?(?:[Ll]et me|[Aa]llow me to|I would like to|I want to|I wish to)\s+(?:\w+\s+){0,2}?(?:thank|congratulate|conclude)\b"
    r"|I (?:wish|would like to wish) (?:the|this|our) (?:meeting|summit|session|forum)\b"
    # who hosts the next meeting: "China will host the next meeting of the heads of government in 2025."
    r"|[A-Z][\w’'-]+ (?:will|is to|is set to) (?:host|chair|hold) the next\b"
    r"|In (?:his|her|their) (?:speech|speeches|statements?|remarks|address)"
    r"|(?:[A-Z][\w’'-]+ ){0,3}(?:said|noted|stressed|added|pointed out|also said|emphasized|emphasised|went on)\b"
    # (two people joined by "and": "Justice Ravi Rao and Justice K.M. Lal also addressed ...")
    r"|[A-Z][\w’'-]+ (?:(?:of |the )?[A-Z][\w’'-]+ ){0,5}(?:and (?:[A-Z][\w’'.-]+ ){1,5})?(?:also |further |then |later )?(?:met|held|chaired|presided|thanked|underlined|welcomed|invited|congratulated|informed|briefed|told|reiterated|expressed|hailed|praised|arrived|attended|addressed|announced|signed)\b"
    r"|(?:On|Regarding|As for|As to|With regard to|Concerning) [^,.]{1,80}, (?:the )?(?:[A-Z][\w’'.-]+ ){1,3}(?:said|noted|stressed|added|pointed out|emphasi[sz]ed|urged|called)\b"
    # the organisation's background, as news pages close: "Established in 2001, the SCO now has ...", "The SCO, founded in 2001, ..."
    r"|(?:(?:Established|Founded|Set up|Created|Formed) in (?:June )?\d{4}|The (?:SCO|Shanghai Cooperation Organi[sz]ation)(?: \(SCO\))?,? (?:which was |was )?(?:established|founded|set up|created|formed) in)\b"
    r"|[A-Z][\w’'-]+ [a-z]+ (?:said|noted|believe|believed|say)\b"
    r"|(?:At|On|After|During|Following|Before|Ahead of) the (?:meeting|summit|session|talks|event|ceremony)\b"
    r"|(?:He|She|They) (?:also |further )?(?:said|noted|stressed|added|pointed|expressed|called|agreed|pledged)"
    r"|(?:The |Other )?(?:participants|other (?:leaders|ministers|foreign ministers|heads)|meeting|ministers|leaders|parties|summit|sides|two sides)\b"
    r"|(?:Leaders|Participants|Ministers|Heads) (?:of|from|attending|at) (?:the\b|[A-Z])"
    r"|The next (?:SCO )?(?:summit|meeting|session)\b"
    r"|The (?:[\w’'-]+ ){1,4}?(?:also |further |then )?(?:said|noted|stressed|added|urged|expressed|thanked|emphasi[sz]ed|pointed out)\b"
    r"|All (?:parties|sides|member states|participants)|During the (?:meeting|summit|visit)|After the (?:meeting|summit)|Following the"
    r"|On the sidelines|Prior to|Earlier|Later|Meanwhile"
    # who else attended: "Prime ministers of Russia, Kazakhstan ... also attended the meeting, which adopted ..."
    r"|[^.!?]{0,200}?\b(?:attended|took part in|participated in) the (?:meeting|summit|session|talks|event)\b"
    # a quotation closed by its attribution: "\"As long as we stick together, ...,\" Wen said."
    # (or by one put first: "\"The SCO is our common home,\" said Russian Prime Minister Pavel Orlov.")
    r"|[\"“«][^\"”»]{10,400}[,.!?][\"”»],?\s++(?:(?:[A-Z][\w’'-]+\s+){1,3}(?:said|added|stressed|noted|concluded)\.$"
    r"|(?:said|added|stressed|noted)\s+[^.!?]{3,120}\.$))",
)

# The cut mark of a partial text ("[…]", "(...)") ends the item it cuts, even one cut before its full stop.
CUT_MARK = re.compile(r"^[\[(]?(?:…|\.\.\.)[\])]?$")


@lru_cache(maxsize=1)
def _elsewhere() -> re.Pattern:
    """A paragraph that resumes the narrative by its opening: a person named with a title ("Russian President Vladimir Putin
    said ...", "Pakistan's Prime Minister Shehbaz Sharif urged ...") or an agency's closing credit ("(Xinhua)")."""
    k = knowledge()
    titled = rf"(?:[A-Z][\w’'-]*+\s+){{0,2}}?(?:{alternation(k.titles)})\s+(?:(?:{alternation(k.honorifics)})\s+)?{NAME}\b"
    return re.compile(rf"^(?:{titled}|\((?:{alternation(k.credits)})\)$)")


@lru_cache(maxsize=1)
def _resumes_abroad() -> re.Pattern:
    """A paragraph in a script that does not space its words opening as narrative does (data/verbs.yml
    resuming_in_other_scripts: "其他与会外长…", the other ministers …)."""
    return re.compile(knowledge().verbs("resuming_in_other_scripts"))


def resumes(text: str) -> bool:
    """True when a paragraph resumes the narrative after a list: its last item ends before it."""
    return bool(RESUME.match(text) or _elsewhere().match(text) or _resumes_abroad().match(text))
