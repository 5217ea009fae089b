"""Mentions: Natasha's spans cleaned into people, organisations and places of one article.

Fixes what the Russian model does on this kind of text: Kazakh case endings on names
(«Балаеваның»), Kazakh common nouns taken for people («Мәдениет»), abstract nouns taken for
places («Независимость»); the forms of one person's name are linked in variants.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from .geonames import place_lemma
from .bounds import (
    drop_descriptor,
    drop_geo_noun,
    join_given_names,
    join_honorifics,
    join_initials,
    join_kazakh_surnames,
    trim_marks,
)
from .kazakh_crf import crf_paragraph_mentions
from .kazakh import strip_suffix
from .kazakh_ner import kazakh_mentions
from .kazakh_words import ROLE_HEAD
from .kinds import full_name_lemmas, known_place_only, place_name, span_kind
from .models import Mention
from .morph import shared_morph_vocab
from .names import fold, name_key, surname
from .nlp import Analysis, NerSpan
from .places import known_place
from .spans import is_common_word
from .stretches import Stretches, lstripped, rstripped
from .titles import is_head
from .russian import (
    ABSTRACT_ENDINGS,
    BODY_STEMS,
    LEGAL_FORMS,
    NAMESAKE_BEFORE,
    NOT_BODY_COMPLEMENTS,
    NAME_PARTICLES,
)
from .variants import link_variants

def inside(start: int, stop: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Some span holds [start, stop); by bisection when the spans are `Stretches`."""
    if isinstance(spans, Stretches):
        return spans.holds(start, stop)
    return any(a <= start and stop <= b for a, b in spans)


def namesake(text: str, start: int) -> bool:
    """The person named at `start` is one an organisation or a church is named for («им. Т.
    Жургенова», «во имя … князя Александра Невского»)."""
    return NAMESAKE_BEFORE.search(text, max(0, start - 80), start) is not None


def _person(span: NerSpan, kazakh: bool, analysis: Analysis) -> str | None:
    words = span.normal.split()
    if span.common_word and not kazakh and _opens_line(analysis, span.start):
        return None  # NEREL dev: «Сцена», «Внук» opening a line are headline words, not people
    if not all(w[:1].isupper() or _particle(w) for w in words) or all(_particle(w) for w in words):
        return None
    if span.last - span.first > 1 and is_head(analysis.tokens[span.first]):
        rest = analysis.text[analysis.tokens[span.first + 1].start : span.stop]
        if known_place(rest, kazakh=kazakh):
            return None  # «Аким Алматы подчеркнул»: a title and the town it serves, no name
    return span.normal


def _particle(word: str) -> bool:
    """«ибн», «аль-» in a foreign name (factRuEval dev: «ибн Эзра», «аль-Барадеи»)."""
    return word.split("-")[0] in NAME_PARTICLES


def _place(span: NerSpan, kazakh: bool, analysis: Analysis) -> str | None:
    known = known_place(span.text, kazakh=kazakh) or known_place(span.normal)
    if not known and not kazakh and " " not in span.text:
        known = known_place(place_lemma(span.text) or "")
    if known or kazakh:
        return known
    abstract = span.normal.lower().endswith(ABSTRACT_ENDINGS)  # «годы Независимости»: the text is oblique
    if span.common_word and (abstract or _alone_on_line(span, analysis)):
        return None  # «Независимость», a menu line «Пресс-релизы»: common nouns, not places
    return span.normal  # «Луна», «Лубянка», «Славянка»: common words that name places too


def _opens_line(analysis: Analysis, at: int) -> bool:
    """Only spaces stand between the start of its line and `at`."""
    return rstripped(analysis.text, at) <= analysis.line_of(at)[0]


def _alone_on_line(span: NerSpan, analysis: Analysis) -> bool:
    return _opens_line(analysis, span.start) and lstripped(analysis.text, span.stop) >= analysis.line_of(span.stop)[1]


def strip_legal_form(m: Mention, text: str) -> Mention:
    """«ОАО «Газпром»» → «Газпром»: the company's name without its legal form, as both NEREL
    and factRuEval annotate it and as other articles write it."""
    words = m.text.split("«", 1)
    forms = words[0].split()
    if m.type != "ORG" or len(words) < 2 or not forms or any(w.lower() not in LEGAL_FORMS for w in forms):
        return m
    start = m.start + len(words[0]) + 1
    stop = m.stop - 1 if m.text.endswith("»") else m.stop
    if stop <= start or "«" in text[start:stop]:
        return m
    name = text[start:stop]
    return Mention(type="ORG", start=start, stop=stop, text=name, normal=name, key=fold(name))


