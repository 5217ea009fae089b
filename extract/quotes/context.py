"""Who said it: the verbs of saying, and the speaker a stretch of text names or points back to.

A speaker written as a pronoun («отметил он») or a role («заключил председатель Сената»)
is the person the article was last talking about: the latest named person outside any
quote, in the nominative, of the right gender.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..anaphora import Antecedents, named_as_subject
from ..events.presence import is_credited
from ..models import Mention, Role
from ..nlp import Analysis
from ..roles import ROLE_PHRASE, TitleHolders
from ..stretches import ByOffset, Stretches
from ..titles import title_alone

SPEECH_VERB = (
    r"(?P<verb>отметил|подчеркнул|сказал|заявил|заключил|акцентировал|добавил|пояснил|рассказал"
    r"|сообщил|напомнил|резюмировал|уточнил|констатировал|призвал|указал|высказал|считает"
    r"|отмечает|подчеркивает|подчёркивает|заявляет|говорит|деді|айтты|атап өтті|мәлімдеді"
    r"|түйіндеді|жеткізді|ответил|объяснил|продолжил|поделил(?:ся|ась)|признал(?:ся|ась)"
    r"|обратил(?:ся|ась)|поблагодарил|пожелал|написал|пишет|заверил|предупредил|предупреждает|выразил|поясняет|рассказывает|добавляет|уточняет|объясняет|признается|признаётся|делится|резюмирует"
    r"|деп\s+(?:атап\s+өтті|айтты|мәлімдеді|мәлім\s+етті|түйіндеді|жеткізді|сендірді|қосты|жауап\s+берді|жазды)|дейді"  # issue 4: Kazakh «…», - деп атап өтті X
    # the quotative alone, whatever verb follows it: «…, – деп өз қуанышын жасырмады», «– деп сенім
    # білдірді»; not an outlet's «– деп хабарлайды облыс әкімінің баспасөз қызметі» (reports)
    r"|деп(?=\s)(?!\s+(?:хабарла|жазады|хабар\s+тарат)))(?P<ending>а|о)?"
)
@dataclass(frozen=True)
class Context:
    """What speaker resolution reads: the analysis, people and organisations by offset, who
    holds the roles stated, who is named as a subject where, and the quoted stretches."""

    analysis: Analysis
    people: ByOffset[Mention]
    organisations: ByOffset[Mention]
    holders: TitleHolders
    subjects: Antecedents
    quoted: Stretches
    kazakh: Stretches
    # the top-level quotation marks (open, close), and a quote an excerpt cuts off (open, end)
    marks: tuple[tuple[int, int], ...] = ()

    def nominative(self, mention: Mention) -> bool:
        """As a subject; any word of the name in the nominative will do, since the tagger often
        reads a Kazakh given name it does not know as an oblique case («Нуржан Жетписбаев»), and
        so will a full name written as the nominative it normalises to."""
        if named_as_subject(self.analysis, mention, self.kazakh):
            return True
        # written as its own nominative, whatever case the tagger read after a genitive chain
        # («методист … архива РК Назгуль Жумабекова» read genitive: a woman's nominative)
        if mention.normal == self.analysis.text[mention.start : mention.stop] and " " in mention.normal:
            return True
        return any(t.case == "Nom" for t in self.analysis.tokens_in(mention.start, mention.stop))

    def group(self, start: int, stop: int) -> bool:
        """Whether text[start:stop] names a group, not a person: no one named in it, and its
        first noun a plural («педагогов», «участников встречи»)."""
        if self.people.starting(start, stop):
            return False
        noun = next((t for t in self.analysis.tokens_in(start, stop) if t.pos == "NOUN"), None)
        return noun is not None and noun.number == "Plur"

    def protagonist(self, before: int, female: bool | None = None, said: Stretches | None = None) -> str | None:
        """The latest named person before `before`, outside quotes, as a subject; a title the
        tagger took for a name («Президент») is none: the one before it is meant. `said`: the
        reported speech read so far, whose subjects are what a speaker said, not who speaks
        («Млечиннің айтуынша, Тоқаев … сөйлесуі — …. Сарапшы … атады»: the expert is Mlechin)."""
        person = self.subjects.latest(before, female)
        while person is not None and (title_alone(self.analysis, person.start, person.stop)
                                      or said is not None and said.holds(person.start, person.stop)
                                      or is_credited(person, self.analysis)):  # fmt: skip
            person = self.subjects.latest(person.start, female)
        return person.normal if person else None

    def named_next(self, after: int) -> str | None:
        """The first person named after `after`, outside quotation marks and not a title alone:
        whom a title opening the article stands for when no one is named before it
        («Премьер-министр … атап өтті. … — деп атап өтті Олжас Бектенов»: an attribution
        closing a dash-led paragraph will do)."""
        for m in self.people.starting(after, len(self.analysis.text)):
            if not any(o < m.start < c for o, c in self.marks) and not title_alone(self.analysis, m.start, m.stop):
                return m.normal
        return None

    def speaker(
        self, start: int, stop: int, at: int, female: bool | None = None, subject: bool = True
    ) -> tuple[str | None, Role | None]:
        """Who the words text[start:stop] name, and the role they reveal when a nominative
        role phrase («заключил председатель Сената») stands for the person last named."""
        for m in self.people.starting(start, stop):
            if title_alone(self.analysis, m.start, m.stop):
                # «Президент»: the one the article says holds it, else, as for «он», the person
                # the article was talking about
                holder = self.holders.holder_of(self.analysis.text[m.start : m.stop])
                return holder or self.protagonist(at, female), None
            if self.nominative(m) or not subject:  # «По словам Эльвиры Азимовой»: the name is genitive there
                return m.normal, None
        text = self.analysis.text
        who = text[start:stop].strip()
        first = who.split()[0].lower() if who else ""
        if first in ("он", "она"):
            return self.protagonist(at, female=first == "она"), None
        if stated := self.holders.stated_in(start, stop):
            return stated, None
        phrase = ROLE_PHRASE.search(text, start, stop)
        if phrase is None:
            # a bare title in lower case («– деді министр», «сказал ректор»): the one the article
            # says holds it, before whoever was named last (the speech may name someone else)
            holder = self.holders.holder_of(who) if who[:1].islower() and len(who.split()) <= ATTRIBUTION_TITLE_WORDS else None
            return holder or self.protagonist(at, female), None
        holder = self.holders.holder_of(phrase.group())
        if holder:
            return holder, None
        person = self.protagonist(at, female)
        if person is None or not subject or not phrase.group()[:1].islower():
            return person, None
        organisation = next(
            (m.normal for m in self.organisations.starting(phrase.start(), phrase.end())), None
        )
        role = Role(person=person, title=phrase.group(), organisation=organisation,
                    start=phrase.start(), stop=phrase.end())  # fmt: skip
        return person, role


ATTRIBUTION_TITLE_WORDS = 4  # a longer attribution is a clause, not a title


def verb_gender(match: re.Match) -> bool | None:
    """The gender a Russian past-tense verb shows: «подчеркнула» is said by a woman."""
    if match["verb"].endswith("л"):
        return match["ending"] == "а"
    return None
