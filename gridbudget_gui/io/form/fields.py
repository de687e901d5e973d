"""A form's fields read by their labels: the project's and the unit's fields, the goals, the titles and the signature line."""

from __future__ import annotations

import re

from gridbudget_gui.domain.dates import to_iso
from gridbudget_gui.domain.findings import info
from gridbudget_gui.domain.labels import printed
from gridbudget_gui.domain.numbers import DIGIT, ascii_digits
from gridbudget_gui.domain.place import Place, SheetCell
from gridbudget_gui.io.form.grid import Grid
from gridbudget_gui.io.form.labels import (
    DECLARATION_ONLY,
    NEIGHBOUR_LABELS,
    TARGETS_ONLY,
    goal_period,
    label_key,
    normalise_label,
)
from gridbudget_gui.io.form.lexicon import header_role
from gridbudget_gui.io.form.reading import FormReading, heads_a_column, value_below, value_right

# A year in ASCII or full-width digits (domain.numbers); 20٢١ is no year.
_YEAR = re.compile(r"((?:19|20|21)[0-9]{2})")
SIGNATURE_WORDS = {
    printed("signatures.unit_head"): "unit_head",
    printed("signatures.preparer"): "preparer",
    "填表人": "preparer",
    printed("signatures.date"): "date",
    "填表日期": "date",
}
"""The signature line's labels (canonical from ``domain.labels``, then synonyms) and the field each names."""
SIGNATURE_KEYS = re.compile("(" + "|".join(map(re.escape, SIGNATURE_WORDS)) + r")\s*[:：]?")


def _sheet_kind(grid: Grid) -> str:
    keys = {label_key(grid.text(r, c)) for (r, c) in grid.cells}
    names = {k[0] for k in keys if k is not None}
    if names & TARGETS_ONLY and not names & DECLARATION_ONLY:
        return "targets"
    return "declaration"


def read_labels(form: FormReading, grid: Grid) -> None:
    """Each field found by its label on a sheet, its value beside, under or after it (项目名称：…)."""
    kind = _sheet_kind(grid)
    # A 申报书 may title its 立项依据 项目立项依据; a file holding both forms (as the Word export does) has the
    # 申报书's own 立项依据, and its 项目立项依据 is then the 绩效目标表's kind of basis.
    basis_labelled = any(
        (found := label_key(grid.text(r, c))) is not None and found[0] == "project.basis" for r, c in grid.cells
    )
    for row, col in sorted(grid.cells):
        text = grid.text(row, col)
        found = label_key(text)
        inline = ""
        if found is None and re.search(r"[:：]", text):
            head, _, inline = re.split(r"([:：])", text, maxsplit=1)
            found = label_key(head)
            inline = inline.strip()
            if found is None or not inline:
                continue
        elif found is None and (spaced := _SPACED_LABEL.match(text)) is not None:
            found, inline = label_key(spaced[1]), spaced[2].strip()  # 项目名称        优 抚 (a Word cover line)
            if found is not None and label_key(inline) is not None:
                continue  # 项目名称 项目单位: two labels on one line, no value
        if found is None:
            continue
        key, _ = found
        form.use(grid, row, col)
        if key == "structure" or (not inline and _heads_a_section(form, grid, row, col)):
            continue
        record = 0 if inline else _record_row(grid, row)
        if record:  # 单位名称 | 项目名称 | 预算数 | … | 一级指标 over the project's row: its value is on that row
            value = grid.text(record, col).strip() if grid.origin(record, col) == (record, col) else ""
            form.use(grid, record, col)
        else:
            value = _TRAILING_LABEL.sub("", _before_next_label(inline) or value_right(form, grid, row, col))
        if not value and not inline and heads_a_column(form, grid, row, col):
            value = value_below(form, grid, row, col)  # 项目名称 | 项目主管部门 | … over a row of values
            if value and _UNIT_AND_PROJECT.fullmatch(normalise_label(text)):
                _project_under_unit(form, grid, row, col)
        if _UNIT_LINE.fullmatch(value.strip()):
            continue  # 项目单位(盖章):  单位:万元 — the unit line of the table below shares the label's line
        if key == "unit.code" and re.fullmatch(r"\[?[0-9]{1,8}\]?", value.strip()):
            continue  # 505006, [103]: a budget system's unit number, no 统一社会信用代码 (left unread, reported)
        if key.startswith("fallback:"):
            form.fallbacks.setdefault(key.split(":", 1)[1], (grid, row, col, value))
            continue
        if not value and key in _PROSE_FIELDS:
            value = _paragraphs_below(form, grid, row, col) or value_below(form, grid, row, col)
        if key == "project.manager":
            name, phone = _name_and_phone(value)
            form.found.add(key)
            form.count(grid, "fields", 2 if phone else 1)
            _assign(form, grid, row, col, "project.manager.name", name)
            _assign(form, grid, row, col, "project.manager.phone", phone)
            continue
        if key == "phone":
            key = "project.manager.phone" if _row_has(grid, row, printed("project.manager.name")) else "unit.phone"
        if key == "project.basis_kind" and kind == "declaration" and not basis_labelled:
            key = "project.basis"
        form.found.add(key)
        if key == "project.content" and form.content_grid is None:
            form.content_grid = grid
        if value:
            form.count(grid, "fields")
        else:  # the label is there and nothing beside or under it: the form's own gap, not ours
            where = Place.of(key.removesuffix(".targets"))
            form.notes.append(info("file.blank", where, label=normalise_label(text)[:20]))
        _assign(form, grid, row, col, key, value)


