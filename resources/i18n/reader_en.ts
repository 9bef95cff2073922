<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddLinksDialog</name>
    <message numerus="yes">
        <source>%n transcript link(s)</source>
        <translation>
            <numerusform>%n transcript link</numerusform>
            <numerusform>%n transcript links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkActions</name>
    <message numerus="yes">
        <source>Export %n selected bookmark(s)</source>
        <translation>
            <numerusform>Export %n selected bookmark</numerusform>
            <numerusform>Export %n selected bookmarks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message numerus="yes">
        <source>%n bookmark(s) now follow this transcript to {place}</source>
        <translation>
            <numerusform>%n bookmark now follows this transcript to {place}</numerusform>
            <numerusform>%n bookmarks now follow this transcript to {place}</numerusform>
        </translation>
    </message>
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
    <name>CoreMessages</name>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%n invalid UTF-8 byte replaced with U+FFFD</numerusform>
            <numerusform>%n invalid UTF-8 bytes replaced with U+FFFD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no transcript in it (%n word(s) of text, with no title, date or speaker labels)</source>
        <translation>
            <numerusform>no transcript in it (%n word of text, with no title, date or speaker labels)</numerusform>
            <numerusform>no transcript in it (%n words of text, with no title, date or speaker labels)</numerusform>
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
<context>
    <name>FeedDialog</name>
    <message numerus="yes">
        <source>Checking %n feed(s)…</source>
        <translation>
            <numerusform>Checking %n feed…</numerusform>
            <numerusform>Checking %n feeds…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchActions</name>
    <message numerus="yes">
        <source>Getting %n transcript(s) from the site…</source>
        <translation>
            <numerusform>Getting %n transcript from the site…</numerusform>
            <numerusform>Getting %n transcripts from the site…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) added</source>
        <translation>
            <numerusform>%n transcript added</numerusform>
            <numerusform>%n transcripts added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n cancelled</numerusform>
            <numerusform>%n cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) could not be added.</source>
        <translation>
            <numerusform>%n link could not be added.</numerusform>
            <numerusform>%n links could not be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
</context>
</TS>
