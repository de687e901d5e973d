"""A folder of declarations in one report: checked in parallel, written as HTML, xlsx or a 汇总表."""
