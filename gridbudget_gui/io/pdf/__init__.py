"""The declaration as a PDF: page styles, ruled tables, the 申报书 and 绩效目标表 pages."""
