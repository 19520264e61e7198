"""The load test in a reduced form (the full run is `make load`)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "load"))

from load_test import load_app  # noqa: E402


def test_concurrent_clients_get_well_formed_replies_and_memory_stops_growing_after_warm_up(served_app):
    # Three rounds of ten new clients: the first warms the app up (model, caches, sessions).
    figures = load_app(served_app, clients=10, questions=8, time_limit=300, rounds=3)
    assert figures["questions"] == figures["expected_questions"] == 240
    assert figures["errors"] == 0
    assert figures["memory_growth"] <= 0.03, figures["memory_mb"]
