"""When to say "not covered", calibrated per corpus: how relevant questions that no press kit
answers look to this corpus (its baseline) sets how relevant a question must be to be answered."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

PROBES_FILE = Path(__file__).with_name("off_topic_probes.txt")


def off_topic_probes() -> list[str]:
    """The shipped questions no interview answers (trivia, how-to, requests), one per line."""
    return [line.strip() for line in PROBES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass(frozen=True)
class Calibration:
    """The median relevance of the off-topic probes against one corpus, measured at build time.

    A larger or broader corpus lifts the relevance of every question, answerable or not; a
    question is answered when it stands `margin` above this baseline (README, "Abstention")."""

    baseline: float
    probes: int

    def threshold(self, margin: float, floor: float) -> float:
        """The relevance a question needs to be answered in this corpus."""
        return max(floor, self.baseline + margin)

    def to_json(self) -> dict:
        """The manifest's record of the calibration."""
        return {"baseline": round(self.baseline, 6), "probes": self.probes}

    @classmethod
    def from_json(cls, record: object) -> Calibration:
        """Inverse of `to_json`; ValueError when the record is not a calibration."""
        if not isinstance(record, dict) or not isinstance(record.get("baseline"), (int, float)) or not isinstance(record.get("probes"), int):
            raise ValueError("the manifest's abstention record is missing or malformed")
        return cls(float(record["baseline"]), record["probes"])


def calibrate(relevance: Callable[[list[str]], list[float]], probes: list[str] | None = None) -> Calibration:
    """The corpus's baseline: the median of `relevance` over the off-topic probes (the median, so
    that a probe the corpus happens to touch, a violin question for a film about musicians, does
    not move it)."""
    probes = off_topic_probes() if probes is None else probes
    if not probes:
        raise ValueError("No off-topic probes to calibrate abstention with: restore assistant/off_topic_probes.txt.")
    return Calibration(float(statistics.median(relevance(probes))), len(probes))
