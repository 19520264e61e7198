"""Building the index: incremental (an embedding cache per model), locked, and atomic."""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import numpy as np

from assistant.search.abstention import calibrate
from assistant.config import Settings
from assistant.ingest.documents import load_corpus, sources_fingerprint
from assistant.embed import EMBEDDING_FORMAT, Embedder, Encoder
from assistant.index import CURRENT, FORMAT_VERSION, PressKitIndex
from assistant.search.searcher import Searcher

log = logging.getLogger(__name__)

CACHE = "cache"
CACHE_FILE = "vectors.npz"
LOCK = ".build.lock"


@dataclass
class BuildReport:
    """What a build did, for the one-line summary and the per-document lines."""

    documents: list[str] = field(default_factory=list)
    passages: int = 0
    cached: int = 0
    embedded: int = 0
    removed: int = 0
    up_to_date: bool = False

    def summary(self) -> str:
        """E.g. "3 documents, 142 passages: 139 cached, 3 embedded, 0 removed"."""
        documents = len(self.documents)
        counts = f"{documents} document{'s' if documents != 1 else ''}, {self.passages} passages"
        if self.up_to_date:
            return f"{counts}: index up to date, nothing embedded."
        return f"{counts}: {self.cached} cached, {self.embedded} embedded, {self.removed} removed"


class EmbeddingCache:
    """Vectors of texts already embedded with one model, keyed by a hash of the text.

    Stored as one file (`vectors.npz`: the keys, the vectors, the model and a checksum of the
    vectors), replaced in one rename: a build killed at any point leaves the old cache or the new
    one, never keys of one beside vectors of the other; a file that fails its checksum is ignored."""

    def __init__(self, folder: Path, model: str):
        self.folder = folder / hashlib.sha256(model.encode("utf-8")).hexdigest()[:16]
        self.model = model
        self.vectors: dict[str, np.ndarray] = {}
        try:
            with np.load(self.folder / CACHE_FILE, allow_pickle=False) as stored:
                keys, matrix = stored["keys"], stored["vectors"]
                intact = (
                    str(stored["model"]) == model
                    and matrix.ndim == 2
                    and len(keys) == len(matrix)
                    and str(stored["checksum"]) == _checksum(keys, matrix)
                )
            if intact:
                self.vectors = dict(zip(keys.tolist(), matrix))
            else:
                log.warning("The embedding cache for %s does not match its checksum; everything will be embedded.", model)
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, EOFError):
            log.info("No usable embedding cache for %s; everything will be embedded.", model)

    @staticmethod
    def key(text: str) -> str:
        """The cache key of a text."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def save(self, keep: set[str]) -> None:
        """Write the vectors whose keys are in `keep`, replacing the stored cache atomically."""
        self.folder.mkdir(parents=True, exist_ok=True)
        keys = sorted(k for k in self.vectors if k in keep)
        if not keys:
            return
        names = np.array(keys)
        matrix = np.stack([self.vectors[k] for k in keys]).astype(np.float32)
        handle, staging = tempfile.mkstemp(prefix=".cache-", suffix=".npz", dir=self.folder)
        try:
            with os.fdopen(handle, "wb") as file:
                np.savez(file, keys=names, vectors=matrix, model=np.array(self.model), checksum=np.array(_checksum(names, matrix)))
            os.replace(staging, self.folder / CACHE_FILE)
        except BaseException:
            Path(staging).unlink(missing_ok=True)
            raise


def _checksum(keys: np.ndarray, matrix: np.ndarray) -> str:
    """A hash of the keys and the vectors' bytes, stored beside them and compared on load."""
    digest = hashlib.sha256("\n".join(keys.tolist()).encode("utf-8"))
    digest.update(np.ascontiguousarray(matrix, dtype=np.float32).tobytes())
    return digest.hexdigest()


class CachedEncoder:
    """An `Encoder` that serves cached vectors and loads the model only for new texts."""

    def __init__(self, cache: EmbeddingCache, load: Callable[[], Encoder]):
        self.cache = cache
        self.name = cache.model
        self._load = load
        self._embedder: Encoder | None = None
        self.used: set[str] = set()
        # Keys of the texts this encoder had to embed (not found in the cache).
        self.fresh: set[str] = set()
        sample = next(iter(cache.vectors.values()), None)
        self._dimension = None if sample is None else int(sample.shape[0])

    @property
    def embedder(self) -> Encoder:
        if self._embedder is None:
            self._embedder = self._load()
        return self._embedder

    @property
    def dimension(self) -> int:
        if self._dimension is None:
            self._dimension = self.embedder.dimension
        return self._dimension

    def encode(self, texts: list[str], progress: bool = False) -> np.ndarray:
        """Vectors for `texts`, embedding only those not in the cache."""
        keys = [EmbeddingCache.key(text) for text in texts]
        missing = list(dict.fromkeys(k for k in keys if k not in self.cache.vectors))
        if missing:
            first_text = {k: t for k, t in zip(keys, texts)}
            fresh = self.embedder.encode([first_text[k] for k in missing], progress=progress)
            self.cache.vectors.update(zip(missing, fresh))
            self.fresh.update(missing)
        self.used.update(keys)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return np.stack([self.cache.vectors[k] for k in keys]).astype(np.float32)