def _record_row(grid: Grid, row: int) -> int:
    """The project's row under a row of headings that also heads the indicator matrix (单位名称 | 项目名称 | 预算数 |
    年度目标 | 一级指标 | …, one record under it): the first row below whose 项目名称 cell is filled; 0 otherwise."""
    roles = {header_role(grid.text(row, c)) for c in grid.columns(row)}
    if not {"level1", "level2"} <= roles:
        return 0
    name_col = next((c for c in grid.columns(row) if label_key(grid.text(row, c)) == ("project.name", "元")), 0)
    for below in grid.rows(row + 1, row + 6) if name_col else []:
        if grid.text(below, name_col).strip():
            return below
    return 0


_UNIT_AND_PROJECT = re.compile(r"单位[（(/／](?:专项|项目)[)）]?名称")
"""A budget system's 公开 column naming the unit on its first row and its projects (专项) on the rows under it."""


def _project_under_unit(form: FormReading, grid: Grid, row: int, col: int) -> None:
    """单位（专项）名称 over 某学校 then 学生伙食费: the row under the unit's names the project (when no label does)."""
    unit_row = grid.span(row, col)[2] + 1
    below = (grid.span(unit_row, col)[2] + 1, col)
    text = grid.text(*below).strip()
    if text and grid.origin(*below) == below and not form.is_label(grid, *below):
        form.use(grid, *below)
        form.fallbacks.setdefault("project.name", (grid, below[0], below[1], text))


def _heads_a_section(form: FormReading, grid: Grid, row: int, col: int) -> bool:
    """True for a label merged down three rows or more whose right neighbour is a label too (项目基本情况 beside
    项目名称, 项目属性…): it names a part of the form, not a field."""
    first, _, last, last_col = grid.span(row, col)
    if last - first < 2:
        return False
    right = next((c for c in grid.columns(row) if c > last_col and grid.text(row, c).strip()), None)
    return right is not None and form.is_label(grid, row, right)


_NEXT_LABEL = re.compile(r"\s+([\u4e00-\u9fff（）()]{2,12})\s*[:：]")


def _before_next_label(inline: str) -> str:
    """An inline value up to the next label on its line: 单位名称：保山市… 填报日期：2023年4月6日 → 保山市…."""
    for match in _NEXT_LABEL.finditer(inline):
        word = match[1]
        if label_key(word) is not None or word in NEIGHBOUR_LABELS or SIGNATURE_KEYS.fullmatch(word):
            return inline[: match.start()].strip()
    return inline


_UNIT_LINE = re.compile(r"(?:金额|资金|计量)?单位\s*[:：]\s*(?:万元|元|千元)")
_SPACED_LABEL = re.compile(r"^\s*([^\s:：]{2,12})[ \t\u3000]+(\S[^\n]*)$")
"""A label and its value on one line, set apart by a run of spaces instead of a colon (a Word cover page)."""
_TRAILING_LABEL = re.compile(r"\s+[\u4e00-\u9fff（）()]{1,10}[:：]\s*$")
"""An empty label after a value on the same line (邹光辉 单位（盖章）：, 黄石市第三中学 主要领导签字：): not the value's."""

