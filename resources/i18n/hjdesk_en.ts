<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartTip</name>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="59"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="61"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="64"/>
        <source>Target source:</source>
        <translation>Target source:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/chart_base.py" line="65"/>
        <source>Result source:</source>
        <translation>Result source:</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="27"/>
        <source>Targets against results</source>
        <translation>Targets against results</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="28"/>
        <source>Trend of one indicator</source>
        <translation>Trend of one indicator</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="31"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="32"/>
        <location filename="../../hjdesk/ui/charts_view.py" line="33"/>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="37"/>
        <source>Last year&apos;s targets against the results reported</source>
        <translation>Last year&apos;s targets against the results reported</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="41"/>
        <source>Indicator across the years:</source>
        <translation>Indicator across the years:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="77"/>
        <source>Save chart</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/charts_view.py" line="78"/>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>PNG image (*.png);;SVG image (*.svg)</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="26"/>
        <source>Year left from last year</source>
        <extracomment>The kinds of finding as the interface names them (codes from :mod:`hjdesk.core.checks`).</extracomment>
        <translation>Year left from last year</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="27"/>
        <source>Sentence carried over</source>
        <translation>Sentence carried over</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="28"/>
        <source>One indicator, two values</source>
        <translation>One indicator, two values</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="29"/>
        <source>Parts do not add up</source>
        <translation>Parts do not add up</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="30"/>
        <source>Glossary entry missing</source>
        <translation>Glossary entry missing</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="31"/>
        <source>Glossary entry unused</source>
        <translation>Glossary entry unused</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="32"/>
        <source>Glossary page reference</source>
        <translation>Glossary page reference</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="33"/>
        <source>Defined otherwise than last year</source>
        <translation>Defined otherwise than last year</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="34"/>
        <source>New formulation</source>
        <translation>New formulation</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="35"/>
        <source>Dropped formulation</source>
        <translation>Dropped formulation</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="36"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="91"/>
        <source>Show &amp;dismissed findings</source>
        <translation>Show &amp;dismissed findings</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="94"/>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="94"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="94"/>
        <source>Words in the draft</source>
        <translation>Words in the draft</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="98"/>
        <source>Findings of the draft check</source>
        <translation>Findings of the draft check</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="101"/>
        <source>The finding in full</source>
        <translation>The finding in full</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="120"/>
        <source>&amp;Go to the place in the comparison</source>
        <translation>&amp;Go to the place in the comparison</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="121"/>
        <source>&amp;Dismiss with a note…</source>
        <translation>&amp;Dismiss with a note…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="123"/>
        <source>&amp;Show again</source>
        <translation>&amp;Show again</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="142"/>
        <source>Open a comparison: its newer report is checked against the older one.</source>
        <translation>Open a comparison: its newer report is checked against the older one.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="154"/>
        <source>Draft check of report {new} ({new_year}) against report {old} ({old_year})</source>
        <translation>Draft check of report {new} ({new_year}) against report {old} ({old_year})</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="157"/>
        <source>Draft check of report {new}</source>
        <translation>Draft check of report {new}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="195"/>
        <source>(dismissed) </source>
        <translation>(dismissed) </translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="218"/>
        <source>{all} findings, {mistakes} of them likely mistakes; {dismissed} dismissed.</source>
        <translation>{all} findings, {mistakes} of them likely mistakes; {dismissed} dismissed.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="259"/>
        <source>Dismiss a finding</source>
        <translation>Dismiss a finding</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="260"/>
        <source>Why is this fine? (kept with the dismissal)</source>
        <translation>Why is this fine? (kept with the dismissal)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="264"/>
        <source>Dismiss finding %1</source>
        <translation>Dismiss finding %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="274"/>
        <source>Show finding %1 again</source>
        <translation>Show finding %1 again</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="295"/>
        <source>Draft:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="296"/>
        <source>Last year:</source>
        <translation>Last year:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="295"/>
        <source>Dismissed:</source>
        <translation>Dismissed:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="125"/>
        <source>Go to the &amp;other place (last year&apos;s words, or the draft&apos;s other statement)</source>
        <translation>Go to the &amp;other place (last year&apos;s words, or the draft&apos;s other statement)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="296"/>
        <source>Also:</source>
        <translation>Also:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/check_view.py" line="304"/>
        <source>(no note)</source>
        <translation>(no note)</translation>
    </message>
