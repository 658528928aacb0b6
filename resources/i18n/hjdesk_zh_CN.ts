<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartTip</name>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="59"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="61"/>
        <source>Result: %1</source>
        <translation>实际：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="64"/>
        <source>Target source:</source>
        <translation>目标原文：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="65"/>
        <source>Result source:</source>
        <translation>结果原文：</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="27"/>
        <source>Targets against results</source>
        <translation>目标与完成情况</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="28"/>
        <source>Trend of one indicator</source>
        <translation>单项指标历年走势</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="31"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="32"/>
        <location filename="../../hjdesk/ui/charts_view.py" line="33"/>
        <source>Save chart…</source>
        <translation>保存图表…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="37"/>
        <source>Last year&apos;s targets against the results reported</source>
        <translation>上年目标与本年报告的完成情况</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="41"/>
        <source>Indicator across the years:</source>
        <translation>历年指标：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="77"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="78"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg)</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="26"/>
        <source>Year left from last year</source>
        <extracomment>The kinds of finding as the interface names them (codes from :mod:`hjdesk.core.checks`).</extracomment>
        <translation>年份沿用上年</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="27"/>
        <source>Sentence carried over</source>
        <translation>照搬上年句子</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="28"/>
        <source>One indicator, two values</source>
        <translation>一个指标两个数</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="29"/>
        <source>Parts do not add up</source>
        <translation>分项与合计不符</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="30"/>
        <source>Glossary entry missing</source>
        <translation>缺少名词解释</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="31"/>
        <source>Glossary entry unused</source>
        <translation>名词解释未用到</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="32"/>
        <source>Glossary page reference</source>
        <translation>名词解释页码</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="33"/>
        <source>Defined otherwise than last year</source>
        <translation>解释与上年不同</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="34"/>
        <source>New formulation</source>
        <translation>新提法</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="35"/>
        <source>Dropped formulation</source>
        <translation>删去的提法</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="36"/>
        <source>Form</source>
        <translation>体例</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="91"/>
        <source>Show &amp;dismissed findings</source>
        <translation>显示已排除的(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="94"/>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="94"/>
        <source>Section</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="94"/>
        <source>Words in the draft</source>
        <translation>本稿原文</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="98"/>
        <source>Findings of the draft check</source>
        <translation>起草检查结果</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="101"/>
        <source>The finding in full</source>
        <translation>问题详情</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="120"/>
        <source>&amp;Go to the place in the comparison</source>
        <translation>转到对比中的原文(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="121"/>
        <source>&amp;Dismiss with a note…</source>
        <translation>排除并注明理由(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="123"/>
        <source>&amp;Show again</source>
        <translation>恢复显示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="142"/>
        <source>Open a comparison: its newer report is checked against the older one.</source>
        <translation>请打开一组对比：将以较新的报告为稿子，对照较早的报告检查。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="154"/>
        <source>Draft check of report {new} ({new_year}) against report {old} ({old_year})</source>
        <translation>起草检查：报告 {new}（{new_year}年）对照报告 {old}（{old_year}年）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="157"/>
        <source>Draft check of report {new}</source>
        <translation>起草检查：报告 {new}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="195"/>
        <source>(dismissed) </source>
        <translation>（已排除）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="218"/>
        <source>{all} findings, {mistakes} of them likely mistakes; {dismissed} dismissed.</source>
        <translation>共 {all} 条，其中可能的错误 {mistakes} 条；已排除 {dismissed} 条。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="259"/>
        <source>Dismiss a finding</source>
        <translation>排除一条检查结果</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="260"/>
        <source>Why is this fine? (kept with the dismissal)</source>
        <translation>为什么无需修改？（理由随排除一并保存）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="264"/>
        <source>Dismiss finding %1</source>
        <translation>排除第 %1 条</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="274"/>
        <source>Show finding %1 again</source>
        <translation>恢复第 %1 条</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="295"/>
        <source>Draft:</source>
        <translation>本稿：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="296"/>
        <source>Last year:</source>
        <translation>上年：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="295"/>
        <source>Dismissed:</source>
        <translation>已排除：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="125"/>
        <source>Go to the &amp;other place (last year&apos;s words, or the draft&apos;s other statement)</source>
        <translation>转到对照处（上年原文或本稿另一处）(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="296"/>
        <source>Also:</source>
        <translation>另见：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="304"/>
        <source>(no note)</source>
        <translation>（未注明理由）</translation>
    </message>
</context>
<context>
    <name>CompareScopeDialog</name>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="44"/>
        <source>Print the comparison</source>
        <extracomment>Export formats. The setting that keeps &quot;include the draft check&quot;.</extracomment>
        <translation>打印对比</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="46"/>
        <source>Sections to include:</source>
        <translation>包括哪些章节：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="48"/>
        <source>&amp;All sections</source>
        <translation>全部章节(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="48"/>
        <source>&amp;Changed sections only</source>
        <translation>只含有改动的章节(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="49"/>
        <source>The &amp;current section: %1</source>
        <translation>当前章节(&amp;U)：%1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="72"/>
        <source>Section pairs</source>
        <translation>对应章节</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="85"/>
        <source>Old report</source>
        <translation>旧报告</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="86"/>
        <source>New report</source>
        <translation>新报告</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="106"/>
        <source>Previous change</source>
        <translation>上一处改动</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="107"/>
        <source>Next change</source>
        <translation>下一处改动</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="108"/>
        <source>Fold unchanged sections</source>
        <translation>折叠未改动的章节</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="110"/>
        <source>Ignore punctuation width (，and ,)</source>
        <translation>忽略全角半角标点（，与 ,）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="112"/>
        <source>Ignore whitespace</source>
        <translation>忽略空白</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="114"/>
        <source>Ignore line breaks</source>
        <translation>忽略换行</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="119"/>
        <source>Same-kind comparison</source>
        <translation>同类对比</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="120"/>
        <source>Promise to delivery</source>
        <translation>承诺兑现</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="170"/>
        <source>Aligning the two reports…</source>
        <translation>正在对齐两份报告…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="213"/>
        <source>{n} commitments: {a} reported with figures (green), {b} in words (blue), {c} not found (red)</source>
        <translation>承诺 {n} 项：有数字 {a}（绿），有文字 {b}（蓝），未见 {c}（红）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="216"/>
        <source>{n} section pairs, {c} with changes</source>
        <translation>共 {n} 对章节，其中 {c} 对有改动</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="223"/>
        <source>{jurisdiction} {year}</source>
        <translation>{jurisdiction} {year}年</translation>
    </message>
</context>
<context>
    <name>CorrectIndicatorCommand</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="73"/>
        <source>Correct a value</source>
        <translation>更正数值</translation>
    </message>
</context>
<context>
    <name>DecideGapCommand</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="48"/>
        <source>Decide on a target</source>
        <translation>认定目标完成情况</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="55"/>
        <source>Result as a percentage of the target (dashed line: target met exactly)</source>
        <translation>实际结果占目标的百分比（虚线：恰好完成目标）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="57"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="57"/>
        <source>Result / target</source>
        <translation>实际 / 目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="118"/>
        <source>Target range</source>
        <translation>目标区间</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="127"/>
        <source>Target (arrow: at least / at most)</source>
        <translation>目标（箭头：不低于 / 不高于）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="170"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="172"/>
        <source>Gap: %1</source>
        <translation>差距：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="210"/>
        <source>%1 (target is 0: no scale)</source>
        <translation>%1（目标为0，无法按比例显示）</translation>
    </message>
</context>
<context>
    <name>GapDetail</name>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="51"/>
        <source>Target: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="52"/>
        <source>Result: %1</source>
        <translation>实绩：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="53"/>
        <source>Gap: %1</source>
        <translation>差距：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="58"/>
        <source>Last year&apos;s report: “%1”</source>
        <translation>上年报告：《%1》</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="60"/>
        <source>This year&apos;s report: “%1”</source>
        <translation>本年报告：《%1》</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="66"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="80"/>
        <source>Your note: %1</source>
        <translation>您的备注：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="86"/>
        <source>Not stated in this report.</source>
        <translation>本报告未提及。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="89"/>
        <source>Section: %1</source>
        <translation>所在部分：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="90"/>
        <source>Show in the report</source>
        <translation>在报告中查看</translation>
    </message>
</context>
<context>
    <name>GapEditDialog</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="117"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="137"/>
        <source>Target (last year&apos;s report):</source>
        <translation>目标（上年报告）：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="138"/>
        <source>Result used:</source>
        <translation>对应的实绩：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="139"/>
        <source>Result (this year&apos;s report):</source>
        <translation>实绩（本年报告）：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="140"/>
        <source>Status:</source>
        <translation>完成情况：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="141"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="142"/>
        <source>Why you changed it, for whoever checks the table next</source>
        <translation>说明修改理由，便于下一位核对者了解</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="163"/>
        <source>as written: “%1”</source>
        <translation>原文：“%1”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="169"/>
        <source>As the program paired it</source>
        <translation>按程序的对应</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="170"/>
        <source>No result reported</source>
        <translation>本年报告未报告实绩</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="187"/>
        <source>As computed (%1)</source>
        <translation>按程序判定（%1）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="188"/>
        <source>As computed</source>
        <translation>按程序判定</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="220"/>
        <source>Correct the target of %1 to %2</source>
        <translation>将“%1”的目标更正为%2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="227"/>
        <source>Correct the result of %1 to %2</source>
        <translation>将“%1”的实绩更正为%2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="246"/>
        <source>Clear the decision on %1</source>
        <translation>撤销对“%1”的认定</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="248"/>
        <source>Mark %1 as %2</source>
        <translation>将“%1”认定为%2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="250"/>
        <source>Decide on %1</source>
        <translation>认定“%1”</translation>
    </message>
</context>
<context>
    <name>GapEditor</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="295"/>
        <source>Clear the decision on %1</source>
        <translation>撤销对“%1”的认定</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="303"/>
        <source>Edit %1</source>
        <translation>编辑“%1”</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Result</source>
        <translation>实绩</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Status</source>
        <translation>完成情况</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="76"/>
        <source>Old report says</source>
        <translation>上年报告原文</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="76"/>
        <source>New report says</source>
        <translation>本年报告原文</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="78"/>
        <source>Bold: a main target (from the main-targets passage)</source>
        <translation>粗体为主要预期目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="79"/>
        <source>What last year&apos;s report set as the target</source>
        <translation>上年报告提出的目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="80"/>
        <source>What this year&apos;s report says was achieved</source>
        <translation>本年报告所述的完成情况</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="81"/>
        <source>Result minus target</source>
        <translation>实绩减目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="81"/>
        <source>Judged against the target; ✎ marks your decision</source>
        <translation>对照目标判定；✎ 表示人工认定</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="82"/>
        <source>The target as last year&apos;s report words it</source>
        <translation>上年报告对目标的原文表述</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="83"/>
        <source>The result as this year&apos;s report words it</source>
        <translation>本年报告对实绩的原文表述</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="140"/>
        <source>Corrected by hand: %1</source>
        <translation>已人工修改：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="140"/>
        <source>Corrected by hand</source>
        <translation>已人工修改</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="148"/>
        <source>%1 — a main target</source>
        <translation>%1（主要预期目标）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="34"/>
        <source>Not reported</source>
        <translation>未提及</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="35"/>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="36"/>
        <source>Unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="37"/>
        <source>Met</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="38"/>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="43"/>
        <source>about %1</source>
        <translation>约%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="43"/>
        <source>%1 to %2</source>
        <translation>%1—%2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="44"/>
        <source>down %1</source>
        <translation>下降%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="44"/>
        <source>%1 (stretch)</source>
        <translation>力争%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="45"/>
        <source>%1 (estimate)</source>
        <translation>%1（预计）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="45"/>
        <source>%1 pp</source>
        <translation>%1个百分点</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="46"/>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="55"/>
        <source>Choose two reports to see how last year&apos;s targets turned out.</source>
        <extracomment>The library changed under the table (an edit, its undo): the new GapAnalysis, for whoever shows the same rows elsewhere (the gap chart).</extracomment>
        <translation>请选择两份报告，查看上年目标的完成情况。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="63"/>
        <source>Targets against results</source>
        <translation>目标差距</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="63"/>
        <source>New targets against last year&apos;s results</source>
        <translation>新目标对照上年实绩</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="64"/>
        <source>Last year&apos;s targets against new targets</source>
        <translation>上年目标对照新目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="68"/>
        <source>Main targets only</source>
        <translation>只看主要预期目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="69"/>
        <source>Only the targets stated in the main-targets passage of last year&apos;s report</source>
        <translation>只显示上年报告“主要预期目标”一段中的目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="71"/>
        <source>Find an indicator or wording</source>
        <translation>查找指标或原文</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="74"/>
        <location filename="../../hjdesk/ui/gap_view.py" line="168"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="75"/>
        <source>Correct the selected row (F2)</source>
        <translation>修改选中的行（F2）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="107"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="122"/>
        <source>Show or hide the rows marked “%1”</source>
        <translation>显示或隐藏“%1”的行</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="171"/>
        <source>Clear my decision</source>
        <translation>撤销我的认定</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="172"/>
        <source>Show in last year&apos;s report</source>
        <translation>在上年报告中查看</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="173"/>
        <source>Show in this year&apos;s report</source>
        <translation>在本年报告中查看</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="307"/>
        <source>Targets set for %1 in “%2”, checked against “%3”</source>
        <translation>《%2》提出的%1年目标，对照《%3》的完成情况</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="324"/>
        <source>No rows: the reports give nothing to compare here.</source>
        <translation>无内容：两份报告在此没有可对照的数据。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="326"/>
        <source>Select a row to see the sentences its numbers come from.</source>
        <translation>选中一行，查看数字出自哪句原文。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="50"/>
        <source>Import Reports</source>
        <extracomment>What the importers read; the file dialog offers these.</extracomment>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="55"/>
        <source>Opening the library…</source>
        <translation>正在打开报告库…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="61"/>
        <source>Import results</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="91"/>
        <source>Reading the files one by one. Cancel stops once the current file is done; the files imported by then stay in the library.</source>
        <translation>正在逐个读取文件。点“取消”会在当前文件处理完后停止，已导入的文件保留在报告库中。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="98"/>
        <source>Imported {imported}, failed {failed}.</source>
        <translation>导入 {imported} 个，失败 {failed} 个。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="100"/>
        <source>{count} already in the library, not imported again.</source>
        <translation>另有 {count} 个已在报告库中，未重复导入。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="101"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="108"/>
        <source>Import cancelled. The files handled before stopping ({count}) stay in the library.</source>
        <translation>导入已取消。取消前已处理的文件（{count} 个）保留在报告库中。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="112"/>
        <source>The import stopped: {reason}</source>
        <translation>导入中断：{reason}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="119"/>
        <source>Cancelling… the file being read is finished first.</source>
        <translation>正在取消…会先处理完当前这个文件。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="136"/>
        <source>Not imported</source>
        <translation>未能导入</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="140"/>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="144"/>
        <source>Already in the library</source>
        <translation>已在报告库中</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="150"/>
        <source>Year {year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="150"/>
        <source>year unrecognised</source>
        <translation>年度未识别</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="151"/>
        <source>{jurisdiction} {year}: {title}</source>
        <translation>{jurisdiction} {year}：{title}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="152"/>
        <source>jurisdiction unrecognised</source>
        <translation>行政区未识别</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../hjdesk/ui/library.py" line="73"/>
        <source>Read-only library</source>
        <translation>报告库只读</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library.py" line="87"/>
        <source>The report library is read-only: you can look at and compare its reports, but not import, correct or change anything.</source>
        <translation>报告库只读：可以查看和对比其中的报告，不能导入、更正或作任何修改。</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Source File</source>
        <translation>源文件</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Delivered</source>
        <translation>交付日期</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Size</source>
        <translation>篇幅</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="144"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="166"/>
        <source>Unrecognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="167"/>
        <source>Year {year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="169"/>
        <source>Reports: {count}</source>
        <translation>共 {count} 份报告</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="65"/>
        <location filename="../../hjdesk/ui/library_model.py" line="189"/>
        <source>{count} characters</source>
        <translation>{count} 字</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="51"/>
        <source>{title} ({label})</source>
        <translation>{title}（{label}）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="52"/>
        <location filename="../../hjdesk/ui/library_model.py" line="56"/>
        <source>No round</source>
        <translation>未标稿次</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="57"/>
        <source>{label} · {title}</source>
        <translation>{label} · {title}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="66"/>
        <source>{thousands:.1f}k characters</source>
        <translation>{wan:.1f} 万字</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="190"/>
        <source>{title}
File: {source}
Number {id}, {sections} outline entries</source>
        <translation>{title}
文件：{source}
编号 {id}，{sections} 个结构节点</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="83"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="84"/>
        <source>Import report files (Word, PDF, text, web page) into the library</source>
        <translation>把报告文件（Word、PDF、文本、网页）导入报告库</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="85"/>
        <source>&amp;Compare Selected</source>
        <translation>对比所选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="86"/>
        <source>Compare the two selected reports, older against newer</source>
        <translation>对比选中的两份报告：较早的一份作旧稿，较新的一份作新稿</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="88"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="89"/>
        <source>Change the jurisdiction, year or drafting round of the report</source>
        <translation>修改报告的行政区、年度或稿次</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="90"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="91"/>
        <source>Delete the selected reports from the library</source>
        <translation>从报告库中删除选中的报告</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="93"/>
        <source>Show &amp;Outline</source>
        <translation>查看结构(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="94"/>
        <source>Show the outline and text of the report</source>
        <translation>查看这份报告的结构和正文</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="96"/>
        <source>Read the library again</source>
        <translation>重新读取报告库</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="118"/>
        <location filename="../../hjdesk/ui/library_view.py" line="344"/>
        <location filename="../../hjdesk/ui/library_view.py" line="350"/>
        <source>Report library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="132"/>
        <source>The library is empty.

Click “Import…” to choose report files, or drag Word, PDF or text files here.</source>
        <translation>报告库里还没有报告。

点“导入…”选择报告文件，或者把 Word、PDF、文本文件直接拖到这里。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="188"/>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="189"/>
        <source>Reports ({patterns});;All files (*)</source>
        <translation>报告文件 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="215"/>
        <source>{report}, file {source}</source>
        <translation>{report}，文件 {source}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="218"/>
        <source>Delete Reports</source>
        <translation>删除报告</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="219"/>
        <source>Delete the following from the library?

{names}

Your corrections are kept and apply again if the same text is imported later.</source>
        <translation>确定从报告库中删除以下报告吗？

{names}

您做过的更正会保留，以后再导入同样的文本时重新生效。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="291"/>
        <source>Click “Compare Selected” to compare {old} with {new}.</source>
        <translation>点“对比所选”，以 {old} 为旧稿、{new} 为新稿进行对比。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="294"/>
        <source>Selected: {count} reports. A comparison needs exactly two.</source>
        <translation>已选 {count} 份报告。对比只能选两份。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="296"/>
        <source>Hold Ctrl and click a second report to compare the two.</source>
        <translation>按住 Ctrl 键再点一份报告，就可以对比这两份。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="300"/>
        <source>Reports in the library: {count}. Select two to compare them; double-click one for its outline.</source>
        <translation>报告库共 {count} 份报告。选中两份可以对比；双击一份查看结构。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="51"/>
        <source>hjdesk — work report comparison</source>
        <translation>hjdesk — 政府工作报告对比</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="59"/>
        <source>Comparison</source>
        <translation>对比</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="60"/>
        <source>Targets and results</source>
        <translation>目标差距</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="61"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="63"/>
        <source>Draft check</source>
        <translation>起草检查</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="66"/>
        <location filename="../../hjdesk/ui/main_window.py" line="160"/>
        <source>Report library</source>
        <translation>报告库</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="71"/>
        <location filename="../../hjdesk/ui/main_window.py" line="161"/>
        <source>Outline</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="83"/>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="95"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="100"/>
        <source>&amp;Find in the gap table</source>
        <translation>在目标差距中查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="101"/>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="104"/>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="116"/>
        <source>&amp;About hjdesk</source>
        <translation>关于 hjdesk(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="117"/>
        <source>Save the &amp;targets chart…</source>
        <translation>保存目标与完成情况图(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="119"/>
        <source>Save the t&amp;rend chart…</source>
        <translation>保存历年走势图(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="135"/>
        <source>Recent comparisons</source>
        <translation>最近的对比</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="144"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="155"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="198"/>
        <source>Opening the report library…</source>
        <translation>正在打开报告库…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="206"/>
        <source>Preparing the demo library…</source>
        <translation>正在建立演示报告库…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="217"/>
        <source>hjdesk — work report comparison (read-only library)</source>
        <translation>hjdesk — 政府工作报告对比（报告库只读）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="223"/>
        <source>Report {old} → report {new}</source>
        <translation>报告 {old} → 报告 {new}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="231"/>
        <source>Comparing report {old} with report {new}…</source>
        <translation>正在比较报告 {old} 与报告 {new}…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="363"/>
        <source>About hjdesk</source>
        <translation>关于 hjdesk</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="364"/>
        <source>hjdesk {version}
Compares government work reports across years and checks last year&apos;s targets against this year&apos;s results. It never connects to a network.</source>
        <translation>hjdesk {version}
按年度对比政府工作报告，核对上年目标与本年完成情况。本程序从不连接任何网络。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="378"/>
        <source>hjdesk</source>
        <translation>hjdesk</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="29"/>
        <source>Title</source>
        <extracomment>Section kinds and parts (codes from :mod:`hjdesk.core.model`) as the interface names them.</extracomment>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="30"/>
        <location filename="../../hjdesk/ui/outline_view.py" line="110"/>
        <source>Part</source>
        <translation>部分</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="31"/>
        <source>Section</source>
        <translation>节</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="32"/>
        <source>Topic</source>
        <translation>段</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="33"/>
        <source>Main targets</source>
        <translation>主要目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="34"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="35"/>
        <source>Government self-building</source>
        <translation>自身建设</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="36"/>
        <source>Address</source>
        <translation>致辞</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="37"/>
        <source>Five-year review</source>
        <translation>五年回顾</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="38"/>
        <source>Closing</source>
        <translation>结束语</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="39"/>
        <source>Glossary</source>
        <translation>名词解释</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="40"/>
        <source>Glossary entry</source>
        <translation>词条</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="41"/>
        <source>Appendix</source>
        <translation>附件</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="44"/>
        <source>Review</source>
        <translation>回顾</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="45"/>
        <source>Plan</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="46"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="110"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="110"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="123"/>
        <source>(no heading)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="146"/>
        <source>Outline</source>
        <translation>结构</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="156"/>
        <source>Section text</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="198"/>
        <source>{kind} · {part} · {count} characters</source>
        <translation>{kind} · {part} · {count} 字</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../hjdesk/ui/overview.py" line="29"/>
        <source>Where the changes are</source>
        <translation>改动分布</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="73"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="72"/>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="72"/>
        <source>Promises: figures/words/none</source>
        <extracomment>A row was dropped on another: (dragged row, target row).</extracomment>
        <translation>数字/文字/未见</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="73"/>
        <source>Amount</source>
        <translation>改动量</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="115"/>
        <source>Same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="115"/>
        <source>Changed</source>
        <translation>改动</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="115"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="116"/>
        <source>Removed</source>
        <translation>删去</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="116"/>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="119"/>
        <source> (split)</source>
        <translation>（拆分）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="121"/>
        <source> (merged)</source>
        <translation>（合并）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="125"/>
        <location filename="../../hjdesk/ui/compare_model.py" line="126"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="127"/>
        <source>Old: {old}
New: {new}
Similarity {sim:.0%}, {ins} characters inserted, {dele} deleted</source>
        <translation>旧：{old}
新：{new}
相似度 {sim:.0%}，新增 {ins} 字，删去 {dele} 字</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="131"/>
        <source>figures</source>
        <translation>有数字</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="131"/>
        <source>words</source>
        <translation>有文字</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="131"/>
        <source>not found</source>
        <translation>未见</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="134"/>
        <source>… {n} more</source>
        <translation>……另有 {n} 项</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="137"/>
        <source>This review section reports {n} commitments</source>
        <translation>本节回顾回应上年承诺 {n} 项</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="206"/>
        <location filename="../../hjdesk/ui/gap_model.py" line="208"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="206"/>
        <location filename="../../hjdesk/ui/gap_model.py" line="208"/>
        <source>New target</source>
        <translation>新目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="206"/>
        <source>Last year&apos;s result</source>
        <translation>上年实绩</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="207"/>
        <source>Target minus result</source>
        <translation>新目标减上年实绩</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="208"/>
        <source>Last year&apos;s target</source>
        <translation>上年目标</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="209"/>
        <source>New minus old</source>
        <translation>新目标减上年目标</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../hjdesk/ui/pane.py" line="165"/>
        <source>Pin this section to the section shown opposite</source>
        <extracomment>Span kinds a pane knows how to draw.</extracomment>
        <translation>将此节与对面当前显示的章节对应</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pane.py" line="167"/>
        <source>Remove the pin of this section</source>
        <translation>撤销此节的人工对应</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pane.py" line="169"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>PinActions</name>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="71"/>
        <location filename="../../hjdesk/ui/pin_edit.py" line="86"/>
        <location filename="../../hjdesk/ui/pin_edit.py" line="88"/>
        <location filename="../../hjdesk/ui/pin_edit.py" line="112"/>
        <source>Pin sections</source>
        <translation>指定章节对应</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="79"/>
        <location filename="../../hjdesk/ui/pin_edit.py" line="104"/>
        <source>Remove pin</source>
        <translation>撤销章节对应</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="96"/>
        <source>Keep this pair (pin it)</source>
        <translation>保留此对应（固定）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="99"/>
        <source>This section has no counterpart</source>
        <translation>此节没有对应章节</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="102"/>
        <source>Remove the pin</source>
        <translation>撤销人工对应</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="107"/>
        <source>Drag a section onto its partner to pair them</source>
        <translation>把一节拖到与之对应的章节上即可指定对应</translation>
    </message>
</context>
<context>
    <name>PrintExport</name>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="84"/>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="85"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="86"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="90"/>
        <location filename="../../hjdesk/ui/print_export.py" line="124"/>
        <source>Gap table as %1…</source>
        <translation>目标差距表导出为 %1…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="94"/>
        <source>Include the &amp;draft check</source>
        <translation>附上起草检查结果(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="96"/>
        <source>The gap table&apos;s print preview, print and export end with the draft check of the new report against the old (a CSV holds the draft check alone)</source>
        <translation>目标差距表的打印预览、打印和导出在末尾附上新报告对照旧报告的起草检查结果（不含已排除的；导出 CSV 时只含起草检查结果）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="104"/>
        <source>Comparison as %1…</source>
        <translation>对比导出为 %1…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="123"/>
        <source>Draft check as %1…</source>
        <translation>起草检查结果导出为 %1…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="139"/>
        <source>Open a comparison first: choose two reports in the library and press Compare.</source>
        <translation>请先打开一组对比：在报告库中选中两份报告，点“对比所选”。</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="144"/>
        <source>Preparing the document…</source>
        <translation>正在准备文档…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="197"/>
        <source>Print preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="213"/>
        <source>Sent to the printer: %1</source>
        <translation>已送打印机：%1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="231"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="242"/>
        <source>Exported: %1</source>
        <translation>已导出：%1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="43"/>
        <source>File Report</source>
        <extracomment>Drafting rounds offered for a report. They are stored values that name a draft the way the drafting office does, not interface text, so they stay Chinese in every language; any other name may be typed.</extracomment>
        <translation>编辑报告信息</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="45"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;File: {source}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;文件：{source}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="48"/>
        <source>e.g. Hongjiang District</source>
        <translation>例如：洪江区</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="51"/>
        <source>Unrecognised</source>
        <translation>未识别</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="53"/>
        <source>No round</source>
        <translation>未标稿次</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="59"/>
        <source>&amp;Jurisdiction:</source>
        <translation>行政区(&amp;J)：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="60"/>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="61"/>
        <source>Drafting &amp;round:</source>
        <translation>稿次(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="69"/>
        <source>Year %1</source>
        <translation>%1年</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="90"/>
        <source>Target range</source>
        <translation>目标区间</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="98"/>
        <source>Target (caret: at least / at most)</source>
        <translation>目标（尖角：不低于 / 不高于）</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="109"/>
        <source>Result</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="109"/>
        <source>Estimate (preliminary)</source>
        <translation>预计（初步数）</translation>
    </message>
</context>
</TS>
