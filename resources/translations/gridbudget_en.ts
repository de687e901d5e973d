<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Autosaver</name>
    <message>
        <source>自动保存失败：{0}</source>
        <translation>Autosave failed: {0}</translation>
    </message>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>（新建的申报书，尚未保存过）</source>
        <translation>(a new declaration, never saved)</translation>
    </message>
    <message>
        <source>恢复未保存的修改</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>GridBudget 上次没有正常退出。

“{0}”有未保存的修改，自动保存于 {1}。
文件：{2}

是否恢复这些修改？选择“否”将删除这份自动保存。</source>
        <translation>GridBudget did not exit normally last time.

“{0}” has unsaved changes, autosaved at {1}.
File: {2}

Recover these changes? “No” deletes this autosave.</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <source>自动保存的文件已损坏，无法读取：{0}

文件已移到：{1}</source>
        <translation>The autosaved file is damaged and cannot be read: {0}

It was moved to: {1}</translation>
    </message>
    <message>
        <source>只能部分恢复</source>
        <translation>Partly recovered</translation>
    </message>
    <message>
        <source>自动保存的文件不完整（上次可能在写入时中断），已恢复其中能读取的部分，请仔细核对。

原文件已移到：{0}</source>
        <translation>The autosaved file was incomplete (the last run was probably interrupted while writing it). What could be read has been recovered: please check it carefully.

The file was moved to: {0}</translation>
    </message>
    <message>
        <source>已恢复自动保存于 {0} 的修改</source>
        <translation>Recovered the changes autosaved at {0}</translation>
    </message>
</context>
<context>
    <name>BasisList</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>编辑{label}</source>
        <translation>Edit {label}</translation>
    </message>
    <message>
        <source>添加{label}</source>
        <translation>Add {label}</translation>
    </message>
    <message>
        <source>删除{label}</source>
        <translation>Delete {label}</translation>
    </message>
    <message>
        <source>移动{label}</source>
        <translation>Move {label}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>全年预算数</source>
        <translation>Budget for the year</translation>
    </message>
    <message>
        <source>全年执行数</source>
        <translation>Spent in the year</translation>
    </message>
    <message>
        <source>预算执行分值</source>
        <translation>Budget execution weight</translation>
    </message>
    <message>
        <source>预算执行得分</source>
        <translation>Budget execution score</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>指标体系</source>
        <translation>Indicator scheme</translation>
    </message>
    <message>
        <source>测算明细第 {row} 行的因子</source>
        <translation>factors of cost line {row}</translation>
    </message>
    <message>
        <source>测算明细第 {row} 行</source>
        <translation>cost line {row}</translation>
    </message>
    <message>
        <source>{period}绩效指标第 {row} 行</source>
        <translation>{period} indicator row {row}</translation>
    </message>
    <message>
        <source>{period}资金来源的{source}</source>
        <translation>{period} funding, {source}</translation>
    </message>
    <message>
        <source>与文件比较：{name}</source>
        <translation>Compare with File: {name}</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>变化</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>文件中（{name}）</source>
        <translation>In the file ({name})</translation>
    </message>
    <message>
        <source>当前文档中</source>
        <translation>In this document</translation>
    </message>
    <message>
        <source>测算合计</source>
        <translation>Cost total</translation>
    </message>
    <message>
        <source>年度总投入</source>
        <translation>Annual funding total</translation>
    </message>
    <message>
        <source>中期总投入</source>
        <translation>Mid-term funding total</translation>
    </message>
    <message>
        <source>{name}：{a} → {b}</source>
        <translation>{name}: {a} → {b}</translation>
    </message>
    <message>
        <source>{name}：{a}（相同）</source>
        <translation>{name}: {a} (same)</translation>
    </message>
    <message>
        <source>共 {count} 处不同；双击一行转到当前文档中的位置。</source>
        <translation>{count} difference(s); double-click a row to go to its place in this document.</translation>
    </message>
    <message>
        <source>两份申报书内容相同。</source>
        <translation>The two declarations are the same.</translation>
    </message>
