"""The five standardized questionnaires: their published wording, answers, scoring and bands.

Everything here is data and pure functions (no database, no HTTP), so the texts a client reads,
the scores a counselor sees and the FHIR export all come from one place. The wording is the
published wording and must not be edited into "friendlier" text: a changed question is no
longer the validated instrument. Each instrument's block says where its text comes from and
on what terms it may be used. Text that is ours (titles, scale and band labels) is marked so.

Answers are stored as {item key: option index}; an option's points are what it scores.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGS = ("en", "es")
Text = dict[str, str]  # {"en": ..., "es": ...}


@dataclass(frozen=True)
class Option:
    text: Text
    points: int  # what it scores


@dataclass(frozen=True)
class Item:
    key: str  # "1".."9", "10", "7a", "6b": unique within the instrument; also the FHIR linkId
    text: Text
    options: tuple[Option, ...]  # answers are stored as the option's index into this tuple
    scored: bool = True  # False: descriptive only, counted in no scale, and may be left blank
    safety: bool = False  # a positive answer (points > 0) raises the urgent alert
    asked_if: tuple[str, tuple[int, ...]] | None = None  # (other item key, option indexes)


@dataclass(frozen=True)
class Band:
    low: int  # inclusive
    high: int  # inclusive
    label: Text
    level: int  # 0 none/minimal … 4 severe: for colour on charts


@dataclass(frozen=True)
class Scale:
    key: str  # "total" for single-score instruments; BAM "use", "risk", "protective"; C-SSRS "risk"
    label: Text
    items: tuple[str, ...]  # the item keys it combines
    maximum: int
    bands: tuple[Band, ...]  # cover 0..maximum with no gap or overlap
    higher_is_better: bool = False  # BAM protective
    loinc: str | None = None
    # "sum" adds the items' points; "max" takes the highest (the C-SSRS risk level is the most
    # severe level any answer implies, not a count of yes answers).
    rule: str = "sum"


@dataclass(frozen=True)
class Instrument:
    code: str  # "phq9" | "gad7" | "auditc" | "bam" | "cssrs"
    name: Text  # "PHQ-9" …
    title: Text  # a plain title a client reads (ours, not published)
    preamble: Text  # the published instruction line
    items: tuple[Item, ...]
    scales: tuple[Scale, ...]  # the first is the headline score
    version: str  # goes into the FHIR Questionnaire version (at most 16 characters: stored)
    source: str  # citation, shown under "About this questionnaire"
    terms: str  # terms of use
    spanish_published: bool
    spanish_notice: str = ""  # shown on the Spanish screen when spanish_published is False
    loinc_panel: str | None = None
    meaningful_change: int | None = None  # a change this large is clinically meaningful
    remission_below: int | None = None  # a headline score below this is remission


@dataclass(frozen=True)
class Result:
    scores: dict[str, int]  # scale key -> points
    bands: dict[str, Band]  # scale key -> band
    safety: bool  # any safety item answered positively
    flagged: tuple[str, ...]  # the keys of the safety items answered positively


class AnswerError(ValueError):
    """An answer set that cannot be scored; the message names the question, in plain English."""


# --- building blocks ------------------------------------------------------------------------


def _t(en: str, es: str | None = None) -> Text:
    """A text in both languages; without a Spanish text the English one is shown (never a
    home-made translation of published wording)."""
    return {"en": en, "es": en if es is None else es}


def _options(*texts: Text, points: tuple[int, ...] | None = None) -> tuple[Option, ...]:
    """Options scored 0, 1, 2 … in order, unless the published scoring says otherwise."""
    scores = points if points is not None else tuple(range(len(texts)))
    return tuple(Option(text, score) for text, score in zip(texts, scores, strict=True))


def _band(low: int, high: int, en: str, es: str, level: int) -> Band:
    return Band(low, high, _t(en, es), level)


# --- PHQ-9 ----------------------------------------------------------------------------------
# Source: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression
# severity measure. J Gen Intern Med 2001;16(9):606-13. Developed by Drs. Robert L. Spitzer,
# Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.
# Spanish: Pfizer's published Spanish (USA) version (phqscreeners.com).
# Terms: "No permission required to reproduce, translate, display or distribute."
# The paper form's "(Use ✔ to indicate your answer)" is left out: it describes the paper.

_PHQ_FREQUENCY = _options(
    _t("Not at all", "Ningún día"),
    _t("Several days", "Varios días"),
    _t("More than half the days", "Más de la mitad de los días"),
    _t("Nearly every day", "Casi todos los días"),
)
_DIFFICULTY = _options(
    _t("Not difficult at all", "No ha sido difícil"),
    _t("Somewhat difficult", "Un poco difícil"),
    _t("Very difficult", "Muy difícil"),
    _t("Extremely difficult", "Extremadamente difícil"),
)

PHQ9 = Instrument(
    code="phq9",
    name=_t("PHQ-9"),
    title=_t("How you have been feeling", "Cómo te has sentido"),
    preamble=_t(
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
        "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los "
        "siguientes problemas?",
    ),
    items=(
        Item(
            "1",
            _t(
                "Little interest or pleasure in doing things",
                "Poco interés o placer en hacer cosas",
            ),
            _PHQ_FREQUENCY,
        ),
        Item(
            "2",
            _t(
                "Feeling down, depressed, or hopeless",
                "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
            ),
            _PHQ_FREQUENCY,
        ),
        Item(
            "3",
            _t(
                "Trouble falling or staying asleep, or sleeping too much",
                "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido "
                "demasiado",
            ),
            _PHQ_FREQUENCY,
        ),
        Item(
            "4",
            _t(
                "Feeling tired or having little energy",
                "Se ha sentido cansado(a) o con poca energía",
            ),
            _PHQ_FREQUENCY,
        ),
        Item(
            "5",
            _t("Poor appetite or overeating", "Sin apetito o ha comido en exceso"),
            _PHQ_FREQUENCY,
        ),
        Item(
            "6",
            _t(
                "Feeling bad about yourself — or that you are a failure or have let yourself or "
                "your family down",
                "Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal "
                "con usted mismo(a) o con su familia",
            ),
            _PHQ_FREQUENCY,
        ),
        Item(
            "7",
            _t(
                "Trouble concentrating on things, such as reading the newspaper or watching "
                "television",
                "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer "
                "el periódico o ver la televisión",
            ),
            _PHQ_FREQUENCY,
        ),
        Item(
            "8",
            _t(
                "Moving or speaking so slowly that other people could have noticed? Or the "
                "opposite — being so fidgety or restless that you have been moving around a lot "
                "more than usual",
                "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o "
                "lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más "
                "de lo normal",
            ),
            _PHQ_FREQUENCY,
        ),
        Item(
            "9",
            _t(
                "Thoughts that you would be better off dead or of hurting yourself in some way",
                "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
            ),
            _PHQ_FREQUENCY,
            safety=True,
        ),
        Item(
            "10",
            _t(
                "If you checked off any problems, how difficult have these problems made it for "
                "you to do your work, take care of things at home, or get along with other "
                "people?",
                "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos "
                "problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse "
                "bien con otras personas?",
            ),
            _DIFFICULTY,
            scored=False,
        ),
    ),
    scales=(
        Scale(
            "total",
            _t("Depression", "Depresión"),
            ("1", "2", "3", "4", "5", "6", "7", "8", "9"),
            27,
            (
                _band(0, 4, "Minimal", "Mínima", 0),
                _band(5, 9, "Mild", "Leve", 1),
                _band(10, 14, "Moderate", "Moderada", 2),
                _band(15, 19, "Moderately severe", "Moderadamente grave", 3),
                _band(20, 27, "Severe", "Grave", 4),
            ),
            loinc="44261-6",
        ),
    ),
    version="2001",
    source=(
        "Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity "
        "measure. J Gen Intern Med. 2001;16(9):606-613. Developed by Drs. Robert L. Spitzer, "
        "Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer "
        "Inc. Spanish: Pfizer's Spanish (USA) version."
    ),
    terms="No permission required to reproduce, translate, display or distribute.",
    spanish_published=True,
    loinc_panel="44249-1",
    meaningful_change=5,
    remission_below=5,
)


# --- GAD-7 ----------------------------------------------------------------------------------
# Source: Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing
# generalized anxiety disorder: the GAD-7. Arch Intern Med 2006;166(10):1092-7. Developed with
# an educational grant from Pfizer Inc. Spanish: Pfizer's published Spanish (USA) version.
# Terms: "No permission required to reproduce, translate, display or distribute."

_GAD_FREQUENCY = _options(
    _t("Not at all", "Nunca"),
    _t("Several days", "Varios días"),
    _t("More than half the days", "Más de la mitad de los días"),
    _t("Nearly every day", "Casi todos los días"),
)

GAD7 = Instrument(
    code="gad7",
    name=_t("GAD-7"),
    title=_t("Worry and nerves", "Preocupación y nervios"),
    preamble=_t(
        "Over the last 2 weeks, how often have you been bothered by the following problems?",
        "Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes "
        "problemas?",
    ),
    items=(
        Item(
            "1",
            _t(
                "Feeling nervous, anxious, or on edge",
                "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
            ),
            _GAD_FREQUENCY,
        ),
        Item(
            "2",
            _t(
                "Not being able to stop or control worrying",
                "No ha sido capaz de parar o controlar su preocupación",
            ),
            _GAD_FREQUENCY,
        ),
        Item(
            "3",
            _t(
                "Worrying too much about different things",
                "Se ha preocupado demasiado por motivos diferentes",
            ),
            _GAD_FREQUENCY,
        ),
        Item("4", _t("Trouble relaxing", "Ha tenido dificultad para relajarse"), _GAD_FREQUENCY),
        Item(
            "5",
            _t(
                "Being so restless that it is hard to sit still",
                "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
            ),
            _GAD_FREQUENCY,
        ),
        Item(
            "6",
            _t("Becoming easily annoyed or irritable", "Se ha molestado o irritado fácilmente"),
            _GAD_FREQUENCY,
        ),
        Item(
            "7",
            _t(
                "Feeling afraid, as if something awful might happen",
                "Ha tenido miedo de que algo terrible fuera a pasar",
            ),
            _GAD_FREQUENCY,
        ),
        Item(
            "8",
            _t(
                "If you checked any problems, how difficult have they made it for you to do your "
                "work, take care of things at home, or get along with other people?",
                "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos "
                "problemas para hacer su trabajo, encargarse de las tareas del hogar, o llevarse "
                "bien con otras personas?",
            ),
            _DIFFICULTY,
            scored=False,
        ),
    ),
    scales=(
        Scale(
            "total",
            _t("Anxiety", "Ansiedad"),
            ("1", "2", "3", "4", "5", "6", "7"),
            21,
            (
                _band(0, 4, "Minimal", "Mínima", 0),
                _band(5, 9, "Mild", "Leve", 1),
                _band(10, 14, "Moderate", "Moderada", 2),
                _band(15, 21, "Severe", "Grave", 4),
            ),
            loinc="70274-6",
        ),
    ),
    version="2006",
    source=(
        "Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized "
        "anxiety disorder: the GAD-7. Arch Intern Med. 2006;166(10):1092-1097. Developed by "
        "Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an "
        "educational grant from Pfizer Inc. Spanish: Pfizer's Spanish (USA) version."
    ),
    terms="No permission required to reproduce, translate, display or distribute.",
    spanish_published=True,
    loinc_panel="69737-5",
    meaningful_change=4,
    remission_below=5,
)


# --- BAM ------------------------------------------------------------------------------------
# Source: the Brief Addiction Monitor, US Department of Veterans Affairs (VISN 4 MIRECC and
# the Philadelphia VA CESATE); Cacciola JS, Alterman AI, DePhilippis D, et al. Development and
# initial evaluation of the Brief Addiction Monitor (BAM). J Subst Abuse Treat
# 2013;44(3):256-63. The VA form's 17 items, past-30-days wording.
# Terms: public domain, a work of the US government; no permission needed.
# No published Spanish version can be cited, so the Spanish screen shows the English text
# (a home-made translation would be an unvalidated instrument) with a notice saying so.
# The instruction line is ours: the form's own header could not be checked word for word.
# Scoring (the VA scoring guide): use = items 4+5+6; risk = 1+2+3+8+11+15; protective =
# 9+10+12+13+14+16. Item 7 (7A-7G) elaborates item 6 and is not scored; item 17 (satisfaction
# with progress) is an overall progress item on no scale. Published cut-offs for concern: any
# use (use >= 1); risk >= 12; protective <= 12.

_DAYS = _options(_t("0"), _t("1-3"), _t("4-8"), _t("9-15"), _t("16-30"))
_EXTENT = _options(
    _t("Not at all"),
    _t("Slightly"),
    _t("Moderately"),
    _t("Considerably"),
    _t("Extremely"),
)
_HEALTH = _options(_t("Excellent"), _t("Very Good"), _t("Good"), _t("Fair"), _t("Poor"))
_NO_YES_INCOME = _options(_t("No"), _t("Yes"), points=(0, 4))
_ANY_DRUG_DAYS = ("6", (1, 2, 3, 4))  # item 7 elaborates item 6: asked when 6 is not 0 days
_DRUG_STEM = "In the past 30 days, how many days did you use any of the following drugs: "


def _drug(key: str, drug: str) -> Item:
    return Item(key, _t(_DRUG_STEM + drug), _DAYS, scored=False, asked_if=_ANY_DRUG_DAYS)


BAM = Instrument(
    code="bam",
    name=_t("BAM"),
    title=_t("Your recovery this past month", "Tu recuperación en el último mes"),
    preamble=_t("These questions ask about the past 30 days."),
    items=(
        Item("1", _t("In the past 30 days, would you say your physical health has been:"), _HEALTH),
        Item(
            "2",
            _t(
                "In the past 30 days, how many nights did you have trouble falling asleep or "
                "staying asleep?"
            ),
            _DAYS,
        ),
        Item(
            "3",
            _t(
                "In the past 30 days, how many days have you felt depressed, anxious, angry or "
                "very upset throughout most of the day?"
            ),
            _DAYS,
        ),
        Item("4", _t("In the past 30 days, how many days did you drink ANY alcohol?"), _DAYS),
        Item(
            "5",
            _t(
                "In the past 30 days, how many days did you have at least 5 drinks (if you are a "
                "man) or at least 4 drinks (if you are a woman)? [One drink is considered one "
                "shot of hard liquor (1.5 oz.) or 12-ounce can/bottle of beer or 5-ounce glass "
                "of wine.]"
            ),
            _DAYS,
        ),
        Item(
            "6",
            _t(
                "In the past 30 days, how many days did you use any illegal/street drugs or "
                "abuse any prescription medications?"
            ),
            _DAYS,
        ),
        _drug("7a", "Marijuana (cannabis, pot, weed)?"),
        _drug(
            "7b",
            'Sedatives/Tranquilizers (e.g., "benzos", Valium, Xanax, Ativan, Ambien, "barbs", '
            "Phenobarbital, downers, etc.)?",
        ),
        _drug("7c", "Cocaine/Crack?"),
        _drug(
            "7d",
            "Other Stimulants (e.g., amphetamine, methamphetamine, Dexedrine, Ritalin, Adderall, "
            '"speed", "crystal meth", "ice", etc.)?',
        ),
        _drug(
            "7e",
            "Opiates (e.g., Heroin, Morphine, Dilaudid, Demerol, Oxycontin, oxy, codeine "
            "(Tylenol 2,3,4), Percocet, Vicodin, Fentanyl, etc.)?",
        ),
        _drug("7f", "Inhalants (glues/adhesives, nail polish remover, paint thinner, etc.)?"),
        _drug(
            "7g",
            "Other drugs (steroids, non-prescription sleep/diet pills, Benadryl, Ephedra, other "
            "over-the-counter/unknown medications)?",
        ),
        Item(
            "8",
            _t(
                "In the past 30 days, how much were you bothered by cravings or urges to drink "
                "alcohol or use drugs?"
            ),
            _EXTENT,
        ),
        Item(
            "9",
            _t(
                "How confident are you in your ability to be completely abstinent (clean) from "
                "alcohol and drugs in the next 30 days?"
            ),
            _EXTENT,
        ),
        Item(
            "10",
            _t(
                "In the past 30 days, how many days did you attend self-help meetings like AA or "
                "NA to support your recovery?"
            ),
            _DAYS,
        ),
        Item(
            "11",
            _t(
                "In the past 30 days, how many days were you in any situations or with any "
                "people that might put you at an increased risk for using alcohol or drugs "
                '(i.e., around risky "people, places or things")?'
            ),
            _DAYS,
        ),
        Item("12", _t("Does your religion or spirituality help support your recovery?"), _EXTENT),
        Item(
            "13",
            _t(
                "In the past 30 days, how many days did you spend much of the time at work, "
                "school, or doing volunteer work?"
            ),
            _DAYS,
        ),
        Item(
            "14",
            _t(
                "Do you have enough income (from legal sources) to pay for necessities such as "
                "housing, transportation, food and clothing for yourself and your dependents?"
            ),
            _NO_YES_INCOME,
        ),
        Item(
            "15",
            _t(
                "In the past 30 days, how much have you been bothered by arguments or problems "
                "getting along with any family members or friends?"
            ),
            _EXTENT,
        ),
        Item(
            "16",
            _t(
                "In the past 30 days, how many days were you in contact or spent time with any "
                "family members or friends who are supportive of your recovery?"
            ),
            _DAYS,
        ),
        Item(
            "17",
            _t("How satisfied are you with your progress toward achieving your recovery goals?"),
            _EXTENT,
        ),
    ),
    scales=(
        Scale(
            "use",
            _t("Use", "Consumo"),
            ("4", "5", "6"),
            12,
            (
                _band(0, 0, "No use", "Sin consumo", 0),
                _band(1, 12, "Some use", "Algún consumo", 3),  # any use is cause for concern
            ),
        ),
        Scale(
            "risk",
            _t("Risk factors", "Factores de riesgo"),
            ("1", "2", "3", "8", "11", "15"),
            24,
            (
                _band(0, 11, "Below the level of concern", "Por debajo del nivel de alerta", 1),
                _band(12, 24, "Concerning (12 or more)", "Preocupante (12 o más)", 3),
            ),
        ),
        Scale(
            "protective",
            _t("Protective factors", "Factores de protección"),
            ("9", "10", "12", "13", "14", "16"),
            24,
            (
                _band(0, 12, "Concerning (12 or less)", "Preocupante (12 o menos)", 3),
                _band(13, 24, "Above the level of concern", "Por encima del nivel de alerta", 0),
            ),
            higher_is_better=True,
        ),
    ),
    version="2013",
    source=(
        "Brief Addiction Monitor (BAM), US Department of Veterans Affairs. Cacciola JS, Alterman "
        "AI, DePhilippis D, et al. Development and initial evaluation of the Brief Addiction "
        "Monitor (BAM). J Subst Abuse Treat. 2013;44(3):256-263."
    ),
    terms="Public domain: a work of the US government. No permission is needed to use it.",
    spanish_published=False,
    spanish_notice=(
        "Este cuestionario no tiene una versión publicada en español; se muestra en inglés."
    ),
)


# --- AUDIT-C --------------------------------------------------------------------------------
# Source: Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption
# questions (AUDIT-C). Arch Intern Med 1998;158(16):1789-95; the questions are the first three
# of the WHO AUDIT (Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT, 2nd ed.
# WHO 2001, WHO/MSD/MSB/01.6a), in the wording of its self-report form. Spanish: the first
# three questions of the WHO AUDIT's Spanish edition. Terms: public domain.
# The forms' last instruction ("Place an X in one box…") is left out: it describes the paper.
# Positive screen: 4 or more for men, 3 or more for women. We do not record sex, so a score
# of 3 has its own band that says it is positive for women only.

AUDITC = Instrument(
    code="auditc",
    name=_t("AUDIT-C"),
    title=_t("Your drinking", "Tu consumo de alcohol"),
    preamble=_t(
        "Because alcohol use can affect your health and can interfere with certain medications "
        "and treatments, it is important that we ask some questions about your use of alcohol. "
        "Your answers will remain confidential so please be honest.",
        "Debido a que el uso del alcohol puede afectar su salud e interferir con ciertos "
        "medicamentos y tratamientos, es importante que le hagamos algunas preguntas sobre su "
        "uso del alcohol. Sus respuestas serán confidenciales, así que sea honesto por favor.",
    ),
    items=(
        Item(
            "1",
            _t(
                "How often do you have a drink containing alcohol?",
                "¿Con qué frecuencia consume alguna bebida alcohólica?",
            ),
            _options(
                _t("Never", "Nunca"),
                _t("Monthly or less", "Una o menos veces al mes"),
                _t("2 to 4 times a month", "De 2 a 4 veces al mes"),
                _t("2 to 3 times a week", "De 2 a 3 veces a la semana"),
                _t("4 or more times a week", "4 o más veces a la semana"),
            ),
        ),
        Item(
            "2",
            _t(
                "How many drinks containing alcohol do you have on a typical day when you are "
                "drinking?",
                "¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día de "
                "consumo normal?",
            ),
            _options(
                _t("1 or 2", "1 o 2"),
                _t("3 or 4", "3 o 4"),
                _t("5 or 6", "5 o 6"),
                _t("7 to 9", "De 7 a 9"),
                _t("10 or more", "10 o más"),
            ),
        ),
        Item(
            "3",
            _t(
                "How often do you have six or more drinks on one occasion?",
                "¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?",
            ),
            _options(
                _t("Never", "Nunca"),
                _t("Less than monthly", "Menos de una vez al mes"),
                _t("Monthly", "Mensualmente"),
                _t("Weekly", "Semanalmente"),
                _t("Daily or almost daily", "A diario o casi a diario"),
            ),
        ),
    ),
    scales=(
        Scale(
            "total",
            _t("Alcohol use", "Consumo de alcohol"),
            ("1", "2", "3"),
            12,
            (
                _band(0, 2, "Negative screen", "Tamizaje negativo", 0),
                _band(
                    3,
                    3,
                    "Positive for women, negative for men",
                    "Positivo para mujeres, negativo para hombres",
                    2,
                ),
                _band(4, 12, "Positive screen", "Tamizaje positivo", 3),
            ),
            loinc="75626-2",
        ),
    ),
    version="1998",
    source=(
        "Bush K, Kivlahan DR, McDonell MB, Fihn SD, Bradley KA. The AUDIT alcohol consumption "
        "questions (AUDIT-C). Arch Intern Med. 1998;158(16):1789-1795. Questions 1-3 of the WHO "
        "AUDIT: Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. AUDIT: The Alcohol Use "
        "Disorders Identification Test, 2nd ed. World Health Organization; 2001. Spanish: the "
        "WHO AUDIT's Spanish edition."
    ),
    terms="Public domain; may be reproduced without permission.",
    spanish_published=True,
    loinc_panel="72109-2",
)


# --- C-SSRS screener ------------------------------------------------------------------------
# Source: Columbia-Suicide Severity Rating Scale, Screen Version (past month). Posner K, Brown
# GK, Stanley B, et al. Am J Psychiatry 2011;168(12):1266-77. © The Research Foundation for
# Mental Hygiene, Inc.; the Columbia Lighthouse Project. The bold questions only: the
# screener's definitions and examples guide an interviewer and are not read as questions.
# Terms: free to use without charge in clinical, community and public-health settings; the
# text may not be changed. Spanish: Columbia's official Spanish (US) translation as we know
# it; clinics should check it against the copy Columbia licenses to them.
# Branching (the screener's): 3, 4 and 5 are asked only when 2 is Yes; 6b only when 6 is Yes.
# Each Yes scores the risk level it implies (Columbia's triage): 1 or 2 low (1); 3, or 6 more
# than 3 months ago, moderate (2); 4, 5, or 6 within the past 3 months (6b), high (3). The
# risk scale is the highest of these. Any Yes at all raises the safety alert.

_NONE, _LOW, _MODERATE, _HIGH = 0, 1, 2, 3


def _no_yes(yes_points: int) -> tuple[Option, ...]:
    return _options(_t("No"), _t("Yes", "Sí"), points=(0, yes_points))


_IF_THOUGHTS = ("2", (1,))
_IF_BEHAVIOUR = ("6", (1,))

CSSRS = Instrument(
    code="cssrs",
    name=_t("C-SSRS"),
    title=_t("Your safety", "Tu seguridad"),
    preamble=_t("Past month", "Último mes"),
    items=(
        Item(
            "1",
            _t(
                "Have you wished you were dead or wished you could go to sleep and not wake up?",
                "¿Ha deseado estar muerto(a) o poder dormirse y no despertar?",
            ),
            _no_yes(_LOW),
            safety=True,
        ),
        Item(
            "2",
            _t(
                "Have you actually had any thoughts of killing yourself?",
                "¿Ha tenido realmente la idea de suicidarse?",
            ),
            _no_yes(_LOW),
            safety=True,
        ),
        Item(
            "3",
            _t(
                "Have you been thinking about how you might do this?",
                "¿Ha pensado en cómo llevaría esto a cabo?",
            ),
            _no_yes(_MODERATE),
            safety=True,
            asked_if=_IF_THOUGHTS,
        ),
        Item(
            "4",
            _t(
                "Have you had these thoughts and had some intention of acting on them?",
                "¿Ha tenido estas ideas y en cierto grado la intención de llevarlas a cabo?",
            ),
            _no_yes(_HIGH),
            safety=True,
            asked_if=_IF_THOUGHTS,
        ),
        Item(
            "5",
            _t(
                "Have you started to work out or worked out the details of how to kill yourself? "
                "Do you intend to carry out this plan?",
                "¿Ha comenzado a elaborar o ha elaborado los detalles sobre cómo suicidarse? "
                "¿Tiene intenciones de llevar a cabo este plan?",
            ),
            _no_yes(_HIGH),
            safety=True,
            asked_if=_IF_THOUGHTS,
        ),
        Item(
            "6",
            _t(
                "Have you ever done anything, started to do anything, or prepared to do anything "
                "to end your life?",
                "¿Alguna vez ha hecho algo, comenzado a hacer algo o se ha preparado para hacer "
                "algo para terminar con su vida?",
            ),
            _no_yes(_MODERATE),
            safety=True,
        ),
        Item(
            "6b",
            _t("Was this within the past 3 months?", "¿Fue dentro de los últimos 3 meses?"),
            _no_yes(_HIGH),
            safety=True,
            asked_if=_IF_BEHAVIOUR,
        ),
    ),
    scales=(
        Scale(
            "risk",
            _t("Suicide risk", "Riesgo de suicidio"),
            ("1", "2", "3", "4", "5", "6", "6b"),
            _HIGH,
            (
                _band(_NONE, _NONE, "No risk identified", "Sin riesgo identificado", 0),
                _band(_LOW, _LOW, "Low risk", "Riesgo bajo", 1),
                _band(_MODERATE, _MODERATE, "Moderate risk", "Riesgo moderado", 3),
                _band(_HIGH, _HIGH, "High risk", "Riesgo alto", 4),
            ),
            rule="max",
        ),
    ),
    version="2011",
    source=(
        "Columbia-Suicide Severity Rating Scale (C-SSRS), Screen Version, past month. Posner K, "
        "Brown GK, Stanley B, et al. The Columbia-Suicide Severity Rating Scale. Am J "
        "Psychiatry. 2011;168(12):1266-1277. © The Research Foundation for Mental Hygiene, Inc.; "
        "the Columbia Lighthouse Project. Spanish: Columbia's Spanish (US) translation."
    ),
    terms=(
        "Free to use without charge in clinical, community and public-health settings; the "
        "wording may not be changed. Check the Spanish text against the copy Columbia licenses."
    ),
    spanish_published=True,
)

INSTRUMENTS: dict[str, Instrument] = {i.code: i for i in (PHQ9, GAD7, BAM, AUDITC, CSSRS)}


# --- answering and scoring ------------------------------------------------------------------


def text_of(t: Text, language: str) -> str:
    """The text in the reader's language: Spanish for "es", English for anything else."""
    return t["es"] if language == "es" else t["en"]