</context>
<context>
    <name>CompareScopeDialog</name>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="44"/>
        <source>Print the comparison</source>
        <extracomment>Export formats. The setting that keeps &quot;include the draft check&quot;.</extracomment>
        <translation>Print the comparison</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="46"/>
        <source>Sections to include:</source>
        <translation>Sections to include:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="48"/>
        <source>&amp;All sections</source>
        <translation>&amp;All sections</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="48"/>
        <source>&amp;Changed sections only</source>
        <translation>&amp;Changed sections only</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="49"/>
        <source>The &amp;current section: %1</source>
        <translation>The &amp;current section: %1</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="72"/>
        <source>Section pairs</source>
        <translation>Section pairs</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="85"/>
        <source>Old report</source>
        <translation>Old report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="86"/>
        <source>New report</source>
        <translation>New report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="106"/>
        <source>Previous change</source>
        <translation>Previous change</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="107"/>
        <source>Next change</source>
        <translation>Next change</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="108"/>
        <source>Fold unchanged sections</source>
        <translation>Fold unchanged sections</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="110"/>
        <source>Ignore punctuation width (，and ,)</source>
        <translation>Ignore punctuation width (，and ,)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="112"/>
        <source>Ignore whitespace</source>
        <translation>Ignore whitespace</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="114"/>
        <source>Ignore line breaks</source>
        <translation>Ignore line breaks</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="119"/>
        <source>Same-kind comparison</source>
        <translation>Same-kind comparison</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="120"/>
        <source>Promise to delivery</source>
        <translation>Promise to delivery</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="170"/>
        <source>Aligning the two reports…</source>
        <translation>Aligning the two reports…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="213"/>
        <source>{n} commitments: {a} reported with figures (green), {b} in words (blue), {c} not found (red)</source>
        <translation>{n} commitments: {a} reported with figures (green), {b} in words (blue), {c} not found (red)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="216"/>
        <source>{n} section pairs, {c} with changes</source>
        <translation>{n} section pairs, {c} with changes</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_view.py" line="223"/>
        <source>{jurisdiction} {year}</source>
        <translation>{jurisdiction} {year}</translation>
    </message>
</context>
<context>
    <name>CorrectIndicatorCommand</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="73"/>
        <source>Correct a value</source>
        <translation>Correct a value</translation>
    </message>
</context>
<context>
    <name>DecideGapCommand</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="48"/>
        <source>Decide on a target</source>
        <translation>Decide on a target</translation>
    </message>
</context>
<context>
    <name>GapChart</name>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="55"/>
        <source>Result as a percentage of the target (dashed line: target met exactly)</source>
        <translation>Result as a percentage of the target (dashed line: target met exactly)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="57"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="57"/>
        <source>Result / target</source>
        <translation>Result / target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="118"/>
        <source>Target range</source>
        <translation>Target range</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="127"/>
        <source>Target (arrow: at least / at most)</source>
        <translation>Target (arrow: at least / at most)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="170"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="172"/>
        <source>Gap: %1</source>
        <translation>Gap: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_chart.py" line="210"/>
        <source>%1 (target is 0: no scale)</source>
        <translation>%1 (target is 0: no scale)</translation>
    </message>
</context>
<context>
    <name>GapDetail</name>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="51"/>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="52"/>
        <source>Result: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="53"/>
        <source>Gap: %1</source>
        <translation>Gap: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="58"/>
        <source>Last year&apos;s report: “%1”</source>
        <translation>Last year&apos;s report: “%1”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="60"/>
        <source>This year&apos;s report: “%1”</source>
        <translation>This year&apos;s report: “%1”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="80"/>
        <source>Your note: %1</source>
        <translation>Your note: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="86"/>
        <source>Not stated in this report.</source>
        <translation>Not stated in this report.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="89"/>
        <source>Section: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_detail.py" line="90"/>
        <source>Show in the report</source>
        <translation>Show in the report</translation>
    </message>