</context>
<context>
    <name>CostPage</name>
    <message>
        <source>由测算明细自动生成，可复制到其他文件</source>
        <translation>Generated from the cost breakdown; can be copied into other files</translation>
    </message>
    <message>
        <source>提示：数量格可输入算式，如 45*4-22；输入“158人”可同时填入单位。清空数量即删除该因子；没有因子的行为“共计”金额。可从 Excel 复制整块粘贴（Ctrl+V）。</source>
        <translation>Tip: quantity cells take arithmetic such as 45*4-22; typing “158人” also fills in the unit. Clearing a quantity removes that factor; a line without factors is a lump sum. Blocks copied from Excel can be pasted (Ctrl+V).</translation>
    </message>
    <message>
        <source>自动生成的测算说明：</source>
        <translation>Generated breakdown text:</translation>
    </message>
    <message>
        <source>合计：&lt;b&gt;{total}&lt;/b&gt; 元&#x3000;&#x3000;大写：{words}</source>
        <translation>Total: &lt;b&gt;{total}&lt;/b&gt; yuan    In words: {words}</translation>
    </message>
    <message>
        <source>（共 {count} 行，测算说明见导出的 Excel 或 PDF）</source>
        <translation>({count} lines; see the exported Excel or PDF for the breakdown text)</translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>第{row}行</source>
        <translation>line {row}</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Qty </translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit </translation>
    </message>
    <message>
        <source>支出内容</source>
        <translation>Expense item</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>算式：{expression} = {value}</source>
        <translation>Formula: {expression} = {value}</translation>
    </message>
    <message>
        <source>金额 = 各因子之积（自动计算）</source>
        <translation>Amount = product of the factors (computed)</translation>
    </message>
    <message>
        <source>编辑{row}的支出内容</source>
        <translation>Edit item of {row}</translation>
    </message>
    <message>
        <source>编辑{row}的备注</source>
        <translation>Edit note of {row}</translation>
    </message>
    <message>
        <source>金额“{text}”无法使用：{problem}；原文已保留在备注中</source>
        <translation>The amount “{text}” cannot be used: {problem}; the text is kept in the note</translation>
    </message>
    <message>
        <source>〔未识别：金额“{text}”〕</source>
        <translation>〔not read: amount “{text}”〕</translation>
    </message>
    <message>
        <source>编辑{row}的金额</source>
        <translation>Edit amount of {row}</translation>
    </message>
    <message>
        <source>编辑{row}的单位</source>
        <translation>Edit unit of {row}</translation>
    </message>
    <message>
        <source>删除{row}的因子</source>
        <translation>Delete factor of {row}</translation>
    </message>
    <message>
        <source>编辑{row}的数量</source>
        <translation>Edit quantity of {row}</translation>
    </message>
    <message>
        <source>数量{n}“{text}”</source>
        <translation>Qty {n} “{text}”</translation>
    </message>
    <message>
        <source>单位{n}“{text}”（没有数量）</source>
        <translation>Unit {n} “{text}” (no quantity)</translation>
    </message>
    <message>
        <source>金额“{text}”</source>
        <translation>Amount “{text}”</translation>
    </message>
    <message>
        <source>金额“{text}”（各因子之积为 {product}）</source>
        <translation>Amount “{text}” (the factors give {product})</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <source>保存修改</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>“{name}”有未保存的修改。是否保存？</source>
        <translation>“{name}” has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>打开申报书</source>
        <translation>Open declaration</translation>
    </message>
    <message>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <source>这是同事制作的工作簿：保存时将另存为“{name}”，不会改动原文件。</source>
        <translation>This workbook was made by a colleague: Save writes “{name}” beside it and leaves the original unchanged.</translation>
    </message>
    <message>
        <source>文件已不存在：{path}</source>
        <translation>The file no longer exists: {path}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>清除列表</source>
        <translation>Clear list</translation>
    </message>
    <message>
        <source>申报书 (*.xlsx *.xls *.json);;Excel 工作簿 (*.xlsx *.xls);;GridBudget 文档 (*.json);;所有文件 (*)</source>
        <translation>Declarations (*.xlsx *.xls *.json);;Excel workbooks (*.xlsx *.xls);;GridBudget documents (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>另存为</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>覆盖同事的文件</source>
        <translation>Overwrite a colleague&apos;s file</translation>
    </message>
    <message>
        <source>“{name}”是同事制作的文件，不是 GridBudget 写的。

用 GridBudget 的格式覆盖它，同事原来的排版、公式和其他工作表都将丢失。建议另存为“{suggestion}”。

仍然覆盖同事的文件吗？</source>
        <translation>“{name}” was made by a colleague, not written by GridBudget.

Overwriting it in GridBudget&apos;s format loses the colleague&apos;s layout, formulas and other sheets. Saving as “{suggestion}” is suggested.

Overwrite the colleague&apos;s file anyway?</translation>
    </message>
    <message>
        <source>保存失败</source>
        <translation>Save failed</translation>
    </message>
    <message>
        <source>{problem}

文档仍然打开，修改没有丢失。</source>
        <translation>{problem}

The document is still open; no changes were lost.</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <source>文件已被修改</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>“{path}”在打开之后已被其他程序或窗口修改。

覆盖它将丢失那些修改。是否仍然覆盖？</source>
        <translation>“{path}” has been changed by another program or window since it was opened.

Overwriting it will lose those changes. Overwrite it anyway?</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx);;GridBudget 文档 (*.json)</source>
        <translation>Excel workbook (*.xlsx);;GridBudget document (*.json)</translation>
    </message>
    <message>
        <source>导出 PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>导出 Word</source>
        <translation>Export Word</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <source>申报书还有 {count} 个错误（见“问题”列表）。仍要导出吗？</source>
        <translation>The declaration still has {count} errors (see the Problems list). Export anyway?</translation>
    </message>
