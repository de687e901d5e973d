"""Readers and writers of files; no widgets."""

import os

# python-docx (the Word export) brings lxml, and openpyxl prefers lxml to defusedxml when both are there:
# then entity definitions in a colleague's workbook would be expanded. Keep openpyxl on defusedxml.
os.environ.setdefault("OPENPYXL_LXML", "False")
