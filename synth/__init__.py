"""Generators of seed-like synthesis reports and fictional papers (text, Markdown, PDF) for
examples, tests and benchmarks. PDF output needs fpdf2 (the `dev` extra)."""
