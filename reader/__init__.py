"""Transcript Reader: a desktop reader for kremlin.ru transcripts."""

__version__ = "0.1.0"
