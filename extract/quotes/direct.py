"""Direct speech: in quotation marks with its attribution before or after («…», — сказал X;
X отметил: «…»), in dash-led paragraphs, and paragraphs of speech whose speaker the paragraph
before names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..marks import DASH_LINE, MIN_WORDS, interview_questions
from ..models import Quote, Role
from ..nlp import Analysis
from ..stretches import ByOffset, Stretches, rstripped
from .context import SPEECH_VERB, Context, verb_gender

# «…», — сказал X; «…», деді ол (a comma alone will do)
ATTRIBUTION_AFTER = re.compile(r"\s*(?:[,.!?…]?\s*[–—-]|,)\s*" + SPEECH_VERB + r"\b(?P<who>[^.!?\n]*)")
DASH_ATTRIBUTION = re.compile(r"[,!?…]\s*[–—-]\s*" + SPEECH_VERB + r"\b(?P<who>[^.!?\n]*)")  # «…істейік! – деп жазды X»
# «X отметил: «…»», and with the subject after the verb: «… подчеркнул аким области Кумар Аксакалов: «…»»
ATTRIBUTION_BEFORE = re.compile(SPEECH_VERB + r"(?:\s+[^.!?\n:«»\"]{0,100}?)?\s*:\s*$")
# A paragraph of speech with no mark at all, its attribution closing it: «Ата Заң жобасын …
# санаймын, - деді Анар Фазылжан.», «Мы продолжим работу, – сказал он.»
LINE = re.compile(r"^[ \t]*(?P<body>[^\n]*\w[^\n]*)", re.MULTILINE)
PARAGRAPH_END = re.compile(r"[.!?…]?[ \t]*$", re.MULTILINE)
# A paragraph of speech: it opens with a capital or a quote and ends a sentence (not a list
# item, which ends in «;» or «,» or has no verb's full stop).
SPEECH_BODY = re.compile(r"^[«\"„“]?[^\W\d_a-zа-яёәғқңөұүһі].*[.!?…»\"“”]\s*$")
SPEECH_WORDS = 6
# «…» — Имя Фамилия, должность: the dash after the quote, then the name.
NAME_AFTER_DASH = re.compile(r"[,.!?…]?[ \t]*[–—-][ \t]*")
# The subject of a quote whose verb comes after it with no name: «Бұл ретте президент: «…», – деді».
SUBJECT_COLON = re.compile(r"(?P<who>(?:[^\s.!?:«»\"]+[ \t]+){0,3}[^\s.!?:«»\"]+)[ \t]*:[ \t]*$")  # its last four words
# An attribution inside a quote that goes on after it: «Первое, — сказал X, — второе».
INSERTED = re.compile(r",\s*[–—-]\s*" + SPEECH_VERB + r"\b(?P<who>[^.!?\n,«»]*)[,.]\s*[–—-]\s*\S")
# Speech that goes on after a dash-led paragraph's attribution: «, — сказал X. — Второе».
RESUMED = re.compile(r"[.,]\s*[–—-]\s*(?P<rest>\S.*)")


def direct_quotes(text: str, ctx: Context) -> tuple[list[Quote], list[Role]]:
    quotes, roles = [], []
    for open_, close in ctx.marks:
        content = text[open_ + 1 : close]
        if len(content.split()) < MIN_WORDS:
            continue  # a title or a name in quotes, not speech
        after = ATTRIBUTION_AFTER.match(text, close + 1)
        before = ATTRIBUTION_BEFORE.search(text, max(0, open_ - 80), open_)
        inserted = INSERTED.search(text, open_ + 1, close)
        named_after = _name_after(text, close + 1, ctx)
        if after:
            colon = SUBJECT_COLON.search(text, max(0, open_ - 80), open_) if not after["who"].strip(" \t.,!?") else None
            if colon:  # «Бұл ретте президент: «…», – деді.»: the verb names no one, the subject stood before
                last = colon["who"].split()[-1]
                start = colon.end("who") - len(last) if last[:1].islower() else colon.start("who")  # a bare title: itself
                speaker, role = ctx.speaker(start, colon.end("who"), open_, verb_gender(after))
            else:
                speaker, role = ctx.speaker(after.start("who"), after.end("who"), open_, verb_gender(after))
        elif before:
            sentence = ctx.analysis.sentence_at(before.start())
            speaker, role = ctx.speaker(sentence.start, before.start(), open_, verb_gender(before))
            if not ctx.people.starting(sentence.start, before.start()) and ctx.people.starting(before.end("verb"), before.end()):
                # the subject after the verb: «… подчеркнул аким области Кумар Аксакалов:»
                speaker, role = ctx.speaker(before.end("verb"), before.end(), open_, verb_gender(before))
        elif caption := _caption(text, open_, ctx):
            speaker, role = caption, None
        elif named_after:
            speaker, role = named_after, None
        elif inserted:
            # «Первое, — сказал X, — второе»: one quote, one speaker, the attribution not in its words
            speaker, role = ctx.speaker(inserted.start("who"), inserted.end("who"), open_, verb_gender(inserted))
            stop_mark = "." if text[inserted.end("who")] == "." else ","  # «…, — сказал X. — Второе» ends a sentence
            content = f"{text[open_ + 1 : inserted.start()].strip()}{stop_mark} {text[inserted.end() - 1 : close].strip()}"
        else:
            continue
        quotes.append(Quote(speaker=speaker, text=content.strip(), start=open_ + 1, stop=close))
        roles += [role] if role else []
    return quotes, roles


def _name_after(text: str, at: int, ctx: Context) -> str | None:
    """The person named right after a quote with no verb: «…» — Имя Фамилия, должность."""
    dash = NAME_AFTER_DASH.match(text, at)
    if dash is None:
        return None
    named = ctx.people.starting(dash.end(), dash.end() + 1)
    if not named or not ctx.nominative(named[0]):
        return None
    rest = text[named[0].stop : ctx.analysis.line_of(named[0].stop)[1]]
    return named[0].normal if re.match(r"\s*(?:[,.(]|$)", rest) else None


def _caption(text: str, open_: int, ctx: Context) -> str | None:
    """The person a caption before the quote names: a line that opens with the name and ends
    in a colon («Жасмина Ашимова, общественный активист: «…»»)."""
    line_start = ctx.analysis.line_of(open_)[0]
    lead = text[line_start:open_].rstrip()
    if not lead.endswith(":") or len(lead) > 150:
        return None
    named = ctx.people.starting(line_start, open_)
    return named[0].normal if named and not text[line_start : named[0].start].strip() else None


def speech_paragraphs(text: str, marks: Sequence[tuple[int, int]] = ()) -> list[tuple[int, re.Match]]:
    """(start of the speech, its attribution) of each paragraph of speech: one led by a dash,
    or one with no mark whose last words attribute it («…, – деді ол.») and that holds no
    quotation mark (those the quotes in marks read)."""
    found = []
    for line in LINE.finditer(text):
        start, stop = line.start("body"), line.end()
        dashed = DASH_LINE.match(text, line.start())
        if dashed:
            start = dashed.start("body")
        attributions = list(DASH_ATTRIBUTION.finditer(text, start, stop))
        if not attributions:
            continue
        last = attributions[-1]
        if not dashed and (not PARAGRAPH_END.match(text, last.end("who")) or any(start <= a < last.start() for a, _ in marks)):
            continue
        if dashed or len(text[start : last.start()].split()) >= SPEECH_WORDS:
            found.append((start, last))
    return found


def dash_paragraphs(text: str, ctx: Context, paragraphs: Sequence[tuple[int, re.Match]]) -> tuple[list[Quote], list[Role]]:
    """The quotes of the paragraphs of speech (`speech_paragraphs`), with their speakers."""
    quotes, roles = [], []
    for start, last in paragraphs:
        stop = last.start()
        speaker, role = ctx.speaker(last.start("who"), last.end("who"), start, verb_gender(last))
        words = text[start:stop].strip()
        # «— Первое, — сказал X. — Второе.»: the speech goes on after the attribution
        line_end = ctx.analysis.line_of(start)[1]
        if resumed := RESUMED.match(text, last.end(), line_end):
            rest = resumed["rest"].strip()
            joint = ". " if rest[:1].isupper() and words[-1:].isalnum() else " "
            words, stop = f"{words}{joint}{rest}", line_end
        quotes.append(Quote(speaker=speaker, text=words, start=start, stop=stop))
        roles += [role] if role else []
    return quotes, roles


def unattributed(text: str, ctx: Context, found: Sequence[Quote]) -> list[Quote]:
    """Paragraphs of speech with no attribution of their own: a dash-led one («— Бұл —
    біз үшін жаңа кезең …») or one in quotation marks, after the paragraph that
    names the speaker («Ақылбек Нурлин жобаны түсіндірді.»). The speaker is the one of
    a quote in the paragraph before («X отметил, что …»), else the person the article last
    named as a subject."""
    taken = Stretches((q.start, q.stop) for q in found)
    spoken = ByOffset(q for q in found if q.speaker)
    text_end = rstripped(text, len(text))
    quotes = []
    spans = [(m.start("body"), m.end("body")) for m in DASH_LINE.finditer(text)]
    questions = {start for start, _ in interview_questions(text)}
    # a quoted paragraph: the marks open and close it
    spans += [(open_ + 1, close) for open_, close in ctx.marks
              if _opens_paragraph(ctx.analysis, open_) and not text[close + 1 : ctx.analysis.line_of(close)[1]].strip(" \t.,")]  # fmt: skip
    for start, stop in spans:
        body = text[start:stop].strip()
        # an excerpt that ends inside the speech (not after a list item's «;»): its first words will do
        runs_off = stop >= text_end and body[-1:] not in (";", ",")
        if taken.overlaps(start, stop) or len(body.split()) < (MIN_WORDS - 1 if runs_off else SPEECH_WORDS):
            continue
        if start in questions:
            continue  # the answers after it are the speech
        if not (runs_off or SPEECH_BODY.match(body + text[stop : stop + 1]) or SPEECH_BODY.match(body)):
            continue
        said = spoken.starting(_paragraph_before(text, start), start)
        speaker = said[-1].speaker if said else ctx.protagonist(start)
        quotes.append(Quote(speaker=speaker, text=body, start=start, stop=stop))
    return quotes


# Words a speaker uses of themselves and a reporter does not: Russian «я», «мы» and their
# cases; Kazakh «мен» opening a sentence, «біз», «менің», «біздің», and a verb in the first
# person closing one («білдіремін.», «ұлтпыз.»).
FIRST_PERSON = re.compile(
    r"(?<!\w)(?:я|мы|мне|меня|мной|нам|нас|нами|біз|бізге|бізде|бізді|менің|маған|біздің)(?!\w)|(?:^|[.!?]\s+)Мен\s"
    r"|\w(?:мын|мін|пын|пін|бын|бін|мыз|міз|пыз|піз|быз|біз)[.!?]",
    re.IGNORECASE,
)

# The outlet's own «we»: «… сөз сөйлегенін жазғанбыз», «как мы сообщали ранее».
OUTLET_WE = re.compile(
    r"(?<!\w)(?:жазғанбыз|хабарлағанбыз|жазған\s+едік|хабарлаған\s+едік|мы\s+(?:уже\s+)?(?:писали|сообщали|рассказывали))(?!\w)",
    re.IGNORECASE,
)


def first_person(text: str, ctx: Context, found: Sequence[Quote]) -> list[Quote]:
    """A paragraph with no mark at all that speaks in the first person, right after a
    paragraph whose speech has a speaker: the same speaker goes on («Ерлан Қошанов …
    атап өтті.» then «Біз биік мұратқа … бет алған ұлтпыз.»). News pastes the rest of a
    speech so; a reporter's «we» is the outlet's, saying what it wrote before."""
    taken = Stretches((q.start, q.stop) for q in found)
    spoken = ByOffset(q for q in found if q.speaker)
    text_end = rstripped(text, len(text))
    quotes = []
    for line in LINE.finditer(text):
        start, stop = line.start("body"), rstripped(text, line.end("body"))
        body = text[start:stop]
        if taken.overlaps(start, stop) or len(body.split()) < SPEECH_WORDS or any(m in body for m in "«»\"“”„"):
            continue
        runs_off = stop >= text_end  # an excerpt cut inside the speech
        if not (SPEECH_BODY.match(body) or runs_off and body[:1].isupper()) or not FIRST_PERSON.search(body):
            continue
        if OUTLET_WE.search(body):
            continue
        said = [q for q in spoken.starting(_paragraph_before(text, start), start) if q.stop <= start]
        if said:
            quote = Quote(speaker=said[-1].speaker, text=body, start=start, stop=stop)
            quotes.append(quote)
            spoken = ByOffset([*spoken, quote])  # the speech may go on in the paragraph after
    return quotes


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one holding `at` starts (blank lines between skipped)."""
    line_start = text.rfind("\n", 0, at)
    if line_start < 0:
        return 0
    return text.rfind("\n", 0, rstripped(text, line_start)) + 1


def _opens_paragraph(analysis: Analysis, at: int) -> bool:
    return not analysis.text[analysis.line_of(at)[0] : at].strip(" \t–—-")