def question_label(item: Item) -> str:
    """How an error or a summary names a question: "Question 3", "Question 7A"."""
    return f"Question {item.key.upper()}"


def asked(instrument: Instrument, answers: dict[str, int]) -> list[Item]:
    """The items the client is asked, given these answers: an item that depends on another is
    asked only when that one was asked and given one of the answers that lead to it."""
    shown: list[Item] = []
    keys: set[str] = set()
    for item in instrument.items:
        if item.asked_if is not None:
            parent, indexes = item.asked_if
            if parent not in keys or answers.get(parent) not in indexes:
                continue
        shown.append(item)
        keys.add(item.key)
    return shown


def validate(instrument: Instrument, answers: dict[str, int]) -> None:
    """Raise AnswerError unless every asked question that counts is answered with one of its
    options, and nothing else is: no unknown question and no question that was not asked.
    Unscored questions (the difficulty question, BAM's drug list) may be left blank."""
    if not isinstance(answers, dict):
        raise AnswerError("The answers must be a set of question and answer pairs.")
    by_key = {item.key: item for item in instrument.items}
    for key in answers:
        if key not in by_key:
            raise AnswerError(f"There is no question {key!r} in the {instrument.name['en']}.")
    shown = asked(instrument, answers)
    for item in shown:
        _check_answer(item, answers)
    shown_keys = {item.key for item in shown}
    for key in answers:
        if key not in shown_keys:
            raise AnswerError(_not_asked(by_key[key]))


