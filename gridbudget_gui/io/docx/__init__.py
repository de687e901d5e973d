"""Word (.docx) export of the declaration."""
