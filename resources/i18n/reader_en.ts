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
    <message numerus="yes">
        <source>Restored %n bookmark(s)</source>
        <translation>
            <numerusform>Restored %n bookmark</numerusform>
            <numerusform>Restored %n bookmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmark(s) to {0}</source>
        <translation>
            <numerusform>Exported %n bookmark to {0}</numerusform>
            <numerusform>Exported %n bookmarks to {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bookmark(s) from {0}</source>
        <translation>
            <numerusform>Imported %n bookmark from {0}</numerusform>
            <numerusform>Imported %n bookmarks from {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already there</source>
        <translation>
            <numerusform>; %n was already there</numerusform>
            <numerusform>; %n were already there</numerusform>
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
