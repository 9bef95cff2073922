<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that its Russian catalogue (qtbase_ru.qm in the PySide6 wheel) lacks:
     Qt 6 gave the file and print dialogs' labels access keys, and the catalogue still has
     them without; and the print dialog's "Options" took the П of "Печать". Kept by hand
     (tools/update_translations.py compiles it, never lupdate). -->
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
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Список страниц:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Страниц на &amp;листе:</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>П&amp;орядок страниц:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>Отложенная &amp;печать:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Платёжная &amp;информация:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>В &amp;начале:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>В &amp;конце:</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Пара&amp;метры &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Пара&amp;метры &lt;&lt;</translation>
    </message>
</context>
</TS>
