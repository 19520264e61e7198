"""Figures beside the product, never under it: retrieval quality, document sets, benchmarks."""
