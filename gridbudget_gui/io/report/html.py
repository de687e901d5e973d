"""``check FOLDER --report OUT.html``: one page a reviewer opens offline (no script, no link outside it).

At the top the totals and a count table (the four questions × error, warning, info); then the files that
could not be read, with the reason; then one section per declaration, its findings grouped by question.
Every text from a file is escaped.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from html import escape
from pathlib import Path

from gridbudget_gui import __version__
from gridbudget_gui.domain.aspects import ASPECTS, aspect_word
from gridbudget_gui.domain.findings import Severity
from gridbudget_gui.domain.messages import render, severity_word
from gridbudget_gui.domain.place_words import describe_place
from gridbudget_gui.io.atomic import atomic_write_bytes
from gridbudget_gui.io.report.batch import FileResult

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("申报书审核报告", "Review report of the declarations"),
    "made": ("GridBudget {version} 于 {time} 生成", "Made by GridBudget {version} at {time}"),
    "files": ("文件", "Files"),
    "read": ("已检查", "Checked"),
    "unreadable": ("无法读取", "Could not be read"),
    "clean": ("无错误", "Without errors"),
    "aspect": ("审核方面", "Aspect"),
    "total": ("合计", "Total"),
    "reason": ("原因", "Reason"),
    "where": ("位置", "Where"),
    "message": ("问题", "Finding"),
    "rule": ("规则", "Rule"),
    "severity": ("严重程度", "Severity"),
    "unit": ("单位", "Unit"),
    "project": ("项目", "Project"),
    "none": ("未发现问题。", "Nothing found."),
    "declarations": ("各申报书", "The declarations"),
}

_STYLE = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#222}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-bottom:1px solid #999}h3{font-size:1em;margin:1em 0 .3em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:.25em .6em;text-align:left;
vertical-align:top}th{background:#eee}td.n{text-align:right}.error{color:#b00020}.warning{color:#9a6700}
.info{color:#555}.muted{color:#666;font-size:.9em}code{font-size:.85em}
"""


def _word(key: str, lang: str) -> str:
    pair = _WORDS[key]
    return pair[1] if lang == "en" else pair[0]


def report_html(results: Sequence[FileResult], lang: str = "zh") -> str:
    """The report page as text."""

    def w(key: str) -> str:
        return escape(_word(key, lang))

    read = [result for result in results if result.error is None]
    unreadable = [result for result in results if result.error is not None]
    made = _word("made", lang).format(
        version=__version__, time=datetime.datetime.now().isoformat(sep=" ", timespec="minutes")
    )
    out: list[str] = [
        f'<!DOCTYPE html>\n<html lang="{"en" if lang == "en" else "zh-CN"}"><head><meta charset="utf-8">',
        f"<title>{w('title')}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{w('title')}</h1><p class=muted>{escape(made)}</p>",
    ]
    clean = sum(1 for result in read if not result.counts[Severity.ERROR])
    out.append(
        f"<table><tr><th>{w('files')}</th><th>{w('read')}</th><th>{w('clean')}</th><th>{w('unreadable')}</th></tr>"
        f"<tr><td class=n>{len(results)}</td><td class=n>{len(read)}</td><td class=n>{clean}</td>"
        f"<td class=n>{len(unreadable)}</td></tr></table>"
    )
    out.append(_count_table(read, lang))
    if unreadable:
        out.append(f"<h2>{w('unreadable')}</h2><table><tr><th>{w('files')}</th><th>{w('reason')}</th></tr>")
        for result in unreadable:
            out.append(f"<tr><td>{escape(str(result.path))}</td><td>{escape(result.error or '')}</td></tr>")
        out.append("</table>")
    out.append(f"<h2>{w('declarations')}</h2>")
    for result in read:
        out.append(_section(result, lang))
    out.append("</body></html>\n")
    return "".join(out)


def _count_table(results: Sequence[FileResult], lang: str) -> str:
    counts = {(aspect, severity): 0 for aspect in ASPECTS for severity in Severity}
    for result in results:
        for finding in result.findings:
            counts[finding.aspect, finding.severity] += 1
    head = "".join(f"<th>{escape(severity_word(severity, lang))}</th>" for severity in Severity)
    rows = [f"<table><tr><th>{escape(_word('aspect', lang))}</th>{head}</tr>"]
    for aspect in ASPECTS:
        cells = "".join(f"<td class=n>{counts[aspect, severity]}</td>" for severity in Severity)
        rows.append(f"<tr><td>{escape(aspect_word(aspect, lang))}</td>{cells}</tr>")
    totals = "".join(f"<td class=n>{sum(counts[a, s] for a in ASPECTS)}</td>" for s in Severity)
    rows.append(f"<tr><th>{escape(_word('total', lang))}</th>{totals}</tr></table>")
    return "".join(rows)


def _section(result: FileResult, lang: str) -> str:
    facts = result.facts
    counts = result.counts
    summary = "，".join(f"{severity_word(s, lang)} {counts[s]}" for s in Severity)
    out = [f"<section><h2>{escape(result.path.name)}</h2><p class=muted>{escape(str(result.path))}</p>"]
    if facts is not None:
        out.append(
            f"<p>{escape(_word('unit', lang))}：{escape(facts.unit)}　"
            f"{escape(_word('project', lang))}：{escape(facts.project)}</p>"
        )
    out.append(f"<p>{escape(summary)}</p>")
    if not result.findings:
        out.append(f"<p>{escape(_word('none', lang))}</p>")
    for aspect in ASPECTS:
        found = [finding for finding in result.findings if finding.aspect == aspect]
        if not found:
            continue
        out.append(f"<h3>{escape(aspect_word(aspect, lang))}（{len(found)}）</h3>")
        out.append(
            f"<table><tr><th>{escape(_word('severity', lang))}</th><th>{escape(_word('where', lang))}</th>"
            f"<th>{escape(_word('message', lang))}</th><th>{escape(_word('rule', lang))}</th></tr>"
        )
        for finding in found:
            severity = finding.severity.value
            out.append(
                f"<tr><td class={severity}>{escape(severity_word(severity, lang))}</td>"
                f"<td>{escape(describe_place(finding.where, lang))}</td>"
                f"<td>{escape(render(finding, lang))}</td><td><code>{escape(finding.rule)}</code></td></tr>"
            )
        out.append("</table>")
    out.append("</section>")
    return "".join(out)


def write_html_report(results: Sequence[FileResult], path: Path, lang: str = "zh") -> None:
    """Write the report page to ``path`` (UTF-8), whole or not at all."""
    data = report_html(results, lang).encode("utf-8", "surrogatepass")

    atomic_write_bytes(path, data)
