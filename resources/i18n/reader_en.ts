<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BookmarkController</name>
    <message numerus="yes">
        <source>Deleted %n bookmark(s): Bookmarks &gt; Undo Delete Bookmark restores</source>
        <translation>
            <numerusform>Deleted %n bookmark: Bookmarks &gt; Undo Delete Bookmark restores it</numerusform>
            <numerusform>Deleted %n bookmarks: Bookmarks &gt; Undo Delete Bookmark restores them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln event(s)</source>
        <translation>
            <numerusform>{shown} of %Ln event</numerusform>
            <numerusform>{shown} of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
