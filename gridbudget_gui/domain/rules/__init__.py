"""The consistency rules reviewers apply, grouped by the part of the document they read.

Each module's functions take the document (and what else they need) and return findings. The checker
(``domain/checker.py``) decides which groups to run again after an edit.
"""
