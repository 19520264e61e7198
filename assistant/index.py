"""The FAISS index with its passages and manifest: build, save (atomically) and load (checked)."""

from __future__ import annotations

import json
import logging
import os
import platform
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant import __version__
from assistant.search.abstention import Calibration
from assistant.ingest.documents import Corpus
from assistant.embed import EMBEDDING_FORMAT, Encoder, corpus_texts, prompt_texts
from assistant.search.lexical import LexicalIndex
from assistant.search.mentions import mention_shares
from assistant.search.speakers import interviewers
from assistant.rows import RowFile
from assistant.store import PassageColumns, PassageStore
from assistant.text import split_sentences

log = logging.getLogger(__name__)

# 9: mention shares counted within each document (a press kit's topic person stays one in a library).
FORMAT_VERSION = 10
CURRENT = "current"
MANIFEST = "manifest.json"
PASSAGES = "passages.jsonl"
VECTORS = "vectors.faiss"
SENTENCES = "sentences.npy"
# Exact search up to this many passages; above it an IVF index (see docs/performance.md).
FLAT_LIMIT = 50_000
IVF_NPROBE = 32
PROMPTS = "prompts.npy"
LEXICAL = "bm25"
# Sentence vectors up to this size are read into memory, bigger ones row by row as questions need them
# (`RowFile`); BM25 matrices bigger than this are memory-mapped.
MMAP_FROM_BYTES = 512 * 1024 * 1024
# Sentence vectors that take at most this much as float32 are held as float32 (exact: they are
# saved as float16), so a question scores them without casting its rows (0.36 ms a question here).
FLOAT32_SENTENCES_BYTES = 64 * 1024 * 1024
REBUILD = "run `python -m assistant build` (or `make run`, which rebuilds it by itself)"


def _versions() -> dict[str, str]:
    """The versions the index was built with, read from the installed packages (nothing imported)."""
    from importlib.metadata import PackageNotFoundError, version

    versions = {"assistant": __version__, "python": platform.python_version()}
    for name, package in (("sentence_transformers", "sentence-transformers"), ("faiss", "faiss-cpu"), ("torch", "torch")):
        try:
            versions[name] = version(package)
        except PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def vector_index(vectors: np.ndarray) -> tuple[object, str]:
    """Exact inner-product search up to FLAT_LIMIT passages, IVF beyond (recall@10 ≥ 0.95 measured)."""
    import faiss

    if len(vectors) <= FLAT_LIMIT:
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        return index, "IndexFlatIP"
    nlist = ivf_lists(len(vectors))
    index = build_ivf(vectors, nlist)
    index.nprobe = IVF_NPROBE
    return index, f"IVF{nlist},Flat"


# What each manifest field must hold: (check, what it is).
MANIFEST_SCHEMA = {
    "format_version": (lambda v: isinstance(v, int), "a number"),
    "embedding_format": (lambda v: isinstance(v, int), "a number"),
    "model": (lambda v: isinstance(v, str) and v, "a model name"),
    "dimension": (lambda v: isinstance(v, int) and v > 0, "a positive number"),
    "corpus_hash": (lambda v: isinstance(v, str), "a hash"),
    "sources": (lambda v: isinstance(v, str) and v, "a hash"),
    "reports": (lambda v: isinstance(v, list) and all(isinstance(line, str) for line in v), "a list of report lines"),
    "passage_count": (lambda v: isinstance(v, int) and v >= 0, "a count"),
    "sentence_count": (lambda v: isinstance(v, int) and v >= 0, "a count"),
    "documents": (lambda v: isinstance(v, dict) and all(isinstance(m, dict) for m in v.values()), "a map of documents to their metadata"),
    "index_type": (lambda v: v == "IndexFlatIP" or (isinstance(v, str) and v.startswith("IVF")), "IndexFlatIP or IVF…"),
    "nprobe": (lambda v: v is None or (isinstance(v, int) and v > 0), "empty or a positive number"),
    "abstention": (lambda v: _is_calibration(v), "a calibration {baseline, probes}"),
}


def _is_calibration(record: object) -> bool:
    try:
        Calibration.from_json(record)
    except ValueError:
        return False
    return True


def manifest_problem(manifest: dict) -> str | None:
    """What is wrong with a manifest's fields (the first one found), or None."""
    for key, (valid, what) in MANIFEST_SCHEMA.items():
        if key not in manifest:
            return f"no {key}"
        if not valid(manifest[key]):
            return f"{key} is {json.dumps(manifest[key])[:40]}, not {what}"
    if manifest["index_type"].startswith("IVF") and manifest["nprobe"] is None:
        return "an IVF index without nprobe"
    return None


def ivf_lists(count: int) -> int:
    """Number of IVF lists for a corpus size: about 4 × √count, a power of two."""
    return int(2 ** round(np.log2(4 * np.sqrt(count))))