_PROSE_FIELDS = {
    "project.basis",
    "unit.profile",
    "project.overview",
    "project.content",
    "project.funding_arrangement",
    "project.schedule",
    "project.outcomes",
    "project.summary",
    "project.safeguards",
    "project.budget_notes",
}
"""Fields whose text may stand under the label (a sheet of its own: 立项依据 over a merged block)."""
_PHONE = re.compile(r"(?:\+?86[- ]?)?(?:1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8}(?:-[0-9]+)?)")
_CHECKED = "√☑✓✔■●R"
"""Ticks as forms print them; R is Wingdings 2's ☑ where the font was lost (新增项目□ 延续项目R)."""
_UNCHECKED = "□☐○"


def _name_and_phone(text: str) -> tuple[str, str]:
    """项目负责人及电话: 赵敏 0871-65550123, 吴芳/13600003333, 谢凯13990260322（办公） → the name and the phone."""
    match = _PHONE.search(ascii_digits(text))
    if match is None:
        return text.strip(), ""
    name = (text[: match.start()] + text[match.end() :]).strip(" /／,，、;；:：\t\n")
    name = re.sub(r"[（(][^（）()]*[)）]|[()（）]", "", name).strip(" /／,，、;；:：\t\n")  # （办公）
    return name, match[0]


def checked_option(text: str) -> str:
    """The option ticked in a checkbox value (新增项目□延续项目√ → 延续项目); the text itself when none is."""
    boxed = re.sub(r"[（(]\s*([√☑✓✔])\s*[)）]", r"\1", text)  # 经常性项目(√)一次性项目(): marks in brackets
    boxed = re.sub(r"[（(]\s*[)）]", "□", boxed)
    boxed = re.sub(rf"(?:^|(?<=\s)){DIGIT}{{1,2}}\s*[、.．]\s*", "", boxed)  # 1、持续性项目 ☑ 2、新增性项目 □
    if boxed != text and checked_option(boxed) != boxed:
        return checked_option(boxed)
    ticks = _CHECKED if any(mark in text for mark in _UNCHECKED) else _CHECKED.replace("R", "")  # R beside □ only
    if not any(mark in text for mark in ticks) or not any(mark in text for mark in _UNCHECKED + ticks):
        return text
    marks = re.escape(ticks + _UNCHECKED)
    # A mark belongs to the option before it (新增项目□) unless the text starts with one (□新增项目 √延续项目).
    if text.strip()[0] in ticks + _UNCHECKED:
        pairs = re.findall(rf"([{marks}])\s*([^{marks}\s]+)", text)
        chosen = [option for mark, option in pairs if mark in ticks]
    else:
        pairs = re.findall(rf"([^{marks}\s]+)\s*([{marks}])", text)
        chosen = [option for option, mark in pairs if mark in ticks]
    return chosen[0] if len(chosen) == 1 else text


def _row_has(grid: Grid, row: int, label: str) -> bool:
    return any(normalise_label(grid.text(row, c)) == label for c in grid.columns(row))


def _assign(form: FormReading, grid: Grid, row: int, col: int, key: str, value: str) -> None:
    document = form.document
    if key == "year":
        digits = _YEAR.search(ascii_digits(value))
        document.year = int(digits[1]) if digits else document.year
        return
    if key == "project.basis":
        document.project.basis = basis_entries(value)
        return
    if key == "project.attribute":
        value = re.sub(rf"^{DIGIT}{{3}}\s*", "", checked_option(value))  # 002 延续性项目: the code is the form's
    if key == "unit.name.targets":
        if not document.unit.name:
            document.unit.name = value
        elif value and value != document.unit.name:
            form.notes.append(
                info(
                    "file.unplaced",
                    SheetCell.parse_address(grid.where(row, col)),
                    variant="unit-name",
                    value=value,
                    unit_name=document.unit.name,
                )
            )
        return
    target: object = document
    *path, last = key.split(".")
    for part in path:
        target = getattr(target, part)
    if getattr(target, last) and value != getattr(target, last):
        if value:
            form.notes.append(
                info(
                    "file.unplaced",
                    SheetCell.parse_address(grid.where(row, col)),
                    variant="conflict",
                    value=value[:40],
                    label=normalise_label(grid.text(row, col)),
                )
            )
        return
    setattr(target, last, value)


_TITLE_AND_NUMBER = re.compile(
    r"^(?:依据|根据|按照)?\s*(《[^《》]*》\s*[\u4e00-\u9fff]*[〔\[［【(（][0-9]{4}[〕\]］】)）][0-9]+号)\s*[,，。]\s*\S"
)
"""A document's title and number with prose after it on the same line."""


