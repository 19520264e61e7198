"""Questions embedded with onnxruntime instead of PyTorch: the same vectors, no torch import."""

import json
import shutil
import subprocess
import sys

import numpy as np

from assistant.config import PROJECT_ROOT
from assistant.measure.evaluate import read_questions
from assistant.onnx_query import OnnxQueryEncoder, query_encoder

QUESTION_FILES = [PROJECT_ROOT / "tests" / "data" / name for name in (
    "questions.jsonl", "more_questions.jsonl", "speaker_questions.jsonl", "people_questions.jsonl", "people_questions_heldout.jsonl",
)]


def manifest(settings) -> dict:
    return json.loads((settings.index_dir / "current" / "manifest.json").read_text(encoding="utf-8"))


def test_the_build_exports_the_model_and_its_question_vectors_match_pytorch(built_settings, real_embedder):
    record = manifest(built_settings)["query_encoder"]
    onnx = OnnxQueryEncoder(built_settings.model, built_settings.index_dir, record)
    questions = [q.q for path in QUESTION_FILES for q in read_questions(path)]
    assert len(questions) > 200
    cosines = np.sum(onnx.encode(questions) * real_embedder.encode(questions), axis=1)
    assert cosines.min() >= 0.9999
    assert onnx.encode([]).shape == (0, 384)


def test_a_changed_export_falls_back_to_pytorch(built_settings, tmp_path):
    record = manifest(built_settings)["query_encoder"]
    index_dir = tmp_path / "index"
    shutil.copytree(built_settings.index_dir, index_dir, symlinks=True)
    onnx_file = index_dir / record["onnx"]
    onnx_file.write_bytes(onnx_file.read_bytes()[:-10])
    assert query_encoder(built_settings.model, index_dir, record) is None
    assert query_encoder(built_settings.model, built_settings.index_dir, None) is None


def test_asking_on_the_command_line_never_imports_torch(built_settings):
    script = (
        "import sys\n"
        "from assistant.cli import main\n"
        f"code = main(['ask', 'Who taught Melanie Laurent to play the violin?', '--json', '--index', {str(built_settings.index_dir)!r}])\n"
        "print('TORCH' if 'torch' in sys.modules else 'NO TORCH', code)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
    lines = done.stdout.strip().splitlines()
    assert lines[-1] == "NO TORCH 0", done.stderr[-2000:]
    assert json.loads(lines[0])["results"][0]["speaker"] == "Mélanie Laurent"
