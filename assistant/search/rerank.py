"""Optional cross-encoder re-scoring of the best fused candidates."""

from __future__ import annotations

import numpy as np

from assistant.embed import load_model


class Reranker:
    """A sentence-transformers CrossEncoder; `probabilities` are the sigmoid of its logits."""

    def __init__(self, name_or_path: str, batch_size: int = 16):
        from sentence_transformers import CrossEncoder

        self.name = name_or_path
        self.batch_size = batch_size
        self.model = load_model(
            CrossEncoder,
            name_or_path,
            f"reranker {name_or_path!r}: it is not a local cross-encoder folder",
            "Pass --reranker with a local folder, or leave it out.",
        )
        if self.model.num_labels != 1:
            raise ValueError(f"Reranker {name_or_path!r} has {self.model.num_labels} outputs; a relevance cross-encoder has 1.")

    def probabilities(self, question: str, texts: list[str]) -> np.ndarray:
        """How likely each text answers the question, in [0, 1] (sigmoid of the raw logits)."""
        import torch

        if not texts:
            return np.zeros(0, dtype=np.float32)
        logits = self.model.predict(
            [(question, text) for text in texts],
            batch_size=self.batch_size,
            activation_fn=torch.nn.Identity(),
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return (1.0 / (1.0 + np.exp(-np.asarray(logits, dtype=np.float64).reshape(-1)))).astype(np.float32)
