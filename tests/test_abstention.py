"""Abstention calibrated per corpus: the probes' median relevance is the corpus's baseline."""

import pytest

from assistant.search.abstention import Calibration, calibrate, off_topic_probes


def test_the_baseline_is_the_median_relevance_of_the_probes():
    calibration = calibrate(lambda questions: [len(q) / 100 for q in questions], ["a" * 10, "b" * 30, "c" * 90])
    assert calibration == Calibration(baseline=0.3, probes=3)


def test_the_threshold_is_the_baseline_plus_the_margin_but_never_below_the_floor():
    assert Calibration(0.42, 70).threshold(margin=0.22, floor=0.4) == pytest.approx(0.64)
    assert Calibration(0.05, 70).threshold(margin=0.22, floor=0.4) == 0.4


def test_a_calibration_survives_the_manifest_and_a_malformed_record_is_refused():
    calibration = Calibration(0.4236, 70)
    assert Calibration.from_json(calibration.to_json()) == calibration
    for record in (None, {}, {"baseline": "high", "probes": 70}, {"baseline": 0.4}, ["baseline"]):
        with pytest.raises(ValueError, match="abstention record"):
            Calibration.from_json(record)


def test_the_shipped_probes_are_questions_of_many_kinds_and_none_twice():
    probes = off_topic_probes()
    assert len(probes) >= 50 and len(set(probes)) == len(probes)
    assert calibrate(lambda questions: [0.0] * len(questions)).probes == len(probes)


def test_calibrating_without_probes_names_the_file_to_restore():
    with pytest.raises(ValueError, match="off_topic_probes.txt"):
        calibrate(lambda questions: [], [])
