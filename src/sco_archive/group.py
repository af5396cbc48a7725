"""Group: documents about the same meeting become one Meeting with a stable id."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from .dates import find_dates, long_date
from .extract.kinds import ANNOUNCING_KINDS
from .extract.placenames import city_country
from .extract.places import INTERVIEW_PLACE, meeting_city
from .extract.text import around_the_meeting, arrives_for_the_meeting, previews_the_meeting, visible
from .model import Document, Evidence, Meeting, Note, Warning
from .knowledge import knowledge
from .named_places import cities_named, declared_city, named_places, one_city
from .slug import slugify, unique
from .veto import lead_weekday, vetoed, years_named

MAX_DAYS_APART = 1


def _days_apart(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _city(doc: Document) -> str | None:
    """The venue's city, or the city of a meeting still to come that a briefing or interview names (it has no venue)."""
    return doc.venue.city if doc.venue and doc.venue.city else meeting_city(doc.evidence.get("venue"))


def _where(doc: Document) -> str | None:
    """The city the text places its meeting in, by the name grouping compares: "Пекин" and "Beijing", "Nur-Sultan" and
    "Astana" are one city (places.yml one_city); the venue keeps the text's own."""
    city = _city(doc)
    return one_city(city) if city else None


def _online(doc: Document) -> bool:
    return bool(doc.venue and doc.venue.online)


def _same_meeting(a: Document, b: Document) -> bool:
    """Same body and dates within a day: one SCO body does not meet twice at once, so the city is not
    compared (a report may not name it, and a speaker who joined by video names their own)."""
    if not a.body or a.body != b.body or not a.date or not b.date:
        return False
    return _days_apart(a.date, b.date) <= MAX_DAYS_APART


MAX_DAYS_TO_PUBLISH = 30  # a report on a meeting comes out within a month of it


def _reports_on(doc: Document, members: list[Document]) -> bool:
    """Whether an undated document is about this dated meeting: the same body, something it gives that
    agrees with the meeting and nothing that disagrees. What it may give: its month and day (within a
    day, in the meeting's year), its publication date (from the day before the meeting to MAX_DAYS_TO_PUBLISH after;
    a briefing's or interview's also up to as long before it), its city (not
    compared when either side met by video), with no city on either side its country, and its meeting number."""
    if not doc.body or doc.body != members[0].body:
        return False
    verdicts = []
    month, day = doc.partial_date
    if month is not None:
        # (a wire filed days later names the meeting's weekday: "MOSCOW, June 16 -- ... on Friday" is 14 June in 2019)
        weekday = lead_weekday(doc) if doc.kind not in ANNOUNCING_KINDS else None
        verdicts.append(any(m.date and (_near_in_its_year(m.date, month, day) or _weekday_before_in_its_year(m.date, month, day, weekday))
                            for m in members))
    if doc.published:
        date = _cluster_date(members)
        # A briefing or an interview may announce the meeting: published up to MAX_DAYS_TO_PUBLISH before it, as may a
        # preview ("The SCO summit will be held in Uzbekistan this week"); a report may come out on the eve of the day its
        # meeting is dated by (the first day of a two-day summit).
        earliest = -MAX_DAYS_TO_PUBLISH if doc.kind in ANNOUNCING_KINDS or _previews(doc.paragraphs) else -MAX_DAYS_APART
        verdicts.append(bool(date) and earliest <= _days_after(date, doc.published) <= MAX_DAYS_TO_PUBLISH)
    cities = {_where(m) for m in members if _city(m)}
    # A speaker who joined by video names their own city, so a video meeting's cities do not disagree; nor does the
    # city an interview was given in.
    if _city(doc) and cities and not (_online(doc) or any(_online(m) for m in members) or _interview_city(doc)):
        verdicts.append(_where(doc) in cities)
    # A meeting whose texts give no city agrees with a text's city in person that it names (it rules nothing out).
    if _city(doc) and not cities and not (_online(doc) or _interview_city(doc)) and _where(doc) in named_places(members):
        verdicts.append(True)
    # With no city on one side, the host country it gives ("chaired by the Indian side") is one of the meeting's
    # countries: a meeting India hosted by video is not the one a text places in person in Sochi; nor is one whose cities
    # are all where speakers joined by video from (Dushanbe, New Delhi) one a text places in person in Astana.
    countries = {m.venue.country for m in members if m.venue and m.venue.country}
    by_country = not _city(doc) or not (_online(doc) or _interview_city(doc) or _in_person_cities(members))
    # A country alone, though, says too little to place a text at a meeting held in person in a city (a body meets in
    # each member country every few years): there it only rules out ("a summit in Kazakhstan" of 2005 is not the 2017
    # Astana summit).
    if doc.venue and doc.venue.country and countries and by_country:
        if doc.venue.country not in countries or _city(doc) or not _in_person_cities(members):
            verdicts.append(doc.venue.country in countries)
    numbers = {m.number for m in members if m.number}
    held = knowledge().numbered_year(doc.body, doc.number)  # ("the sixth meeting of the Council of Heads of State": 2006)
    if doc.number and numbers:
        verdicts.append(doc.number in numbers)
    elif held:
        verdicts.append(any(m.date and int(m.date[:4]) == held for m in members))
    # With no city, the declaration it says was adopted names the host ("signed ... the Tianjin Declaration").
    declared = declared_city(doc.paragraphs) if not _city(doc) else None
    placed = {one_city(city_country(c)[0]) for c in cities if city_country(c)}
    if declared and placed and not any(_online(m) for m in members):
        verdicts.append(one_city(declared) in placed)
    return bool(verdicts) and all(verdicts) and not vetoed(doc, members)


