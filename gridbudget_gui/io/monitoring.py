"""Write the mid-year 绩效运行监控表 in the format a file name's suffix asks for (.pdf for now)."""

from __future__ import annotations

from pathlib import Path

from gridbudget_gui.domain.document import Document
from gridbudget_gui.io.document_file import DocumentError

MONITORING_SUFFIXES = (".pdf",)


def write_monitoring(document: Document, target: Path) -> None:
    """Write the 运行监控表 to ``target`` in the format its suffix names; raise DocumentError for any other."""
    if Path(target).suffix.lower() == ".pdf":
        from gridbudget_gui.io.pdf.monitoring import write_monitoring_pdf

        write_monitoring_pdf(document, target)
    else:
        raise DocumentError(target, "绩效运行监控表目前只能导出为 .pdf")
