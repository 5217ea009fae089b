"""Titles written without a name, and the people they may stand for: news names a person once,
then calls them by what they are («… Нельсон Мандела госпитализирован. Состояние политика
оценивается как тяжёлое»). Each such title is paired with the people of the sentences before
it, with the features `role_scores.py` scores them by (learned from NEREL train's WORKS_AS)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence

from .anaphora import female_name, named_as_subject
from .models import Mention, Role
from .nlp import Analysis
from .stretches import Stretches
from .titles import TITLE_HEADS, Phrase, phrases, tagged_gender, title_text


def anaphoric(
    analysis: Analysis,
    by_sentence: Mapping[int, Sequence[Mention]],
    spans: Stretches,
    sentence_phrases: dict[int, list[Phrase]],
    paired: set[int],
    titled: dict[str, set[str]],
) -> list[tuple[Mention, Phrase, Role, list[str]]]:
    """(person, title phrase, role, features) of each title no name of its own sentence took
    (`paired`: the heads that one did) with each distinct person of the last BACK sentences,
    the latest first, up to RIVALS of them («Обама находится с визитом в ЮАР. Президент США
    встретился …»); `by_sentence`: the people each sentence names, by its index; `titled`: the
    people the rules gave each title head lemma."""
    if not by_sentence:
        return []
    tokens, text = analysis.tokens, analysis.text
    named_in: dict[str, list[int]] = {}  # the sentences naming each person, in order
    for index in sorted(by_sentence):
        for p in by_sentence[index]:
            named_in.setdefault(p.normal, []).append(index)
    total = sorted((-len(at), normal) for normal, at in named_in.items())
    standing = {normal: rank for rank, (_, normal) in enumerate(total, 1)}  # 1: the most named
    out: list[tuple[Mention, Phrase, Role, list[str]]] = []
    for index, sentence in enumerate(analysis.sentences):
        if index not in sentence_phrases and not any(i in by_sentence for i in range(index - BACK, index)):
            continue
        own = sentence_phrases.get(index)
        if own is None:
            own = phrases(analysis, sentence.first, sentence.last, spans)
        for phrase in own:
            if phrase.head in paired:
                continue
            rivals: list[tuple[Mention, int]] = []
            for back in range(1, BACK + 1):
                for p in reversed(by_sentence.get(index - back, ())):
                    if all(p.normal != r.normal for r, _ in rivals):
                        rivals.append((p, back))
            rivals = rivals[:RIVALS]
            words = tokens[phrase.first : phrase.last]
            start, stop = words[0].start, words[-1].stop
            title = title_text(words, text)
            holders = titled.get(tokens[phrase.head].lemma.replace("ё", "е"), set())
            for rank, (person, back) in enumerate(rivals, 1):
                role = Role(person=person.normal, title=title, start=start, stop=stop)
                before = bisect_left(named_in[person.normal], index)  # times named before the sentence
                feats = anaphor_features(analysis, person, phrase, rank, back, len(rivals), before)
                mine, other = person.normal in holders, bool(holders - {person.normal})
                feats += [f"ana&standing={min(standing[person.normal], 3)}", f"ana&own={mine}&other={other}",
                          f"ana&own={mine}&rank={rank}", f"ana&standing={min(standing[person.normal], 3)}&rank={rank}"]  # fmt: skip
                out.append((person, phrase, role, feats))
    return out


BACK = 2  # sentences before a title without a name where its person may be named
RIVALS = 3  # people of those sentences a title may be paired with, the latest first
FORMER = ("экс", "бывш")
POSSESSIVES = frozenset({"его", "ее", "её", "их", "свой", "своя", "своего", "своей", "своим", "своему", "своими"})


def anaphor_features(
    analysis: Analysis, person: Mention, phrase: Phrase, rank: int, back: int, rivals: int, named: int
) -> list[str]:
    """The features of a title without a name and a person named before it: how recent and
    how alone the person is, how often named, whether named as a subject; the title's head
    word, case, gender and number, whether it opens its sentence or holds a genitive tail
    («Президент США»), whether it says «бывший»."""
    tokens = analysis.tokens
    head = tokens[phrase.head]
    lemma = head.lemma.replace("ё", "е")
    sentence = analysis.sentences[head.sentence]
    opens = phrase.first == sentence.first
    female = female_name(person.normal)
    former = any(t.text.lower().startswith(FORMER) for t in tokens[max(sentence.first, phrase.first - 1) : phrase.head + 1])
    subject = named_as_subject(analysis, person)
    before = tokens[phrase.first - 1] if phrase.first > sentence.first else None
    whose = before is not None and before.text.lower() in POSSESSIVES
    return [f"ana&whose={whose}",
        "bias", "reading=anaphor", f"ana&rank={rank}", f"ana&back={back}", f"ana&rivals={min(rivals, 3)}",
        f"ana&rank={rank}&rivals={min(rivals, 3)}", f"ana&named={min(named, 3)}", f"ana&subject={subject}",
        f"ana&rank={rank}&subject={subject}", f"ana&lemma={lemma}", f"ana&listed={lemma in TITLE_HEADS}",
        f"ana&case={head.case}", f"ana&opens={opens}", f"ana&opens={opens}&case={head.case}",
        f"ana&number={head.number}", f"ana&gender={tagged_gender(head)}/{female}", f"ana&tail={phrase.last - phrase.head > 1}",
        f"ana&former={former}", f"ana&capital={head.text[:1].isupper()}", f"ana&rank={rank}&back={back}",
    ]  # fmt: skip