def _check_answer(item: Item, answers: dict[str, int]) -> None:
    if item.key not in answers and not item.scored:
        return
    index = answers.get(item.key)
    valid = isinstance(index, int) and not isinstance(index, bool)
    if not valid or not 0 <= index < len(item.options):
        raise AnswerError(f"{question_label(item)}: choose one of the {len(item.options)} answers.")


def _not_asked(item: Item) -> str:
    parent = item.asked_if[0].upper() if item.asked_if else "?"
    return (
        f"{question_label(item)}: leave this one out; it is only asked after certain answers "
        f"to question {parent}."
    )


def band_for(scale: Scale, points: int) -> Band:
    """The band a score falls in (the bands cover 0..maximum exactly)."""
    for band in scale.bands:
        if band.low <= points <= band.high:
            return band
    raise ValueError(f"{points} is outside 0..{scale.maximum} for the {scale.key} scale")


def score(instrument: Instrument, answers: dict[str, int]) -> Result:
    """Validate, then score every scale and find the safety items answered positively.
    A question not asked (C-SSRS 3-5 after a No to 2) counts as 0."""
    validate(instrument, answers)
    points = {
        item.key: item.options[answers[item.key]].points
        for item in instrument.items
        if item.key in answers
    }
    scores = {scale.key: _combine(scale, points) for scale in instrument.scales}
    flagged = tuple(
        item.key for item in instrument.items if item.safety and points.get(item.key, 0) > 0
    )
    return Result(
        scores=scores,
        bands={scale.key: band_for(scale, scores[scale.key]) for scale in instrument.scales},
        safety=bool(flagged),
        flagged=flagged,
    )


def _combine(scale: Scale, points: dict[str, int]) -> int:
    values = [points.get(key, 0) for key in scale.items]
    return max(values, default=0) if scale.rule == "max" else sum(values)


def _check_bands(instrument: Instrument) -> None:
    """Fail at import, not at a client's submission, if a scale's bands leave a gap."""
    for scale in instrument.scales:
        next_low = 0
        for band in scale.bands:
            if band.low != next_low or band.high < band.low:
                raise ValueError(f"{instrument.code}.{scale.key}: bands leave a gap at {next_low}")
            next_low = band.high + 1
        if next_low != scale.maximum + 1:
            raise ValueError(f"{instrument.code}.{scale.key}: bands do not end at the maximum")


for _instrument in INSTRUMENTS.values():
    _check_bands(_instrument)