def _organisation(span: NerSpan, kazakh: bool) -> str | None:
    if kazakh and not re.search(r"[A-Za-z]", span.text):
        return None  # the Russian model's Kazakh ORGs are noise; Latin names (DKNews.kz) hold
    return span.normal


def join_quoted_names(mentions: list[Mention], text: str) -> list[Mention]:
    """An organisation noun followed by its quoted name is one organisation:
    «Общенациональной коалиции "За Народную Конституцию …!"» → «Общенациональная коалиция «…»».
    A span that stops before its closing quote is extended to it."""
    joined: list[Mention] = []
    for m in mentions:
        if m.type == "ORG" and m.text.count('"') % 2 and text[m.stop : m.stop + 1] == '"':
            m = m.model_copy(update={"stop": m.stop + 1, "text": m.text + '"', "normal": m.normal + '"'})
        previous = joined[-1] if joined else None
        gap = text[previous.stop : m.start] if previous else ""
        if previous and previous.type == m.type == "ORG" and gap.strip() in ('"', "«"):
            stop = m.stop + (1 if text[m.stop : m.stop + 1] in '"»' else 0)
            normal = f"{previous.normal} «{m.text.strip(chr(34))}»"
            joined[-1] = Mention(type="ORG", start=previous.start, stop=stop,
                                 text=text[previous.start : stop], normal=normal, key=fold(normal))  # fmt: skip
            continue
        joined.append(m)
    return joined


def extend_bodies(analysis: Analysis, mentions: list[Mention]) -> list[Mention]:
    """A body's name runs on over its «по …» or «при …» complement: «Европейского суда» +
    «по правам человека», «МЧС» + «по Санкт-Петербургу», «Следственного комитета» + «при
    прокуратуре». The complement is a noun phrase (adjectives, nouns, names, «и»); a place
    named inside it is part of the organisation, not a mention of its own."""
    text = analysis.text
    people = Stretches((p.start, p.stop) for p in mentions if p.type == "PER")
    stops = [_complement_stop(analysis, m, people) if m.type == "ORG" and _is_body(analysis, m) else None for m in mentions]
    # any complement at all holds the place: only then is the list of those before it scanned
    complements = Stretches((m.stop, stop) for m, stop in zip(mentions, stops, strict=True) if stop)
    out: list[Mention] = []
    swallowed: list[tuple[int, int]] = []
    for m, stop in zip(mentions, stops, strict=True):
        if m.type == "LOC" and complements.holds(m.start, m.stop) and inside(m.start, m.stop, swallowed):
            continue
        if stop:
            swallowed.append((m.stop, stop))
            normal = m.normal + text[m.stop : stop]
            m = Mention(type="ORG", start=m.start, stop=stop, text=text[m.start : stop], normal=normal, key=fold(normal))
        out.append(m)
    return out


def _is_body(analysis: Analysis, m: Mention) -> bool:
    """The organisation is a body: its head noun is one of BODY_STEMS, or it is an acronym."""
    own = analysis.tokens_in(m.start, m.stop)
    if not own or m.text.endswith(("»", '"')):
        return False
    last = own[-1].text
    return (len(last) >= 2 and last.isupper()) or any(
        t.lemma.lower().startswith(BODY_STEMS) for t in own if t.pos in ("NOUN", "PROPN")
    )


def _complement_stop(analysis: Analysis, m: Mention, people: Stretches) -> int | None:
    """Where a «по …»/«при …» complement right after the mention ends, if there is one."""
    tokens = analysis.tokens
    at = bisect_left(analysis.starts, m.stop)  # the first word after the mention
    if at == len(tokens) or tokens[at].text.lower() not in ("по", "при") or tokens[at].start != m.stop + 1:
        return None
    sentence, phrase = tokens[at].sentence, []
    for t in (tokens[i] for i in range(at + 1, len(tokens))):  # not a slice: a copy of the rest
        if t.sentence != sentence or t.pos not in ("ADJ", "NOUN", "PROPN", "CCONJ") or t.text == "или" or people.overlaps(t.start, t.stop):
            break
        phrase.append(t)
    while phrase and phrase[-1].pos == "CCONJ":
        phrase.pop()
    nouns = [t for t in phrase if t.pos in ("NOUN", "PROPN")]
    if not nouns or nouns[0].lemma.lower() in NOT_BODY_COMPLEMENTS:
        return None
    return phrase[-1].stop


