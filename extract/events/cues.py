"""How a person took part, by the words around their name: led, moderated, spoke, attended.

One table of stems per way of taking part, Russian and Kazakh side by side. A stem is matched
at a word's start, so «выступ» is «выступил», «выступая», «выступлении». Two more tables say
when a name in an oblique case is still a participant («под председательством акима X», «X-тың
төрағалығымен») and when a speaker spoke on another occasion («Ранее … заявил»).
"""

from __future__ import annotations

import re

from ..models import Participation
from ..nlp import Analysis


def _stems(*stems: str) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(stems) + ")", re.IGNORECASE)


LED = _stems(
    r"возглави", r"возглавля[лю]", r"председательствова", r"провел\w* (?:встреч|заседани|совещани|прием|брифинг|форум)",
    r"бастаған", r"басқарған", r"төрағалық ет", r"жетекшілік ет",
    r"провери\w* (?:готовност|ход |работу)",  # an inspection: «проверил готовность участков»
)
MODERATED = _stems(
    r"модератор", r"модерир", r"вёл встречу", r"вел встречу", r"модерат", r"жүргізуші",
    # who hosted a celebration: «Первую часть праздника провела телеведущая …», «вечер вела …»
    r"(?:провел|провела|вел|вела|вёл)\w*\s+(?:[\w-]+\s+){0,2}?(?:праздник|вечер|церемони|торжеств|концерт)",
    r"(?:праздник|вечер|церемони|торжеств|концерт)\w*\s+(?:провел|провела|вел|вела|вёл)\w*",
)
SPOKE = _stems(
    # Russian: speaking, telling, stressing, answering, proposing, explaining
    r"выступ", r"доклад", r"отметил", r"отмеча", r"подчеркн", r"подчерк", r"рассказ", r"высказ", r"остановил",
    r"озвучил", r"продолжил", r"акцентир", r"заявил", r"заявля", r"сказал", r"открывая", r"приветствуя",
    r"поделил", r"призвал", r"призыва", r"обратил\w* внимание", r"обращаясь", r"поясни", r"поясня", r"разъясни",
    r"разъясня", r"ответил", r"отвечая", r"предложил", r"напомнил", r"добавил", r"заверил", r"выразил",
    r"сообщил", r"говорил", r"объяснил", r"провел\w* (?:лекци|презентаци|мастер-класс)",
    r"доложил", r"проинформировал", r"отчитал",  # a report at a meeting: «доложил о ходе …»
    r"представил\w*\s+(?:отч[её]т|доклад|информаци|презентаци)", r"есеп\s+бер",  # «представил отчёт», «есеп берді»
    r"мәлімет бер", r"ақпарат бер",  # gave information: «БАҚ өкілдеріне … мәлімет берді»
    r"обсудил", r"талқылад",  # discussed, the active: «X пен Y … мәселелерін талқылады» (not «талқыланды»)
    # Kazakh: «атап өтті», «айтты», «деді», «баяндады», «жеткізді», «түсіндірді», «сөз сөйледі»
    # (not the passive: «… екені атап өтілді», «мәлімделді» say it was said, by no one named)
    r"ашқан", r"тоқтал", r"атап өт(?!іл)", r"білдірд", r"шақырд", r"айтуынша", r"айтт", r"деді", r"баяндад",
    r"жеткізд", r"түсіндір", r"сөйле", r"баяндама жаса", r"баса айт(?!ыл)", r"мәлімде(?!л)", r"мәлім ет(?!іл)", r"ұсынд", r"пікір білдір", r"сөз алған",
    r"бата\w*\s+бер", r"тілег\w*\s+айт",  # an elder's blessing, wishes said («ақ батасын беріп»)
    # a speaker invited, issues raised: «спикер ретінде шақырылған», «мәселелерді қозғады», «в качестве спикера»
    r"спикер ретінде", r"қозғад", r"в качестве спикер",
    # summed up or commented on what took place: «подвёл итоги матча», «прокомментировал матч»
    r"подв[её]л\w* итоги", r"прокомментировал\w* (?:матч|игр|встреч|поединок|бой|турнир)",
    # asked a question there: «задал вопрос министру», «министрге сұрақ қойды»
    r"спросил", r"задал\w* вопрос", r"сұрақ\w* қой",
)
ATTENDED = _stems(
    r"участ(?!о?к)",  # «участие», «участвовал»; not «участок», «участков» (a polling station)
    r"присутств", r"посетил", r"посети", r"ознакомил", r"побывал", r"прибыл", r"приехал", r"выехал",
    r"встречал", r"собрал", r"в составе", r"модератор", r"в состав\w* делегаци", r"делегаци\w* вош",
    r"қатыс(?!ты\s+(?!және|деп)[а-яәғқңөұүһі])",  # not the postposition «… -ге қатысты пікір» (concerning)
    r"(?<!дүниеге\s)келді", r"барды", r"таныст", r"аралад", r"жиналд", r"делегация құрам", r"өнер көрсет",  # «келді»: came, not «дүниеге келді» (was born)
    r"на сцен",  # performers: «На сцену вышли …», «на сцене выступили …»
    # athletes: «ел намысын қорғады» (defended the country's honour); flag bearers of a ceremony
    # («ту ұстаушылары – X және Y», «туын … көтеріп шықты», «знаменосцами стали …»)
    r"намысын\s+қорға", r"ту\s+ұстаушы", r"туын\s+(?:[\w-]+\s+){0,4}?көтер", r"знаменос",
    r"исполнил\w*\s+(?:[\w-]+\s+){0,2}?(?:песн|композици|гимн|танец|произведени|роль|кюй|арию)",  # «исполнил популярную песню»
    # a competition's placed and winners: «1 место занял …», «2 место — …», «стала победителем»,
    # «1-орын — …», «бірінші орынды … иеленді», «жеңімпаз атанды»
    r"\d+\s*-?\s*(?:е\s+)?мест[оа]", r"(?:перв|втор|треть|призов)\w*\s+мест", r"стал\w*\s+(?:победител|чемпион|призер|призёр)",
    r"\d+\s*-?\s*орын", r"(?:бірінші|екінші|үшінші|жүлделі)\s+орын", r"жеңімпаз\w*\s+атан", r"чемпион\w*\s+атан",
    # an award's laureates: «награждены», «удостоены», «были отмечены за …», «марапатталды»
    r"награжд", r"удостоен", r"был[аи]?\s+отмечен", r"марапатт",
    # … and who presented them: «вручил государственные награды», «… наградаларын табыстады»
    r"вручил", r"табыстад",
    # medals won: «алтыннан алқа тақты» (wore gold), «завоевал золото» (not «жүлдегері», a title)
    r"алқа\s+тақ", r"завоева\w*\s+(?:золот|серебр|бронз|медал)",
    # who played and won: «забил гол», «оформил хет-трик», «обыграл соперника», «одержал победу»,
    # «будут состязаться», «гол соқты», «жеңіске жетті», «жеңіп алды»
    r"забил", r"хет-трик", r"обыграл", r"одержал\w*\s+(?:\w+\s+)?побед", r"состяза",
    r"гол\s+соқ", r"жеңіске\s+жет", r"жеңіп\s+алд",
)
# A name governed by these is a participant in any case: «под председательством акима области
# Наримана Турегалиева», «во главе с председателем Мажилиса Ерланом Кошановым», «с участием …»,
# the one met: «провел встречу с главой миссии … Дугласом Уэйком», the one received.
GOVERNING = re.compile(
    r"(?P<led>под\s+председательством|во\s+главе\s+с|под\s+руководством)"
    r"|(?P<attended>с\s+участием|при\s+участии|встреч[уиае]\s+со?|встретил(?:ся|ась|ись)\s+со?"
    # the performers: «гимн прозвучал в исполнении артистки X в сопровождении пианиста Y»
    r"|в\s+исполнении|в\s+сопровождении"
    # the one called up on stage: «пригласили на сцену акима области …»
    r"|пригласил\w*\s+на\s+сцену"
    # the host of a meeting, in the genitive after it with titles: «встреча акима Алматинской
    # области Марата Султангазиева с …»
    r"|встреч[аиуе]\s+(?:[а-яё-]+(?:а|я|ы|и|ого|его|ой|ей)\s+){1,5}$"
    # the one received: «принял акима области …» (not «принял участие / решение / меры»)
    r"|(?<!участие\s)(?<!участие\sтакже\s)принял[аи]?(?=\s+(?!участи|решени|мер[ыу]?\b|закон|постановлени|присяг))"
    # the one reported to: «доложил Главе государства Касым-Жомарту Токаеву о …»
    r"|доложил[аи]?)(?!\w)",
    re.IGNORECASE,
)
# Kazakh puts the word after the name in the genitive: «Айбек Көпеновтің төрағалығымен» (under X's
# chairmanship), «жетекшілігімен», «басшылығымен», «төрағалық етуімен», «X бастаған» (headed by X),
# «модераторлығымен» (moderated by X), «қатысуымен» (with X taking part), «X-ты қабылдады» (received X).
GOVERNING_AFTER = re.compile(
    r"[\w-]*\s*(?:(?P<led>төрағалығымен|жетекшілігімен|басшылығымен|төрағалық\s+етуімен|бастаған)"
    r"|(?P<moderated>модераторлығымен)|(?P<attended>қатысуымен|қабылдад|орындауында|сүйемелдеуімен"
    # the one reported to, at a reception or a meeting: «Касым-Жомарту Токаеву было доложено …»,
    # «Президент был проинформирован о …», «Министру представлен отчёт»
    r"|(?:был[аио]?\s+)?(?:доложено|доложили|проинформирован\w*|представлен\w*\s+(?:отч[её]т|доклад|информаци))))",
    re.IGNORECASE,
)
# A gathering held, after «X-тың басшылығымен» (under X's leadership): «… кеңес өтті», «… отырыс».
HELD = re.compile(r"(?<!\w)(?:өтті|өткен|өтуде|өтеді|отырыс|жиын|кеңес|кездесу|мәжіліс|алқа|шара)", re.IGNORECASE)


SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_end(text: str, at: int) -> int:
    found = SENTENCE_END.search(text, at)
    return found.start() if found else len(text)


# A greeting sent to an event, which someone else reads out there: its sender is not there
# («Президент направил приветствие участникам форума», «Мемлекет басшысы … жиын қатысушыларына
# құттықтау жолдады»), nor are the words of a message read out said there; the reader spoke
# («Приветствие зачитал аким», «министр Аида Балаеваның құттықтау хатын оқып берді»).
SENT = _stems(
    r"направил\w*\s+(?:\w+\s+){0,2}?(?:приветстви|поздравлени|обращени|телеграмм|послани|письм)",
    r"(?:құттықтау|құттықтауын|үндеу|жеделхат|хат)\w*\s+(?:\w+\s+)?жолда",
)
READ_OUT = _stems(
    r"зачита", r"огласил\w*\s+(?:приветстви|поздравлени|обращени|послани)",
    r"(?:хатын|құттықтауын|үндеуін|жолдауын)\s+оқ", r"оқып\s+бер", r"оқып\s+шықт",
)


# Speech on another occasion: a statement, an address, an interview, what was said before.
ELSEWHERE = _stems(
    r"ранее", r"напомним", r"как отмечал", r"в своем послании", r"в своём послании", r"в послании", r"в обращении",
    r"в интервью", r"по инициативе", r"бұған дейін", r"еске сала кетейік", r"жолдау",
)
# A paragraph of background: «Напомним, …», «Еске сала кетейік / салайық, …» opens what the article
# recalls of other days, every sentence of it («Напомним о другом случае … X рассказал, что …»).
BACKGROUND = re.compile(r"[ \t]*(?:Напомним|Напомню|Еске\s+сала\s+кетейік|Еске\s+салсақ|Еске\s+салайық)(?!\w)")


