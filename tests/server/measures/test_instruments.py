"""The questionnaires' scoring against hand-worked examples, their bands at every edge, their
branching, their texts in both languages, and (as properties) that no answer set scores out
of range and no bad one escapes as anything but an AnswerError."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from server.measures.instruments import (
    AUDITC,
    BAM,
    CSSRS,
    GAD7,
    INSTRUMENTS,
    LANGS,
    PHQ9,
    AnswerError,
    Instrument,
    Scale,
    asked,
    band_for,
    score,
    text_of,
    validate,
)

ALL = list(INSTRUMENTS.values())
SCALES = [(i, s) for i in ALL for s in i.scales]


def _id(value) -> str:
    return getattr(value, "code", None) or getattr(value, "key", "")


BRANCHING = [i for i in ALL if any(item.asked_if for item in i.items)]


def numbered(values: list[int]) -> dict[str, int]:
    """Answers to items "1", "2", … in order."""
    return {str(n): value for n, value in enumerate(values, start=1)}


def zeros(instrument: Instrument) -> dict[str, int]:
    """The lowest answer to every question asked when every answer is the lowest."""
    return {item.key: 0 for item in asked(instrument, {}) if item.scored}


def reaching(instrument: Instrument, scale: Scale, target: int) -> dict[str, int]:
    """An answer set whose scale scores exactly target (sum scales): the rest answered 0."""
    answers = zeros(instrument)
    left = target
    items = {item.key: item for item in instrument.items}
    for key in scale.items:
        options = items[key].options
        index = max(
            (i for i, o in enumerate(options) if o.points <= left), key=lambda i: options[i].points
        )
        answers[key] = index
        left -= options[index].points
    assert left == 0
    return answers


# --- hand-worked examples ---------------------------------------------------------------------


def test_phq9_worked_example_is_mild_and_item_9_raises_the_safety_flag():
    result = score(PHQ9, numbered([1, 1, 2, 0, 3, 1, 0, 0, 1]))
    assert result.scores == {"total": 9}
    assert result.bands["total"].label == {"en": "Mild", "es": "Leve"}
    assert result.safety and result.flagged == ("9",)


def test_phq9_without_item_9_raises_no_flag_and_question_10_is_optional_and_unscored():
    plain = score(PHQ9, numbered([3, 3, 3, 3, 3, 3, 3, 3, 0]))
    with_10 = score(PHQ9, numbered([3, 3, 3, 3, 3, 3, 3, 3, 0, 3]))
    assert plain.scores["total"] == with_10.scores["total"] == 24
    assert plain.bands["total"].label["en"] == "Severe" and plain.bands["total"].level == 4
    assert not plain.safety and plain.flagged == ()


def test_phq9_all_nearly_every_day_is_27_severe():
    result = score(PHQ9, numbered([3] * 9))
    assert result.scores["total"] == 27 and result.bands["total"].label["en"] == "Severe"


def test_gad7_all_nearly_every_day_is_21_severe():
    result = score(GAD7, numbered([3] * 7))
    assert result.scores["total"] == 21
    assert result.bands["total"].label["en"] == "Severe" and not result.safety


def test_gad7_worked_example():
    result = score(GAD7, numbered([2, 1, 2, 1, 0, 3, 1, 2]))  # 8: the difficulty question
    assert result.scores["total"] == 10 and result.bands["total"].label["en"] == "Moderate"


@pytest.mark.parametrize(
    ("answers", "total", "label"),
    [
        ([4, 4, 4], 12, "Positive screen"),
        ([0, 0, 0], 0, "Negative screen"),
        ([1, 1, 0], 2, "Negative screen"),
        ([1, 1, 1], 3, "Positive for women, negative for men"),
        ([2, 1, 1], 4, "Positive screen"),
    ],
)
def test_auditc_scores_and_the_3_and_4_boundaries(answers, total, label):
    result = score(AUDITC, numbered(answers))
    assert result.scores["total"] == total
    assert result.bands["total"].label["en"] == label


def bam_worked_answers() -> dict[str, int]:
    """A worked BAM: physical health Fair, some drinking and drug use, income Yes."""
    return {
        "1": 3,  # Fair: 3
        "2": 2,  # 4-8 nights: 2
        "3": 1,  # 1-3 days: 1
        "4": 2,  # 4-8 days: 2
        "5": 1,  # 1-3 days: 1
        "6": 1,  # 1-3 days: 1
        "7a": 1,  # marijuana 1-3 days (descriptive)
        "8": 2,  # Moderately: 2
        "9": 3,  # Considerably: 3
        "10": 4,  # 16-30 days: 4
        "11": 1,  # 1-3 days: 1
        "12": 2,  # Moderately: 2
        "13": 3,  # 9-15 days: 3
        "14": 1,  # Yes: 4
        "15": 0,  # Not at all: 0
        "16": 4,  # 16-30 days: 4
        "17": 2,  # Moderately (on no scale)
    }


def test_bam_use_risk_and_protective_on_a_worked_answer_set():
    result = score(BAM, bam_worked_answers())
    assert result.scores == {"use": 2 + 1 + 1, "risk": 3 + 2 + 1 + 2 + 1 + 0, "protective": 20}
    assert result.bands["use"].label["en"] == "Some use"
    assert result.bands["risk"].label["en"] == "Below the level of concern"
    assert result.bands["protective"].label["en"] == "Above the level of concern"
    assert not result.safety


def test_bam_income_yes_scores_4_and_no_scores_0():
    yes = score(BAM, bam_worked_answers())
    no = score(BAM, {**bam_worked_answers(), "14": 0})
    assert yes.scores["protective"] - no.scores["protective"] == 4


def test_bam_drug_list_is_asked_only_after_some_drug_use():
    answers = {**bam_worked_answers(), "6": 0}
    assert "7a" not in {item.key for item in asked(BAM, answers)}
    with pytest.raises(AnswerError, match="Question 7A"):
        validate(BAM, answers)
    del answers["7a"]
    assert score(BAM, answers).scores["use"] == 3


def test_bam_satisfaction_is_answered_but_on_no_scale():
    low = score(BAM, {**bam_worked_answers(), "17": 0})
    high = score(BAM, {**bam_worked_answers(), "17": 4})
    assert low.scores == high.scores
    with pytest.raises(AnswerError, match="Question 17"):
        validate(BAM, {k: v for k, v in bam_worked_answers().items() if k != "17"})


def cssrs(**yes: int) -> dict[str, int]:
    """C-SSRS answers: 1, 2 and 6 answered No unless given; others only when given."""
    answers = {"1": 0, "2": 0, "6": 0}
    answers.update({key.removeprefix("q"): value for key, value in yes.items()})
    return answers


@pytest.mark.parametrize(
    ("answers", "level", "flagged"),
    [
        (cssrs(), "No risk identified", ()),
        (cssrs(q1=1), "Low risk", ("1",)),
        (cssrs(q2=1, q3=0, q4=0, q5=0), "Low risk", ("2",)),
        (cssrs(q1=1, q2=1, q3=1, q4=0, q5=0), "Moderate risk", ("1", "2", "3")),
        (cssrs(q2=1, q3=0, q4=1, q5=0), "High risk", ("2", "4")),
        (cssrs(q2=1, q3=0, q4=0, q5=1), "High risk", ("2", "5")),
        (cssrs(q6=1, q6b=0), "Moderate risk", ("6",)),
        (cssrs(q6=1, q6b=1), "High risk", ("6", "6b")),
        (cssrs(q1=1, q6=1, q6b=0), "Moderate risk", ("1", "6")),
    ],
)
def test_cssrs_risk_levels_follow_the_triage_rule_and_any_yes_is_a_safety_flag(
    answers, level, flagged
):
    result = score(CSSRS, answers)
    assert result.bands["risk"].label["en"] == level
    assert result.flagged == flagged
    assert result.safety is bool(flagged)


def test_cssrs_questions_3_to_5_are_asked_only_after_yes_to_2():
    assert [item.key for item in asked(CSSRS, cssrs())] == ["1", "2", "6"]
    assert [item.key for item in asked(CSSRS, cssrs(q2=1))] == ["1", "2", "3", "4", "5", "6"]
    with pytest.raises(AnswerError, match="Question 3"):
        validate(CSSRS, cssrs(q3=0))
    with pytest.raises(AnswerError, match="Question 3: choose one of the 2 answers"):
        validate(CSSRS, cssrs(q2=1))


def test_cssrs_6b_is_required_after_yes_to_6_and_refused_after_no():
    with pytest.raises(AnswerError, match="Question 6B"):
        validate(CSSRS, cssrs(q6=1))
    with pytest.raises(AnswerError, match="Question 6B"):
        validate(CSSRS, cssrs(q6b=0))


# --- errors in plain English ------------------------------------------------------------------


def test_errors_name_the_question_and_the_number_of_answers():
    with pytest.raises(AnswerError, match=r"^Question 3: choose one of the 4 answers\.$"):
        validate(PHQ9, {**numbered([0] * 9), "3": 4})
    with pytest.raises(AnswerError, match="Question 9: choose one of the 4 answers"):
        validate(PHQ9, numbered([0] * 8))
    with pytest.raises(AnswerError, match="There is no question '11'"):
        validate(PHQ9, {**numbered([0] * 9), "11": 0})


@pytest.mark.parametrize("bad", [-1, 4, "1", 1.0, None, True, [1]])
def test_an_answer_that_is_not_an_option_index_is_refused(bad):
    with pytest.raises(AnswerError):
        score(GAD7, {**numbered([0] * 7), "4": bad})


def test_answers_that_are_not_a_mapping_are_refused():
    with pytest.raises(AnswerError):
        validate(PHQ9, [0] * 9)  # type: ignore[arg-type]


# --- bands --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("instrument", "scale"), SCALES, ids=_id)
def test_bands_cover_zero_to_the_maximum_with_no_gap_or_overlap(instrument, scale):
    covered = [points for band in scale.bands for points in range(band.low, band.high + 1)]
    assert covered == list(range(scale.maximum + 1))
    assert all(0 <= band.level <= 4 for band in scale.bands)


@pytest.mark.parametrize(("instrument", "scale"), SCALES, ids=_id)
def test_band_lookup_at_the_low_and_high_edge_of_every_band(instrument, scale):
    for band in scale.bands:
        assert band_for(scale, band.low) is band
        assert band_for(scale, band.high) is band
    with pytest.raises(ValueError):
        band_for(scale, scale.maximum + 1)


SUM_SCALES = [(i, s) for i, s in SCALES if s.rule == "sum"]


@pytest.mark.parametrize(("instrument", "scale"), SUM_SCALES, ids=_id)
def test_answer_sets_at_every_band_edge_score_into_that_band(instrument, scale):
    for band in scale.bands:
        for edge in (band.low, band.high):
            result = score(instrument, reaching(instrument, scale, edge))
            assert result.scores[scale.key] == edge
            assert result.bands[scale.key] is band


def test_bam_published_concern_rules():
    """Any use; risk 12 or more; protective 12 or less (and there, higher is better)."""
    use, risk, protective = BAM.scales
    assert (band_for(use, 0).level, band_for(use, 1).level) == (0, 3)
    assert (band_for(risk, 11).level, band_for(risk, 12).level) == (1, 3)
    assert (band_for(protective, 12).level, band_for(protective, 13).level) == (3, 0)
    assert protective.higher_is_better and not risk.higher_is_better


# --- the data itself ------------------------------------------------------------------------


def test_instruments_are_listed_in_order():
    assert list(INSTRUMENTS) == ["phq9", "gad7", "bam", "auditc", "cssrs"]


@pytest.mark.parametrize("instrument", ALL, ids=lambda i: i.code)
def test_keys_scales_and_maxima_agree_with_the_items(instrument):
    items = {item.key: item for item in instrument.items}
    assert len(items) == len(instrument.items)
    assert len(instrument.version) <= 16
    for scale in instrument.scales:
        tops = [max(o.points for o in items[key].options) for key in scale.items]
        assert all(items[key].scored for key in scale.items)
        assert scale.maximum == (max(tops) if scale.rule == "max" else sum(tops))
    for item in instrument.items:
        if item.asked_if:
            parent, indexes = item.asked_if
            assert list(items).index(parent) < list(items).index(item.key)
            assert all(0 <= i < len(items[parent].options) for i in indexes)


@pytest.mark.parametrize("instrument", ALL, ids=lambda i: i.code)
def test_every_text_is_there_in_both_languages(instrument):
    texts = [instrument.name, instrument.title, instrument.preamble]
    texts += [item.text for item in instrument.items]
    texts += [option.text for item in instrument.items for option in item.options]
    texts += [scale.label for scale in instrument.scales]
    texts += [band.label for scale in instrument.scales for band in scale.bands]
    for text in texts:
        assert set(text) == set(LANGS)
        assert all(text[lang].strip() == text[lang] and text[lang] for lang in LANGS)
    assert instrument.source and instrument.terms


def test_bam_spanish_screen_shows_the_english_text_and_says_why():
    assert not BAM.spanish_published
    assert "no tiene una versión publicada en español" in BAM.spanish_notice
    assert BAM.preamble["es"] == BAM.preamble["en"]
    for item in BAM.items:
        assert item.text["es"] == item.text["en"]
        assert all(option.text["es"] == option.text["en"] for option in item.options)


@pytest.mark.parametrize("instrument", [PHQ9, GAD7, AUDITC, CSSRS], ids=lambda i: i.code)
def test_published_spanish_versions_are_spanish(instrument):
    assert instrument.spanish_published and not instrument.spanish_notice
    assert instrument.preamble["es"] != instrument.preamble["en"]
    assert all(item.text["es"] != item.text["en"] for item in instrument.items)


def test_items_that_share_an_option_set_share_one_tuple():
    assert len({id(item.options) for item in PHQ9.items[:9]}) == 1
    assert PHQ9.items[9].options is GAD7.items[7].options
    bam_days = {id(item.options) for item in BAM.items if item.key in ("2", "3", "10", "7a")}
    assert len(bam_days) == 1


def test_the_published_details_the_app_relies_on():
    assert (PHQ9.loinc_panel, PHQ9.scales[0].loinc) == ("44249-1", "44261-6")
    assert (GAD7.loinc_panel, GAD7.scales[0].loinc) == ("69737-5", "70274-6")
    assert (AUDITC.loinc_panel, AUDITC.scales[0].loinc) == ("72109-2", "75626-2")
    assert (PHQ9.meaningful_change, PHQ9.remission_below) == (5, 5)
    assert (GAD7.meaningful_change, GAD7.remission_below) == (4, 5)
    assert [item.key for item in PHQ9.items if item.safety] == ["9"]
    assert all(item.safety for item in CSSRS.items)
    assert [s.key for s in BAM.scales] == ["use", "risk", "protective"]
    assert PHQ9.terms == "No permission required to reproduce, translate, display or distribute."


@pytest.mark.parametrize(
    ("language", "expected"), [("es", "Leve"), ("en", "Mild"), ("fr", "Mild"), ("", "Mild")]
)
def test_text_of_reads_spanish_for_es_and_english_otherwise(language, expected):
    assert text_of({"en": "Mild", "es": "Leve"}, language) == expected


# --- properties -------------------------------------------------------------------------------


@st.composite
def valid_answers(draw, instrument: Instrument) -> dict[str, int]:
    """Any answer set a client could give: branching followed, unscored questions optional."""
    answers: dict[str, int] = {}
    for item in instrument.items:
        if item.key not in {shown.key for shown in asked(instrument, answers)}:
            continue
        if not item.scored and draw(st.booleans()):
            continue
        answers[item.key] = draw(st.integers(0, len(item.options) - 1))
    return answers


instruments = st.sampled_from(ALL)
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(st.data())
def test_any_valid_answer_set_scores_within_every_scale(data):
    instrument = data.draw(instruments)
    answers = data.draw(valid_answers(instrument))
    result = score(instrument, answers)
    for scale in instrument.scales:
        assert 0 <= result.scores[scale.key] <= scale.maximum
        assert result.bands[scale.key] is band_for(scale, result.scores[scale.key])
    safety_items = {item.key for item in instrument.items if item.safety}
    assert set(result.flagged) <= safety_items & set(answers)
    assert result.safety is bool(result.flagged)


@PROPERTY
@given(st.data())
def test_an_index_outside_the_options_is_an_answer_error(data):
    instrument = data.draw(instruments)
    answers = data.draw(valid_answers(instrument))
    key = data.draw(st.sampled_from(sorted(answers)))
    count = len({item.key: item for item in instrument.items}[key].options)
    bad = data.draw(
        st.integers(max_value=-1)
        | st.integers(min_value=count)
        | st.text(max_size=3)
        | st.none()
        | st.floats(allow_nan=False)
        | st.booleans()
    )
    with pytest.raises(AnswerError):
        score(instrument, {**answers, key: bad})


@PROPERTY
@given(st.data())
def test_an_unknown_key_is_an_answer_error(data):
    instrument = data.draw(instruments)
    answers = data.draw(valid_answers(instrument))
    known = {item.key for item in instrument.items}
    key = data.draw(st.text(max_size=4).filter(lambda k: k not in known))
    with pytest.raises(AnswerError):
        score(instrument, {**answers, key: data.draw(st.integers(0, 3))})


@PROPERTY
@given(st.data())
def test_a_missing_asked_question_that_counts_is_an_answer_error(data):
    instrument = data.draw(instruments)
    answers = data.draw(valid_answers(instrument))
    required = [item.key for item in asked(instrument, answers) if item.scored]
    key = data.draw(st.sampled_from(required))
    with pytest.raises(AnswerError):
        score(instrument, {k: v for k, v in answers.items() if k != key})


@PROPERTY
@given(st.data())
def test_an_answer_to_a_question_not_asked_is_an_answer_error(data):
    instrument = data.draw(st.sampled_from(BRANCHING))
    answers = data.draw(valid_answers(instrument))
    shown = {item.key for item in asked(instrument, answers)}
    unasked = [item for item in instrument.items if item.key not in shown]
    if not unasked:
        return
    item = data.draw(st.sampled_from(unasked))
    with pytest.raises(AnswerError):
        score(instrument, {**answers, item.key: 0})


@PROPERTY
@given(
    instruments,
    st.dictionaries(
        st.text(max_size=3) | st.sampled_from(["1", "2", "6", "6b", "7a", "9", "10", "14"]),
        st.integers(-2, 6) | st.none() | st.text(max_size=2),
        max_size=20,
    ),
)
def test_arbitrary_input_either_scores_or_is_an_answer_error(instrument, answers):
    try:
        result = score(instrument, answers)
    except AnswerError:
        return
    assert all(0 <= result.scores[s.key] <= s.maximum for s in instrument.scales)
