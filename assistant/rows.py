"""Rows of a large saved array (.npy) read from the file when asked for, with `pread`: a question
reads only its candidates' rows, the process holds none of the rest, and a file cut short under
a running app gives an error naming the fix instead of killing it (as a memory map would)."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np


class RowFile:
    """A 2-D array saved with `np.save`, read a few rows at a time: `rows[positions]`."""

    def __init__(self, path: Path):
        with open(path, "rb") as handle:
            version = np.lib.format.read_magic(handle)
            read_header = np.lib.format.read_array_header_1_0 if version == (1, 0) else np.lib.format.read_array_header_2_0
            shape, fortran, dtype = read_header(handle)
            self._offset = handle.tell()
        if fortran or len(shape) != 2 or dtype.hasobject:
            raise ValueError(f"{path} is not a 2-D array of numbers in row order")
        self.path = path
        self.shape = shape
        self.dtype = dtype
        self._row_bytes = shape[1] * dtype.itemsize
        expected = self._offset + shape[0] * self._row_bytes
        if path.stat().st_size < expected:
            raise ValueError(f"{path} is shorter than its header says ({path.stat().st_size} of {expected} bytes)")
        self._fd = os.open(path, os.O_RDONLY)

    def __len__(self) -> int:
        return self.shape[0]

    def __getitem__(self, positions) -> np.ndarray:
        """The rows at `positions` (an array of row numbers), in that order; each run of
        consecutive rows is one read."""
        positions = np.asarray(positions, dtype=np.int64).ravel()
        out = np.empty((len(positions), self.shape[1]), dtype=self.dtype)
        if not len(positions):
            return out
        breaks = np.flatnonzero(np.diff(positions) != 1) + 1
        for start, stop in zip(np.concatenate([[0], breaks]), np.concatenate([breaks, [len(positions)]])):
            first, count = int(positions[start]), int(stop - start)
            if first < 0 or first + count > self.shape[0]:
                raise IndexError(f"rows {first}-{first + count - 1} of {self.shape[0]}")
            data = os.pread(self._fd, count * self._row_bytes, self._offset + first * self._row_bytes)
            if len(data) != count * self._row_bytes:
                raise ValueError(f"{self.path} was cut short while in use: rebuild the index (`python -m assistant build`)")
            out[start:stop] = np.frombuffer(data, dtype=self.dtype).reshape(count, self.shape[1])
        return out

    def __del__(self):
        fd = getattr(self, "_fd", None)
        if fd is not None:
            os.close(fd)