def basis_entries(value: str) -> list[str]:
    """立项依据 as a list of documents. Written one a line, each line is one entry, whole; a single line is split
    at ；/; (before a new 《title》 only, when it has titles: text after a title, such as its number or an
    attachment, stays with it); a line of bare titles (《甲》《乙》, 《甲》、《乙》) gives each title."""
    lines = [line.strip() for line in value.split("\n") if line.strip()]
    entries: list[str] = []
    for line in lines:
        if "《" in line:
            pieces = re.split(r"[；;]\s*(?=《)", line) if len(lines) == 1 else [line]
        else:
            pieces = re.split(r"[；;]", line) if len(lines) == 1 else [line]
        for written in pieces:
            numbered = _TITLE_AND_NUMBER.match(written)
            # 依据《…》 皖政办秘〔2016〕190号, 坚持需求导向…: the document, not the prose after it
            piece = numbered[1] if numbered is not None and len(lines) == 1 else written
            titles = re.findall(r"《[^《》]*》", piece)
            if titles and not re.sub(r"《[^《》]*》|[\s、，,；;。]", "", piece):
                entries += titles
            elif piece.strip(" ；;"):
                entries.append(piece.strip(" ；;"))
    return entries


_FORM_FURNITURE = re.compile(
    r"^(项目申报书|项目(支出)?绩效目标(申报)?表|[（(](19|20)[0-9]{2}年度?[)）]|单位[（(]盖章[)）]|金额单位[：:]元)$"
)
"""Titles and the seal's place inside a document that holds both forms (our Word export): never reported."""


def apply_fallbacks(form: FormReading) -> None:
    """Fields only a weaker label named (填报单位, 项目类别), when no better one did."""
    for key, (grid, row, col, value) in form.fallbacks.items():
        target: object = form.document
        *path, last = key.split(".")
        for part in path:
            target = getattr(target, part)
        if value and not getattr(target, last):
            setattr(target, last, checked_option(value) if key == "project.attribute" else value)
            form.found.add(key)
            form.count(grid, "fields")
        form.use(grid, row, col)


def read_titles(form: FormReading, grid: Grid) -> None:
    """Title lines above the form (标题, 附件2, （2021年度）): used for the year, never reported as lost."""
    used = form.used.get(grid.name, set())
    first_label = min((r for (r, c) in used), default=0)
    for (row, col), _ in sorted(grid.cells.items()):
        if row > first_label or (row == first_label and (grid.origin(row, col) in used or col > 1)):
            continue  # the title may share its row with a label right of it (…自评表 | 部门：…)
        text = grid.text(row, col)
        form.use(grid, row, col)
        form.titles.append(text)
        year = re.search(rf"{_YEAR.pattern}\s*年度?", ascii_digits(text))
        if year is not None and (form.title_year is None or "年度" in text):
            form.title_year = int(year[1])
    for (row, col), _ in grid.cells.items():
        if _FORM_FURNITURE.match(re.sub(r"\s+", "", grid.text(row, col))):
            form.use(grid, row, col)


_GOAL_HEADING = re.compile(r"^(?:年初设定目标|预期目标|设定目标|目标内容)$")
_OUTCOME_HEADING = re.compile(r"完成情况|实际完成|完成值|实现情况")


def read_goals(form: FormReading, grid: Grid) -> None:
    """The 中期 and 年度 goals, each by its label."""
    for row, col in sorted(grid.cells):
        period = goal_period(grid.text(row, col)) or _goal_over_expected(grid, row, col)
        if period is None or f"goals.{period}" in form.found:
            continue
        record = _record_row(grid, row)
        if not record and _labels_matrix_row(grid, row, col):
            continue
        form.use(grid, row, col)
        if record:  # 年度目标 heading a column of the project's row, beside the matrix's headings
            form.use(grid, record, col)
        text = grid.text(record, col).strip() if record else _goal_text(form, grid, row, col)
        setattr(form.document.goals, period, text)
        form.found.add(f"goals.{period}")
        form.count(grid, "fields", 1 if text else 0)
    if "goals.annual" in form.found or "goals.mid_term" in form.found:
        return
    for row, col in sorted(grid.cells):  # 总体目标 | its text, on a form that names no period: the year's
        if normalise_label(grid.text(row, col)) not in _WHOLE_GOAL:
            continue
        text = _goal_text(form, grid, row, col)  # beside it, or under it when 全年实际完成情况 heads the next column
        if text and goal_period(text) is None and label_key(text) is None:
            form.use(grid, row, col)
            form.document.goals.annual = text
            form.found.add("goals.annual")
            form.count(grid, "fields")
            return


