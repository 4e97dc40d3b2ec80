<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CasesPanel</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataSafety</name>
    <message numerus="yes">
        <source>Written: {path} (%n row(s)). It holds everything: keep it safe.</source>
        <translation>
            <numerusform>Written: {path} (%n row). It holds everything: keep it safe.</numerusform>
            <numerusform>Written: {path} (%n rows). It holds everything: keep it safe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>Imported %n row.</numerusform>
            <numerusform>Imported %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Caseload: %n measure(s)</source>
        <translation>
            <numerusform>Caseload: %n measure</numerusform>
            <numerusform>Caseload: %n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SayNoPanel</name>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is %n family(s) against a norm of {low}–{high}.</source>
        <translation>
            <numerusform>That is %n family against a norm of {low}–{high}.</numerusform>
            <numerusform>That is %n families against a norm of {low}–{high}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running measure(s) have no planned end.</source>
        <translation>
            <numerusform>%n running measure has no planned end.</numerusform>
            <numerusform>%n running measures have no planned end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message numerus="yes">
        <source>%n week(s) worked</source>
        <translation>
            <numerusform>%n week worked</numerusform>
            <numerusform>%n weeks worked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) of leave</source>
        <translation>
            <numerusform>%n week of leave</numerusform>
            <numerusform>%n weeks of leave</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>once</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off</source>
        <translation>
            <numerusform>%n day off</numerusform>
            <numerusform>%n days off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n family(s)</source>
        <translation>
            <numerusform>%n family</numerusform>
            <numerusform>%n families</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren)</source>
        <translation>
            <numerusform>%n child</numerusform>
            <numerusform>%n children</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s)</source>
        <translation>
            <numerusform>%n provider</numerusform>
            <numerusform>%n providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) of the Working Hours Act passed</source>
        <translation>
            <numerusform>%n limit of the Working Hours Act passed</numerusform>
            <numerusform>%n limits of the Working Hours Act passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n kind</numerusform>
            <numerusform>%n kinds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnionPanel</name>
    <message numerus="yes">
        <source>%n month(s) summarised from {files}.</source>
        <translation>
            <numerusform>%n month summarised from {files}.</numerusform>
            <numerusform>%n months summarised from {files}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more file(s) skipped or counted once.</source>
        <translation>
            <numerusform>… and %n more file skipped or counted once.</numerusform>
            <numerusform>… and %n more files skipped or counted once.</numerusform>
        </translation>
    </message>
</context>
</TS>
