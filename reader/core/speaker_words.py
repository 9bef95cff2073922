"""Words that tell a speaker label from a phrase: titles, connectors, generic voices,
the countries a title ends at. Data only (used by :mod:`reader.core.speakers`)."""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GENERIC = {
    "question": "Question", "remark": "Remark", "answer": "Answer",
    "moderator": "Moderator", "interpreter": "Interpreter", "voice": "Voice",
    "voices": "Voices", "audience": "Audience", "reply": "Reply",
    "вопрос": "Вопрос", "реплика": "Реплика", "ответ": "Ответ",
    "ведущий": "Ведущий", "ведущая": "Ведущая", "модератор": "Модератор",
    "голос из зала": "Голос из зала", "реплики": "Реплики", "переводчик": "Переводчик",
    "voice from the audience": "Voice from the audience", "response": "Response",
    "remarks": "Remarks", "questions": "Questions", "answers": "Answers",
    "replies": "Replies", "voice off": "Voice off", "голоса": "Голоса", "голос": "Голос",
    "вопросы": "Вопросы", "ответы": "Ответы", "ведущие": "Ведущие", "участник": "Участник",
    "участница": "Участница", "участники": "Участники", "журналист": "Журналист",
    "журналисты": "Журналисты", "journalists": "Journalists", "participants": "Participants",
    "from the audience": "From the audience", "из зала": "Из зала", "хором": "Хором",
    "in chorus": "In chorus", "several voices": "Several voices",
}
# "Remark from the audience", "Реплика из зала": a generic voice and where it came from.
GENERIC_FROM = ("from the audience", "from the floor", "from the hall", "off-camera",
                "off camera", "из зала", "с места", "из-за кадра", "за кадром")
# A label that is a role, not a name ("Call centre operator"), accepted from markup.
ROLE_WORDS = {"operator", "moderator", "correspondent", "journalist", "presenter", "host",
              "participant", "reporter", "student", "teacher", "resident", "worker",
              "doctor", "voice", "voices", "interpreter", "announcer", "caller", "member",
              "representative", "speaker", "guest", "volunteer", "employee", "pupil"}
PARTICLES = {"von", "van", "der", "de", "da", "di", "al", "bin", "ibn", "le", "la", "du",
             "dos", "das", "del", "ter",
             # as Russian writes them ("Мухаммед бен Сальман", "Ханс-Фридрих фон Плётц")
             "фон", "ван", "дер", "де", "да", "ди", "аль", "эль", "бен", "бин", "ибн", "ле", "ла"}

# Lower-case words allowed inside a title or a name ("Minister of the Interior").
CONNECTORS = {
    "of", "the", "and", "for", "at", "on", "in", "to", "with", "under", "de", "da",
    "von", "van", "der", "den", "bin", "al", "la", "le", "du", "des", "del", "y", "&",
    "и", "по", "при", "в", "на", "с", "за", "для", "-", "–", "—",
    "фон", "ван", "дер", "де", "аль", "эль", "бен", "бин", "ибн",
}

# Capitalised words that are titles or roles, never part of a name.
TITLE_WORDS = {
    "president", "presidential", "prime", "minister", "deputy", "chairman",
    "chairwoman", "chair", "director", "director-general", "head", "governor", "mayor",
    "secretary", "secretary-general", "speaker", "moderator", "aide", "adviser",
    "advisor", "spokesman", "spokesperson", "chief", "ceo", "commander", "general",
    "ambassador", "envoy", "senator", "rector", "correspondent", "journalist", "editor",
    "editor-in-chief", "host", "presenter", "leader", "chancellor", "king", "queen",
    "emir", "sultan", "acting", "first", "plenipotentiary", "representative", "member",
    "commissioner", "prosecutor", "judge", "mr", "ms", "mrs", "dr", "prof", "h.e", "executive",
    "sherpa", "captain", "colonel", "major", "lieutenant", "admiral", "marshal", "sergeant",
    "officer", "founder", "co-founder", "vice", "vice-president", "staff", "patriarch",
    "metropolitan", "chairperson", "manager", "coordinator", "producer", "teacher",
    "student", "worker", "doctor", "pilot", "resident", "participant",
    # Words that end the organisation part of a title ("... Executive Office Dmitry Kozak").
    "office", "administration", "council", "ministry", "service", "committee", "bureau",
    "agency", "department", "foundation", "fund", "company", "corporation", "bank",
    "university", "region", "territory", "republic", "federation", "club", "duma",
    "assembly", "government", "court", "academy", "union", "association", "forum",
    "board", "group", "institute", "centre", "center", "party", "organisation",
    "organization", "commission", "inspectorate", "directorate", "division", "holding",
}