@contextmanager
def build_lock(index_dir: Path) -> Iterator[None]:
    """Hold the index folder's build lock; ValueError at once when another build holds it."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / LOCK, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise ValueError(f"Another build of {index_dir} is running (pid {holder}): wait for it to finish, then retry.") from error
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def _previous(index_dir: Path) -> PressKitIndex | None:
    try:
        return PressKitIndex.load(index_dir)
    except (FileNotFoundError, ValueError):
        return None


def _remove_abandoned_builds(index_dir: Path) -> None:
    """Delete build folders left by builds that were killed (only the current one is kept)."""
    current = (index_dir / CURRENT).resolve() if (index_dir / CURRENT).is_symlink() else None
    for folder in index_dir.glob("build-*"):
        if folder.resolve() != current:
            shutil.rmtree(folder, ignore_errors=True)


def build_index(settings: Settings, progress: bool = False, embedder: Encoder | None = None, force: bool = False) -> BuildReport:
    """Parse the seeds and (re)build the index, embedding only what the cache lacks.

    Nothing is parsed or written when the saved index was built from the same files, parser and
    model (unless `force`): its report lines are given back. The new index is written beside the
    old one and swapped in atomically.
    """
    try:
        return _build(settings, progress, embedder, force)
    except OSError as error:
        raise ValueError(
            f"Cannot write the index in {settings.index_dir} ({error.strerror or error}): make room or make the folder "
            "writable, or pass --index with a folder you can write to."
        ) from error


def _up_to_date(manifest: dict, settings: Settings) -> bool:
    return (
        manifest.get("model") == settings.model
        and manifest.get("embedding_format") == EMBEDDING_FORMAT
        and manifest.get("format_version") == FORMAT_VERSION
        and manifest.get("sources") == sources_fingerprint(settings.seeds_dir, settings.max_passage_words)
    )


def _query_model(settings: Settings, embedder: Encoder | None, encoder: CachedEncoder, cache: EmbeddingCache) -> dict | None:
    """The ONNX export for questions (`onnx_query`), made once per model into the embedding
    cache: reused while the model is the same, exported with the model otherwise. None when
    turned off, for a test encoder, or when the model cannot be exported."""
    from assistant.onnx_query import existing_export, export_query_model

    if not settings.onnx_queries or not (embedder is None or isinstance(embedder, Embedder)):
        return None
    folder = cache.folder / "query"
    made = existing_export(folder, settings.index_dir)
    if made is not None:
        return made
    try:
        model = (embedder if embedder is not None else encoder.embedder).model
        return export_query_model(model, folder, settings.index_dir)
    except Exception as error:  # an export failure leaves questions on PyTorch, never fails the build
        log.warning("Could not export the model for questions (%s); they keep the PyTorch path.", error)
        return None


def _build(settings: Settings, progress: bool, embedder: Encoder | None, force: bool) -> BuildReport:
    with build_lock(settings.index_dir):
        _remove_abandoned_builds(settings.index_dir)
        previous = _previous(settings.index_dir)
        if not force and previous is not None and _up_to_date(previous.manifest, settings):
            count = previous.manifest["passage_count"]
            return BuildReport(list(previous.manifest["reports"]), count, cached=count, up_to_date=True)
        corpus = load_corpus(settings.seeds_dir, settings.max_passage_words)
        report = BuildReport(documents=[r.line() for r in corpus.reports], passages=len(corpus.passages))
        cache = EmbeddingCache(settings.index_dir / CACHE, settings.model)
        encoder = CachedEncoder(cache, lambda: embedder or Embedder(settings.model))
        index = PressKitIndex.build(corpus, encoder, progress=progress)
        report.embedded = sum(EmbeddingCache.key(text) in encoder.fresh for text in index.embedding_texts)
        index.manifest["abstention"] = calibrate(Searcher(index, encoder, settings).relevances).to_json()
        record = _query_model(settings, embedder, encoder, cache)
        if record is not None:
            index.manifest["query_encoder"] = record
        index.save(settings.index_dir)
        cache.save(encoder.used)
    new_ids = {p.id for p in corpus.passages}
    old_ids = {p.id for p in previous.passages} if previous is not None else set()
    report.removed = len(old_ids - new_ids)
    report.cached = report.passages - report.embedded
    return report