</context>
<context>
    <name>GapEditDialog</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="117"/>
        <source>Edit “%1”</source>
        <translation>Edit “%1”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="137"/>
        <source>Target (last year&apos;s report):</source>
        <translation>Target (last year&apos;s report):</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="138"/>
        <source>Result used:</source>
        <translation>Result used:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="139"/>
        <source>Result (this year&apos;s report):</source>
        <translation>Result (this year&apos;s report):</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="140"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="141"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="142"/>
        <source>Why you changed it, for whoever checks the table next</source>
        <translation>Why you changed it, for whoever checks the table next</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="163"/>
        <source>as written: “%1”</source>
        <translation>as written: “%1”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="169"/>
        <source>As the program paired it</source>
        <translation>As the program paired it</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="170"/>
        <source>No result reported</source>
        <translation>No result reported</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="187"/>
        <source>As computed (%1)</source>
        <translation>As computed (%1)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="188"/>
        <source>As computed</source>
        <translation>As computed</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="220"/>
        <source>Correct the target of %1 to %2</source>
        <translation>Correct the target of %1 to %2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="227"/>
        <source>Correct the result of %1 to %2</source>
        <translation>Correct the result of %1 to %2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="246"/>
        <source>Clear the decision on %1</source>
        <translation>Clear the decision on %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="248"/>
        <source>Mark %1 as %2</source>
        <translation>Mark %1 as %2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="250"/>
        <source>Decide on %1</source>
        <translation>Decide on %1</translation>
    </message>
</context>
<context>
    <name>GapEditor</name>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="295"/>
        <source>Clear the decision on %1</source>
        <translation>Clear the decision on %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_edit.py" line="303"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="76"/>
        <source>Old report says</source>
        <translation>Old report says</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="76"/>
        <source>New report says</source>
        <translation>New report says</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="78"/>
        <source>Bold: a main target (from the main-targets passage)</source>
        <translation>Bold: a main target (from the main-targets passage)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="79"/>
        <source>What last year&apos;s report set as the target</source>
        <translation>What last year&apos;s report set as the target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="80"/>
        <source>What this year&apos;s report says was achieved</source>
        <translation>What this year&apos;s report says was achieved</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="81"/>
        <source>Result minus target</source>
        <translation>Result minus target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="81"/>
        <source>Judged against the target; ✎ marks your decision</source>
        <translation>Judged against the target; ✎ marks your decision</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="82"/>
        <source>The target as last year&apos;s report words it</source>
        <translation>The target as last year&apos;s report words it</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="83"/>
        <source>The result as this year&apos;s report words it</source>
        <translation>The result as this year&apos;s report words it</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="140"/>
        <source>Corrected by hand: %1</source>
        <translation>Corrected by hand: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="140"/>
        <source>Corrected by hand</source>
        <translation>Corrected by hand</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="148"/>
        <source>%1 — a main target</source>
        <translation>%1 — a main target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="34"/>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="35"/>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="36"/>
        <source>Unclear</source>
        <translation>Unclear</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="37"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="38"/>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="43"/>
        <source>about %1</source>
        <translation>about %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="43"/>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="44"/>
        <source>down %1</source>
        <translation>down %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="44"/>
        <source>%1 (stretch)</source>
        <translation>%1 (stretch)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="45"/>
        <source>%1 (estimate)</source>
        <translation>%1 (estimate)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="45"/>
        <source>%1 pp</source>
        <translation>%1 pp</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_format.py" line="46"/>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