ACRONYMS = {"FSB", "TASS", "NATO", "OSCE", "CSTO", "EAEU", "BRICS", "FIFA", "VGTRK", "RDIF",
            "UNESCO", "OPEC", "ASEAN", "APEC", "RANEPA", "MGIMO", "ROSATOM"}


SENTENCE_WORDS = {
    "i", "me", "my", "we", "our", "you", "your", "it", "is", "are", "was", "let", "here",
    "he", "she", "his", "her", "they", "their", "said", "told", "asked", "says", "reads",
    "added", "noted", "wrote", "stated", "replied", "answered", "continued", "explained",
    "following", "regarding", "if", "when", "what", "how", "why", "not", "will", "would",
    "this", "that", "please", "so", "well", "now", "too", "also", "example", "sir",
    "я", "мы", "вы", "вас", "нас", "такой", "вопрос", "это", "вот", "пожалуйста", "даже",
}

# Where a title like "President of <country> <name>" ends when the name has three words.
# Multi-word names first; matched on casefolded words.
COUNTRIES_MULTI = tuple(tuple(c.split()) for c in (
    "united states of america", "united states", "united kingdom", "united arab emirates",
    "south africa", "south korea", "north korea", "republic of korea", "saudi arabia",
    "sri lanka", "new zealand", "costa rica", "el salvador", "czech republic",
    "dominican republic", "central african republic", "equatorial guinea", "guinea-bissau",
    "papua new guinea", "sierra leone", "burkina faso", "cabo verde", "cape verde",
    "south sudan", "east timor", "timor-leste", "bosnia and herzegovina",
    "trinidad and tobago", "antigua and barbuda", "sao tome and principe",
    "saint kitts and nevis", "saint lucia", "north macedonia", "european union",
    "european commission", "european council", "african union", "united nations",
    "republic of the congo", "democratic republic of the congo", "ivory coast",
    "côte d’ivoire", "cote d'ivoire", "the netherlands", "the philippines", "the gambia",
    "the bahamas", "hong kong", "the vatican", "holy see", "vatican city",
))
COUNTRIES = _words(
    "afghanistan albania algeria andorra angola argentina armenia australia austria "
    "azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan "
    "bolivia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile "
    "china colombia comoros congo croatia cuba cyprus denmark djibouti dominica ecuador "
    "egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia "
    "germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland "
    "india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya "
    "kiribati kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein "
    "lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania "
    "mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique "
    "myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan "
    "palau palestine panama paraguay peru philippines poland portugal qatar romania russia "
    "rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain "
    "sudan suriname sweden switzerland syria tajikistan tanzania thailand togo tonga "
    "tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu "
    "venezuela vietnam yemen zambia zimbabwe abkhazia ossetia transnistria crimea "
    "tatarstan bashkortostan chechnya dagestan ingushetia yakutia buryatia kalmykia "
    "chuvashia mordovia udmurtia karelia khakassia tuva adygea"
)
# The endings of country names the lists above do not hold ("Ruritania", "Freedonia").
COUNTRY_ENDINGS = ("ia", "stan", "land")

# Capitalised Russian words that begin phrases, never names ("От Льва Толстого").
RU_FUNCTION_WORDS = _words(
    "от из в во на по при для как что это вот но а и или да нет не ни же ли бы то так "
    "когда где если чтобы потому уже ещё еще тоже также только даже после до без под над "
    "перед между через про о об со ко к с у за его её ее их мой моя наш наша ваш ваша "
    "сказал сказала заявил заявила отметил отметила написал написала"
)
# Russian title nouns that make a lower-case title ("генеральный директор компании").
RU_TITLE_WORDS = _words(
    "президент президента председатель председателя директор директора министр министра "
    "губернатор губернатора глава главы руководитель руководителя заместитель заместителя "
    "помощник помощника советник советника мэр мэра секретарь секретаря ректор ректора "
    "командир командира начальник начальника генеральный уполномоченный представитель "
    "посол депутат сенатор член главный управляющий президиума совета правления "
    "корреспондент журналист ведущий ведущая основатель генерал прокурор судья спикер "
    "пресс-секретарь врио исполняющий префект патриарх митрополит "
    "премьер премьер-министр вице-премьер вице-президент канцлер комиссар генсек "
    "король королева принц принцесса эмир султан шейх император"
)
