"""The press kit assistant: attributed retrieval over film press-kit interviews."""

__version__ = "0.1.0"
