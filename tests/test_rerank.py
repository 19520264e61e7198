"""The optional cross-encoder reranker, with a tiny BERT cross-encoder the test builds itself."""

import dataclasses

import numpy as np
import pytest

from assistant.search.rerank import Reranker
from assistant.search.searcher import Searcher


@pytest.fixture(scope="module")
def tiny_cross_encoder(tmp_path_factory, real_embedder) -> str:
    import torch
    from transformers import BertConfig, BertForSequenceClassification

    folder = tmp_path_factory.mktemp("tiny-cross-encoder")
    tokenizer = real_embedder.model.tokenizer
    torch.manual_seed(0)
    config = BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=16, num_hidden_layers=1, num_attention_heads=2,
                        intermediate_size=32, max_position_embeddings=512, num_labels=1)
    BertForSequenceClassification(config).save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return str(folder)


def test_probabilities_are_the_sigmoid_of_the_model_s_own_logit_for_each_pair(tiny_cross_encoder):
    import torch
    from transformers import AutoTokenizer, BertForSequenceClassification

    # The oracle runs the saved model directly, without sentence-transformers' CrossEncoder.
    model = BertForSequenceClassification.from_pretrained(tiny_cross_encoder).eval()
    tokenizer = AutoTokenizer.from_pretrained(tiny_cross_encoder)
    question, texts = "Who taught her the violin?", ["Sarah Nemtanu taught me.", "Nobody.", "We shot in Bucharest."]
    with torch.no_grad():
        logits = [float(model(**tokenizer(question, text, return_tensors="pt")).logits[0, 0]) for text in texts]
    expected = [1 / (1 + np.exp(-logit)) for logit in logits]
    np.testing.assert_allclose(Reranker(tiny_cross_encoder).probabilities(question, texts), expected, rtol=1e-4)
    assert Reranker(tiny_cross_encoder).probabilities("q", []).shape == (0,)


def test_reranked_search_keeps_abstention_and_follows_the_cross_encoder(built_settings, real_embedder, tiny_cross_encoder):
    settings = dataclasses.replace(built_settings, reranker=tiny_cross_encoder)
    searcher = Searcher.open(settings, encoder=real_embedder)
    assert searcher.reranker is not None
    assert searcher.ask("What is the capital of Australia?").abstained
    answer = searcher.ask("Who taught Mélanie Laurent to play the violin?", top_k=5)
    assert not answer.abstained and len(answer.hits) == 5
    assert all(hit.passage.speaker == "Mélanie Laurent" for hit in answer.hits[:3])

    def prefers_red_square(question, texts):
        return np.array([0.99 if "Red Square" in t else 0.2 for t in texts], dtype=np.float32)

    searcher.reranker.probabilities = prefers_red_square
    reordered = searcher.ask("Where did they shoot in Moscow?", top_k=3)
    assert "Red Square" in reordered.hits[0].passage.text
    assert reordered.hits[0].score == pytest.approx(0.99)

    searcher.reranker.probabilities = lambda question, texts: np.full(len(texts), 0.001, dtype=np.float32)
    assert searcher.ask("Where did they shoot in Moscow?").abstained


def test_a_missing_reranker_folder_is_named(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        Reranker(str(tmp_path / "no-reranker"))