</context>
<context>
    <name>GapView</name>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="55"/>
        <source>Choose two reports to see how last year&apos;s targets turned out.</source>
        <extracomment>The library changed under the table (an edit, its undo): the new GapAnalysis, for whoever shows the same rows elsewhere (the gap chart).</extracomment>
        <translation>Choose two reports to see how last year&apos;s targets turned out.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="63"/>
        <source>Targets against results</source>
        <translation>Targets against results</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="63"/>
        <source>New targets against last year&apos;s results</source>
        <translation>New targets against last year&apos;s results</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="64"/>
        <source>Last year&apos;s targets against new targets</source>
        <translation>Last year&apos;s targets against new targets</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="68"/>
        <source>Main targets only</source>
        <translation>Main targets only</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="69"/>
        <source>Only the targets stated in the main-targets passage of last year&apos;s report</source>
        <translation>Only the targets stated in the main-targets passage of last year&apos;s report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="71"/>
        <source>Find an indicator or wording</source>
        <translation>Find an indicator or wording</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="74"/>
        <location filename="../../hjdesk/ui/gap_view.py" line="168"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="75"/>
        <source>Correct the selected row (F2)</source>
        <translation>Correct the selected row (F2)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="107"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="122"/>
        <source>Show or hide the rows marked “%1”</source>
        <translation>Show or hide the rows marked “%1”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="171"/>
        <source>Clear my decision</source>
        <translation>Clear my decision</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="172"/>
        <source>Show in last year&apos;s report</source>
        <translation>Show in last year&apos;s report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="173"/>
        <source>Show in this year&apos;s report</source>
        <translation>Show in this year&apos;s report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="307"/>
        <source>Targets set for %1 in “%2”, checked against “%3”</source>
        <translation>Targets set for %1 in “%2”, checked against “%3”</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="324"/>
        <source>No rows: the reports give nothing to compare here.</source>
        <translation>No rows: the reports give nothing to compare here.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_view.py" line="326"/>
        <source>Select a row to see the sentences its numbers come from.</source>
        <translation>Select a row to see the sentences its numbers come from.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="50"/>
        <source>Import Reports</source>
        <extracomment>What the importers read; the file dialog offers these.</extracomment>
        <translation>Import Reports</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="55"/>
        <source>Opening the library…</source>
        <translation>Opening the library…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="61"/>
        <source>Import results</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="91"/>
        <source>Reading the files one by one. Cancel stops once the current file is done; the files imported by then stay in the library.</source>
        <translation>Reading the files one by one. Cancel stops once the current file is done; the files imported by then stay in the library.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="98"/>
        <source>Imported {imported}, failed {failed}.</source>
        <translation>Imported {imported}, failed {failed}.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="100"/>
        <source>{count} already in the library, not imported again.</source>
        <translation>{count} already in the library, not imported again.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="101"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="108"/>
        <source>Import cancelled. The files handled before stopping ({count}) stay in the library.</source>
        <translation>Import cancelled. The files handled before stopping ({count}) stay in the library.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="112"/>
        <source>The import stopped: {reason}</source>
        <translation>The import stopped: {reason}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="119"/>
        <source>Cancelling… the file being read is finished first.</source>
        <translation>Cancelling… the file being read is finished first.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="136"/>
        <source>Not imported</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="140"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="144"/>
        <source>Already in the library</source>
        <translation>Already in the library</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="150"/>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="150"/>
        <source>year unrecognised</source>
        <translation>year unrecognised</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="151"/>
        <source>{jurisdiction} {year}: {title}</source>
        <translation>{jurisdiction} {year}: {title}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/import_dialog.py" line="152"/>
        <source>jurisdiction unrecognised</source>
        <translation>jurisdiction unrecognised</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../hjdesk/ui/library.py" line="73"/>
        <source>Read-only library</source>
        <translation>Read-only library</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library.py" line="87"/>
        <source>The report library is read-only: you can look at and compare its reports, but not import, correct or change anything.</source>
        <translation>The report library is read-only: you can look at and compare its reports, but not import, correct or change anything.</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Source File</source>
        <translation>Source File</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="143"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="144"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="166"/>
        <source>Unrecognised</source>
        <translation>Unrecognised</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="167"/>
        <source>Year {year}</source>
        <translation>Year {year}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="169"/>
        <source>Reports: {count}</source>
        <translation>Reports: {count}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="65"/>
        <location filename="../../hjdesk/ui/library_model.py" line="189"/>
        <source>{count} characters</source>
        <translation>{count} characters</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="51"/>
        <source>{title} ({label})</source>
        <translation>{title} ({label})</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="52"/>
        <location filename="../../hjdesk/ui/library_model.py" line="56"/>
        <source>No round</source>
        <translation>No round</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="57"/>
        <source>{label} · {title}</source>
        <translation>{label} · {title}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="66"/>
        <source>{thousands:.1f}k characters</source>
        <translation>{thousands:.1f}k characters</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_model.py" line="190"/>
        <source>{title}
