"""Write the mid-year 绩效运行监控表 in the format a file name's suffix asks for: .pdf, .xlsx or .docx."""

from __future__ import annotations

from pathlib import Path

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.document_file import DocumentError


def write_monitoring(document: Document, target: Path) -> None:
    """Write the 运行监控表 to ``target`` in the format its suffix names; raise DocumentError for any other."""
    suffix = Path(target).suffix.lower()
    if suffix == ".pdf":
        from gridbudget_gui.io.pdf.monitoring import write_monitoring_pdf

        write_monitoring_pdf(document, target)
    elif suffix == ".xlsx":
        from gridbudget_gui.io.xlsx.monitoring import write_monitoring_xlsx

        write_monitoring_xlsx(document, target)
    elif suffix == ".docx":
        from gridbudget_gui.io.docx.monitoring import write_monitoring_docx

        write_monitoring_docx(document, target)
    else:
        raise DocumentError(target, "绩效运行监控表只能导出为 .pdf、.xlsx 或 .docx")
