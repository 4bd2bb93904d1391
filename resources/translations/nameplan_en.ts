<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>nameplan::AnalysisWorkspace</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::ControlMappingDialog</name>
    <message numerus="yes">
        <source>Reset the control mapping of %n kind(s) of finding</source>
        <translation>
            <numerusform>Reset the control mapping of %n kind of finding</numerusform>
            <numerusform>Reset the control mapping of %n kinds of finding</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::DiagramWorkspace</name>
    <message numerus="yes">
        <source>%n component(s) out: %1</source>
        <translation>
            <numerusform>%n component out: %1</numerusform>
            <numerusform>%n components out: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 services fail(s).</source>
        <translation>
            <numerusform>%n of %1 services fails.</numerusform>
            <numerusform>%n of %1 services fail.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::LiveChecksPanel</name>
    <message numerus="yes">
        <source>at most %n s</source>
        <translation>
            <numerusform>at most %n s</numerusform>
            <numerusform>at most %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::MainWindow</name>
    <message numerus="yes">
        <source>Imported %1 from live DNS: %n change(s); Undo reverts them.</source>
        <translation>
            <numerusform>Imported %1 from live DNS: %n change; Undo reverts it.</numerusform>
            <numerusform>Imported %1 from live DNS: %n changes; Undo reverts them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::ProgressRow</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::ReportExportDialog</name>
    <message numerus="yes">
        <source>%n page(s) for %1, model SHA-256 %2</source>
        <translation>
            <numerusform>%n page for %1, model SHA-256 %2</numerusform>
            <numerusform>%n pages for %1, model SHA-256 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nameplan::ScenarioCompareDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
</TS>
