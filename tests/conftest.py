"""Shared fixtures: the real press kit, a predictable fake embedder, and a real index built once."""

from __future__ import annotations

import dataclasses
import hashlib
import re
from pathlib import Path

import numpy as np
import pytest

from assistant.config import PROJECT_ROOT, Settings
from assistant.ingest.documents import parse_source
from assistant.ingest.read_text import read_markdown, read_plain

PRESS_KIT = PROJECT_ROOT / "seeds" / "the_concert_press_kit.txt"


def parsed(text: str, markdown: bool = True, meta: dict | None = None, title: str | None = None) -> list[tuple]:
    """(section, speaker, prompt, quote) of each passage, the document titled as the build would."""
    source = (read_markdown if markdown else read_plain)(text)
    return [(p.interview, p.speaker, p.question, p.text) for p in parse_source(source, "doc.md", title or source.title or "Doc", meta)]


# A test using any of these loads the real embedding model (or an app that does): it is `slow`,
# and `pytest -m "not slow"` runs the others, in seconds.
REAL_MODEL_FIXTURES = {"real_embedder", "built_settings", "searcher", "service", "served_app", "app_url"}


def pytest_collection_modifyitems(items):
    for item in items:
        if REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


class FakeEmbedder:
    """Hashed bag of words: texts sharing words get similar unit vectors; counts its calls."""

    def __init__(self, name: str = "fake-model", dimension: int = 64):
        self.name = name
        self.dimension = dimension
        self.encoded = 0
        self.texts: list[str] = []

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        self.encoded += len(texts)
        self.texts.extend(texts)
        vectors = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                vectors[row, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture(scope="session")
def press_kit_text() -> str:
    return PRESS_KIT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def real_embedder():
    """The packaged model, each distinct text embedded once per session: the seventy off-topic
    probes every check's builds calibrate with, and the press kit several fixtures build, were a
    quarter of the slow tests' embeddings (a model's vector for a text does not depend on when)."""
    from assistant.embed import Embedder

    # An `Embedder` still, so a build exports its model for questions as it would with the real one.
    class SessionEmbedder(Embedder):
        def __init__(self, model: Embedder):
            self.__dict__.update(model.__dict__)
            self.vectors: dict[str, np.ndarray] = {}

        def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
            missing = list(dict.fromkeys(text for text in texts if text not in self.vectors))
            if missing:
                self.vectors.update(zip(missing, super().encode(missing, progress)))
            if not texts:
                return np.zeros((0, self.dimension), dtype=np.float32)
            return np.stack([self.vectors[text] for text in texts])

    return SessionEmbedder(Embedder())


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory, real_embedder) -> Settings:
    """Settings whose index (in a temporary folder) was built from seeds/ with the real model."""
    from assistant.build import build_index

    settings = dataclasses.replace(Settings(), index_dir=tmp_path_factory.mktemp("index"))
    build_index(settings, embedder=real_embedder)
    return settings


@pytest.fixture(scope="session")
def service(built_settings, real_embedder):
    """The service the app and the CLI use, over the real index and model."""
    from assistant.service import Service

    return Service.open(built_settings, encoder=real_embedder, build=False)


@pytest.fixture(scope="session")
def searcher(service):
    return service.searcher


@pytest.fixture(scope="session")
def fake_index(tmp_path_factory) -> Path:
    """An index of seeds/ built once with the fake embedder (its cache included), to be copied."""
    from assistant.build import build_index

    folder = tmp_path_factory.mktemp("fake-index") / "index"
    build_index(dataclasses.replace(Settings(), index_dir=folder, model="fake-model"), embedder=FakeEmbedder())
    return folder


def copy_index(template: Path, target: Path) -> Path:
    """A private copy of a built index folder (its `current` link kept a link)."""
    import shutil

    shutil.copytree(template, target, symlinks=True)
    return target


def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of seeds/ that a test may edit."""
    target = tmp_path / "seeds"
    target.mkdir()
    for path in (PROJECT_ROOT / "seeds").iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target


@pytest.fixture(scope="session")
def served_app(built_settings, tmp_path_factory):
    """The real app (`python app.py`) on a free local port, serving the index built for the tests
    (one process for the session: starting one takes some 15 seconds)."""
    from assistant.measure.serving import running_app

    with running_app(built_settings.index_dir, tmp_path_factory.mktemp("app") / "app.log") as app:
        yield app


@pytest.fixture(scope="session")
def app_url(served_app) -> str:
    return served_app.url
