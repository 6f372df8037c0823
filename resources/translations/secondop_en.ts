<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BinDialog</name>
    <message numerus="yes">
        <source>Empty the bin: delete %n case(s) for good</source>
        <translation>
            <numerusform>Empty the bin: delete %n case for good</numerusform>
            <numerusform>Empty the bin: delete %n cases for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n case(s) in the bin for good, with their opinions, notes, attached files and history?

This cannot be undone in SecondOp; only an older backup of the journal would still hold them.</source>
        <translation>
            <numerusform>Delete the case in the bin for good, with its opinions, notes, attached files and history?

This cannot be undone in SecondOp; only an older backup of the journal would still hold it.</numerusform>
            <numerusform>Delete the %n cases in the bin for good, with their opinions, notes, attached files and history?

This cannot be undone in SecondOp; only an older backup of the journal would still hold them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseTransfer</name>
    <message numerus="yes">
        <source> (%n private note(s) left out)</source>
        <translation>
            <numerusform> (%n private note left out)</numerusform>
            <numerusform> (%n private notes left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n case(s) for good.</source>
        <translation>
            <numerusform>Deleted %n case for good.</numerusform>
            <numerusform>Deleted %n cases for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareBar</name>
    <message numerus="yes">
        <source>Show the %n point(s) the doctors said the same in other words</source>
        <translation>
            <numerusform>Show the %n point the doctors said the same in other words</numerusform>
            <numerusform>Show the %n points the doctors said the same in other words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message numerus="yes">
        <source>%n word(s) differ from the other doctor's</source>
        <translation>
            <numerusform>%n word differs from the other doctor's</numerusform>
            <numerusform>%n words differ from the other doctor's</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message numerus="yes">
        <source>%n point(s) where the doctors differ</source>
        <translation>
            <numerusform>%n point where the doctors differ</numerusform>
            <numerusform>%n points where the doctors differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n only in detail)</source>
        <translation>
            <numerusform>(%n only in detail)</numerusform>
            <numerusform>(%n only in detail)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n where they agree</source>
        <translation>
            <numerusform>%n where they agree</numerusform>
            <numerusform>%n where they agree</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n differ(s)</source>
        <translation>
            <numerusform>%n differs</numerusform>
            <numerusform>%n differ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agree(s)</source>
        <translation>
            <numerusform>%n agrees</numerusform>
            <numerusform>%n agree</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecideBy</name>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>that was %n day(s) ago</source>
        <translation>
            <numerusform>that was %n day ago</numerusform>
            <numerusform>that was %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>Forget the %n earlier version(s) of this case's texts ({size} KB)?

The case as it is now does not change; only the texts it had before go, and they cannot be put back after this. Backups made earlier still hold them.</source>
        <translation>
            <numerusform>Forget the earlier version of this case's texts ({size} KB)?

The case as it is now does not change; only the texts it had before go, and it cannot be put back after this. Backups made earlier still hold it.</numerusform>
            <numerusform>Forget the %n earlier versions of this case's texts ({size} KB)?

The case as it is now does not change; only the texts it had before go, and they cannot be put back after this. Backups made earlier still hold them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionsPage</name>
    <message numerus="yes">
        <source>Add %n question(s) from the starter list</source>
        <translation>
            <numerusform>Add %n question from the starter list</numerusform>
            <numerusform>Add %n questions from the starter list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message numerus="yes">
        <source>Add %n record(s) from the usual checklist</source>
        <translation>
            <numerusform>Add %n record from the usual checklist</numerusform>
            <numerusform>Add %n records from the usual checklist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message numerus="yes">
        <source>%n deleted case(s) in the bin: bring them back…</source>
        <translation>
            <numerusform>%n deleted case is in the bin: bring it back…</numerusform>
            <numerusform>%n deleted cases are in the bin: bring them back…</numerusform>
        </translation>
    </message>
</context>
</TS>