File: {source}
Number {id}, {sections} outline entries</source>
        <translation>{title}
File: {source}
Number {id}, {sections} outline entries</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="83"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="84"/>
        <source>Import report files (Word, PDF, text, web page) into the library</source>
        <translation>Import report files (Word, PDF, text, web page) into the library</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="85"/>
        <source>&amp;Compare Selected</source>
        <translation>&amp;Compare Selected</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="86"/>
        <source>Compare the two selected reports, older against newer</source>
        <translation>Compare the two selected reports, older against newer</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="88"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="89"/>
        <source>Change the jurisdiction, year or drafting round of the report</source>
        <translation>Change the jurisdiction, year or drafting round of the report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="90"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="91"/>
        <source>Delete the selected reports from the library</source>
        <translation>Delete the selected reports from the library</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="93"/>
        <source>Show &amp;Outline</source>
        <translation>Show &amp;Outline</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="94"/>
        <source>Show the outline and text of the report</source>
        <translation>Show the outline and text of the report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="95"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="96"/>
        <source>Read the library again</source>
        <translation>Read the library again</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="118"/>
        <location filename="../../hjdesk/ui/library_view.py" line="344"/>
        <location filename="../../hjdesk/ui/library_view.py" line="350"/>
        <source>Report library</source>
        <translation>Report library</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="132"/>
        <source>The library is empty.

Click “Import…” to choose report files, or drag Word, PDF or text files here.</source>
        <translation>The library is empty.

Click “Import…” to choose report files, or drag Word, PDF or text files here.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="188"/>
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="189"/>
        <source>Reports ({patterns});;All files (*)</source>
        <translation>Reports ({patterns});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="215"/>
        <source>{report}, file {source}</source>
        <translation>{report}, file {source}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="218"/>
        <source>Delete Reports</source>
        <translation>Delete Reports</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="219"/>
        <source>Delete the following from the library?

{names}

Your corrections are kept and apply again if the same text is imported later.</source>
        <translation>Delete the following from the library?

{names}