def _interview_city(doc: Document) -> bool:
    """Whether the text's city is where an interview was given, not where the meeting met."""
    evidence = doc.evidence.get("venue")
    return bool(evidence and evidence.rule == INTERVIEW_PLACE)


def _days_after(start: str, later: str) -> int:
    return (dt.date.fromisoformat(later) - dt.date.fromisoformat(start)).days


def _weekday_before_in_its_year(date: str, month: int, day: int | None, weekday: int | None) -> bool:
    """Whether `date` is the last `weekday` (Monday = 0) on or before the month and day in the year of `date`."""
    if day is None or weekday is None:
        return False
    try:
        filed = dt.date(int(date[:4]), month, day)
    except ValueError:
        return False
    return filed - dt.timedelta(days=(filed.weekday() - weekday) % 7) == dt.date.fromisoformat(date)


def _near_in_its_year(date: str, month: int, day: int | None) -> bool:
    """The month and day, in the year of `date`, are within MAX_DAYS_APART of it ("29 Feb" is no day
    of 2021: it is near nothing, never an invalid date); a month alone is near any day of it."""
    if day is None:
        return int(date[5:7]) == month
    try:
        same_year = dt.date(int(date[:4]), month, day)
    except ValueError:
        return False
    return abs((dt.date.fromisoformat(date) - same_year).days) <= MAX_DAYS_APART