</context>
<context>
    <name>DocumentSession</name>
    <message>
        <source>未命名</source>
        <translation>Untitled</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>中期</source>
        <translation>Mid-term</translation>
    </message>
    <message>
        <source>年度</source>
        <translation>Annual</translation>
    </message>
    <message>
        <source>总投入</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>中央财政</source>
        <translation>Central</translation>
    </message>
    <message>
        <source>省级财政</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <source>市本级财政</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <source>县（市）区级财政</source>
        <translation>County/district</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>完整性</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <source>相关性</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <source>适当性</source>
        <translation>Appropriateness</translation>
    </message>
    <message>
        <source>可行性</source>
        <translation>Feasibility</translation>
    </message>
    <message>
        <source>2021版指标体系（财预〔2021〕101号）</source>
        <translation>2021 indicator scheme (Cai Yu [2021] No. 101)</translation>
    </message>
    <message>
        <source>传统指标体系（财政部2010年代规则）</source>
        <translation>Classic indicator scheme (Ministry of Finance, 2010s)</translation>
    </message>
</context>
<context>
    <name>FailureReporter</name>
    <message>
        <source>GridBudget 出错了</source>
        <translation>GridBudget ran into a problem</translation>
    </message>
    <message>
        <source>程序内部出错，刚才的操作没有完成。文档仍然打开，可以继续编辑；建议先另存一份。</source>
        <translation>An internal error stopped the last action. The document is still open and you can keep working; saving a copy first is a good idea.</translation>
    </message>
    <message>
        <source>详细信息已写入日志文件：
{0}
报告问题时请附上这个文件。</source>
        <translation>The details were written to the log file:
{0}
Please attach this file when you report the problem.</translation>
    </message>
    <message>
        <source>日志文件无法写入，详细信息没有保存。</source>
        <translation>The log file could not be written; the details were not saved.</translation>
    </message>
    <message>
        <source>错误：{0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <source>打开日志文件夹</source>
        <translation>Open Log Folder</translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>编辑{label}</source>
        <translation>Edit {label}</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>查找范围(&amp;I)：</source>
        <translation>Look &amp;in:</translation>
    </message>
    <message>
        <source>文件类型(&amp;T)：</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>查找所有字段和表格…</source>
        <translation>Search all fields and tables…</translation>
    </message>
    <message>
        <source>上一个</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>上一个匹配（Shift+F3）</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>下一个</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>下一个匹配（Enter 或 F3）</source>
        <translation>Next match (Enter or F3)</translation>
    </message>
    <message>
        <source>关闭查找（Esc）</source>
        <translation>Close find (Esc)</translation>
    </message>
    <message>
        <source>查找：</source>
        <translation>Find:</translation>
    </message>
    <message>
        <source>没有找到</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>第 {n} 个，共 {total} 个</source>
        <translation>{n} of {total}</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>级别</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>待填</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>位置</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>审核方面</source>
        <translation>Aspect</translation>
    </message>
</context>
<context>
    <name>FundingModel</name>
    <message>
        <source>{period}资金来源（元）</source>
        <translation>{period} funding (yuan)</translation>
    </message>
    <message>
        <source>总投入 = 各来源之和（修改来源时自动更新）</source>
        <translation>Total = sum of the sources (updated when a source changes)</translation>
    </message>
    <message>
        <source>金额“{text}”无法使用：{problem}</source>
        <translation>Amount “{text}” cannot be used: {problem}</translation>
    </message>
    <message>
        <source>编辑{period}{source}</source>
        <translation>Edit {period} {source}</translation>
    </message>
    <message>
        <source>“{text}”（超出表格）</source>
        <translation>“{text}” (outside the table)</translation>
    </message>
    <message>
        <source>粘贴资金来源</source>
        <translation>Paste funding</translation>
    </message>
</context>
<context>
    <name>FundingPage</name>
    <message>
        <source>修改各来源金额时，总投入自动等于各来源之和；年度总投入应等于测算明细合计，且不超过中期。金额可写 5,345,800.00 或 534.58万元。</source>
        <translation>When a source changes, the total follows the sum of the sources; the annual total must equal the cost breakdown total and not exceed the mid-term one. Amounts may be written 5,345,800.00 or 534.58万元.</translation>
    </message>
    <message>
        <source>一致</source>
        <translation>they agree</translation>
    </message>
    <message>
        <source>相差 {difference} 元（合计 − 总投入）</source>
        <translation>a gap of {difference} yuan (total − funding)</translation>
    </message>
    <message>
        <source>测算明细合计 {total} 元；年度总投入 {annual} 元：{same}。</source>
        <translation>Cost breakdown total {total} yuan; annual funding total {annual} yuan: {same}.</translation>
    </message>
</context>
<context>
    <name>GoalsPage</name>
    <message>
        <source>总体目标</source>
        <translation>Overall goals</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>已复制 {rows} 行 × {columns} 列</source>
        <translation>Copied {rows} rows × {columns} columns</translation>
    </message>
    <message>
        <source>{count} 个单元格无法识别，原文保留在该行备注中并标为〔未识别〕：{cells}</source>
        <translation>{count} cells could not be read; their text is kept in the line’s note, marked 〔未识别〕: {cells}</translation>
    </message>
    <message>
        <source>已粘贴 {rows} 行 × {columns} 列</source>
        <translation>Pasted {rows} rows × {columns} columns</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>转到第 1…6 页，光标放在该页第一个格子</source>
        <translation>go to page 1…6, with the cursor in its first field</translation>
    </message>
    <message>
        <source>下一页 / 上一页</source>
        <translation>next / previous page</translation>
    </message>
    <message>
        <source>直接输入</source>
        <translation>just type</translation>
    </message>
    <message>
        <source>在选中的单元格里开始输入（原内容被替换），如同 Excel</source>
        <translation>start typing in the selected cell (replacing its content), as in Excel</translation>
    </message>
    <message>
        <source>编辑单元格，保留原内容</source>
        <translation>edit the cell, keeping its content</translation>
    </message>
    <message>
        <source>确认并到下一行 / 上一行；最后一行下面总有一个空行，在其中输入即添加一行</source>
        <translation>commit and go to the row below / above; below the last line there is always a blank row: typing into it adds a line</translation>
    </message>
    <message>
        <source>确认并到右边 / 左边的格子；行末的 Tab 到下一行</source>
        <translation>commit and go to the cell on the right / left; Tab at a row&apos;s end goes to the next row</translation>
    </message>
    <message>
        <source>放弃正在输入的内容</source>
        <translation>cancel what is being typed</translation>
    </message>
    <message>
        <source>复制 / 剪切 / 粘贴一块单元格（与 Excel、WPS 互通）</source>
        <translation>copy / cut / paste a range of cells (to and from Excel and WPS)</translation>
    </message>
    <message>
        <source>清空选中的单元格</source>
        <translation>empty the selected cells</translation>
    </message>
    <message>
        <source>在当前行之前插入一行</source>
        <translation>insert a row before the current one</translation>
    </message>
    <message>
        <source>复制当前行</source>
        <translation>duplicate the current row</translation>
    </message>
    <message>
        <source>删除选中的行</source>
        <translation>delete the selected rows</translation>
    </message>
    <message>
        <source>上移 / 下移当前行</source>
        <translation>move the current row up / down</translation>
    </message>
    <message>
        <source>绩效指标页：在年度与中期之间切换</source>
        <translation>Indicators page: switch between annual and mid-term</translation>
    </message>
    <message>
        <source>撤销 / 重做（每一步都有名字）</source>
        <translation>undo / redo (every step has a name)</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>find</translation>
    </message>
    <message>
        <source>新建 / 打开 / 保存</source>
        <translation>new / open / save</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>print</translation>
    </message>
    <message>
        <source>本表</source>
        <translation>this table</translation>
    </message>
    <message>
        <source>新建申报书（Ctrl+N）：使用上次选择的指标体系（默认 2021 版），绩效指标中已列好必填的分组，蓝色的行是待填写的。</source>
        <translation>New declaration (Ctrl+N): it uses the scheme chosen last (the 2021 one at first); the indicators already list the required groups, and the blue rows are to fill in.</translation>
    </message>
    <message>
        <source>基本信息：填写项目名称、预算年度、实施单位和统一社会信用代码。Tab 在各栏之间移动。</source>
        <translation>Basics: the project name, budget year, implementing unit and its unified social credit code. Tab moves between fields.</translation>
    </message>
    <message>
        <source>测算明细：每行一项支出，数量 × 数量 … 得出金额。数量格可输入 45*4-22 这样的算式，或“158人”同时填单位。表格最下面的空行用来添加新行。</source>
        <translation>Cost breakdown: one expense per line; quantity × quantity … gives the amount. A quantity may be arithmetic such as 45*4-22, or “158人” with its unit. The blank row at the bottom adds lines.</translation>
    </message>
    <message>
        <source>资金来源：填写中期和年度的总投入和各级财政来源；年度总投入应等于测算明细合计。</source>
        <translation>Funding: the mid-term and annual totals and their sources; the annual total should equal the cost total.</translation>
    </message>
    <message>
        <source>绩效指标：为每个分组填写三级指标和指标值（如 ≥95%、100人次）；“按体系排序”把各行按指标体系的顺序排列。</source>
        <translation>Indicators: an indicator and a target (such as ≥95%, 100人次) for every group; “Sort by scheme” puts the rows in the scheme&apos;s order.</translation>
    </message>
    <message>
        <source>保障与签字：单位负责人、填报人和填报日期。</source>
        <translation>Safeguards and signatures: head of unit, preparer and date of filing.</translation>
    </message>
    <message>
        <source>下方的“问题”面板列出每个问题和它的位置；双击即跳到该格。红色是错误，黄色是警告，蓝色是待填。输入的内容不会丢：不能计算的文字留在格中并标红，直到改正。</source>
        <translation>The Problems panel below lists every problem and where it is; double-click to jump to the cell. Red is an error, amber a warning, blue still to fill in. Nothing typed is lost: text that cannot be calculated stays in its cell, red, until it is fixed.</translation>
    </message>
    <message>
        <source>保存（Ctrl+S）为 Excel 工作簿；同事的文件不会被覆盖，保存时另存为“原名-GridBudget.xlsx”。文件菜单可导出 PDF 和打印。</source>
        <translation>Save (Ctrl+S) writes an Excel workbook; a colleague&apos;s file is never overwritten: it is saved as “name-GridBudget.xlsx” beside it. The File menu exports PDF and prints.</translation>
    </message>
</context>
<context>
    <name>IndicatorLibraryDialog</name>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>一级指标</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>指标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>指标解释</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>指标库</source>
        <translation>Indicator library</translation>
    </message>
    <message>
        <source>搜索：名称、类别或解释中的文字，如“培训 合格率”</source>
        <translation>Search: words of a name, kind or explanation, such as “培训 合格率”</translation>
    </message>
    <message>
        <source>插入到指标表</source>
        <translation>Insert into the indicator table</translation>
    </message>
    <message>
        <source>把本申报书的指标加入历史指标参考</source>
        <translation>Add this declaration&apos;s indicators to the indicator history</translation>
    </message>
    <message>
        <source>历史指标参考保存在设置文件旁，以后打开任何申报书都可以查到</source>
        <translation>The indicator history is kept beside the settings file; it can be searched from any declaration later</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>双击一行，把该指标插入到当前指标表的当前行下方（可撤销）。</source>
        <translation>Double-click a row to insert that indicator below the current row of the indicator table shown (can be undone).</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>历史指标参考</source>
        <translation>Indicator history</translation>
    </message>
    <message>
        <source>{count} 个指标</source>
        <translation>{count} indicators</translation>
    </message>
    <message>
        <source>无法保存历史指标参考：{problem}</source>
        <translation>Cannot save the indicator history: {problem}</translation>
    </message>
    <message>
        <source>历史指标参考现有 {count} 个指标</source>
        <translation>The indicator history now holds {count} indicators</translation>
    </message>
</context>
<context>
    <name>IndicatorTableModel</name>
    <message>
        <source>一级指标</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>指标值</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>计算符号</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>指标解释</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>评（扣）分标准</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>权重</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>解析</source>
        <translation>Reads as</translation>
    </message>
    <message>
        <source>指标“{name}”</source>
        <translation>indicator “{name}”</translation>
    </message>
    <message>
        <source>第{n}个指标</source>
        <translation>indicator {n}</translation>
    </message>
    <message>
        <source>指标值的解析：运算符、数值和单位；文字描述为“定性”</source>
        <translation>How the target reads: operator, number and unit; a description reads as “qualitative”</translation>
    </message>
    <message>
        <source>编辑{row}的{field}</source>
        <translation>Edit {field} of {row}</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>{period}指标</source>
        <translation>{period} indicators</translation>
    </message>
    <message>
        <source>年度 → 中期</source>
        <translation>Annual → mid-term</translation>
    </message>
    <message>
        <source>用年度指标替换中期指标（可撤销）</source>
        <translation>Replace the mid-term indicators with the annual ones (can be undone)</translation>
    </message>
    <message>
        <source>中期 → 年度</source>
        <translation>Mid-term → annual</translation>
    </message>
    <message>
        <source>用中期指标替换年度指标（可撤销）</source>
        <translation>Replace the annual indicators with the mid-term ones (can be undone)</translation>
    </message>
    <message>
        <source>按体系排序</source>
        <translation>Sort by scheme</translation>
    </message>
    <message>
        <source>按指标体系的一级、二级指标顺序排列本表各行，同组内保持原顺序（可撤销）</source>
        <translation>Order this table&apos;s rows by the scheme&apos;s level-1 and level-2 groups, keeping the order within a group (can be undone)</translation>
    </message>
    <message>
        <source>指标体系(&amp;S)：</source>
        <translation>&amp;Scheme:</translation>
    </message>
    <message>
        <source>显示全部列</source>
        <translation>Show all columns</translation>
    </message>
    <message>
        <source>显示指标解释、评（扣）分标准、权重和备注列（已填写的列总是显示）</source>
        <translation>Show the explanation, scoring rule, weight and note columns (columns in use are always shown)</translation>
    </message>
    <message>
        <source>指标库…</source>
        <translation>Indicator library…</translation>
    </message>
    <message>
        <source>从常用指标和历史指标参考中查找指标，双击插入</source>
        <translation>Find an indicator among the common ones and the indicator history; double-click to insert</translation>
    </message>
    <message>
        <source>插入指标“{name}”</source>
        <translation>Insert the indicator “{name}”</translation>
    </message>
    <message>
        <source>复制{source}指标到{target}</source>
        <translation>Copy {source} indicators to {target}</translation>
    </message>
    <message>
        <source>按指标体系排序</source>
        <translation>Sort by scheme</translation>
    </message>
    <message>
        <source>所有指标的分组在新体系中都存在，不需要移动。</source>
        <translation>Every indicator group exists in the new scheme; nothing needs to move.</translation>
    </message>
    <message>
        <source>切换指标体系</source>
        <translation>Switch indicator scheme</translation>
    </message>
    <message>
        <source>切换到“{scheme}”后：

{detail}

切换后可以撤销。是否切换？</source>
        <translation>After switching to “{scheme}”:

{detail}

The switch can be undone. Switch?</translation>
    </message>
    <message>
        <source>切换指标体系为“{scheme}”</source>
        <translation>Switch indicator scheme to “{scheme}”</translation>
    </message>
</context>
<context>
    <name>InfoPage</name>
    <message>
        <source>项目</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>预算年度</source>
        <translation>Budget year</translation>
    </message>
    <message>
        <source>手机号或 0871-12345678</source>
        <translation>Mobile or 0871-12345678</translation>
    </message>
    <message>
        <source>如：区委或区政府发文</source>
        <translation>e.g. a district committee or government document</translation>
    </message>
    <message>
        <source>项目实施单位</source>
        <translation>Implementing unit</translation>
    </message>
    <message>
        <source>18位{code}</source>
        <translation>18-character {code}</translation>
    </message>
    <message>
        <source>如：区级财政预算</source>
        <translation>e.g. district budget</translation>
    </message>
    <message>
        <source>项目情况</source>
        <translation>About the project</translation>
    </message>
    <message>
        <source>编辑预算年度</source>
        <translation>Edit budget year</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>按审核方面分组</source>
        <translation>Group by review aspect</translation>
    </message>
    <message>
        <source>问题</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>{name}[*] — GridBudget 项目申报书</source>
        <translation>{name}[*] — GridBudget project declaration</translation>
    </message>
    <message>
        <source>错误 {errors}&#x3000;警告 {warnings}&#x3000;提示 {infos}</source>
        <translation>Errors {errors}&#x3000;Warnings {warnings}&#x3000;Notes {infos}</translation>
    </message>
    <message>
        <source>&#x3000;待填 {rows} 行</source>
        <translation>&#x3000;To do {rows} rows</translation>
    </message>
    <message>
        <source>&#x3000;｜&#x3000;合计 {total} 元</source>
        <translation>&#x3000;|&#x3000;Total {total} yuan</translation>
    </message>
    <message>
        <source>问题（{count}）</source>
        <translation>Problems ({count})</translation>
    </message>
</context>
<context>
    <name>OtherPage</name>
    <message>
        <source>保障与说明</source>
        <translation>Safeguards and notes</translation>
    </message>
    <message>
        <source>用测算明细重新生成预算绩效说明</source>
        <translation>Regenerate the budget notes from the cost breakdown</translation>
    </message>
    <message>
        <source>把预算绩效说明替换为由测算明细生成的文字，两处从此一致（可撤销）</source>
        <translation>Replace the budget notes with text generated from the cost breakdown, so both agree (can be undone)</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>如 2020-10-26</source>
        <translation>e.g. 2020-10-26</translation>
    </message>
</context>
<context>
    <name>PageTitles</name>
    <message>
        <source>基本信息</source>
        <translation>Basics</translation>
    </message>
    <message>
        <source>测算明细</source>
        <translation>Cost breakdown</translation>
    </message>
    <message>
        <source>资金来源</source>
        <translation>Funding</translation>
    </message>
    <message>
        <source>总体目标</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>绩效指标</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>保障与签字</source>
        <translation>Safeguards and signatures</translation>
    </message>
    <message>
        <source>绩效自评</source>
        <translation>Self-evaluation</translation>
    </message>
</context>
<context>
    <name>RowListModel</name>
    <message>
        <source>第{row}行</source>
        <translation>line {row}</translation>
    </message>
    <message>
        <source>插入行</source>
        <translation>Insert line</translation>
    </message>
    <message>
        <source>删除行</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>第{column}列“{text}”（超出表格）</source>
        <translation>column {column} “{text}” (outside the table)</translation>
    </message>
    <message>
        <source>第{row}行 </source>
        <translation>line {row}: </translation>
    </message>
    <message>
        <source>粘贴{count}行</source>
        <translation>Paste {count} lines</translation>
    </message>
    <message>
        <source>上移行</source>
        <translation>Move line up</translation>
    </message>
    <message>
        <source>下移行</source>
        <translation>Move line down</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>插入行</source>
        <translation>Insert line</translation>
    </message>
    <message>
        <source>在当前行之前插入一行</source>
        <translation>Insert a line before the current one</translation>
    </message>
    <message>
        <source>复制行</source>
        <translation>Duplicate line</translation>
    </message>
    <message>
        <source>复制当前行，插在它后面</source>
        <translation>Duplicate the current line below itself</translation>
    </message>
    <message>
        <source>删除行</source>
        <translation>Delete line</translation>
    </message>
    <message>
        <source>删除选中的行</source>
        <translation>Delete the selected lines</translation>
    </message>
    <message>
        <source>上移</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>把当前行上移一行</source>
        <translation>Move the current line up</translation>
    </message>
    <message>
        <source>下移</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>把当前行下移一行</source>
        <translation>Move the current line down</translation>
    </message>
    <message>
        <source>复制{row}</source>
        <translation>Duplicate {row}</translation>
    </message>
    <message>
        <source>删除{count}行</source>
        <translation>Delete {count} lines</translation>
    </message>
    <message>
        <source>删除{row}</source>
        <translation>Delete {row}</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationModel</name>
    <message>
        <source>一级指标</source>
        <translation>Level 1</translation>
    </message>
    <message>
        <source>二级指标</source>
        <translation>Level 2</translation>
    </message>
    <message>
        <source>三级指标</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>年度指标值</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <source>实际完成值</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>偏差原因分析及改进措施</source>
        <translation>Reasons for the shortfall and remedies</translation>
    </message>
    <message>
        <source>按组平均分配的分值；输入数字可改为自定分值</source>
        <translation>The group&apos;s weight split evenly; type a number to set your own</translation>
    </message>
    <message>
        <source>定性指标：填写 达成、部分达成 或 未达成</source>
        <translation>Qualitative indicator: type 达成 (achieved), 部分达成 (partly achieved) or 未达成 (not achieved)</translation>
    </message>
    <message>
        <source>{grade}：得分应在 {low}–{high} 之间</source>
        <translation>{grade}: the score should lie between {low} and {high}</translation>
    </message>
    <message>
        <source>分值“{text}”不是非负的数字</source>
        <translation>The weight “{text}” is not a non-negative number</translation>
    </message>
    <message>
        <source>得分“{text}”不是数字</source>
        <translation>The score “{text}” is not a number</translation>
    </message>
    <message>
        <source>“{grade}”的得分应在 {low}–{high} 之间，{text} 不在其中</source>
        <translation>A score for “{grade}” lies between {low} and {high}; {text} does not</translation>
    </message>
    <message>
        <source>第{n}个指标</source>
        <translation>indicator {n}</translation>
    </message>
    <message>
        <source>自评：编辑“{name}”的{field}</source>
        <translation>Self-evaluation: edit {field} of “{name}”</translation>
    </message>
</context>
<context>
    <name>SelfEvaluationPage</name>
    <message>
        <source>年底对照年度指标值填写实际完成值：定量指标的得分按一体化系统的公式自动计算；定性指标填写 达成（80–100%）、部分达成（60–80%）或 未达成（60%以下），并在其区间内给分。分值默认：产出 50、效益 30、满意度 10（没有满意度指标时归入效益）、预算执行率 10，组内平均分配。</source>
        <translation>At year end, type what was achieved against each annual target: quantitative indicators are scored by the formulas of the integrated budget system; for a qualitative one type 达成 (80–100%), 部分达成 (60–80%) or 未达成 (below 60%) and a score inside its band. Default weights: outputs 50, benefits 30, satisfaction 10 (to benefits when there is no satisfaction indicator), budget execution 10, split evenly within each group.</translation>
    </message>
    <message>
        <source>全年预算数；留空时按资金来源的年度总投入</source>
        <translation>Budget for the year; when empty, the annual funding total</translation>
    </message>
    <message>
        <source>全年执行数，可写 5,120,000.00 或 512万元</source>
        <translation>Spent in the year, written 5,120,000.00 or 512万元</translation>
    </message>
    <message>
        <source>预算执行率的分值，默认 10</source>
        <translation>Weight of the budget execution rate, 10 by default</translation>
    </message>
    <message>
        <source>项目资金（元）</source>
        <translation>Project funds (yuan)</translation>
    </message>
    <message>
        <source>全年预算数</source>
        <translation>Budget for the year</translation>
    </message>
    <message>
        <source>全年执行数</source>
        <translation>Spent in the year</translation>
    </message>
    <message>
        <source>分值</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>执行率</source>
        <translation>Execution rate</translation>
    </message>
    <message>
        <source>得分</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>总分 {total}&#x3000;等级 {grade}&#x3000;（分值合计 {weights}）</source>
        <translation>Total {total}  Grade {grade}  (weights add up to {weights})</translation>
    </message>
    <message>
        <source>“{text}”不是金额</source>
        <translation>“{text}” is not an amount</translation>
    </message>
    <message>
        <source>执行率分值</source>
        <translation>execution-rate weight</translation>
    </message>
    <message>
        <source>自评：编辑{field}</source>
        <translation>Self-evaluation: edit {field}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>新建(&amp;N)</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>打开(&amp;O)…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>打开示例</source>
        <translation>Open example</translation>
    </message>
    <message>
        <source>2021年“五进网格”项目</source>
        <translation>The 2021 “five into the grid” project</translation>
    </message>
    <message>
        <source>保存(&amp;S)</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>另存为(&amp;A)…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>导出 PDF(&amp;E)…</source>
        <translation>&amp;Export PDF…</translation>
    </message>
    <message>
        <source>导出 Word(&amp;W)…</source>
        <translation>Export &amp;Word…</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>打印预览(&amp;V)…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>中期、年度指标左右并排(&amp;B)</source>
        <translation>Mid-term and Annual Indicators Side &amp;by Side</translation>
    </message>
    <message>
        <source>导出 PDF、打印和打印预览时，中期与年度绩效指标左右并排（同原表）；不勾选则上下排列</source>
        <translation>PDF export, print and print preview lay the mid-term and annual indicators side by side (as the original form); unchecked, one above the other</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>最近打开的文件(&amp;R)</source>
        <translation>&amp;Recent Files</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>剪切(&amp;T)</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <source>复制(&amp;C)</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>粘贴(&amp;P)</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <source>查找(&amp;F)…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <source>查找下一个</source>
        <translation>Find Next</translation>
    </message>
    <message>
        <source>查找上一个</source>
        <translation>Find Previous</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next Page</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous Page</translation>
    </message>
    <message>
        <source>问题面板</source>
        <translation>Problems Panel</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>界面语言（重新启动后生效）</source>
        <translation>Language (after a restart)</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>键盘操作(&amp;K)</source>
        <translation>&amp;Keyboard</translation>
    </message>
    <message>
        <source>使用指南(&amp;G)</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>关于 GridBudget(&amp;A)</source>
        <translation>&amp;About GridBudget</translation>
    </message>
    <message>
        <source>键盘操作</source>
        <translation>Keyboard</translation>
    </message>
    <message>
        <source>使用指南</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>关于 GridBudget</source>
        <translation>About GridBudget</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>界面语言已改为 {language}，重新启动 GridBudget 后生效。</source>
        <translation>The language is now {language}; it takes effect when GridBudget is restarted.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridBudget {version}&lt;/h3&gt;&lt;p&gt;区级项目申报书与绩效目标表编辑器。&lt;/p&gt;&lt;p&gt;Qt {qt}，PySide6 {pyside}，Python {python}&lt;/p&gt;&lt;p&gt;&lt;b&gt;字体&lt;/b&gt;：AR PL UMing（文鼎明体），Arphic Public License，全文见 resources/fonts/ARPHICPL.TXT。&lt;/p&gt;&lt;p&gt;&lt;b&gt;程序库&lt;/b&gt;：Qt 与 PySide6（LGPL-3.0），openpyxl（MIT），reportlab（BSD），defusedxml（PSF），python-calamine（MIT），python-docx（MIT），xlrd（BSD）。&lt;/p&gt;&lt;p&gt;GridBudget 以 MIT 许可发布。&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridBudget {version}&lt;/h3&gt;&lt;p&gt;An editor for district project budget declarations and performance target sheets.&lt;/p&gt;&lt;p&gt;Qt {qt}, PySide6 {pyside}, Python {python}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Font&lt;/b&gt;: AR PL UMing (Arphic Ming), Arphic Public License; full text in resources/fonts/ARPHICPL.TXT.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Libraries&lt;/b&gt;: Qt and PySide6 (LGPL-3.0), openpyxl (MIT), reportlab (BSD), defusedxml (PSF), python-calamine (MIT), python-docx (MIT), xlrd (BSD).&lt;/p&gt;&lt;p&gt;GridBudget is released under the MIT licence.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>YearActions</name>
    <message>
        <source>生成下一年度申报</source>
        <translation>Start Next Year&apos;s Declaration</translation>
    </message>
    <message>
        <source>以本年度申报书为起点生成下一年度申报书（自评内容和{date}清空）</source>
        <translation>Start next year&apos;s declaration from this one (the self-evaluation and the {date} are cleared)</translation>
    </message>
    <message>
        <source>导出绩效自评表</source>
        <translation>Export self-evaluation</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>导出绩效自评表…</source>
        <translation>Export Self-Evaluation…</translation>
    </message>
    <message>
        <source>把绩效自评表导出为 PDF、Excel 或 Word 文件</source>
        <translation>Export the self-evaluation form as a PDF, Excel or Word file</translation>
    </message>
    <message>
        <source>与文件比较…</source>
        <translation>Compare with File…</translation>
    </message>
    <message>
        <source>列出当前申报书与另一个文件的不同之处（如去年的申报书、同事的版本）</source>
        <translation>List what differs between this declaration and another file (last year&apos;s, a colleague&apos;s version)</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Word 文档 (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>已导出 {path}</source>
        <translation>Exported {path}</translation>
    </message>
    <message>
        <source>与文件比较</source>
        <translation>Compare with File</translation>
    </message>
    <message>
        <source>无法比较</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <source>无法生成下一年度申报</source>
        <translation>Cannot start next year&apos;s declaration</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>无法开始打印（打印机不可用）</source>
        <translation>Cannot start printing (the printer is not available)</translation>
    </message>
    <message>
        <source>打印机拒绝了新的一页</source>
        <translation>The printer refused a new page</translation>
    </message>
    <message>
        <source>无法打印</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>无法生成打印页面：{error}</source>
        <translation>Cannot make the printed pages: {error}</translation>
    </message>
    <message>
        <source>打印申报书</source>
        <translation>Print declaration</translation>
    </message>
    <message>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>适合宽度(&amp;W)</source>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <source>整页(&amp;G)</source>
        <translation>Whole &amp;Page</translation>
    </message>
    <message>
        <source>放大(&amp;I)</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>缩小(&amp;O)</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>第 {page} 页，共 {pages} 页</source>
        <translation>Page {page} of {pages}</translation>
    </message>
</context>
</TS>