def build_ivf(vectors: np.ndarray, nlist: int):
    """An inner-product IVF index trained on a sample of at most 64 vectors per list."""
    import faiss

    quantizer = faiss.IndexFlatIP(vectors.shape[1])
    ivf = faiss.IndexIVFFlat(quantizer, vectors.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
    sample = vectors[np.random.default_rng(0).choice(len(vectors), min(len(vectors), 64 * nlist), replace=False)]
    ivf.train(sample)
    ivf.add(vectors)
    return ivf


@dataclass
class PressKitIndex:
    """Passages, their unit vectors in a FAISS inner-product index, the unit vectors of their
    sentences (in passage order) and of their distinct prompts, the manifest describing them, and
    the BM25 index of what was embedded for each passage (`embed.corpus_texts`), all saved
    together so that opening an index computes nothing over the corpus."""

    passages: PassageStore
    faiss_index: object
    sentence_vectors: np.ndarray | RowFile
    prompt_vectors: np.ndarray
    manifest: dict
    lexical: LexicalIndex
    columns: PassageColumns
    _texts: list[str] | None = field(default=None, repr=False, compare=False)

    @property
    def embedding_texts(self) -> list[str]:
        """What was embedded (and indexed by BM25) for each passage, made when first asked for."""
        if self._texts is None:
            self._texts = corpus_texts(self.passages, list(self.manifest["documents"].values()))
        return self._texts

    @classmethod
    def build(cls, corpus: Corpus, encoder: Encoder, progress: bool = False) -> PressKitIndex:
        """Embed the passages (and their sentences) and index them for inner-product (cosine) search."""
        passages = corpus.passages
        if not passages:
            raise ValueError("No passages to index: the seeds folder yielded no text.")
        texts = corpus_texts(passages, list(corpus.metas.values()))
        vectors = encoder.encode(texts, progress=progress)
        split = [split_sentences(p.text) for p in passages]
        sentence_vectors = encoder.encode([s for sentences in split for s in sentences], progress=progress)
        prompt_vectors = encoder.encode(prompt_texts(passages), progress=progress)
        index, index_type = vector_index(vectors)
        manifest = {
            "format_version": FORMAT_VERSION,
            "embedding_format": EMBEDDING_FORMAT,
            "model": encoder.name,
            "dimension": encoder.dimension,
            "corpus_hash": corpus.digest(),
            "sources": corpus.fingerprint,
            "reports": [report.line() for report in corpus.reports],
            "passage_count": len(passages),
            "sentence_count": len(sentence_vectors),
            "documents": corpus.metas,
            "index_type": index_type,
            "nprobe": IVF_NPROBE if index_type.startswith("IVF") else None,
            "build_time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "versions": _versions(),
        }
        columns = PassageColumns.of(passages, mention_shares(passages, interviewers(corpus.metas.values())), [len(sentences) for sentences in split])
        return cls(PassageStore.of(passages), index, sentence_vectors, prompt_vectors, manifest, LexicalIndex.of(texts), columns, texts)

    def sentence_counts(self) -> np.ndarray:
        """How many rows of `sentence_vectors` each passage has (its sentences, in order)."""
        return self.columns.sentences.astype(np.int64)

    def vectors_of(self, positions: np.ndarray) -> np.ndarray:
        """The stored vectors of the passages at `positions`."""
        return self.faiss_index.reconstruct_batch(np.asarray(positions, dtype=np.int64))

    def save(self, index_dir: Path) -> Path:
        """Write into a new folder, then switch `index_dir/current` to it in one atomic rename."""
        import faiss

        index_dir.mkdir(parents=True, exist_ok=True)
        build_dir = Path(tempfile.mkdtemp(prefix="build-", dir=index_dir))
        try:
            faiss.write_index(self.faiss_index, str(build_dir / VECTORS))
            # float16 and memory-mapped at load: a question reads only its candidates' sentences.
            np.save(build_dir / SENTENCES, np.asarray(self.sentence_vectors, dtype=np.float16), allow_pickle=False)
            np.save(build_dir / PROMPTS, self.prompt_vectors, allow_pickle=False)
            self.lexical.save(build_dir / LEXICAL)
            self.columns.save(build_dir)
            (build_dir / PASSAGES).write_bytes(self.passages.data)
            (build_dir / MANIFEST).write_text(json.dumps(self.manifest, indent=2, ensure_ascii=False), encoding="utf-8")
            link = index_dir / f".{CURRENT}-{os.getpid()}"
            if link.is_symlink():
                link.unlink()
            link.symlink_to(build_dir.name)
            previous = (index_dir / CURRENT).resolve() if (index_dir / CURRENT).is_symlink() else None
            os.replace(link, index_dir / CURRENT)
        except BaseException:
            shutil.rmtree(build_dir, ignore_errors=True)
            raise
        if previous is not None and previous != build_dir.resolve():
            shutil.rmtree(previous, ignore_errors=True)
        return build_dir

    @classmethod
    def load(cls, index_dir: Path) -> PressKitIndex:
        """Read a saved index; FileNotFoundError or ValueError saying how to fix a missing or broken one."""
        import faiss

        folder = index_dir / CURRENT
        manifest_path = folder / MANIFEST
        if not manifest_path.exists():
            raise FileNotFoundError(f"No index in {index_dir}: {REBUILD}.")
        try:
            manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ValueError(f"The index manifest {manifest_path} is corrupt ({error}): {REBUILD}.") from error
        if not isinstance(manifest, dict) or manifest.get("format_version") != FORMAT_VERSION:
            raise ValueError(f"The index in {index_dir} was written by another version of the assistant: {REBUILD}.")
        wrong = manifest_problem(manifest)
        if wrong:
            raise ValueError(f"The index manifest {manifest_path} is damaged ({wrong}): {REBUILD}.")
        try:
            passages = PassageStore.read(folder / PASSAGES)
        except FileNotFoundError as error:
            raise ValueError(f"The index in {index_dir} has no {PASSAGES}: {REBUILD}.") from error
        except ValueError as error:
            raise ValueError(f"The passages file of the index in {index_dir} is corrupt ({error}): {REBUILD}.") from error
        try:
            faiss_index = faiss.read_index(str(folder / VECTORS))
        except RuntimeError as error:
            raise ValueError(f"The vector file of the index in {index_dir} is missing or corrupt: {REBUILD}.") from error
        try:
            # Read into memory up to MMAP_FROM_BYTES; a bigger file is read a question's rows at a
            # time (`RowFile`): a memory map would count every page near a read row as the
            # process's (measured at 1M: 2.5 GiB mapped after 75 questions) and dies with SIGBUS
            # if the file is cut short in place. Builds never touch a live index's files.
            if (folder / SENTENCES).stat().st_size > MMAP_FROM_BYTES:
                sentence_vectors = RowFile(folder / SENTENCES)
            else:
                sentence_vectors = np.load(folder / SENTENCES, allow_pickle=False)
                if sentence_vectors.nbytes * 2 <= FLOAT32_SENTENCES_BYTES:
                    sentence_vectors = sentence_vectors.astype(np.float32)
            prompt_vectors = np.load(folder / PROMPTS, allow_pickle=False)
        except (OSError, ValueError) as error:
            raise ValueError(f"The sentence or prompt vectors of the index in {index_dir} are missing or corrupt: {REBUILD}.") from error
        try:
            lexical = LexicalIndex.load(folder / LEXICAL, MMAP_FROM_BYTES)
            columns = PassageColumns.load(folder, len(passages))
        except ValueError as error:
            raise ValueError(f"The index in {index_dir} is damaged: {error}; {REBUILD}.") from error
        if (
            not (len(passages) == faiss_index.ntotal == manifest.get("passage_count"))
            or len(sentence_vectors) != manifest.get("sentence_count")
            or int(columns.sentences.sum()) != len(sentence_vectors)
            or len(prompt_vectors) != len(columns.prompts)
            or lexical.size != len(passages)
        ):
            raise ValueError(
                f"The index in {index_dir} is inconsistent ({len(passages)} passages, {faiss_index.ntotal} vectors, "
                f"{len(sentence_vectors)} sentence vectors; the manifest says {manifest.get('passage_count')} and "
                f"{manifest.get('sentence_count')}): {REBUILD}."
            )
        if manifest["index_type"].startswith("IVF"):
            faiss.extract_index_ivf(faiss_index).make_direct_map()
            faiss.extract_index_ivf(faiss_index).nprobe = int(manifest["nprobe"])
        return cls(passages, faiss_index, sentence_vectors, prompt_vectors, manifest, lexical, columns)

    def check(self, model: str, sources: str) -> None:
        """Raise ValueError when the index was built with another model or from other documents
        (`sources`: the seeds folder's `sources_fingerprint` now)."""
        if self.manifest.get("model") != model:
            raise ValueError(
                f"The index was built with model {self.manifest.get('model')!r} but {model!r} was asked for: "
                f"rebuild with `python -m assistant build --model {model}` or ask with "
                f"--model {self.manifest.get('model')}."
            )
        if self.manifest.get("embedding_format") != EMBEDDING_FORMAT:
            raise ValueError(f"The index embeds passages in an older way: {REBUILD}.")
        if self.manifest.get("sources") != sources:
            raise ValueError(f"The index is stale: the documents in seeds/ changed since it was built; {REBUILD}.")

    def search(self, query_vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Scores and passage positions of the `k` nearest passages for each query vector."""
        k = min(k, len(self.passages))
        scores, positions = self.faiss_index.search(np.ascontiguousarray(query_vectors, dtype=np.float32), k)
        return scores, positions
