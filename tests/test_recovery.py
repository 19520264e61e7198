"""Broken index files: a specific message naming the fix, and the app (`make run`) rebuilds."""

import dataclasses
import json
import shutil

import pytest

from assistant.index import CURRENT, MANIFEST, PASSAGES, VECTORS
from assistant.service import index_problem


@pytest.fixture
def broken_copy(built_settings, tmp_path):
    target = tmp_path / "index"
    shutil.copytree(built_settings.index_dir, target, symlinks=True)
    return dataclasses.replace(built_settings, index_dir=target)


@pytest.mark.parametrize(
    "damage, message",
    [
        (lambda d: (d / VECTORS).write_bytes((d / VECTORS).read_bytes()[:5000]), "vector file .* missing or corrupt"),
        (lambda d: (d / MANIFEST).write_text("not json at all"), "manifest .* is corrupt"),
        (lambda d: (d / PASSAGES).unlink(), "has no passages.jsonl"),
        (lambda d: (d / MANIFEST).write_text(json.dumps({**json.loads((d / MANIFEST).read_text()), "model": "other-model"})),
         "built with model 'other-model' but 'all-MiniLM-L6-v2'"),
        (lambda d: (d / MANIFEST).write_text(json.dumps({**json.loads((d / MANIFEST).read_text()), "index_type": None})),
         "manifest .* is damaged"),
        (lambda d: (d / MANIFEST).write_text(json.dumps({**json.loads((d / MANIFEST).read_text()), "documents": []})),
         "manifest .* is damaged"),
    ],
)
def test_the_app_start_rebuilds_a_broken_index_and_answers(broken_copy, real_embedder, damage, message):
    from assistant.service import Service

    damage(broken_copy.index_dir / CURRENT)
    problem = index_problem(broken_copy)
    assert problem is not None and __import__("re").search(message, problem) and "python -m assistant build" in problem
    service = Service.open(broken_copy, encoder=real_embedder)  # what `app.py` (and so `make run`) does first
    assert index_problem(broken_copy) is None
    assert "Sarah Nemtanu" in service.answer("Who taught Melanie Laurent to play the violin?").answer.hits[0].passage.text


def test_an_empty_seeds_folder_names_the_fix(built_settings, tmp_path, capsys):
    from assistant.cli import main

    (tmp_path / "seeds").mkdir()
    assert main(["build", "--seeds", str(tmp_path / "seeds"), "--index", str(tmp_path / "index")]) == 2
    assert "No documents in" in capsys.readouterr().err
