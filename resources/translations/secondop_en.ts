<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>%n where they agree</source>
        <translation>
            <numerusform>%n where they agree</numerusform>
            <numerusform>%n where they agree</numerusform>
        </translation>
    </message>
</context>
</TS>