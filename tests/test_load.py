"""The load test in a reduced form (the full run is `make load`)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "load"))

from load_test import run_load  # noqa: E402


def test_concurrent_clients_get_well_formed_replies_without_errors_or_memory_growth(built_settings):
    figures = run_load(built_settings.index_dir, clients=10, questions=8, time_limit=120)
    assert figures["questions"] == figures["expected_questions"] == 80
    assert figures["errors"] == 0
    assert figures["memory_growth"] <= 0.10, figures["memory_mb"]
    assert figures["p95_ms"] < 5000
