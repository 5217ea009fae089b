"""The event an article reports (a meeting, a visit …) with its date, place, organiser and who
took part, its side visits, and the dated events it only mentions (the referendum of 15 March).

The reported event is the first event word of the body whose kind people attend in person
(lexicon.py); its place is from where.py, its date from when.py, who took part from the cues
around each name (cues.py). Who took part is told apart from who is merely named (presence.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..dates import FoundDate
from ..kazakh_words import OCCASIONS, PATRONYMIC, is_surname, kazakh_nominative
from ..marks import interview_questions, quoted_speech
from ..mentions import inside
from ..morph import dictionary_reading, shared_morph_vocab
from ..models import PARTICIPATIONS, Article, Event, Mention, Participant, Participation, Quote, Role
from ..nlp import Analysis, Sentence
from ..roles import ROLE_PHRASE, TitleHolders
from ..stretches import ByOffset, Stretches
from ..titles import title_alone
from .cues import ATTENDED, ELSEWHERE, LED, MODERATED, READ_OUT, SENT, SPOKE, background, governed
from .presence import CREDIT, body_start, interviewed, is_participant, is_person_there
from .triggers import Trigger
from .venues import PRESS_CENTRE, VENUE_WORD, press_centre_named, quoted_venue, seat_venue, venue_in, venue_name
from .when import RELATIVE_WORD, event_date
from .where import event_town, event_venue, lead, members_venue, organisation_venue, venue_candidates
from .whom import whom as meeting_whom

MET_WITH = re.compile(r"\bвстретил\w*\s+с\s+(?P<whom>[^.,;:\n]+)", re.IGNORECASE)
MEETING_WITH = re.compile(r"\bвстреч[аеиу]\s+с\s+(?P<whom>[^.,;:\n]+)", re.IGNORECASE)
MEMBERS_BEFORE = re.compile(r"\b(?:члены|членов)\s*$", re.IGNORECASE)
MEMBERS_AFTER = re.compile(r"\s*мүшелер")
REFERENDUM = re.compile(r"референдум", re.IGNORECASE)
# Between two names of one list: a comma and the next one's title, no clause of its own.
LIST_GAP = re.compile(r"(?:\s*,|\s+(?:и|а\s+также|және|мен|пен|бен)\s)\s*[^,.;:!?()«»\"\n]{0,120}")  # «X, Y», «X и Y», «X пен Y»


def reported_trigger(
    text: str, triggers: Sequence[Trigger], quoted: Sequence[tuple[int, int]], analysis: Analysis | None = None
) -> Trigger | None:
    """The event word of the report: the first in the body, outside quotes, of a kind people
    attend (not the referendum it speaks of)."""
    start = body_start(text)
    return next(
        (t for t in triggers if t.start >= start and t.entry.appearance and not inside(t.start, t.stop, quoted)
         and not ABOUT_BEFORE.search(text, max(0, t.start - 40), t.start) and not ABOUT_AFTER.match(text, t.stop)
         and not (analysis and (_an_appeal(analysis, t) or _commented_on(analysis, t)))),
        None,
    )  # fmt: skip


# A call to do something: what it names has not happened («Всех казахстанцев призывают прийти на
# участки …», «приглашаем жителей на встречу»).
APPEAL = re.compile(r"(?<!\w)(?:призыва|приглаша)\w*", re.IGNORECASE)


def _an_appeal(analysis: Analysis, trigger: Trigger) -> bool:
    """The event word's sentence calls on people to do something and tells of nothing done: no
    verb in it is a finite one in the past."""
    sentence = analysis.sentence_at(trigger.start)
    if not APPEAL.search(analysis.text, sentence.start, trigger.start):
        return False
    first, last = analysis.token_range(sentence.start, sentence.stop)
    return not any(t.pos in ("VERB", "AUX") and _finite_past(t) for t in analysis.tokens[first:last])


def _finite_past(token) -> bool:
    """A finite verb in the past, as the tagger read it or else the dictionary."""
    feats = dict(token.tagged[1]) if token.tagged else dictionary_reading(shared_morph_vocab(), token.text)[1]
    return feats.get("Tense") == "Past" and feats.get("VerbForm") == "Fin"


# A verb of commenting: what follows it in its sentence is what was commented on.
COMMENTED = re.compile(r"(?<!\w)(?:про)?комментир?\w*", re.IGNORECASE)


def _commented_on(analysis: Analysis, trigger: Trigger) -> bool:
    """The event word is in what someone commented on, after the verb in its sentence
    («Политолог прокомментировал … выступление президента на заседании курултая»): a topic, as
    «о встрече» is; the one commenting was not there. An event before the verb is where the
    comment was made («на брифинге … прокомментировала»)."""
    sentence = analysis.sentence_at(trigger.start)
    return bool(COMMENTED.search(analysis.text, sentence.start, trigger.start))


# An event word that is what something is about: «речь идет о голосовании», «рассказал о
# встрече», «кездесу туралы»: a topic, not the event reported.
ABOUT_BEFORE = re.compile(r"(?<!\w)(?:о|об|обо)\s+(?:[а-яё-]+(?:ом|ем|ой|ей|их|ых)\s+){0,2}$", re.IGNORECASE)
ABOUT_AFTER = re.compile(r"\w*\s+туралы(?!\w)", re.IGNORECASE)


def find_organiser(analysis: Analysis, mentions: Sequence[Mention], roles: Sequence[Role]) -> str | None:
    """The coalition whose members held the event, the moderator's organisation, or the body
    credited for the photos («Фото: пресс-служба Сената»), in that order."""
    text = analysis.text
    for m in mentions:
        if m.type == "ORG" and (
            MEMBERS_BEFORE.search(text[max(0, m.start - 12) : m.start]) or MEMBERS_AFTER.match(text, m.stop)
        ):
            return m.normal
    for role in roles:
        if role.organisation and MODERATED.search(text[analysis.sentence_at(role.start).start : role.start]):
            return role.organisation
    orgs = ByOffset(m for m in mentions if m.type == "ORG")
    for credit in CREDIT.finditer(text):
        line_end = analysis.line_of(credit.end())[1]
        for m in orgs.starting(credit.end(), line_end):
            return m.normal
    return None


# A Kazakh sentence opening with its occasion: «Талқылау барысында …», «Кездесу кезінде …».
OCCASION_OPENS = re.compile(
    r"\s*(?:[\w-]+\s+){0,2}?(?:" + "|".join((*OCCASIONS, "форумында")) + r")[\s,]+", re.IGNORECASE
)


def _nearest(m: Mention, cue: re.Match, people: ByOffset[Mention], sentence: Sentence) -> bool:
    """`m` is the name nearest the cue in its sentence: «Делегацию возглавила … Аида Балаева,
    в её составе …» leads one person, not all that the sentence names."""
    named = people.starting(sentence.start, sentence.stop)
    return min(named, key=lambda p: min(abs(p.start - cue.end()), abs(cue.start() - p.stop))) is m


def participation(
    analysis: Analysis,
    mentions: Sequence[Mention],
    quotes: Sequence[Quote],
    kazakh: Sequence[tuple[int, int]],
    triggers: Sequence[Trigger] = (),
    roles: Sequence[Role] = (),
) -> tuple[Participant, ...]:
    """Each person who took part, with how: led, moderated, spoke, quoted, attended.

    A name counts in the nominative (or governed by «под председательством», «X-тың
    төрағалығымен» in any case) in a sentence that says how: a cue of cues.py, or an event
    word people attend. Speech on another occasion («Ранее … заявил») is no taking part."""
    text = analysis.text
    # inside speech, or inside quotation marks with more words than the name: a title, a
    # slogan, a coalition's name («Әділетті және Прогрессивті Қазақстанның … үшін!»)
    quoted = Stretches([*((q.start, q.stop) for q in quotes if q.kind == "direct"), *quoted_speech(text),
                        *interview_questions(text)])  # fmt: skip
    # what an indirect quote says of a leader is no leading there («Министр Мемлекет басшысы
    # Тоқаевтың басшылығымен … жатқанын атап өтті»)
    reported = Stretches((q.start, q.stop) for q in quotes if q.kind == "indirect")
    orgs = Stretches((m.start, m.stop) for m in mentions if m.type == "ORG")
    people = ByOffset(m for m in mentions if m.type == "PER")
    attended_at = {analysis.sentence_index(t.start) for t in triggers if t.entry.appearance}
    holders = TitleHolders(roles)
    roster = rostered(analysis, people)
    press = interviewed(analysis, [m for m in mentions if m.type == "PER"])  # their words were to the press
    how: dict[str, set[Participation]] = {}
    listed_after: Mention | None = None  # the last name taken, which a list may go on from
    continued: set[int] = set()  # sentences that go on with the list of the sentence before
    for q in quotes:
        if q.speaker and q.at_event:
            how.setdefault(q.speaker, set()).update({"spoke", "quoted"} if q.kind == "direct" else {"spoke"})
    for m in mentions:
        if m.type != "PER":
            continue
        index = analysis.sentence_index(m.start)
        sentence = analysis.sentence_at(m.start)
        ruled = governed(text, m.start, m.stop, sentence.start)
        listed = (
            listed_after is not None and sentence.start <= listed_after.start and len(m.normal.split()) > 1
            and bool(LIST_GAP.fullmatch(text, listed_after.stop, m.start))
        )  # fmt: skip
        # a roster's line is short and holds a name, as a byline does; under its header it is none
        if ruled is None and m.start not in roster and not is_participant(m, analysis, quoted, kazakh, orgs, listed):
            continue
        if ruled is not None and (inside(m.start, m.stop, quoted) or not is_person_there(m, analysis)
                                  or reported.holds(m.start, m.stop)):  # fmt: skip
            continue
        words = text[sentence.start : sentence.stop]
        # one who gave an interview is at no event for that, unless a sentence with an event
        # word puts them there («Токаев на расширенном заседании правительства раскритиковал …»)
        if ELSEWHERE.search(text, sentence.start, m.start) or (m.normal in press and index not in attended_at) or background(analysis, m.start):
            continue
        if ruled is None and SENT.search(text, m.stop, sentence.stop):
            continue  # sent a greeting to it, which another read out there
        kind: Participation | None = ruled
        if kind is None:
            if MODERATED.search(text, sentence.start, m.start):
                kind = "moderated"
            elif led := LED.search(text, sentence.start, sentence.stop):
                kind = "led" if _nearest(m, led, people, sentence) else "attended"
            elif SPOKE.search(words) or READ_OUT.search(words):
                kind = "spoke"
            elif ATTENDED.search(words) or index in attended_at:
                kind = "attended"
            elif OCCASION_OPENS.match(text, sentence.start) and inside(m.start, m.stop, kazakh) and kazakh_nominative(text, m):
                kind = "attended"  # «Талқылау барысында … Мәжіліс депутаты Қазыбек Иса, …»: named there
            elif among := _among_them(analysis, index, attended_at):
                kind = among
            elif m.start in roster:
                kind = roster[m.start]
            elif index in continued or listed_after is not None and _list_goes_on(analysis, people, listed_after, index):
                kind = "attended"
                continued.add(index)
        name = m.normal
        if title_alone(analysis, m.start, m.stop):  # «Президент …»: whoever the article says holds it
            name = holders.holder_of(text[m.start : m.stop])
        if kind is not None and name:
            how.setdefault(name, set()).add(kind)
            listed_after = m
    return tuple(Participant(name=name, how=_ordered(kinds)) for name, kinds in how.items() if kinds and not _fragment(name))


def _fragment(name: str) -> bool:
    """A name of one word the article never gives in full that is no surname: a fragment the
    taggers left («Қайратұлы» of a list, a word of a slogan) far more often than a person known
    by one name. A bare surname stays: the corpus may name its person in full elsewhere."""
    return " " not in name and not (is_surname(name) and not PATRONYMIC.search(name))


# A header line over a list of who speaks or takes part, one person a line after it («Спикеры:»,
# «Участники:», «Спикерлер:»), as announcements of press conferences and round tables print them.
ROSTER = re.compile(
    r"^[ \t]*(?:(?P<spoke>спикеры|эксперты|выступающие|спикерлер|сарапшылар)|участники|қатысушылар)[ \t]*:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
ROSTER_ITEM = re.compile(r"[ \t]*(?:[-–—•·*]|\d+[.)])?[ \t]*")


def rostered(analysis: Analysis, people: ByOffset[Mention]) -> dict[int, Participation]:
    """How each person listed under a roster header took part, by the start of their name: the
    lines after the header that open with a name, blank lines between them allowed."""
    text, found = analysis.text, {}
    for header in ROSTER.finditer(text):
        line_end = header.end()
        while line_end < len(text):
            start = line_end + 1
            line_end = analysis.line_of(start)[1] if start < len(text) else len(text)
            if not text[start:line_end].strip():
                continue
            opens = ROSTER_ITEM.match(text, start).end()
            named = people.starting(opens, line_end)
            if not named or named[0].start != opens:
                break
            found[named[0].start] = "spoke" if header["spoke"] else "attended"
    return found


# A sentence that names the members of a group the sentence before says took part: «Перед
# собравшимися выступили члены штаба. В их числе — …», «Олардың қатарында …», «Атап айтқанда, …» (namely).
AMONG_THEM = re.compile(
    r"\s*(?:В их числе|Среди них|В том числе|Среди выступ\w+|Олардың қатарында|Олардың ішінде|Атап айтқанда|А именно"
    r"|[\w-]+(?:лардың|лердің|дардың|дердің|тардың|тердің)\s+қатарында)(?!\w)",  # «Жүгірушілердің қатарында …»
    re.IGNORECASE,
)


def _among_them(analysis: Analysis, index: int, attended_at: set[int]) -> Participation | None:
    """How the people of sentence `index` took part when it opens with «В их числе», «Среди
    них»: as the group of the sentence before did, which a cue or an event word there tells
    («Рәсімнің музыкалық сүйемелдеуін … жұлдыздары қамтамасыз етті. Олардың қатарында …»)."""
    text = analysis.text
    if index == 0 or not AMONG_THEM.match(text, analysis.sentences[index].start):
        return None
    before = analysis.sentences[index - 1]
    if SPOKE.search(text, before.start, before.stop):
        return "spoke"
    return "attended" if ATTENDED.search(text, before.start, before.stop) or index - 1 in attended_at else None


def _list_goes_on(analysis: Analysis, people: ByOffset[Mention], last: Mention, index: int) -> bool:
    """Sentence `index` goes on with the list of participants the sentence before it ended:
    it has no verb and names two people or more, in the same paragraph («… выехали депутаты
    Мажилиса А, Б. Заместитель председателя … В, директор … Г, продюсер Д.»)."""
    if index == 0 or analysis.sentence_index(last.start) != index - 1:
        return False
    sentence, before = analysis.sentences[index], analysis.sentences[index - 1]
    if "\n" in analysis.text[before.stop : sentence.start]:
        return False
    tokens = analysis.tokens[sentence.first : sentence.last]
    return len(people.starting(sentence.start, sentence.stop)) > 1 and not any(t.pos in ("VERB", "AUX") for t in tokens)


def _ordered(kinds: set[Participation]) -> tuple[Participation, ...]:
    """How a person took part, strongest first; «attended» goes without saying once they spoke."""
    if kinds & {"led", "moderated", "spoke", "quoted"}:
        kinds = kinds - {"attended"}
    return tuple(h for h in PARTICIPATIONS if h in kinds)


# (not «атап өтті», «айтып өтті»: after a converb in «-п», «өтті» is an auxiliary of saying)
# (nor «прошли через …», «прошли обучение»: went through, not took place)
TOOK_PLACE = re.compile(
    r"(?<!\w)(?:состоял(?:ся|ась|ось|ись)|завершил(?:ся|ась|ось|ись)|прош(?:ел|ёл|ла|ло|ли)(?!\w)(?!\s+(?:через|мимо|путь|обучени|курс|регистрац|провер))"
    r"|(?<!п\s)өтті|өткізілді|обсудили|талқыланды|талқылады"
    # held under someone's chairmanship, leadership, with their participation: «… төрағалығымен өткен кеңесте»
    r"|(?:төрағалығымен|басшылығымен|жетекшілігімен|қатысуымен)\s+өткен"
    # people took part in something, named or not («В диалоге приняли участие сотрудники …»)
    r"|принял[аи]?\s+участие|участие\s+(?:также\s+)?принял[аи]?)(?!\w)",
    re.I,
)


def taking_part(analysis: Analysis, mentions: Sequence[Mention], quoted: Sequence[tuple[int, int]]) -> Sentence | None:
    """With no event word, the lead's first sentence that says someone led or took part in
    something («Делегацию коалиции возглавила … Аида Балаева», «В обсуждении приняли участие
    депутаты …»): the article reports a gathering it does not name."""
    text = analysis.text
    start, stop = lead(analysis)
    took_part = _a_named_person(analysis, mentions, quoted, start, stop, lambda m, s: bool(
        LED.search(text, s.start, s.stop) or ATTENDED.search(text, s.start, s.stop)))
    if took_part is not None:
        return took_part
    # «Сегодня в Астане состоялся Межпартийный диалог»: a verb that says something took place
    # names a gathering whatever the noun
    for found in TOOK_PLACE.finditer(text, start, stop):
        if not inside(found.start(), found.end(), quoted):
            return analysis.sentence_at(found.start())
    for found in OPENED.finditer(text, start, stop):
        if not inside(found.start(), found.end(), quoted) and opened_venue(text, found):
            return analysis.sentence_at(found.start())
    # a sentence of the lead puts people on a day in a named hall («2 октября в большом зале
    # районного Дома культуры сотни медиков принимали поздравления»): a gathering there
    for s in analysis.sentences:
        if s.stop <= start or s.start >= stop:
            continue
        dated = RELATIVE_WORD.search(text, s.start, s.stop) or any(s.start <= d.start < s.stop for d in analysis.dates)
        if dated and venue_in(analysis, s, Stretches(analysis.kazakh)):
            return s
    # a site visited or inspected, the verb after the name («Аким области … и прокурор области …
    # ознакомились с ходом строительства … больницы»), in the lead or the paragraph after it: a
    # visit the lexicon's nouns do not name; else a speech given in the lead («Аким области …
    # выступил с докладом», «… баяндама жасады»), which has an audience
    visited = _a_named_person(analysis, mentions, quoted, start, _next_paragraph_end(text, stop),
                              lambda m, s: bool(VISITED.search(text, m.stop, s.stop)))  # fmt: skip
    # or one speaking where briefings and sessions are held («… на площадке Службы центральных
    # коммуникаций рассказал …», «в Мажилисе заявил»)
    return visited or _a_named_person(analysis, mentions, quoted, start, stop, lambda m, s: bool(
        PUBLIC_SPEECH.search(text, s.start, s.stop) or SPOKE.search(text, s.start, s.stop) and seat_venue(analysis, s)))


# A speech given before an audience: «выступил с докладом», «сөз сөйледі», «баяндама жасады».
PUBLIC_SPEECH = re.compile(r"(?<!\w)(?:выступил\w*|сөз\s+сөйле\w*|баяндама\s+жаса\w*|баяндад\w*)", re.IGNORECASE)


def _a_named_person(
    analysis: Analysis, mentions: Sequence[Mention], quoted, start: int, stop: int,
    says: Callable[[Mention, Sentence], bool],
) -> Sentence | None:
    """The sentence of the first person named in [start, stop), outside quotes, for whom
    `says(person, their sentence)` holds."""
    for m in mentions:
        if m.type != "PER" or not start <= m.start < stop or inside(m.start, m.stop, quoted):
            continue
        sentence = analysis.sentence_at(m.start)
        if says(m, sentence):
            return sentence
    return None


# A line of a few words between paragraphs: a photo caption or a credit («Кадр из видео»).
SHORT_LINE = 40


def _next_paragraph_end(text: str, at: int) -> int:
    """The end of the first paragraph after `at` that is not a short line (a caption): where
    a lead that sets the scene goes on to say who came."""
    while at < len(text):
        start = at + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if len(text[start:end].strip()) >= SHORT_LINE:
            return end
        at = end
    return at


def _visit(text: str, sentence: Sentence) -> bool:
    return bool(VISITED.search(text, sentence.start, sentence.stop))


# A building or site opened: «открылась новая школа», «школа открыта», «торжественно открыли …».
# (and «распахнули двери»: opened their doors, said of a new school or hospital)
OPENED = re.compile(r"(?<!\w)(?:открыл(?:ся|ась|ось|ись|и|а)?|открыт[аоы]?|распахнул[аи]?\s+(?:свои\s+)?двери)(?!\w)", re.IGNORECASE)


def opened_venue(text: str, found: re.Match) -> bool:
    """A venue noun within a few words of the verb of opening: no case or border opened."""
    return bool(VENUE_WORD.search(text, found.end(), found.end() + 40) or VENUE_WORD.search(text, max(0, found.start() - 30), found.start()))


def _opening(text: str, sentence: Sentence) -> bool:
    return any(opened_venue(text, found) for found in OPENED.finditer(text, sentence.start, sentence.stop))


def main_event(
    article: Article,
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    quotes: Sequence[Quote],
    dates: Sequence[FoundDate],
    kazakh: Sequence[tuple[int, int]],
    triggers: Sequence[Trigger] = (),
    facilities: Sequence[Mention] = (),
) -> Event | None:
    """The event the article reports, or None for an article that reports none."""
    text = analysis.text
    quoted = Stretches((q.start, q.stop) for q in quotes if q.kind == "direct")
    trigger = reported_trigger(text, triggers, quoted, analysis)
    sentence = analysis.sentence_at(trigger.start) if trigger else taking_part(analysis, mentions, quoted)
    if sentence is None:
        return None
    opening = lead(analysis)
    elsewhere = [analysis.sentence_at(t.start) for t in triggers if t.entry.appearance and t is not trigger]
    town = event_town(analysis, sentence, mentions, kazakh, elsewhere, quoted)
    # a venue the event's sentence puts it in, else one another sentence of such an event does
    # («Мероприятие прошло в зале заседаний …»), else the first venue the body names by a noun
    # and a quoted name («шахта «Анненская»»)
    in_kazakh = Stretches(kazakh)
    candidates = venue_candidates(mentions, facilities)
    lead_sentences = [s for s in analysis.sentences if s.stop > opening[0] and s.start < opening[1]]
    venue = next(
        (v for s in (sentence, *elsewhere, *lead_sentences)
         if (v := event_venue(analysis, s, candidates, in_kazakh) or seat_venue(analysis, s) or venue_in(analysis, s, in_kazakh)
             or members_venue(analysis, s, candidates, in_kazakh))),
        None,
    ) or next((v for s in (sentence, *elsewhere) if (v := organisation_venue(analysis, s, candidates, in_kazakh))), None
    ) or next(iter(quoted_venue(text) or ()), None) or press_centre_named(text, quoted)  # fmt: skip
    opens = body_start(text)
    body = text[opens : opens + 1500]
    description = MET_WITH.search(body) or MEETING_WITH.search(body)
    whom = meeting_whom(analysis, mentions, opens + description.start("whom"), opens + description.end("whom")) if description else None
    return Event(
        kind=trigger.kind if trigger else "opening" if _opening(text, sentence) else "visit" if _visit(text, sentence)
        else "briefing" if PRESS_CENTRE.search(text, sentence.start, sentence.stop) else "meeting",
        description=f"встреча с {whom}" if whom else None,
        date=event_date(article.date, analysis, sentence, opening, dates, quoted),
        place=venue or town,
        town=town,
        organiser=find_organiser(analysis, mentions, roles),
        participants=participation(analysis, mentions, quotes, kazakh, triggers, roles),
        start=sentence.start,
        stop=sentence.stop,
    )


def mentioned_events(
    analysis: Analysis, dates: Sequence[FoundDate], reported: Event | None
) -> list[Event]:
    """Dated events the article only mentions: the referendum «15 марта» / «15 наурызда».
    A date that is the reported event's own («13 ақпанда … алдағы референдум») is not its."""
    found = []
    taken = reported.date if reported else None
    by_offset = ByOffset(dates)
    for match in REFERENDUM.finditer(analysis.text):
        sentence = analysis.sentence_at(match.start())
        dated = [d for d in by_offset.starting(sentence.start, sentence.stop) if d.date != taken]
        if dated:
            found.append(Event(kind="referendum", description="республиканский референдум",
                               date=dated[0].date, start=sentence.start, stop=sentence.stop, reported=False))  # fmt: skip
    unique = {e.date: e for e in reversed(found)}
    return sorted(unique.values(), key=lambda e: e.start)


