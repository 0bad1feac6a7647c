"""Measurement-based care: scored questionnaires and the personal safety plan."""
