"""Questions embedded without PyTorch: the model exported once to ONNX at build time, run with
onnxruntime and the fast `tokenizers` tokenizer at query time.

Only a plain sentence-transformers stack is exported (a Transformer, mean pooling, then
normalisation, as all-MiniLM-L6-v2 is); any other model keeps the PyTorch path. The export lives
in the embedding cache (one per model) and the manifest names it with its checksum, so a missing
or changed file falls back to PyTorch instead of embedding questions differently from the index.
"""

from __future__ import annotations

import hashlib
import json
import logging
import warnings
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

ONNX_FILE = "query_model.onnx"
TOKENIZER_FILE = "tokenizer.json"
SHAPE_FILE = "query_model.json"
ONNX_OPSET = 17


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def exportable(model) -> bool:
    """Whether a SentenceTransformer is a Transformer, mean pooling and normalisation only."""
    from sentence_transformers.models import Normalize, Pooling, Transformer

    modules = list(model)
    return (
        len(modules) == 3
        and isinstance(modules[0], Transformer)
        and isinstance(modules[1], Pooling)
        and modules[1].get_config_dict().get("pooling_mode") == "mean"
        and isinstance(modules[2], Normalize)
    )


def export_query_model(model, folder: Path, index_dir: Path) -> dict | None:
    """Export the model's transformer to `folder` once (kept there), and the manifest record
    naming the files (relative to `index_dir`) and their checksums; None when it cannot be."""
    import torch

    if not exportable(model):
        log.info("The model is not a plain mean-pooled transformer; questions keep the PyTorch path.")
        return None
    folder.mkdir(parents=True, exist_ok=True)
    onnx_path, tokenizer_path = folder / ONNX_FILE, folder / TOKENIZER_FILE
    if existing_export(folder, index_dir) is None:
        transformer = model[0].auto_model.eval()

        class Hidden(torch.nn.Module):
            def __init__(self):
                super().__init__()
                self.transformer = transformer

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.transformer(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

        sample = model.tokenizer(["How did the shoot go?"], return_tensors="pt")
        axes = {0: "batch", 1: "tokens"}
        partial = onnx_path.with_suffix(".partial")
        # The tracer warns about branches it fixes for this model's shapes; the export is checked
        # against PyTorch's vectors by the tests, and the warnings would read as errors in a log.
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Hidden(), (sample["input_ids"], sample["attention_mask"], sample.get("token_type_ids", torch.zeros_like(sample["input_ids"]))),
                str(partial), input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["hidden"],
                dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes, "hidden": axes},
                opset_version=ONNX_OPSET, dynamo=False,
            )
        model.tokenizer.backend_tokenizer.save(str(tokenizer_path))
        shape = {"max_tokens": int(model.get_max_seq_length() or 256), "dimension": int(model.get_embedding_dimension())}
        (folder / SHAPE_FILE).write_text(json.dumps(shape), encoding="utf-8")
        # Last: the export counts as made once the model file is in place.
        partial.replace(onnx_path)
    return existing_export(folder, index_dir)


def existing_export(folder: Path, index_dir: Path) -> dict | None:
    """The manifest record of an export already in `folder`, or None when there is none."""
    try:
        shape = json.loads((folder / SHAPE_FILE).read_text(encoding="utf-8"))
        if not (folder / ONNX_FILE).exists() or not (folder / TOKENIZER_FILE).exists():
            return None
        return record_for(folder, index_dir, int(shape["max_tokens"]), int(shape["dimension"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def record_for(folder: Path, index_dir: Path, max_tokens: int, dimension: int) -> dict:
    """The manifest record of an export in `folder` (paths relative to `index_dir`, checksums)."""
    onnx_path, tokenizer_path = folder / ONNX_FILE, folder / TOKENIZER_FILE
    return {
        "onnx": str(onnx_path.relative_to(index_dir)),
        "tokenizer": str(tokenizer_path.relative_to(index_dir)),
        "onnx_sha256": _sha256(onnx_path),
        "tokenizer_sha256": _sha256(tokenizer_path),
        "max_tokens": max_tokens,
        "dimension": dimension,
    }


def query_files_intact(index_dir: Path, record: dict) -> bool:
    """Whether the files a manifest record names are there, unchanged."""
    try:
        return _sha256(index_dir / record["onnx"]) == record["onnx_sha256"] and _sha256(index_dir / record["tokenizer"]) == record["tokenizer_sha256"]
    except (OSError, KeyError, TypeError):
        return False


class OnnxQueryEncoder:
    """An `Encoder` for questions: mean-pooled, normalised ONNX embeddings (no torch import)."""

    def __init__(self, name: str, index_dir: Path, record: dict):
        import onnxruntime
        from tokenizers import Tokenizer

        onnx_path, tokenizer_path = index_dir / record["onnx"], index_dir / record["tokenizer"]
        if not query_files_intact(index_dir, record):
            raise ValueError("the exported query model is missing or does not match the index")
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 2
        self.session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(str(tokenizer_path))
        self.tokenizer.enable_truncation(int(record["max_tokens"]))
        self.tokenizer.enable_padding()
        self.name = name
        self.dimension = int(record["dimension"])

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Unit-normalised embeddings, one row per text, as the sentence-transformers model gives."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        types = np.array([e.type_ids for e in encoded], dtype=np.int64)
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
        summed = (hidden * mask[..., None]).sum(axis=1)
        vectors = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return (vectors / np.where(norms == 0, 1, norms)).astype(np.float32)


def query_encoder(name: str, index_dir: Path, record: dict | None) -> OnnxQueryEncoder | None:
    """The ONNX question encoder an index names, or None (no export, files missing or changed,
    onnxruntime unavailable): the caller then loads the PyTorch model."""
    if not record:
        return None
    try:
        return OnnxQueryEncoder(name, index_dir, record)
    except (OSError, ValueError, KeyError, ImportError) as problem:
        log.warning("Questions use the PyTorch model: %s.", problem)
        return None