VISITED = re.compile(r"\b(?:посетил\w*|ознакомил\w*|побывал\w*|осмотрел\w*)", re.IGNORECASE)


def side_visits(
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    quotes: Sequence[Quote],
    reported: Event | None,
    kazakh: Sequence[tuple[int, int]],
) -> list[Event]:
    """Places the article's people went to besides the reported event, each a visit of its
    own on the same day: «спикер Сената ознакомился также с оснащением Республиканской школы
    имени Абая». A visit counts when its sentence names the venue (an organisation that is a
    building or a site) after the verb, and who went: a person in the nominative, or a role
    phrase whose holder the article names («спикер Сената»). A group («Сенаторы посетили …»)
    names nobody, so it makes no visit; nor does a visit told inside someone's quote."""
    if reported is None:
        return []
    text = analysis.text
    skipped = Stretches([*kazakh, *((q.start, q.stop) for q in quotes if q.kind == "direct")])
    orgs = ByOffset(m for m in mentions if m.type == "ORG")
    named = ByOffset(m for m in mentions if m.type == "PER")
    holders = TitleHolders(roles)
    found: list[Event] = []
    seen = {reported.place}  # the places visited already
    for verb in VISITED.finditer(text, body_start(text)):
        at = verb.start()
        if skipped.holds(at, verb.end()) or reported.start <= at < reported.stop:
            continue
        sentence = analysis.sentence_at(at)
        venue = next(
            (name for m in orgs.starting(verb.end(), sentence.stop) if (name := venue_name(text, m)) and name not in seen),
            None,
        )
        if venue is None:
            continue
        who = [m.normal for m in named.starting(sentence.start, at) if is_participant(m, analysis, [], kazakh, [])]
        phrase = ROLE_PHRASE.search(text, sentence.start, at)
        holder = holders.holder_of(phrase.group()) if phrase and not who else None
        people = list(dict.fromkeys(who or ([holder] if holder else [])))
        if people:
            seen.add(venue)
            found.append(Event(kind="visit", date=reported.date, place=venue,
                               participants=tuple(Participant(name=p, how=("attended",)) for p in people),
                               start=sentence.start, stop=sentence.stop))  # fmt: skip
    return found


def extract_events(
    article: Article,
    analysis: Analysis,
    mentions: Sequence[Mention],
    roles: Sequence[Role],
    quotes: Sequence[Quote],
    dates: Sequence[FoundDate],
    kazakh: Sequence[tuple[int, int]],
    triggers: Sequence[Trigger] = (),
    facilities: Sequence[Mention] = (),
) -> tuple[Event, ...]:
    main = main_event(article, analysis, mentions, roles, quotes, dates, kazakh, triggers, facilities)
    visits = side_visits(analysis, mentions, roles, quotes, main, kazakh)
    return tuple(([main] if main else []) + visits + mentioned_events(analysis, dates, main))