def repeat_surnames(analysis: Analysis, mentions: list[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Mention]:
    """Later bare mentions of a surname Natasha tagged once («Иван Голунов … Голунова»): a
    capitalised word in the Russian text whose lemma is the surname of a person of the article.
    NEREL dev: most missed people are such repeats."""
    surnames = {}
    for m in mentions:
        if m.type == "PER" and not inside(m.start, m.stop, kazakh):
            for t in analysis.tokens_in(m.start, m.stop)[-1:]:
                surnames.setdefault(t.lemma.lower(), surname(m.normal))
                surnames.setdefault(t.text.lower(), surname(m.normal))  # the dictionary may guess
                # another lemma for the same form where no tagger ran («Акихито» → «акихитый»)
    if not surnames:
        return sorted(mentions, key=lambda m: (m.start, m.stop))
    initials = {_first_letter(lemma) for lemma in surnames}  # declension keeps a word's first letter
    found = repeat_full_names(analysis, mentions, kazakh)
    taken = Stretches((m.start, m.stop) for m in (*mentions, *found))
    for i, t in enumerate(analysis.tokens):
        if not t.text[:1].isupper() or len(t.text) < 3 or _first_letter(t.text) not in initials:
            continue  # before the lemma: most words' readings are never looked up
        name = surnames.get(t.text.lower()) or surnames.get(t.lemma.lower())
        if not name or taken.overlaps(t.start, t.stop):
            continue
        if t.number == "Plur":
            continue  # the family, not the person («братьев Ямадаевых»): neither gold set tags it
        if _next_to_capitalised(analysis, i) or inside(t.start, t.stop, kazakh):
            continue  # part of another name («Ким Ир Сен») or Kazakh text
        found.append(Mention(type="PER", start=t.start, stop=t.stop, text=t.text, normal=name, key=name_key(name)))
    return sorted(mentions + found, key=lambda m: (m.start, m.stop))


def repeat_full_names(analysis: Analysis, mentions: list[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Mention]:
    """Later mentions of a whole name Natasha tagged once, word for word in any case («Судья ЕСПЧ
    Дмитрий Дедов» in a headline, the name tagged only in the text below): a bare surname there
    would be taken for part of another name."""
    tokens, text = analysis.tokens, analysis.text
    names: dict[tuple[str, ...], str] = {}
    for m in mentions:
        words = analysis.tokens_in(m.start, m.stop)
        if m.type == "PER" and len(words) > 1 and all(w.text[:1].isupper() and w.text.isalpha() for w in words):
            names.setdefault(tuple(w.lemma.lower() for w in words), m.normal)
            # and as written: a line no tagger read gets the dictionary's lemma («Дедов» → «дед»)
            names.setdefault(tuple(w.text.lower() for w in words), m.normal)
    if not names:
        return []
    starting = _name_starts(tokens, {normal[:1] for normal in names.values()})
    taken = Stretches((m.start, m.stop) for m in mentions)
    claimed = bytearray(len(tokens))  # the words of the names found here, taken too

    def free(k: int) -> bool:
        return not claimed[k] and not taken.overlaps(tokens[k].start, tokens[k].stop)

    found = []
    for lemmas, normal in names.items():
        size = len(lemmas)
        for i in starting.get((normal[:1], *lemmas[:2]), ()):
            words = tokens[i : i + size]
            if len(words) < size or not free(i) or not free(i + size - 1):
                continue
            start, stop = words[0].start, words[-1].stop
            if any(text[a.stop : b.start] != " " for a, b in zip(words, words[1:])) or inside(start, stop, kazakh):
                continue
            if lemmas in (tuple(w.lemma.lower() for w in words), tuple(w.text.lower() for w in words)):
                written = text[start:stop]
                found.append(Mention(type="PER", start=start, stop=stop, text=written, normal=normal, key=name_key(normal)))
                claimed[i : i + size] = b"\x01" * size
    return found


def repeat_kazakh_names(analysis: Analysis, mentions: list[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Mention]:
    """Later mentions in Kazakh text of a whole name the article has tagged, word for word as
    the name is written, a case ending allowed on its last word («… министрі Аида Балаева
    Конституциялық комиссияның отырысында …»): the Kazakh tagger misses a name after a title it
    does not know, and the article has told who it is already. An organisation the tagger ran
    on from the name («Аида Балаева Конституциялық комиссия») keeps the words after it. Each
    word is looked up once, by its spelling."""
    paragraphs = Stretches(kazakh)
    by_first: dict[str, list[tuple[tuple[str, ...], Mention]]] = {}
    for m in mentions:
        words = tuple(m.normal.split())
        if m.type == "PER" and len(words) > 1 and all(w.replace("-", "").isalpha() for w in words):
            by_first.setdefault(words[0].lower(), []).append((words, m))
    if not paragraphs or not by_first:
        return mentions
    tokens, text = analysis.tokens, analysis.text
    opening = {m.start: m for m in mentions if m.type == "ORG"}  # an organisation may start at the name
    taken = Stretches((m.start, m.stop) for m in mentions if m.start not in opening)
    found, trimmed = [], {}
    for i, token in enumerate(tokens):
        for words, person in by_first.get(token.text.lower(), ()) if token.text[:1].isupper() else ():
            run = tokens[i : i + len(words)]
            start, stop = token.start, run[-1].stop
            said = [t.text.lower() for t in run]
            if len(run) < len(words) or not paragraphs.holds(start, stop) or taken.overlaps(start, stop):
                continue
            last = words[-1].lower()
            if said[:-1] != [w.lower() for w in words[:-1]] or last not in (said[-1], strip_suffix(said[-1])):
                continue  # another name, or a word that starts with this one («Ерланов»)
            body = opening.get(start)
            if body is not None:
                if body.stop <= stop + 1 or not body.normal.startswith(person.normal + " "):
                    continue
                rest = body.normal[len(person.normal) + 1 :]
                after = lstripped(text, stop)
                trimmed[id(body)] = body.model_copy(update={"start": after, "text": text[after : body.stop], "normal": rest, "key": fold(rest)})
            found.append(Mention(type="PER", start=start, stop=stop, text=text[start:stop], normal=person.normal, key=person.key))
            break
    if not found:
        return mentions
    return sorted([*(trimmed.get(id(m), m) for m in mentions), *found], key=lambda m: (m.start, m.stop))


def _name_starts(tokens: Sequence, initials: set[str]) -> dict[tuple[str, str, str], list[int]]:
    """Where a name of two words or more may start: each capitalised word whose capital opens
    one of the names, by that capital and its own and the next word's lemmas. Each name then
    tries only the places its first two words are written, not every word with its capital."""
    starting: dict[tuple[str, str, str], list[int]] = {}
    for i in range(len(tokens) - 1):
        first = tokens[i].text[:1]
        if first.isupper() and first in initials:
            starting.setdefault((first, tokens[i].lemma.lower(), tokens[i + 1].lemma.lower()), []).append(i)
            written = (first, tokens[i].text.lower(), tokens[i + 1].text.lower())
            if written != (first, tokens[i].lemma.lower(), tokens[i + 1].lemma.lower()):
                starting.setdefault(written, []).append(i)
    return starting


def _first_letter(word: str) -> str:
    return word[:1].lower().replace("ё", "е")


def dictionary_places(analysis: Analysis, mentions: list[Mention], kazakh: Sequence[tuple[int, int]]) -> list[Mention]:
    """Places Natasha missed that the dictionary knows only as places: a capitalised word
    standing alone («чемпион мира и Европы», «дни на Алтае», «Слава Украине!»; NEREL dev)."""
    taken = Stretches((m.start, m.stop) for m in mentions)
    found = []
    for i, t in enumerate(analysis.tokens):
        if not t.text[:1].isupper() or not t.text.isalpha() or len(t.text) < 3 or taken.overlaps(t.start, t.stop):
            continue
        if _beside_capitalised(analysis, i) or inside(t.start, t.stop, kazakh) or not known_place_only(t.text):
            continue
        if t.start > 0 and analysis.text[t.start - 1] in "«\"„“":
            continue  # a quoted title («Таврия», «Колумбии»): a car or a shuttle, not the place
        name = place_name(t.text)
        found.append(Mention(type="LOC", start=t.start, stop=t.stop, text=t.text, normal=name, key=fold(name)))
    return sorted(mentions + found, key=lambda m: (m.start, m.stop))


def _beside_capitalised(analysis: Analysis, i: int) -> bool:
    """A capitalised word or a hyphen right beside token i: part of a longer name. A sentence's
    first word counts only when it is a name itself («Слава Украине!», «В Европе» do not)."""
    tokens, sentence = analysis.tokens, analysis.tokens[i].sentence
    first = analysis.sentences[sentence].first
    for j in (i - 1, i + 1):
        if not (0 <= j < len(tokens)) or tokens[j].sentence != sentence:
            continue
        if j == first and tokens[j].pos != "PROPN":
            continue
        if tokens[j].text[:1].isupper() or tokens[j].text == "-":
            return True
    return False


def _next_to_capitalised(analysis: Analysis, i: int) -> bool:
    """A capitalised word beside token i on its line, other than its sentence's first word
    («Вчера Путин») and a title before it («Император Акихито» in a headline)."""
    tokens, text = analysis.tokens, analysis.text
    first = analysis.sentences[tokens[i].sentence].first
    neighbours = [
        tokens[j] for j in (i - 1, i + 1)
        if first < j < len(tokens) and tokens[j].sentence == tokens[i].sentence
        and "\n" not in text[min(tokens[j].stop, tokens[i].stop) : max(tokens[j].start, tokens[i].start)]
        and not (j == i - 1 and is_head(tokens[j]))
    ]  # fmt: skip
    return any(n.text[:1].isupper() and n.text.isalpha() for n in neighbours)


# A firm's quoted name and its legal form after it, Kazakh or Russian («"Ержан Құрылыс" ЖШС»).
FIRM_AFTER = re.compile(r"[»\"]\s*(?:ЖШС|АҚ|КеАҚ|ЖК|МКҚК|ТОО|АО|ООО|ИП)(?!\w)")


def _firm_person(m: Mention, text: str) -> bool:
    """A «person» in quotation marks followed by a legal form: a firm named after someone; or
    one the marks enclose whole: the name of a prize, a project or a work («XVIII «Жан Шуақ»
    қоғамдық сыйлығы»), since news never quotes a person's own name."""
    if m.type != "PER" or m.start == 0 or text[m.start - 1] not in "«\"“":
        return False
    return bool(FIRM_AFTER.match(text, m.stop)) or text[m.stop : m.stop + 1] in ("»", '"', "”")


def _common_noun_person(m: Mention) -> bool:
    """A Kazakh «person» of one word that the dictionary knows only as a common noun, never as
    a name: a capitalised noun after a title («Депутат Конституцияның преамбуласы …»); or one
    whose last word is a title's head, which in Kazakh comes before a name, never in it
    («Төтенше және Өкілетті Елшісі»)."""
    if m.type != "PER":
        return False
    if " " in m.normal and ROLE_HEAD.search(m.normal.split()[-1].lower()):
        return True
    return " " not in m.normal and is_common_word(shared_morph_vocab(), m.normal)


def extract_mentions(analysis: Analysis, kazakh: Sequence[tuple[int, int]]) -> tuple[Mention, ...]:
    """Clean mentions of one article, in text order."""
    kazakh = Stretches(kazakh)
    named = full_name_lemmas(analysis)
    mentions = []
    for span in analysis.spans:
        in_kazakh = inside(span.start, span.stop, kazakh)
        if in_kazakh and span.type != "ORG":
            continue  # Kazakh people and places are kazakh_ner's: the Russian model misreads them
        kind = span_kind(span, analysis, named)
        if kind == "PER":
            normal = _person(span, in_kazakh, analysis)
        elif kind == "LOC":
            normal = _place(span, in_kazakh, analysis) if span.type != "PER" else place_name(span.text)
        else:
            normal = _organisation(span, in_kazakh) if kind else None
        if normal:
            key = name_key(normal) if kind == "PER" else fold(normal)
            mention = Mention(type=kind, start=span.start, stop=span.stop,
                              text=span.text, normal=normal, key=key)  # fmt: skip
            mentions.append(mention if in_kazakh else drop_geo_noun(strip_legal_form(mention, analysis.text), analysis.text))
    mentions += [m for m in kazakh_mentions(analysis.text, kazakh, read=crf_paragraph_mentions) if not _common_noun_person(m)]
    mentions = [m for m in mentions if not _firm_person(m, analysis.text)]
    mentions.sort(key=lambda m: (m.start, m.stop))
    mentions = join_quoted_names(mentions, analysis.text)
    mentions = [m if inside(m.start, m.stop, kazakh) else drop_descriptor(trim_marks(m, analysis.text), analysis) for m in mentions]
    mentions = join_initials(mentions, analysis.text)
    mentions = extend_bodies(analysis, mentions)
    mentions = join_initials(repeat_surnames(analysis, mentions, kazakh), analysis.text)
    mentions = join_kazakh_surnames(join_given_names(mentions, analysis), analysis)
    mentions = join_honorifics(mentions, analysis.text)
    mentions = dictionary_places(analysis, mentions, kazakh)
    mentions = repeat_kazakh_names(analysis, mentions, kazakh)
    return tuple(link_variants(mentions))