Your corrections are kept and apply again if the same text is imported later.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="291"/>
        <source>Click “Compare Selected” to compare {old} with {new}.</source>
        <translation>Click “Compare Selected” to compare {old} with {new}.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="294"/>
        <source>Selected: {count} reports. A comparison needs exactly two.</source>
        <translation>Selected: {count} reports. A comparison needs exactly two.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="296"/>
        <source>Hold Ctrl and click a second report to compare the two.</source>
        <translation>Hold Ctrl and click a second report to compare the two.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/library_view.py" line="300"/>
        <source>Reports in the library: {count}. Select two to compare them; double-click one for its outline.</source>
        <translation>Reports in the library: {count}. Select two to compare them; double-click one for its outline.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="51"/>
        <source>hjdesk — work report comparison</source>
        <translation>hjdesk — work report comparison</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="59"/>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="60"/>
        <source>Targets and results</source>
        <translation>Targets and results</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="61"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="63"/>
        <source>Draft check</source>
        <translation>Draft check</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="66"/>
        <location filename="../../hjdesk/ui/main_window.py" line="160"/>
        <source>Report library</source>
        <translation>Report library</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="71"/>
        <location filename="../../hjdesk/ui/main_window.py" line="161"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="83"/>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="95"/>
        <source>E&amp;xit</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="96"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="98"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="100"/>
        <source>&amp;Find in the gap table</source>
        <translation>&amp;Find in the gap table</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="101"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="104"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="116"/>
        <source>&amp;About hjdesk</source>
        <translation>&amp;About hjdesk</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="117"/>
        <source>Save the &amp;targets chart…</source>
        <translation>Save the &amp;targets chart…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="119"/>
        <source>Save the t&amp;rend chart…</source>
        <translation>Save the t&amp;rend chart…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="127"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="135"/>
        <source>Recent comparisons</source>
        <translation>Recent comparisons</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="137"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="144"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="155"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="158"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="198"/>
        <source>Opening the report library…</source>
        <translation>Opening the report library…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="206"/>
        <source>Preparing the demo library…</source>
        <translation>Preparing the demo library…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="217"/>
        <source>hjdesk — work report comparison (read-only library)</source>
        <translation>hjdesk — work report comparison (read-only library)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="223"/>
        <source>Report {old} → report {new}</source>
        <translation>Report {old} → report {new}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="231"/>
        <source>Comparing report {old} with report {new}…</source>
        <translation>Comparing report {old} with report {new}…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="363"/>
        <source>About hjdesk</source>
        <translation>About hjdesk</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/main_window.py" line="364"/>
        <source>hjdesk {version}
Compares government work reports across years and checks last year&apos;s targets against this year&apos;s results. It never connects to a network.</source>
        <translation>hjdesk {version}
Compares government work reports across years and checks last year&apos;s targets against this year&apos;s results. It never connects to a network.</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="30"/>
        <location filename="../../hjdesk/ui/outline_view.py" line="110"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="31"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="32"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="33"/>
        <source>Main targets</source>
        <translation>Main targets</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="34"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="35"/>
        <source>Government self-building</source>
        <translation>Government self-building</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="36"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="37"/>
        <source>Five-year review</source>
        <translation>Five-year review</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="38"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="39"/>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="40"/>
        <source>Glossary entry</source>
        <translation>Glossary entry</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="41"/>
        <source>Appendix</source>
        <translation>Appendix</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="44"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="45"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="46"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="110"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="110"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="123"/>
        <source>(no heading)</source>
        <translation>(no heading)</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="146"/>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="156"/>
        <source>Section text</source>
        <translation>Section text</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/outline_view.py" line="198"/>
        <source>{kind} · {part} · {count} characters</source>
        <translation>{kind} · {part} · {count} characters</translation>
    </message>
</context>
<context>
    <name>OverviewStrip</name>
    <message>
        <location filename="../../hjdesk/ui/overview.py" line="29"/>
        <source>Where the changes are</source>
        <translation>Where the changes are</translation>
    </message>
</context>
<context>
    <name>PairListModel</name>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="73"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="72"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="72"/>
        <source>Promises: figures/words/none</source>
        <extracomment>A row was dropped on another: (dragged row, target row).</extracomment>
        <translation>Promises: figures/words/none</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="73"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="115"/>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="115"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="115"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="116"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="116"/>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="119"/>
        <source> (split)</source>
        <translation> (split)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="121"/>
        <source> (merged)</source>
        <translation> (merged)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="125"/>
        <location filename="../../hjdesk/ui/compare_model.py" line="126"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="127"/>
        <source>Old: {old}
New: {new}
Similarity {sim:.0%}, {ins} characters inserted, {dele} deleted</source>
        <translation>Old: {old}
New: {new}
Similarity {sim:.0%}, {ins} characters inserted, {dele} deleted</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="131"/>
        <source>figures</source>
        <translation>figures</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="131"/>
        <source>words</source>
        <translation>words</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="131"/>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="134"/>
        <source>… {n} more</source>
        <translation>… {n} more</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/compare_model.py" line="137"/>
        <source>This review section reports {n} commitments</source>
        <translation>This review section reports {n} commitments</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="206"/>
        <location filename="../../hjdesk/ui/gap_model.py" line="208"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="206"/>
        <location filename="../../hjdesk/ui/gap_model.py" line="208"/>
        <source>New target</source>
        <translation>New target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="206"/>
        <source>Last year&apos;s result</source>
        <translation>Last year&apos;s result</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="207"/>
        <source>Target minus result</source>
        <translation>Target minus result</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="208"/>
        <source>Last year&apos;s target</source>
        <translation>Last year&apos;s target</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/gap_model.py" line="209"/>
        <source>New minus old</source>
        <translation>New minus old</translation>
    </message>