def background(analysis: Analysis, at: int) -> bool:
    """The paragraph holding `at` opens as background."""
    return bool(BACKGROUND.match(analysis.text, analysis.line_of(at)[0]))


# A post on the person's own page: «написал в своем Telegram-канале», «написал политолог в
# Telegram», «әлеуметтік желідегі парақшасында жазды». Not a broadcast of the event («встреча
# транслировалась в соцсетях»).
POSTED = (
    r"(?:написал|опубликовал|поделил)\w*\s+(?:[\w-]+\s+){0,3}?(?:в|на)\s+(?:сво\w+\s+)?(?:соцсет|социальн|telegram|телеграм|instagram|инстаграм|facebook|фейсбук|странице|блоге|аккаунте)"
    r"|әлеуметтік\s+желі\w*[^.!?\n]{0,250}?(?<!\w)(?:жазды|жазған|бөлісті|бөліскен|жариялады|парақшасында)"
)
# Words to the press, not at an event: an interview, a comment to the outlet or its reporter
# («… телеарнасына сұхбат беріп», «объяснил Zakon.kz»), or a post.
INTERVIEWED = re.compile(
    r"(?<!\w)(?:интервью|сұхбат|в беседе с (?:корреспондент|журналист)|корреспонденту|тілшісіне"
    r"|(?:рассказал|объяснил|пояснил|сообщил|заявил)[аи]?\s+[\w-]+\.(?:kz|ru|com)(?!\w)|" + POSTED + ")",
    re.IGNORECASE,
)
# Words posted, said where the quote says («— написал политолог в Telegram»): a conversation
# («сұхбат») may be the event itself, so only a post tells a quote's occasion.
POSTED_HERE = re.compile(r"(?<!\w)(?:" + POSTED + ")", re.IGNORECASE)


