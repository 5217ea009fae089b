"""Titles a linking verb gives the subject of its clause wherever the subject stands: a name, a
pronoun («он был назначен послом Японии») or none in a biography's run of clauses («Стал
генералом, работал министром»), and a capacity («выступал как вокалист»). Whose title it is,
`roles.py` decides (`anaphora.py` for a pronoun)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .nlp import Analysis, Token, tagged_feats
from .predicates import HOLDING_VERBS, LINKING_VERBS, headed, linked_titles, untimed
from .titles import TITLE_TAIL, title_text


# A pronoun subject and the gender it shows; «оно», «они» are never one person.
PRONOUNS = {"он": False, "она": True}


# How the finite forms of LINKING_VERBS and HOLDING_VERBS begin («был», «будет», «стал»,
# «станет», «является», «назначен», «избрана», «занимал», «займёт»).
VERB_STARTS = (
    "был", "буд", "стал", "стан", "явля", "работа", "служ", "труд", "оста", "назнач", "избра",
    "избир", "утверд", "утвержд", "переизбр", "занима", "заня", "займ",
)  # fmt: skip


class Predicated(NamedTuple):
    """A title a linking verb gives its subject, wherever the subject stands in the clause:
    `subject` is the nominative word before the verb (a name, a pronoun, a common noun) or
    None in a subjectless clause; `female` is what the pronoun or the past-tense verb says
    of the subject's gender, None where it says nothing («является»)."""

    subject: Token | None
    verb: Token
    female: bool | None
    title: tuple[int, int, str]
    capacity: bool = False  # «как вокалист»: not read by `titles_predicated` after a name


def titles_of_clauses(analysis: Analysis) -> list[Predicated]:
    """Each position a linking verb gives the subject of its clause: «Сиссе занимал различные
    посты, в том числе был министром финансов», «В 2005 году он был назначен послом Японии»,
    and in a biography's run of clauses with no subject, «Стал генералом, работал министром».
    Whose title it is, the caller decides: the named subject, or for a pronoun or none the
    person the article is about (`anaphora.py`)."""
    tokens = analysis.tokens
    found = []
    for at, token in enumerate(tokens):
        if not token.text.lower().startswith(VERB_STARTS):
            continue  # most words: no dictionary reading needed to pass them over
        if token.lemma not in LINKING_VERBS | HOLDING_VERBS or token.pos not in ("VERB", "AUX"):
            continue
        if at and tokens[at - 1].pos in ("VERB", "AUX") and tokens[at - 1].sentence == token.sentence:
            continue  # the second verb of «был назначен»
        subject = _subject_before(tokens, at)
        both = subject is not None and subject.lemma == "оба"
        if token.number == "Plur" and not both or not _finite(token):
            continue
        if subject is not None and subject.text.lower() in PRONOUNS:
            female = PRONOUNS[subject.text.lower()]
        else:
            female = past_female(token)
        for title in linked_titles(analysis, at, plural=both):
            found.append(Predicated(subject, token, female, title))
    return found + _titles_as(analysis)


# Verbs whose subject does something «как вокалист», «как волонтёр»: in that capacity (NEREL
# dev: «дебютировал как вокалист», «работал как волонтёр в её фонде»).
AS_VERBS = frozenset("работать выступать выступить дебютировать участвовать служить начинать начать".split())
AS_GAP = 10  # words at most between the verb and «как» («участвовал в своём 34 паркране и в седьмом — как»)


def _titles_as(analysis: Analysis) -> list[Predicated]:
    """Titles after «как» that a verb of activity gives its subject: «Сначала он был танцором,
    а в 1996 году дебютировал как вокалист». Not a comparison or an example («таких групп и
    музыкантов как …», «, как президент Путин»): the title must close its clause, with no name
    after it, and the verb must stand before «как» with no comma between."""
    tokens = analysis.tokens
    found = []
    for at, token in enumerate(tokens):
        if token.text.lower() != "как" or not at:
            continue
        verb = next(
            (i for i in range(at - 1, max(-1, at - 1 - AS_GAP), -1)
             if tokens[i].sentence == token.sentence and tokens[i].pos in ("VERB", "AUX")),
            None,
        )  # fmt: skip
        if verb is None or tokens[verb].lemma not in AS_VERBS or not _finite(tokens[verb]):
            continue
        if any(t.text in (",", ";", ":") or t.pos == "SCONJ" for t in tokens[verb + 1 : at]):
            continue
        title = _as_title(tokens, at + 1)
        if title:
            phrase = (title[0].start, title[-1].stop, title_text(title, analysis.text))
            subject = _subject_before(tokens, verb)
            found.append(Predicated(subject, tokens[verb], past_female(tokens[verb]), phrase, capacity=True))
    return found


def _as_title(tokens: Sequence[Token], at: int) -> list[Token]:
    """The nominative title after «как», up to the end of its clause; empty where a name or
    anything but a title's words follows it."""
    phrase = []
    for t in (tokens[i] for i in range(at, len(tokens))):  # not a slice: a copy of the rest
        if t.sentence != tokens[at - 1].sentence or t.pos in ("PUNCT", "CCONJ", "VERB", "SCONJ"):
            break
        if t.text.lower() in ("с", "со"):
            break  # «дебютировал как вокалист | с треком Firestarter»
        if t.pos not in TITLE_TAIL:
            return []
        phrase.append(t)
    head = next((i for i, t in enumerate(phrase) if t.pos != "ADJ"), len(phrase))
    if head + 1 < len(phrase) and phrase[head + 1].pos == "PROPN" and phrase[head + 1].case == "Nom":
        return []  # «как президент Путин»
    phrase = untimed(phrase)  # «как вокалист | в 1996 году»
    return phrase if headed(phrase, "Nom") else []


def _finite(verb: Token) -> bool:
    """A verb in the indicative: «был», «является»; not «стать», «ставшая», «занимав»."""
    feats = tagged_feats(verb)
    return feats.get("VerbForm", "Fin") == "Fin" and feats.get("Mood", "Ind") == "Ind"


def past_female(verb: Token) -> bool | None:
    """What a past-tense verb says of its subject's gender: «была» a woman, «был» a man."""
    word = verb.text.lower().removesuffix("ся").removesuffix("сь")
    if word.endswith("ла"):
        return True
    return False if word.endswith("л") else None


def _subject_before(tokens: Sequence[Token], at: int) -> Token | None:
    """The nearest word before the verb at `at`, in its sentence, that could be the verb's
    subject: a noun, name or pronoun in the nominative."""
    depth = 0  # inside brackets: an aside, a nickname («Фрэнк Кали по прозвищу (Фрэнки Бой) был»)
    for i in range(at - 1, -1, -1):
        token = tokens[i]
        if token.sentence != tokens[at].sentence:
            return None
        depth += (token.text == ")") - (token.text == "(")
        if depth > 0 or token.text == ")":
            continue
        governed = i > 0 and tokens[i - 1].pos == "ADP"  # «После ухода с госслужбы» read nominative
        if token.case == "Nom" and not governed and (token.pos in ("NOUN", "PROPN", "PRON") or token.lemma == "оба"):
            return token
    return None