def group(documents: list[Document]) -> tuple[list[Document], list[Meeting]]:
    """Cluster documents into meetings; an undated text takes the date of the one meeting it can be about.

    Dated documents are joined with union-find over an index by (body, day), so the cost grows with
    the number of documents, not its square; the result does not depend on input order.
    """
    docs = sorted(documents, key=lambda d: d.id)
    dated = [d for d in docs if d.date]
    parent = list(range(len(dated)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_day: dict[tuple[str, str], list[int]] = {}
    for i, doc in enumerate(dated):
        by_day.setdefault((doc.body or "", doc.date), []).append(i)
    for i, doc in enumerate(dated):
        for near in _days_near(doc.date):
            for j in by_day.get((doc.body or "", near), ()):
                if j < i and _same_meeting(doc, dated[j]):
                    parent[find(i)] = find(j)
    # A body meets once a year in a city: texts in person there that year are one meeting, even when one
    # dates it by something else (a briefing ten days before, the first day of a visit).
    first_there: dict[tuple[str, str, str], int] = {}
    for i, doc in enumerate(dated):
        if doc.body and _city(doc) and not _online(doc):
            j = first_there.setdefault((doc.body, _where(doc), doc.date[:4]), i)
            parent[find(i)] = find(j)
    roots: dict[int, list[Document]] = {}
    for i, doc in enumerate(dated):
        roots.setdefault(find(i), []).append(doc)
    clusters = _merge_near(list(roots.values()))
    by_body: dict[str, list[list[Document]]] = {}
    for cluster in clusters:
        by_body.setdefault(cluster[0].body or "", []).append(cluster)
    out_docs: dict[str, Document] = {}
    undated_numbered: dict[tuple[str, int], list[list[Document]]] = {}  # undated meetings of no dated one, by body and number
    for doc in (d for d in docs if not d.date):
        matches = _tiebreak(doc, [c for c in by_body.get(doc.body or "", []) if _reports_on(doc, c)])
        matches = matches or _held_there_within_a_month(doc, by_body.get(doc.body or "", []))
        if len(matches) == 1:
            cluster = matches[0]
            date = _cluster_date(cluster)
            joined = replace(
                doc,
                date=date,
                evidence={**doc.evidence, "date": Evidence(f"meeting {cluster[0].body}, {_city(cluster[0])}, {date}", "date of the meeting it reports on")},
                notes=doc.notes + (Note("date", f"the text gives none; taken from the meeting it reports on ({', '.join(sorted(m.id for m in cluster))})"),),
            )
            cluster.append(joined)
        elif not matches and _stamp_is_its_day(doc):
            clusters.append([replace(
                doc,
                date=doc.published,
                evidence={**doc.evidence, "date": Evidence(f"published {doc.published}", "publication date of a report on no other meeting")},
                notes=doc.notes + (Note("date", "the text gives no day of its own; its publication date is taken"),),
            )])
        elif not matches and (numbered := _numbered_like(doc, undated_numbered)):
            numbered.append(doc)
        else:
            clusters.append([doc])
            if not matches and doc.body and doc.number:
                undated_numbered.setdefault((doc.body, doc.number), []).append(clusters[-1])
    ordered = sorted(((_cluster_date(c), c) for c in clusters), key=lambda dc: (dc[0] or "9999", min(d.id for d in dc[1])))
    meetings = unique_ids([_meeting(cluster, date) for date, cluster in ordered])
    for meeting, (_, cluster) in zip(meetings, ordered):
        for doc in cluster:
            out_docs[doc.id] = _finish(doc, meeting)
    return [out_docs[d.id] for d in docs], meetings


def _tiebreak(doc: Document, matches: list[list[Document]]) -> list[list[Document]]:
    """Of several meetings an undated text fits, the one that alone passes a test, the tests taken in turn while more
    than one is left (a test that leaves none or several changes nothing)."""
    years = years_named(doc) - {knowledge().founded}  # (not the SCO's founding year, which a text on any meeting may recall)
    tests = (
        # the one held in person in its city ("24th summit in Astana ... July 4": not the video summit of another July 4,
        # which no city rules out)
        lambda c: bool(_city(doc)) and not _online(doc) and _where(doc) in _in_person_cities(c),
        # the one in the only year the text names ("the 2012 summit in Beijing")
        lambda c: len(years) == 1 and _cluster_date(c)[:4] == str(min(years)),
        # the one held in the only one of their cities the text names ("... said in an interview in Beijing that the summit
        # on June 15 in Shanghai ...": not the Astana summit of another June 15)
        lambda c: bool(_in_person_cities(c) & cities_named(doc.paragraphs)),
    )
    for test in tests:
        if len(matches) > 1 and len(passed := [c for c in matches if test(c)]) == 1:
            matches = passed
    return matches


def _held_there_within_a_month(doc: Document, clusters: list[list[Document]]) -> list[list[Document]]:
    """The one meeting of its body held in person in the text's city, published within MAX_DAYS_TO_PUBLISH of it either
    way, as dated texts in person in one city and year are one meeting (a body meets once a year in a city): a report
    published five days before the meeting ("MOSCOW ... the foreign ministers will meet on Thursday") that fits it no other way."""
    if not (doc.body and doc.published and _city(doc)) or _online(doc) or _interview_city(doc):
        return []
    there = [c for c in clusters if _where(doc) in _in_person_cities(c)
             and abs(_days_after(_cluster_date(c), doc.published)) <= MAX_DAYS_TO_PUBLISH]
    return there if len(there) == 1 and not vetoed(doc, there[0]) else []


def _numbered_like(doc: Document, undated_numbered: dict[tuple[str, int], list[list[Document]]]) -> list[Document] | None:
    """The undated meeting of no dated one that has the text's body and number and no other city in person: a body's
    12th meeting is held once ("the 12th SCO summit" and "the 12th meeting of the Council of Heads of State in Beijing"),
    where the same body and city recur (Tashkent 2004, 2010, 2016)."""
    if not doc.body or not doc.number:
        return None
    return next((c for c in undated_numbered.get((doc.body, doc.number), []) if len(_in_person_cities(c + [doc])) <= 1), None)


def _stamp_is_its_day(doc: Document) -> bool:
    """Whether an undated text that reports on no meeting of the archive was published on its meeting's day: it has a
    publication date, names no other day up to it ("... agreed on 5 December 2018"; a later day is a later event's: "the
    next summit, scheduled for September 16-17, 2021") and is not `around_the_meeting`, nor a report of someone's arrival
    for it ("... arrived in Astana to take part in the SCO Summit": the eve, or the first hours of a visit;
    text.arrives_for_the_meeting)."""
    if (not doc.published or doc.kind in ANNOUNCING_KINDS or around_the_meeting(doc.paragraphs)
            or arrives_for_the_meeting(doc.paragraphs)):
        return False
    days = (hit.resolve(None) for p in doc.paragraphs for hit in find_dates(p.text, partial=False))
    return not any(day and day < doc.published for day in days)


NEAR_DAYS = 7  # a body does not meet twice in a week


def _merge_near(clusters: list[list[Document]]) -> list[list[Document]]:
    """Clusters of one body whose dates are at most NEAR_DAYS apart are one meeting when they do not place it in two
    cities in person: a body does not meet twice in a week, and a report without the city that dates the meeting by its
    publication or a weekday may be a few days off. Clusters are taken by date (then by their first document), each
    compared with the kept clusters of its body dated (before any merge) up to NEAR_DAYS before it."""
    kept: dict[str, list[tuple[str, list[Document]]]] = {}
    out = []
    for date, cluster in sorted(((_cluster_date(c), c) for c in clusters), key=lambda dc: (dc[0], min(d.id for d in dc[1]))):
        earlier = kept.setdefault(cluster[0].body, []) if cluster[0].body else []
        near = None
        for kept_date, other in reversed(earlier):
            if _days_apart(kept_date, date) > NEAR_DAYS:
                break
            if len(_in_person_cities(other + cluster)) <= 1:
                near = other
                break
        if near is not None:
            near.extend(cluster)
            continue
        out.append(cluster)
        earlier.append((date, cluster))
    return out


def _in_person_cities(cluster: list[Document]) -> set[str]:
    return {_where(d) for d in cluster if _city(d) and not _online(d)}


@lru_cache(maxsize=4096)
def _days_near(iso: str) -> tuple[str, ...]:
    """The ISO dates within MAX_DAYS_APART of iso (a few hundred distinct dates in an archive)."""
    day = dt.date.fromisoformat(iso)
    return tuple((day + dt.timedelta(days=delta)).isoformat() for delta in range(-MAX_DAYS_APART, MAX_DAYS_APART + 1))


def _most_common(values: list) -> object:
    """The value given most often (ties: the first by str()), None when there is none."""
    if len(values) == 1:  # most meetings have one document: its value, as the count below gives it
        return values[0]
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return None
    return sorted(counted.items(), key=lambda kv: (-kv[1], str(kv[0])))[0][0]


def _cluster_date(cluster: list[Document]) -> str | None:
    """The meeting's date: the most common of its texts that tell of the meeting itself, when any do (ties: the
    earliest); not an interview's or briefing's, given apart from the meeting, nor a text whose lead sends someone to it
    or tells of a journey to or from it (`around_the_meeting`) or of an arrival (`arrives_for_the_meeting`): a briefing
    on the eve of a summit does not date it."""
    told = [d for d in cluster if d.date and not _around(d)]
    return _most_common([d.date for d in told or cluster])


def _around(doc: Document) -> bool:
    """Whether a text is given apart from its meeting (an interview or briefing) or tells of something around it (a journey,
    an arrival, someone going to it)."""
    return doc.kind in ANNOUNCING_KINDS or _around_the_meeting(doc.paragraphs)


@lru_cache(maxsize=4096)
def _previews(paragraphs: tuple) -> bool:
    return previews_the_meeting(paragraphs)


@lru_cache(maxsize=4096)
def _around_the_meeting(paragraphs: tuple) -> bool:
    return around_the_meeting(paragraphs) or arrives_for_the_meeting(paragraphs)


def _meeting(cluster: list[Document], date: str | None) -> Meeting:
    """The meeting of a cluster, its id not yet unique: date, body and city (see unique_ids)."""
    body = _most_common([d.body for d in cluster])
    placed = [d for d in cluster if not _interview_city(d)]  # (where an interview was given is not where the meeting met)
    city = _most_common([_city(d) for d in placed])
    country = _most_common([d.venue.country for d in placed if d.venue and d.venue.city == city]) if city else _most_common([d.venue.country for d in placed if d.venue])
    online = any(_online(d) for d in cluster)
    parts = [date or "undated", slugify(body) if body else "sco-meeting", slugify(city) if city else ("online" if online else "")]
    if not date and not body:
        parts.append(slugify(min(d.id for d in cluster)))
    return Meeting(
        id="-".join(p for p in parts if p),
        date=date,
        body=body,
        number=_most_common([d.number for d in cluster]),
        city=city,
        country=country,
        online=online,
        documents=tuple(sorted(d.id for d in cluster)),
    )


ID_CHARS = 80  # a meeting id is its page name: a slug, which slugify cuts at 80 characters


def unique_ids(meetings: list[Meeting]) -> list[Meeting]:
    """The meetings with ids that differ, deterministically and whatever the file names.

    'Goa', 'GOA' and 'Goa 2' on the same day are three meetings whose ids would be ...-goa, ...-goa and
    ...-goa-2. Each id is first given to the meeting it names (of several, the first by body, city,
    country and then documents); the others take the first free numeric suffix, in that same order. Ids
    are cut to ID_CHARS, so two long ones that only differ beyond it are told apart the same way."""
    order = sorted(range(len(meetings)), key=lambda i: _identity(meetings[i]))
    ids = dict(zip(order, unique([meetings[i].id for i in order], ID_CHARS)))
    return [m if m.id == ids[i] else replace(m, id=ids[i]) for i, m in enumerate(meetings)]


def _identity(meeting: Meeting) -> tuple:
    """A total order of meetings by what they are, not by where their texts are stored."""
    return (meeting.id, meeting.body or "", meeting.city or "", meeting.country or "", meeting.online, meeting.documents)


def _finish(doc: Document, meeting: Meeting) -> Document:
    """Attach the meeting id, generate a title when the text had none (or one that shows nothing, such
    as zero-width spaces), and warn about a missing date."""
    warnings, notes = doc.warnings, doc.notes
    if not doc.date:
        warnings += (Warning("date", "no meeting date found in the text; pin `date` in the sidecar"),)
    generated = doc.title_generated
    if not generated and not visible(doc.title):
        generated = True
        notes += (Note("title", f"{doc.title!r} shows no visible character; a generated title is shown instead"),)
    title = doc.title if not generated else generated_title(doc)
    return replace(doc, meeting_id=meeting.id, title=title, title_generated=generated, warnings=warnings,
                    notes=notes)


def generated_title(doc: Document) -> str:
    """'Wang Yi at the SCO Council of Foreign Ministers, Moscow, 10 September 2020'."""
    who = doc.speaker.name if doc.speaker else "SCO"
    link = {"interview": " interview on", "press_conference": " press conference on", "statement": " statement at"}.get(doc.kind, " at")
    head = f"{who}{link} the SCO {doc.body}" if doc.body else f"{who}{link} an SCO meeting"
    if doc.speaker is None:
        head = f"SCO {doc.body}" if doc.body else "SCO meeting"
    place = doc.venue.city if doc.venue and doc.venue.city else ("online" if doc.venue and doc.venue.online else None)
    parts = [head] + ([place] if place else [])
    if doc.date:
        parts.append(long_date(doc.date))
    return ", ".join(parts)