_GOAL_OUTCOME = re.compile(r"^(?:年度|本年度?|当年)(?:总体)?(?:绩效)?目标(?:完成|实现)情况$")


def _goal_over_expected(grid: Grid, row: int, col: int) -> str | None:
    """The year's goal ("annual") for 年度目标完成情况 beside a 预期目标 heading (a 自评表's goal block: 预期目标 | 实际完成情况)."""
    if not _GOAL_OUTCOME.match(normalise_label(grid.text(row, col))):
        return None
    last_col = grid.span(row, col)[3]
    right = next((c for c in grid.columns(row) if c > last_col and grid.text(row, c).strip()), None)
    return "annual" if right is not None and _GOAL_HEADING.match(normalise_label(grid.text(row, right))) else None


def _labels_matrix_row(grid: Grid, row: int, col: int) -> bool:
    """True for a label left of an indicator matrix's headings (绩效目标 | 一级指标 | 二级指标 …): no goal's."""
    right = [c for c in grid.columns(row) if c > grid.span(row, col)[3] and grid.text(row, c).strip()]
    return bool(right) and header_role(grid.text(row, right[0])) in ("level1", "level2", "name")


_WHOLE_GOAL = ("总体目标", "项目总体目标", "总体绩效目标", "整体目标")
"""A goal labelled with no period: the year's when the form names no 年度 or 中期 goal (a form for one year)."""


def _goal_text(form: FormReading, grid: Grid, row: int, col: int) -> str:
    """The goal beside its label; or, when the cell beside it heads a column (年度总体目标 | 年初设定目标 |
    全年实际完成情况, 项目年度目标 | 年度目标完成情况), the text under that heading or under the label."""
    last_col = grid.span(row, col)[3]
    for c in grid.columns(row):
        if c <= last_col or grid.origin(row, c)[1] <= last_col or not grid.text(row, c).strip():
            continue
        heading = normalise_label(grid.text(row, c))
        if _GOAL_HEADING.match(heading):
            form.use(grid, row, c)
            return value_below(form, grid, row, c)
        if _OUTCOME_HEADING.search(heading):
            form.use(grid, row, c)
            return value_below(form, grid, row, col)
        break
    return value_right(form, grid, row, col) or value_below(form, grid, row, col)


MAX_PARAGRAPHS = 500
"""The most paragraphs one heading of a Word declaration gathers (its numbered cost lines)."""


def _paragraphs_below(form: FormReading, grid: Grid, row: int, col: int) -> str:
    """A Word heading's text: the paragraphs under a heading that stands alone on its row (七、项目实施内容), up
    to the next heading, table or empty row; each paragraph is a row of one cell."""
    if grid.columns(row) != [col] or grid.span(row, col) != (row, col, row, col):
        return ""
    lines: list[tuple[int, int]] = []
    for r in grid.rows(row + 1):
        if r != row + 1 + len(lines) or len(lines) >= MAX_PARAGRAPHS:
            break
        if grid.columns(r) != [col] or grid.span(r, col) != (r, col, r, col) or form.is_label(grid, r, col):
            break
        text = grid.text(r, col)
        if re.search(r"[:：]", text) and label_key(re.split(r"[:：]", text, maxsplit=1)[0]) is not None:
            break  # 八、资金安排情况：… is the next heading with its text
        lines.append((r, col))
    for place in lines:
        form.use(grid, *place)
    return "\n".join(grid.text(*place).strip() for place in lines)


def read_signatures(form: FormReading, grid: Grid) -> None:
    """The signature line: 单位负责人, 填报人 and the date, written in one cell or beside their labels."""
    signatures = form.document.signatures
    fields = SIGNATURE_WORDS
    for row, col in sorted(grid.cells):
        text = grid.text(row, col)
        matches = list(SIGNATURE_KEYS.finditer(text))
        if not matches or len(text) > 120:
            continue
        form.use(grid, row, col)
        for index, match in enumerate(matches):
            stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
            value = text[match.end() : stop].strip(" \u3000:：")
            if not value and len(matches) == 1:
                value = value_right(form, grid, row, col)
            key = fields[match[1]]
            if key == "date":
                value = to_iso(value) if value else ""
            form.found.add(f"signatures.{key}")  # the form has the line, signed or not
            if value:
                setattr(signatures, key, value)
                form.count(grid, "fields")
