<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that its Russian catalogue (qtbase_ru.qm in the PySide6 wheel) lacks:
     Qt 6 gave the file dialog's labels access keys, and the catalogue still has them
     without. Kept by hand (tools/update_translations.py compiles it, never lupdate). -->
<TS version="2.1" language="ru_RU">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Типы файлов:</translation>
    </message>
</context>
</TS>
