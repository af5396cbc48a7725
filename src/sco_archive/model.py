"""The records the pipeline passes between stages: plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Evidence:
    """Where a field's value came from: the source text and the name of the rule."""

    text: str
    rule: str


@dataclass(frozen=True)
class Remark:
    """A remark about one field of a document (None: about the text as a whole), shown as
    "<field>: <message>"."""

    field: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class Warning(Remark):  # noqa: A001 - the record's name in the contract ("warnings"), not the builtin
    """Something the extractor is unsure about; pinning the field in a sidecar removes it."""


class Note(Remark):
    """A fact worth knowing that is not a doubt, e.g. a date taken from the meeting."""


@dataclass(frozen=True, slots=True)  # (slots: one per removed line, and a text may have 20,000 or more)
class Removed:
    """A line (or part of one) that cleaning took out, and why."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)  # (slots: one per paragraph, as many as lines at worst)
class Paragraph:
    """A clean paragraph and the 1-based input line it starts on."""

    line: int
    text: str


@dataclass(frozen=True)
class Source:
    """One input text, decoded: what `read` hands to `clean`."""

    id: str
    source: str
    path: str
    text: str
    warnings: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Cleaned:
    """The clean paragraphs of a text and everything cleaning removed."""

    paragraphs: tuple[Paragraph, ...]
    removed: tuple[Removed, ...]


@dataclass(frozen=True)
class Speaker:
    name: str
    title: str | None


@dataclass(frozen=True)
class Venue:
    city: str | None
    country: str | None
    online: bool = False


@dataclass(frozen=True)
class Proposal:
    number: int
    text: str
    summary: str

    @property
    def anchor(self) -> str:
        """Its anchor on its document's page ('proposal-3'): numbers run 1, 2, 3 ... in a document, so
        the anchor is unique there (the page gives it to the first proposal with the number)."""
        return f"proposal-{self.number}"


@dataclass(frozen=True)
class Document:
    """Everything extracted from one text."""

    id: str
    source: str
    kind: str
    title: str
    date: str | None
    published: str | None
    speaker: Speaker | None
    venue: Venue | None
    body: str | None
    number: int | None
    announced_proposals: int | None
    proposals: tuple[Proposal, ...]
    themes: tuple[str, ...]
    warnings: tuple[Warning, ...]
    notes: tuple[Note, ...]
    overridden: tuple[str, ...]
    evidence: dict[str, Evidence]
    removed: tuple[Removed, ...]
    paragraphs: tuple[Paragraph, ...]
    meeting_id: str = ""
    title_generated: bool = False
    partial_date: tuple[int | None, int | None] = (None, None)
    publisher: str | None = None

    @property
    def text(self) -> str:
        """The clean text, paragraphs separated by blank lines."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @property
    def speaker_name(self) -> str | None:
        """The speaker's name, if any."""
        return self.speaker.name if self.speaker else None

    @property
    def city(self) -> str | None:
        """The city of the meeting, if known."""
        return self.venue.city if self.venue else None

    @property
    def country(self) -> str | None:
        """The country of the meeting, if known."""
        return self.venue.country if self.venue else None

    @property
    def online(self) -> bool:
        """Whether the meeting was held by video."""
        return bool(self.venue and self.venue.online)


@dataclass(frozen=True)
class Meeting:
    """Documents about the same meeting."""

    id: str
    date: str | None
    body: str | None
    number: int | None
    city: str | None
    country: str | None
    online: bool
    documents: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Archive:
    """The whole corpus: documents and the meetings they form."""

    documents: tuple[Document, ...]
    meetings: tuple[Meeting, ...]
    errors: tuple[str, ...] = ()