def governed(text: str, start: int, stop: int, sentence_start: int) -> Participation | None:
    """How a name at [start, stop) took part when a governing phrase holds it: the phrase is
    before it in the sentence with only titles between (no full stop, no other «,» clause),
    or, in Kazakh, right after it.

    >>> text = "Под председательством акима области Наримана Турегалиева состоялось заседание."
    >>> governed(text, 36, 56, 0)
    'led'
    """
    after = GOVERNING_AFTER.match(text, stop)
    if after:
        if after.group().rstrip().endswith("басшылығымен") and not HELD.search(text, after.end(), _sentence_end(text, after.end())):
            return None  # «Тоқаевтың басшылығымен … қадамдар жасалды»: under their leadership, no gathering
        return next(how for how in ("led", "moderated", "attended") if after[how])
    before = text[max(sentence_start, start - 90) : start]
    found = None
    for match in GOVERNING.finditer(before):
        found = match
    between = before[found.end() :] if found else ""
    if found is None or any(mark in between for mark in (";", "«", "(")) or not _titles_only(between):
        return None
    return "led" if found["led"] else "attended"


# Words that open a clause, not another title, after a comma.
CLAUSE_OPENERS = re.compile(r"(?:котор|что|где|когда|и|а|но)(?!\w)", re.IGNORECASE)


def _titles_only(between: str) -> bool:
    """What stands between a governing phrase and the name is titles: a comma may part two of
    them («под руководством председателя федерации, члена комиссии Сергея Петрова»), each after it
    in lower case, none a clause («…, который …»).

    >>> _titles_only(" председателя Федерации профсоюзов РК, члена конституционной комиссии ")
    True
    >>> _titles_only(" акима области, который поблагодарил жителей, и ")
    False
    """
    for part in between.split(",")[1:]:
        part = part.strip()
        if not part[:1].islower() or CLAUSE_OPENERS.match(part):
            return False
    return True
