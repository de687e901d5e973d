"""Write the year-end 自评表 in the format a file name's suffix asks for: .pdf, .xlsx or .docx."""

from __future__ import annotations

from pathlib import Path

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.document_file import DocumentError

SELF_EVALUATION_SUFFIXES = (".pdf", ".xlsx", ".docx")


def write_self_evaluation(document: Document, target: Path) -> None:
    """Write the 自评表 to ``target`` in the format its suffix names; raise DocumentError for any other."""
    suffix = Path(target).suffix.lower()
    if suffix == ".pdf":
        from gridbudget_gui.io.pdf.self_evaluation import write_self_evaluation_pdf

        write_self_evaluation_pdf(document, target)
    elif suffix == ".xlsx":
        from gridbudget_gui.io.xlsx.self_evaluation import write_self_evaluation_xlsx

        write_self_evaluation_xlsx(document, target)
    elif suffix == ".docx":
        from gridbudget_gui.io.docx.self_evaluation import write_self_evaluation_docx

        write_self_evaluation_docx(document, target)
    else:
        raise DocumentError(target, "绩效自评表只能导出为 .pdf、.xlsx 或 .docx")