</context>
<context>
    <name>Pane</name>
    <message>
        <location filename="../../hjdesk/ui/pane.py" line="165"/>
        <source>Pin this section to the section shown opposite</source>
        <extracomment>Span kinds a pane knows how to draw.</extracomment>
        <translation>Pin this section to the section shown opposite</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pane.py" line="167"/>
        <source>Remove the pin of this section</source>
        <translation>Remove the pin of this section</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pane.py" line="169"/>
        <source>Copy</source>
        <translation>Copy</translation>
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
        <translation>Pin sections</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="79"/>
        <location filename="../../hjdesk/ui/pin_edit.py" line="104"/>
        <source>Remove pin</source>
        <translation>Remove pin</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="96"/>
        <source>Keep this pair (pin it)</source>
        <translation>Keep this pair (pin it)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="99"/>
        <source>This section has no counterpart</source>
        <translation>This section has no counterpart</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="102"/>
        <source>Remove the pin</source>
        <translation>Remove the pin</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/pin_edit.py" line="107"/>
        <source>Drag a section onto its partner to pair them</source>
        <translation>Drag a section onto its partner to pair them</translation>
    </message>
</context>
<context>
    <name>PrintExport</name>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="84"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="85"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="86"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="90"/>
        <location filename="../../hjdesk/ui/print_export.py" line="124"/>
        <source>Gap table as %1…</source>
        <translation>Gap table as %1…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="94"/>
        <source>Include the &amp;draft check</source>
        <translation>Include the &amp;draft check</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="96"/>
        <source>The gap table&apos;s print preview, print and export end with the draft check of the new report against the old (a CSV holds the draft check alone)</source>
        <translation>The gap table&apos;s print preview, print and export end with the draft check of the new report against the old (a CSV holds the draft check alone)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="104"/>
        <source>Comparison as %1…</source>
        <translation>Comparison as %1…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="123"/>
        <source>Draft check as %1…</source>
        <translation>Draft check as %1…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="139"/>
        <source>Open a comparison first: choose two reports in the library and press Compare.</source>
        <translation>Open a comparison first: choose two reports in the library and press Compare.</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="144"/>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="197"/>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="213"/>
        <source>Sent to the printer: %1</source>
        <translation>Sent to the printer: %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="231"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/print_export.py" line="242"/>
        <source>Exported: %1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="43"/>
        <source>File Report</source>
        <extracomment>Drafting rounds offered for a report. They are stored values that name a draft the way the drafting office does, not interface text, so they stay Chinese in every language; any other name may be typed.</extracomment>
        <translation>File Report</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="45"/>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;File: {source}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;File: {source}</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="48"/>
        <source>e.g. Hongjiang District</source>
        <translation>e.g. Hongjiang District</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="51"/>
        <source>Unrecognised</source>
        <translation>Unrecognised</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="53"/>
        <source>No round</source>
        <translation>No round</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="59"/>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Jurisdiction:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="60"/>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/report_dialog.py" line="61"/>
        <source>Drafting &amp;round:</source>
        <translation>Drafting &amp;round:</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="69"/>
        <source>Year %1</source>
        <translation>Year %1</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="90"/>
        <source>Target range</source>
        <translation>Target range</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="98"/>
        <source>Target (caret: at least / at most)</source>
        <translation>Target (caret: at least / at most)</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="109"/>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../hjdesk/ui/trend_chart.py" line="109"/>
        <source>Estimate (preliminary)</source>
        <translation>Estimate (preliminary)</translation>
    </message>
</context>
</TS>
