"""GridBudget's own workbook (write and read back) and opening any .xlsx."""
