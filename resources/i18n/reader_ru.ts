<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Transcript Reader</source>
        <extracomment>Key names as they are written in full, so that &quot;escape&quot; finds &quot;Esc&quot;.</extracomment>
        <translation>О программе «Чтение стенограмм»</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Parser version</source>
        <translation>Версия разборщика</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <source>The sample transcript is from kremlin.ru, published under the Creative Commons Attribution 4.0 licence (CC BY 4.0).</source>
        <translation>Образец стенограммы взят с сайта kremlin.ru и опубликован по лицензии Creative Commons «С указанием авторства» 4.0 (CC BY 4.0).</translation>
    </message>
    <message>
        <source>Transcript Reader</source>
        <translation>Чтение стенограмм</translation>
    </message>
    <message>
        <source>A reader for transcripts from kremlin.ru and en.kremlin.ru.</source>
        <translation>Программа для чтения стенограмм с сайтов kremlin.ru и en.kremlin.ru.</translation>
    </message>
</context>
<context>
    <name>AddLinksDialog</name>
    <message>
        <source>Add from Link</source>
        <translation>Добавить по ссылке</translation>
    </message>
    <message>
        <source>Links to transcripts on kremlin.ru or en.kremlin.ru, one a line. Any form works: the page, its print version, the version for the visually impaired, a short /d/ link, a link to a passage (#sel=) or a web.archive.org copy.</source>
        <translation>Ссылки на стенограммы на kremlin.ru или en.kremlin.ru, по одной в строке. Подходит любой вид: страница, её версия для печати, версия для слабовидящих, короткая ссылка /d/, ссылка на фрагмент (#sel=) или копия на web.archive.org.</translation>
    </message>
    <message>
        <source>Links, one a line</source>
        <translation>Ссылки, по одной в строке</translation>
    </message>
    <message>
        <source>Fetch again even when already in the library</source>
        <translation>Загрузить заново, даже если уже есть в библиотеке</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript link(s)</source>
        <translation>
            <numerusform>%n ссылка на стенограмму</numerusform>
            <numerusform>%n ссылки на стенограммы</numerusform>
            <numerusform>%n ссылок на стенограммы</numerusform>
        </translation>
    </message>
    <message>
        <source>not a transcript address: %1</source>
        <translation>не адрес стенограммы: %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Bookmarks are off for this run: {reason}</source>
        <translation>Закладки в этом сеансе недоступны: {reason}</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
</context>
<context>
    <name>BookmarkActions</name>
    <message>
        <source>Bookmarks</source>
        <extracomment>A bookmark&apos;s file is gone: (its anchor, what to do once the transcript is shown).</extracomment>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Select a passage to bookmark</source>
        <translation>Выделите фрагмент, чтобы добавить закладку</translation>
    </message>
    <message>
        <source>Bookmark added: type a note, or press Esc to leave it without one</source>
        <translation>Закладка добавлена: введите заметку или нажмите Esc, чтобы оставить её без заметки</translation>
    </message>
    <message>
        <source>Place the cursor in a turn to bookmark it</source>
        <translation>Поставьте курсор в реплику, чтобы добавить на неё закладку</translation>
    </message>
    <message>
        <source>Copied {link}</source>
        <translation>Скопировано: {link}</translation>
    </message>
    <message>
        <source>Select a passage to link to</source>
        <translation>Выделите фрагмент, на который нужна ссылка</translation>
    </message>
    <message>
        <source>This transcript has no page link</source>
        <translation>У этой стенограммы нет ссылки на страницу сайта</translation>
    </message>
    <message>
        <source>This bookmark&apos;s passage is not in this version of the transcript: select the passage and choose Re-attach to Selection</source>
        <translation>Фрагмента этой закладки нет в этой версии стенограммы: выделите фрагмент и выберите «Привязать к выделенному»</translation>
    </message>
    <message>
        <source>Select the passage to attach the bookmark to, then re-attach</source>
        <translation>Выделите фрагмент, к которому нужно привязать закладку, и привяжите её снова</translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected bookmark(s)</source>
        <translation>
            <numerusform>Экспорт %n выделенной закладки</numerusform>
            <numerusform>Экспорт %n выделенных закладок</numerusform>
            <numerusform>Экспорт %n выделенных закладок</numerusform>
        </translation>
    </message>
    <message>
        <source>Export all bookmarks</source>
        <translation>Экспорт всех закладок</translation>
    </message>
    <message>
        <source>JSON (re-importable) (*.json)</source>
        <translation>JSON (можно импортировать обратно) (*.json)</translation>
    </message>
    <message>
        <source>Markdown with citations (*.md)</source>
        <translation>Markdown с цитатами и источниками (*.md)</translation>
    </message>
    <message>
        <source>Import bookmarks</source>
        <translation>Импорт закладок</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>No link: the page&apos;s address is not known, or the passage was not found (see Status)</source>
        <translation>Ссылки нет: адрес страницы неизвестен или фрагмент не найден (см. «Состояние»)</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>The typed note is kept in the list: edit it again to retry.</source>
        <translation>Введённая заметка сохранена в списке: измените её ещё раз, чтобы повторить попытку.</translation>
    </message>
    <message>
        <source>Undo can be tried again.</source>
        <translation>Отмену можно повторить.</translation>
    </message>
    <message>
        <source>Bookmarks: {0}</source>
        <translation>Закладки: {0}</translation>
    </message>
    <message>
        <source>{0}: not exported ({1}); an earlier file there is unchanged</source>
        <translation>{0}: не экспортировано ({1}); прежний файл не изменён</translation>
    </message>
    <message>
        <source>{0}: nothing imported: {1}</source>
        <translation>{0}: ничего не импортировано: {1}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n bookmark(s): Bookmarks &gt; Undo Delete Bookmark restores</source>
        <translation>
            <numerusform>Удалена %n закладка: вернуть — Закладки &gt; Отменить удаление закладки</numerusform>
            <numerusform>Удалены %n закладки: вернуть — Закладки &gt; Отменить удаление закладки</numerusform>
            <numerusform>Удалено %n закладок: вернуть — Закладки &gt; Отменить удаление закладки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bookmark(s) now follow this transcript to {place}</source>
        <translation>
            <numerusform>%n закладка теперь следует за этой стенограммой в {place}</numerusform>
            <numerusform>%n закладки теперь следуют за этой стенограммой в {place}</numerusform>
            <numerusform>%n закладок теперь следуют за этой стенограммой в {place}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to bookmark: {0}</source>
        <translation>Нечего добавить в закладки: {0}</translation>
    </message>
    <message>
        <source>Bookmark added</source>
        <translation>Закладка добавлена</translation>
    </message>
    <message>
        <source>Bookmark re-attached</source>
        <translation>Закладка привязана заново</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n bookmark(s)</source>
        <translation>
            <numerusform>Восстановлена %n закладка</numerusform>
            <numerusform>Восстановлены %n закладки</numerusform>
            <numerusform>Восстановлено %n закладок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n bookmark(s) to {0}</source>
        <translation>
            <numerusform>%n закладка сохранена в {0}</numerusform>
            <numerusform>%n закладки сохранены в {0}</numerusform>
            <numerusform>%n закладок сохранено в {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n bookmark(s) from {0}</source>
        <translation>
            <numerusform>Загружена %n закладка из {0}</numerusform>
            <numerusform>Загружены %n закладки из {0}</numerusform>
            <numerusform>Загружено %n закладок из {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n were already there</source>
        <translation>
            <numerusform>; %n уже была</numerusform>
            <numerusform>; %n уже были</numerusform>
            <numerusform>; %n уже было</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookmarkModel</name>
    <message>
        <source>checking…</source>
        <extracomment>Every row&apos;s Status is up to date (the worker&apos;s answer for the newest list came).</extracomment>
        <translation>проверка…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <source>found</source>
        <translation>найдена</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>файла нет</translation>
    </message>
    <message>
        <source>passage not found</source>
        <translation>фрагмент не найден</translation>
    </message>
    <message>
        <source>Looking for the passage in its file</source>
        <translation>Фрагмент ищется в его файле</translation>
    </message>
    <message>
        <source>The passage is in the transcript open now</source>
        <translation>Фрагмент — в стенограмме, открытой сейчас</translation>
    </message>
    <message>
        <source>The passage is in its file, which is not open now</source>
        <translation>Фрагмент найден в своём файле, который сейчас не открыт</translation>
    </message>
    <message>
        <source>The file is no longer where it was: open the bookmark to locate it or to search the library for the event</source>
        <translation>Файла больше нет на прежнем месте: откройте закладку, чтобы указать, где он, или найти событие в библиотеке</translation>
    </message>
    <message>
        <source>The file is there but the passage is not in it (the transcript changed): select the passage and choose Re-attach to Selection</source>
        <translation>Файл на месте, но фрагмента в нём нет (стенограмма изменилась): выделите фрагмент и выберите «Привязать к выделенному»</translation>
    </message>
    <message>
        <source>Where the passage is now: open, found (in its file), file missing, or passage not found</source>
        <translation>Где фрагмент сейчас: открыта, найдена (в своём файле), файла нет или фрагмент не найден</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>BookmarkPanel</name>
    <message>
        <source>Filter bookmarks: quote, note, speaker, event</source>
        <translation>Фильтр закладок: цитата, заметка, выступающий, событие</translation>
    </message>
    <message>
        <source>Filter bookmarks</source>
        <translation>Фильтр закладок</translation>
    </message>
    <message>
        <source>Bookmark colour filter</source>
        <translation>Фильтр по цвету закладки</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>This transcript</source>
        <translation>Эта стенограмма</translation>
    </message>
    <message>
        <source>Only bookmarks of the open transcript</source>
        <translation>Только закладки открытой стенограммы</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Закладки</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Delete Bookmark</source>
        <translation>Удалить закладку</translation>
    </message>
    <message>
        <source>Delete the selected bookmarks (Undo Delete Bookmark brings them back)</source>
        <translation>Удалить выделенные закладки (их вернёт «Отменить удаление закладки»)</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Open Passage</source>
        <translation>Открыть фрагмент</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Copy with Citation</source>
        <translation>Копировать с источником</translation>
    </message>
    <message>
        <source>Copy Link to Passage</source>
        <translation>Копировать ссылку на фрагмент</translation>
    </message>
    <message>
        <source>Re-attach to Selection</source>
        <translation>Привязать к выделенному</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message numerus="yes">
        <source>%n invalid UTF-8 byte(s) replaced with U+FFFD</source>
        <translation>
            <numerusform>%n недопустимый байт UTF-8 заменён на U+FFFD</numerusform>
            <numerusform>%n недопустимых байта UTF-8 заменены на U+FFFD</numerusform>
            <numerusform>%n недопустимых байтов UTF-8 заменены на U+FFFD</numerusform>
        </translation>
    </message>
    <message>
        <source>decoded as {encoding} (not UTF-8)</source>
        <translation>прочитан в кодировке {encoding} (не UTF-8)</translation>
    </message>
    <message>
        <source>not a kremlin.ru article page: read the whole page body</source>
        <translation>не страница материала kremlin.ru: прочитан весь текст страницы</translation>
    </message>
    <message>
        <source>sidecar {name} ignored: {reason}</source>
        <translation>файл описания {name} не учтён: {reason}</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>the file does not exist (moved or deleted?)</source>
        <translation>файла нет (перемещён или удалён?)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>нет прав на чтение</translation>
    </message>
    <message>
        <source>cannot be read ({why})</source>
        <translation>не читается ({why})</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>это папка, а не файл</translation>
    </message>
    <message>
        <source>the file is too large (over {size} MB; a transcript is at most {limit} MB)</source>
        <translation>файл слишком велик (больше {size} МБ; стенограмма — не больше {limit} МБ)</translation>
    </message>
    <message>
        <source>the file is too large (over {size} bytes; at most {limit})</source>
        <translation>файл слишком велик (больше {size} байт; допустимо не больше {limit})</translation>
    </message>
    <message>
        <source>the file holds no text (only white space)</source>
        <translation>в файле нет текста (только пробелы)</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>двоичные данные, а не текст</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>broken UTF-16 text ({why})</source>
        <translation>повреждённый текст UTF-16 ({why})</translation>
    </message>
    <message>
        <source>not text in any known encoding</source>
        <translation>не текст ни в одной известной кодировке</translation>
    </message>
    <message>
        <source>the document is nested too deeply to read</source>
        <translation>документ вложен слишком глубоко, его не прочитать</translation>
    </message>
    <message>
        <source>too much markup to read (more than {count} elements)</source>
        <translation>слишком много разметки (больше {count} элементов)</translation>
    </message>
    <message>
        <source>the markup is nested too deeply (more than {count} levels)</source>
        <translation>разметка вложена слишком глубоко (больше {count} уровней)</translation>
    </message>
    <message>
        <source>could not be parsed ({why})</source>
        <translation>не удалось разобрать ({why})</translation>
    </message>
    <message>
        <source>The bookmark file {path} could not be read ({reason}). It was kept as {name}; a new, empty one was started.</source>
        <translation>Файл закладок {path} не удалось прочитать ({reason}). Он сохранён как {name}; начат новый, пустой.</translation>
    </message>
    <message>
        <source>The bookmark file {path} can be read but not changed: {reason}. Bookmarks are shown; new ones and changes cannot be saved until that is fixed.</source>
        <translation>Файл закладок {path} можно читать, но нельзя изменить: {reason}. Закладки показаны; новые закладки и изменения не сохранятся, пока это не исправлено.</translation>
    </message>
    <message>
        <source>cannot be created: {reason}</source>
        <translation>не удаётся создать: {reason}</translation>
    </message>
    <message>
        <source>cannot be opened: {reason} (the file was not changed)</source>
        <translation>не удаётся открыть: {reason} (файл не изменён)</translation>
    </message>
    <message>
        <source>made by a newer version of the app (schema {n}); not opened, so nothing in it is lost</source>
        <translation>создан более новой версией программы (схема {n}); не открыт, поэтому в нём ничего не потеряно</translation>
    </message>
    <message>
        <source>{doing}: the file is open read-only ({reason})</source>
        <translation>{doing}: файл открыт только для чтения ({reason})</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}: {reason}</translation>
    </message>
    <message>
        <source>the bookmark was not saved</source>
        <translation>закладка не сохранена</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>изменение не сохранено</translation>
    </message>
    <message>
        <source>the note was not saved</source>
        <translation>заметка не сохранена</translation>
    </message>
    <message>
        <source>the colour was not saved</source>
        <translation>цвет не сохранён</translation>
    </message>
    <message>
        <source>the bookmarks still name the old place of their file</source>
        <translation>в закладках осталось прежнее место их файла</translation>
    </message>
    <message>
        <source>the bookmark was not deleted</source>
        <translation>закладка не удалена</translation>
    </message>
    <message>
        <source>bookmarks could not be read</source>
        <translation>закладки не удалось прочитать</translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>ничего не импортировано</translation>
    </message>
    <message>
        <source>{reason} ({detail})</source>
        <translation>{reason} ({detail})</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>another program keeps the file locked</source>
        <translation>файл заблокирован другой программой</translation>
    </message>
    <message>
        <source>the file or its folder is read-only</source>
        <translation>файл или его папка доступны только для чтения</translation>
    </message>
    <message>
        <source>the file cannot be opened (no permission, or its folder is missing)</source>
        <translation>файл не открывается (нет прав или нет его папки)</translation>
    </message>
    <message>
        <source>the disk reported an input/output error (full, removed or failing?)</source>
        <translation>диск сообщил об ошибке ввода-вывода (заполнен, извлечён или неисправен?)</translation>
    </message>
    <message>
        <source>integrity check failed: {detail}</source>
        <translation>проверка целостности не пройдена: {detail}</translation>
    </message>
    <message>
        <source>it holds tables that are not bookmarks (another program&apos;s file?)</source>
        <translation>в нём есть таблицы, не относящиеся к закладкам (файл другой программы?)</translation>
    </message>
    <message>
        <source>its bookmarks table is missing</source>
        <translation>в нём нет таблицы закладок</translation>
    </message>
    <message>
        <source>its bookmarks table lacks column(s) {columns}</source>
        <translation>в таблице закладок нет столбцов: {columns}</translation>
    </message>
    <message numerus="yes">
        <source>no transcript in it (%n word(s) of text, with no title, date or speaker labels)</source>
        <translation>
            <numerusform>в файле нет стенограммы (%n слово текста, без заголовка, даты и имён выступающих)</numerusform>
            <numerusform>в файле нет стенограммы (%n слова текста, без заголовка, даты и имён выступающих)</numerusform>
            <numerusform>в файле нет стенограммы (%n слов текста, без заголовка, даты и имён выступающих)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a regular file ({reason}); not read</source>
        <translation>не обычный файл ({reason}); не прочитан</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>особый файл</translation>
    </message>
    <message>
        <source>an HTML page without a transcript (no title, no text)</source>
        <translation>страница HTML без стенограммы (нет ни заголовка, ни текста)</translation>
    </message>
    <message>
        <source>invalid JSON ({why})</source>
        <translation>неверный JSON ({why})</translation>
    </message>
    <message>
        <source>JSON that is not a transcript record</source>
        <translation>JSON, который не является записью стенограммы</translation>
    </message>
    <message>
        <source>JSON without a transcript text (no body/text field)</source>
        <translation>JSON без текста стенограммы (нет поля body/text)</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Type a date as year-month-day or in your locale&apos;s short form; Delete for any date; Alt+Down for a calendar</source>
        <extracomment>The end of a range (&quot;to&quot;): a year or month typed alone means its last day.</extracomment>
        <translation>Введите дату как год-месяц-день или в кратком формате (например, 02.01.2031); Del — любая дата; Alt+Вниз — календарь</translation>
    </message>
    <message>
        <source>any</source>
        <comment>any date</comment>
        <translation>любая</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Начальная дата</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Конечная дата</translation>
    </message>
    <message>
        <source>From</source>
        <comment>a date range: from … to …</comment>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <comment>a date range: from … to …</comment>
        <translation>по</translation>
    </message>
    <message>
        <source>Clear the from date</source>
        <extracomment>The month the calendars open at while a field says &quot;any&quot; (the library&apos;s newest).</extracomment>
        <translation>Сбросить начальную дату</translation>
    </message>
    <message>
        <source>Clear the to date</source>
        <translation>Сбросить конечную дату</translation>
    </message>
</context>
<context>
    <name>DialogueView</name>
    <message>
        <source>Transcript text</source>
        <extracomment>Transcripts longer than this (in paragraphs) show their first HEAD_ROWS at once and the rest right after that first paint. The fewest characters a line of the text keeps (three or four words). The document&apos;s margin round the text, in pixels.</extracomment>
        <translation>Текст стенограммы</translation>
    </message>
    <message>
        <source>Untitled transcript</source>
        <extracomment>The window&apos;s actions offered in the text&apos;s context menu (see set_context_actions).</extracomment>
        <translation>Стенограмма без названия</translation>
    </message>
</context>
<context>
    <name>EventList</name>
    <message>
        <source>Filter events</source>
        <translation>Фильтр событий</translation>
    </message>
    <message>
        <source>Speaker filter</source>
        <translation>Фильтр по выступающему</translation>
    </message>
    <message>
        <source>Any speaker</source>
        <translation>Любой выступающий</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>{count} — the “to” date is before the “from” date</source>
        <translation>{count} — дата «по» раньше даты «с»</translation>
    </message>
    <message>
        <source>{count} — none matches the filters: Clear Filters (Ctrl+Shift+Backspace) shows them all</source>
        <translation>{count} — ни одно не подходит под фильтры: «Сбросить фильтры» (Ctrl+Shift+Backspace) покажет все</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln событие</numerusform>
            <numerusform>%Ln события</numerusform>
            <numerusform>%Ln событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln event(s)</source>
        <translation>
            <numerusform>{shown} из %Ln события</numerusform>
            <numerusform>{shown} из %Ln событий</numerusform>
            <numerusform>{shown} из %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading {done} of {total}</source>
        <translation>Чтение: {done} из {total}</translation>
    </message>
    <message>
        <source>Events of the library by month. Enter opens the event&apos;s transcript.</source>
        <translation>События библиотеки по месяцам. Enter открывает стенограмму события.</translation>
    </message>
    <message>
        <source>Filter by title, place, speaker or tag</source>
        <translation>Фильтр по названию, месту, выступающему или тегу</translation>
    </message>
    <message>
        <source>page + text</source>
        <translation>страница + текст</translation>
    </message>
    <message>
        <source>{count} — by file name: no title, place, speaker or tag has “{text}”</source>
        <translation>{count} — по имени файла: «{text}» нет ни в названии, ни в месте, ни среди выступающих и тегов</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Open a transcript first</source>
        <extracomment>Characters no file name may hold on one system or another.</extracomment>
        <translation>Сначала откройте стенограмму</translation>
    </message>
    <message>
        <source>Printing failed: {0}</source>
        <translation>Печать не удалась: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Напечатана %n страница</numerusform>
            <numerusform>Напечатаны %n страницы</numerusform>
            <numerusform>Напечатано %n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Простой текст (*.txt)</translation>
    </message>
    <message>
        <source>Export Transcript</source>
        <translation>Экспорт стенограммы</translation>
    </message>
    <message>
        <source>{0}: could not be saved ({1})</source>
        <translation>{0}: не удалось сохранить ({1})</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>FeedDialog</name>
    <message>
        <source>Latest Transcripts</source>
        <translation>Новые стенограммы</translation>
    </message>
    <message>
        <source>Feeds:</source>
        <translation>Ленты:</translation>
    </message>
    <message>
        <source>English transcripts</source>
        <translation>Стенограммы на английском</translation>
    </message>
    <message>
        <source>English news</source>
        <translation>Новости на английском</translation>
    </message>
    <message>
        <source>Russian transcripts</source>
        <translation>Стенограммы на русском</translation>
    </message>
    <message>
        <source>Russian news</source>
        <translation>Новости на русском</translation>
    </message>
    <message>
        <source>&amp;Check Now</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>В библиотеке</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Feed entries</source>
        <translation>Записи лент</translation>
    </message>
    <message>
        <source>Nothing is fetched until you choose Check Now.</source>
        <translation>Ничего не загружается, пока вы не нажмёте «Проверить».</translation>
    </message>
    <message>
        <source>Add &amp;Selected</source>
        <translation>Добавить &amp;выбранные</translation>
    </message>
    <message>
        <source>Add All &amp;New</source>
        <translation>Добавить все &amp;новые</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n feed(s)…</source>
        <translation>
            <numerusform>Проверка %n ленты…</numerusform>
            <numerusform>Проверка %n лент…</numerusform>
            <numerusform>Проверка %n лент…</numerusform>
        </translation>
    </message>
    <message>
        <source>✓ in library</source>
        <translation>✓ в библиотеке</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n новая</numerusform>
            <numerusform>%n новые</numerusform>
            <numerusform>%n новых</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FetchActions</name>
    <message>
        <source>The clipboard holds no link to a transcript</source>
        <translation>В буфере обмена нет ссылки на стенограмму</translation>
    </message>
    <message numerus="yes">
        <source>Getting %n transcript(s) from the site…</source>
        <translation>
            <numerusform>Загрузка %n стенограммы с сайта…</numerusform>
            <numerusform>Загрузка %n стенограмм с сайта…</numerusform>
            <numerusform>Загрузка %n стенограмм с сайта…</numerusform>
        </translation>
    </message>
    <message>
        <source>This transcript&apos;s address on the site is not known</source>
        <translation>Адрес этой стенограммы на сайте неизвестен</translation>
    </message>
    <message>
        <source>Only transcripts added from the site can be refreshed</source>
        <translation>Обновить можно только стенограммы, добавленные с сайта</translation>
    </message>
    <message>
        <source>The linked passage was not found in this transcript</source>
        <translation>Фрагмент из ссылки в этой стенограмме не найден</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s) added</source>
        <translation>
            <numerusform>Добавлена %n стенограмма</numerusform>
            <numerusform>Добавлено %n стенограммы</numerusform>
            <numerusform>Добавлено %n стенограмм</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n отменена</numerusform>
            <numerusform>%n отменены</numerusform>
            <numerusform>%n отменено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n не удалась</numerusform>
            <numerusform>%n не удались</numerusform>
            <numerusform>%n не удалось</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting transcripts</source>
        <translation>Загрузка стенограмм</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) could not be added.</source>
        <translation>
            <numerusform>Не удалось добавить %n ссылку.</numerusform>
            <numerusform>Не удалось добавить %n ссылки.</numerusform>
            <numerusform>Не удалось добавить %n ссылок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Get the English &amp;Translation</source>
        <translation>Получить &amp;английский перевод</translation>
    </message>
    <message>
        <source>&amp;Get the Russian Original</source>
        <translation>Получить &amp;русский оригинал</translation>
    </message>
</context>
<context>
    <name>FetchProgress</name>
    <message>
        <source>Download progress</source>
        <translation>Ход загрузки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop downloading</source>
        <translation>Остановить загрузку</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Соединение…</translation>
    </message>
    <message>
        <source>Downloading %1 of %2: %3</source>
        <translation>Загрузка %1 из %2: %3</translation>
    </message>
</context>
<context>
    <name>FetchSettingsDialog</name>
    <message>
        <source>Download Settings</source>
        <translation>Настройки загрузки</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Папка загрузок:</translation>
    </message>
    <message>
        <source>the site itself (kremlin.ru, en.kremlin.ru)</source>
        <translation>сам сайт (kremlin.ru, en.kremlin.ru)</translation>
    </message>
    <message>
        <source>&amp;Mirror address:</source>
        <translation>Адрес &amp;зеркала:</translation>
    </message>
    <message>
        <source>Every request goes to this address instead of the site&apos;s, with the same paths. Leave empty to use the site.</source>
        <translation>Все запросы идут на этот адрес вместо адреса сайта, с теми же путями. Оставьте пустым, чтобы обращаться к самому сайту.</translation>
    </message>
    <message>
        <source>Check the site&apos;s &amp;feeds when the reader starts</source>
        <translation>Проверять &amp;ленты сайта при запуске</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Папка загрузок</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Open transcripts</source>
        <translation>Открыть стенограммы</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.html *.htm *.json);;All files (*)</source>
        <translation>Стенограммы (*.txt *.html *.htm *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Добавить папку в библиотеку</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in transcript</source>
        <translation>Найти в стенограмме</translation>
    </message>
    <message>
        <source>Only in the turns of</source>
        <translation>Только в репликах выступающего</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Закрыть панель поиска (Esc)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Найти:</translation>
    </message>
    <message>
        <source>in</source>
        <comment>find: words in the turns of a speaker</comment>
        <translation>в</translation>
    </message>
    <message>
        <source>Close the Find Bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <source>Previous Match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <source>In the find bar</source>
        <translation>В панели поиска</translation>
    </message>
    <message>
        <source>all turns</source>
        <translation>всех репликах</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} из {total}</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
</context>
<context>
    <name>FoldersDialog</name>
    <message>
        <source>Library Folders</source>
        <translation>Папки библиотеки</translation>
    </message>
    <message>
        <source>The event list shows the transcripts in these folders (and their subfolders) and the files you opened from elsewhere. Removing one leaves the files on disk.</source>
        <translation>В списке событий — стенограммы из этих папок (и их подпапок) и файлы, открытые из других мест. При удалении из библиотеки файлы остаются на диске.</translation>
    </message>
    <message>
        <source>Library folders and opened files</source>
        <translation>Папки библиотеки и открытые файлы</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <source>Take it out of the library (Delete); the files stay on disk</source>
        <translation>Убрать из библиотеки (Delete); файлы остаются на диске</translation>
    </message>
    <message>
        <source>&amp;Show in File Manager</source>
        <translation>&amp;Показать в файловом менеджере</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>&amp;Вернуть</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <source>No folders</source>
        <translation>Нет папок</translation>
    </message>
    <message>
        <source>Opened files</source>
        <translation>Открытые файлы</translation>
    </message>
    <message>
        <source>No files opened from elsewhere</source>
        <translation>Нет файлов, открытых из других мест</translation>
    </message>
    <message>
        <source>{path} (missing)</source>
        <translation>{path} (не найден)</translation>
    </message>
    <message>
        <source>Add a folder to the library</source>
        <translation>Добавить папку в библиотеку</translation>
    </message>
    <message>
        <source>Removed from the library: {path}. The files stay on disk; Undo Remove puts it back.</source>
        <translation>Убрано из библиотеки: {path}. Файлы остались на диске; «Вернуть» отменит это.</translation>
    </message>
    <message>
        <source>Back in the library: {path}</source>
        <translation>Снова в библиотеке: {path}</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>Date</source>
        <extracomment>Column headers (translated when shown: see headerData).</extracomment>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Speakers · turns</source>
        <translation>Выступающие · реплики</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <source> — failed</source>
        <extracomment>Files of one event (same title and date), by twin key; see reader.core.twins. No event has the filter&apos;s text in its details: file names are matched instead.</extracomment>
        <translation> — не прочитан</translation>
    </message>
    <message>
        <source>{0}
Could not be read: {1}</source>
        <translation>{0}
Не удалось прочитать: {1}</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <source>page</source>
        <extracomment>The form badges (see reader.core.twins.FORMS), translated when shown.</extracomment>
        <translation>страница</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>record</source>
        <translation>запись</translation>
    </message>
</context>
<context>
    <name>LibraryScanner</name>
    <message>
        <source>Scanning the library failed: {0}</source>
        <translation>Не удалось просмотреть библиотеку: {0}</translation>
    </message>
</context>
<context>
    <name>LibrarySearch</name>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
</context>
<context>
    <name>Look</name>
    <message>
        <source>circle</source>
        <extracomment>What each look&apos;s marker is called (for the legend&apos;s tooltip and screen readers).</extracomment>
        <translation>круг</translation>
    </message>
    <message>
        <source>square</source>
        <translation>квадрат</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>треугольник</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>ромб</translation>
    </message>
    <message>
        <source>triangle down</source>
        <translation>треугольник вниз</translation>
    </message>
    <message>
        <source>star</source>
        <translation>звезда</translation>
    </message>
    <message>
        <source>hollow circle</source>
        <translation>пустой круг</translation>
    </message>
    <message>
        <source>hollow square</source>
        <translation>пустой квадрат</translation>
    </message>
    <message>
        <source>hollow triangle</source>
        <translation>пустой треугольник</translation>
    </message>
    <message>
        <source>hollow diamond</source>
        <translation>пустой ромб</translation>
    </message>
    <message>
        <source>hollow triangle down</source>
        <translation>пустой треугольник вниз</translation>
    </message>
    <message>
        <source>hollow star</source>
        <translation>пустая звезда</translation>
    </message>
    <message>
        <source>shared neutral look</source>
        <translation>общий нейтральный вид</translation>
    </message>
    <message>
        <source>look {n}: stripe pattern {n}, marker {marker}</source>
        <translation>вид {n}: узор полосы {n}, значок {marker}</translation>
    </message>
    <message>
        <source>look {n}: colour {colour}, marker {marker}</source>
        <translation>вид {n}: цвет {colour}, значок {marker}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Transcript Reader</source>
        <translation>Чтение стенограмм</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Copied with citation</source>
        <translation>Скопировано с указанием источника</translation>
    </message>
    <message>
        <source>The interface language changes when the reader starts again</source>
        <translation>Язык интерфейса сменится при следующем запуске программы</translation>
    </message>
    <message>
        <source>Font size {percent} · {theme}</source>
        <translation>Размер шрифта {percent} · {theme}</translation>
    </message>
    <message>
        <source>{title} — Transcript Reader</source>
        <translation>{title} — Чтение стенограмм</translation>
    </message>
    <message>
        <source>Untitled transcript</source>
        <translation>Стенограмма без названия</translation>
    </message>
    <message>
        <source>The file changed on disk: its new text is shown</source>
        <translation>Файл изменился на диске: показан его новый текст</translation>
    </message>
    <message>
        <source>Choose a speaker in the legend, or place the cursor in a turn</source>
        <translation>Выберите выступающего в списке или поставьте курсор в его реплику</translation>
    </message>
    <message>
        <source>No further turn by this speaker</source>
        <translation>Дальше реплик этого выступающего нет</translation>
    </message>
</context>
<context>
    <name>MissingFile</name>
    <message>
        <source>Transcript not found</source>
        <extracomment>The bookmarked words searched for, as one phrase, when the event has no title.</extracomment>
        <translation>Стенограмма не найдена</translation>
    </message>
    <message>
        <source>The file of “{event}” is no longer where it was:
{path}</source>
        <translation>Файла стенограммы «{event}» больше нет там, где он был:
{path}</translation>
    </message>
    <message>
        <source>Locate the file where it is now (it joins the library), or search the library for the same event.</source>
        <translation>Укажите, где файл находится теперь (он будет добавлен в библиотеку), или найдите это же событие в библиотеке.</translation>
    </message>
    <message>
        <source>&amp;Locate…</source>
        <translation>&amp;Указать файл…</translation>
    </message>
    <message>
        <source>&amp;Search the Library</source>
        <translation>&amp;Искать в библиотеке</translation>
    </message>
    <message>
        <source>Locate “{name}”</source>
        <translation>Где теперь «{name}»</translation>
    </message>
    <message>
        <source>Transcripts (*.txt *.html *.htm *.json);;All files (*)</source>
        <translation>Стенограммы (*.txt *.html *.htm *.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Looking for this event in the library…</source>
        <translation>Поиск этого события в библиотеке…</translation>
    </message>
    <message>
        <source>No file of this event in the library: searching for its title</source>
        <translation>Файла этого события в библиотеке нет: ищем по названию</translation>
    </message>
    <message>
        <source>No file of this event in the library: searching for the bookmarked words</source>
        <translation>Файла этого события в библиотеке нет: ищем слова из закладки</translation>
    </message>
</context>
<context>
    <name>OutlineList</name>
    <message>
        <source>Outline</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Sections and questions of the transcript. Enter goes to one.</source>
        <translation>Разделы и вопросы стенограммы. Enter переходит к выбранному.</translation>
    </message>
    <message>
        <source>Section {0}: {1}…</source>
        <translation>Раздел {0}: {1}…</translation>
    </message>
    <message>
        <source>No sections</source>
        <translation>Разделов нет</translation>
    </message>
</context>
<context>
    <name>OutputDialog</name>
    <message>
        <source>Export Transcript</source>
        <translation>Экспорт стенограммы</translation>
    </message>
    <message>
        <source>Print Transcript</source>
        <translation>Печать стенограммы</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Простой текст</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>&amp;Mark bookmarked passages, notes as footnotes</source>
        <translation>&amp;Выделить фрагменты с закладками, заметки — сносками</translation>
    </message>
    <message>
        <source>Print-&amp;friendly (black on white, serif); otherwise the reading font and colours</source>
        <translation>Для &amp;печати (чёрным по белому, шрифт с засечками); иначе — шрифт и цвета чтения</translation>
    </message>
    <message>
        <source>Only the &amp;selected passage</source>
        <translation>Только в&amp;ыделенный фрагмент</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>cannot draw on the output</source>
        <translation>не удаётся рисовать на устройстве вывода</translation>
    </message>
    <message>
        <source>{0}: the PDF could not be written</source>
        <translation>{0}: не удалось записать PDF</translation>
    </message>
</context>
<context>
    <name>ReaderController</name>
    <message>
        <source>Cannot read folder {0}</source>
        <extracomment>Files larger than this are parsed on a worker thread (the largest real transcript, the 2019 Direct Line page, is 356 KB and parses in about 30 ms). The open transcript&apos;s file changed on disk: it is read again (``transcript_opened`` follows), and the reader stays where they are.</extracomment>
        <translation>Не удаётся прочитать папку {0}</translation>
    </message>
    <message>
        <source>{name} was moved or deleted: the text shown is as it was read</source>
        <translation>{name} перемещён или удалён: показан текст, каким он был прочитан</translation>
    </message>
    <message>
        <source>Opening {0} ({1} MB)…</source>
        <translation>Открывается {0} ({1} МБ)…</translation>
    </message>
    <message>
        <source>could not be read ({0})</source>
        <translation>не удалось прочитать ({0})</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>{kind}: {path}</source>
        <translation>{kind}: {path}</translation>
    </message>
</context>
<context>
    <name>ResultModel</name>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагмента</numerusform>
            <numerusform>%n фрагментов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Events and passages</source>
        <translation>События и фрагменты</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search the library: words, names, &quot;a phrase&quot;, prefix*</source>
        <extracomment>Events whose passages are shown at once (the others open on request).</extracomment>
        <translation>Поиск по библиотеке: слова, имена, «фраза», начало слова*</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск по библиотеке</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Only passages spoken by (alone: every turn of this person)</source>
        <translation>Только слова выступающего (без запроса — все его реплики)</translation>
    </message>
    <message>
        <source>Only events in the list</source>
        <translation>Только события из списка</translation>
    </message>
    <message>
        <source>Only events that pass the event list&apos;s filters</source>
        <translation>Только события, прошедшие фильтры списка событий</translation>
    </message>
    <message>
        <source>Search results: events and their passages</source>
        <translation>Результаты поиска: события и их фрагменты</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <source>Search failed: {0}</source>
        <translation>Поиск не удался: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passages</source>
        <translation>
            <numerusform>%n фрагмент</numerusform>
            <numerusform>%n фрагмента</numerusform>
            <numerusform>%n фрагментов</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, {1} ({2} ms)</source>
        <translation>{0}, {1} ({2} мс)</translation>
    </message>
    <message>
        <source>Nothing found ({0} ms)</source>
        <translation>Ничего не найдено ({0} мс)</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>(narration)</source>
        <translation>(текст от автора)</translation>
    </message>
    <message>
        <source>(photo caption)</source>
        <translation>(подпись к фото)</translation>
    </message>
    <message>
        <source>(heading)</source>
        <translation>(заголовок)</translation>
    </message>
    <message>
        <source>(unnamed speaker)</source>
        <translation>(выступающий не назван)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Search commands and keys</source>
        <translation>Поиск по командам и клавишам</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <source>Next area</source>
        <translation>Следующая область</translation>
    </message>
    <message>
        <source>Between the event list, the text, the side panels and the bottom panels</source>
        <translation>Между списком событий, текстом, боковыми и нижними панелями</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Следующий элемент</translation>
    </message>
    <message>
        <source>Every control in reading order; a list or table is one stop</source>
        <translation>Все элементы в порядке чтения; список или таблица — одна остановка</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Строка меню</translation>
    </message>
    <message>
        <source>Open the first menu; the arrow keys go on to the others</source>
        <translation>Открыть первое меню; стрелки ведут к остальным</translation>
    </message>
    <message>
        <source>Context menu</source>
        <translation>Контекстное меню</translation>
    </message>
    <message>
        <source>Shift+F10, Menu key</source>
        <translation>Shift+F10, клавиша меню</translation>
    </message>
    <message>
        <source>At the caret of the text or the current row of a list</source>
        <translation>У курсора в тексте или у текущей строки списка</translation>
    </message>
    <message>
        <source>Open a drop-down list or calendar</source>
        <translation>Открыть раскрывающийся список или календарь</translation>
    </message>
    <message>
        <source>The speaker filter, a date field</source>
        <translation>Фильтр по выступающему, поле даты</translation>
    </message>
    <message>
        <source>From a field to its list</source>
        <translation>Из поля в его список</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Стрелка вниз</translation>
    </message>
    <message>
        <source>From the library filter to the events, from the search query to the results</source>
        <translation>Из фильтра библиотеки к событиям, из поискового запроса к результатам</translation>
    </message>
    <message>
        <source>Open what is chosen</source>
        <translation>Открыть выбранное</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>An event, a search result, a bookmark, an outline entry</source>
        <translation>Событие, результат поиска, закладку, пункт содержания</translation>
    </message>
</context>
<context>
    <name>SpeakerLegend</name>
    <message>
        <source>Speakers</source>
        <translation>Выступающие</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Реплики</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Слова</translation>
    </message>
    <message>
        <source>Turns: {0} · words: {1}</source>
        <translation>Реплик: {0} · слов: {1}</translation>
    </message>
    <message>
        <source>Each speaker&apos;s look, name, turns and share of words. Enter highlights the speaker&apos;s turns; Enter again clears the highlight.</source>
        <translation>Вид, имя, число реплик и доля слов каждого выступающего. Enter выделяет реплики выступающего; повторный Enter снимает выделение.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Black on white</source>
        <extracomment>The bundled themes&apos; names, for translation (the TOML files hold the English name).</extracomment>
        <translation>Чёрным по белому</translation>
    </message>
    <message>
        <source>White on black</source>
        <translation>Белым по чёрному</translation>
    </message>
    <message>
        <source>Dark blue on light blue</source>
        <translation>Тёмно-синим по голубому</translation>
    </message>
    <message>
        <source>Brown on beige</source>
        <translation>Коричневым по бежевому</translation>
    </message>
    <message>
        <source>Green on dark brown</source>
        <translation>Зелёным по тёмно-коричневому</translation>
    </message>
    <message>
        <source>Light (default)</source>
        <translation>Светлая (по умолчанию)</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Сепия</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
</context>
<context>
    <name>ViewSettingsBar</name>
    <message>
        <source>View settings</source>
        <extracomment>The &quot;A&quot; buttons&apos; sizes, as a share of the toolbar&apos;s font (the site&apos;s small, normal, large letters). The interface scale changed the buttons&apos; sizes (the rows may need refitting).</extracomment>
        <translation>Настройки вида</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Размер шрифта:</translation>
    </message>
    <message>
        <source>A</source>
        <comment>the letter on the font size buttons</comment>
        <translation>А</translation>
    </message>
    <message>
        <source>Font size: {step} ({percent})</source>
        <translation>Размер шрифта: {step} ({percent})</translation>
    </message>
    <message>
        <source>Site colours:</source>
        <translation>Цвета сайта:</translation>
    </message>
    <message>
        <source>Colours: {name}</source>
        <translation>Цвета: {name}</translation>
    </message>
    <message>
        <source>Images (photo captions and media)</source>
        <translation>Изображения (подписи к фото и медиа)</translation>
    </message>
    <message>
        <source>Show I&amp;mages</source>
        <translation>Показывать изобра&amp;жения</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Font and character spacing</source>
        <translation>Шрифт и межбуквенный интервал</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Шрифт</translation>
    </message>
    <message>
        <source>Arial (sans serif)</source>
        <translation>Arial (без засечек)</translation>
    </message>
    <message>
        <source>Times New Roman (serif)</source>
        <translation>Times New Roman (с засечками)</translation>
    </message>
    <message>
        <source>Character spacing</source>
        <translation>Межбуквенный интервал</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартный</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Large</source>
        <comment>character spacing</comment>
        <translation>Большой</translation>
    </message>
    <message>
        <source>Standard settings</source>
        <translation>Стандартные настройки</translation>
    </message>
    <message>
        <source>Return to standard settings</source>
        <translation>Вернуть стандартные настройки</translation>
    </message>
    <message>
        <source>More view settings</source>
        <translation>Другие настройки вида</translation>
    </message>
    <message>
        <source>Images: on</source>
        <translation>Изображения: вкл.</translation>
    </message>
    <message>
        <source>Images: off</source>
        <translation>Изображения: выкл.</translation>
    </message>
    <message>
        <source>&amp;Small</source>
        <translation>&amp;Мелкий</translation>
    </message>
    <message>
        <source>&amp;Normal</source>
        <translation>&amp;Обычный</translation>
    </message>
    <message>
        <source>&amp;Large</source>
        <translation>&amp;Крупный</translation>
    </message>
    <message>
        <source>Font: {name}</source>
        <translation>Шрифт: {name}</translation>
    </message>
    <message>
        <source>Character spacing: {name}</source>
        <translation>Межбуквенный интервал: {name}</translation>
    </message>
    <message>
        <source>S&amp;tandard Settings</source>
        <translation>С&amp;тандартные настройки</translation>
    </message>
    <message>
        <source>Font and &amp;Spacing</source>
        <translation>Шрифт и &amp;интервал</translation>
    </message>
    <message>
        <source>&amp;Font size</source>
        <translation>&amp;Размер шрифта</translation>
    </message>
    <message>
        <source>Site &amp;colours</source>
        <translation>&amp;Цвета сайта</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <extracomment>The site&apos;s transcripts, in English and in Russian.</extracomment>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>Welcome to Transcript Reader</source>
        <translation>Добро пожаловать в «Чтение стенограмм»</translation>
    </message>
    <message>
        <source>It reads the transcripts of kremlin.ru and en.kremlin.ru — talks, meetings, news conferences, interviews — as saved pages (.html), text copied from a page (.txt) or dataset records, and shows who said what. The library holds only the sample below for now.&lt;br&gt;&lt;br&gt;Add a folder of transcripts with &lt;b&gt;Add Folder…&lt;/b&gt; (Ctrl+Shift+O), or drag files or a folder onto this window. Transcripts are on the site under &lt;a href=&quot;{en}&quot;&gt;Events › President › Transcripts&lt;/a&gt; (the Russian site: &lt;a href=&quot;{ru}&quot;&gt;kremlin.ru/events/president/transcripts&lt;/a&gt;): save a page with Ctrl+S, or copy its text into a .txt file.</source>
        <translation>Программа читает стенограммы с kremlin.ru и en.kremlin.ru — беседы, встречи, пресс-конференции, интервью — в виде сохранённых страниц (.html), текста, скопированного со страницы (.txt), или записей наборов данных и показывает, кто что сказал. Пока в библиотеке только пример ниже.&lt;br&gt;&lt;br&gt;Добавьте папку со стенограммами командой &lt;b&gt;Добавить папку…&lt;/b&gt; (Ctrl+Shift+O) или перетащите файлы либо папку в это окно. Стенограммы на сайте — в разделе &lt;a href=&quot;{ru}&quot;&gt;События › Президент › Стенограммы&lt;/a&gt; (английская версия: &lt;a href=&quot;{en}&quot;&gt;en.kremlin.ru/events/president/transcripts&lt;/a&gt;): сохраните страницу (Ctrl+S) или скопируйте её текст в файл .txt.</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>Open &amp;File…</source>
        <translation>Открыть &amp;файл…</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <source>Hide this welcome</source>
        <translation>Скрыть это приветствие</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open…</source>
        <extracomment>The main toolbar, by action name (None: a separator). One menu: (object name, title, entries). An entry is an action name, None for a separator, or &quot;@key&quot; for an action or submenu the window passes in (dock toggles, the recent-files menu).</extracomment>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open transcript files (text, HTML or dataset records)</source>
        <translation>Открыть файлы стенограмм (текст, HTML или записи набора данных)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Close the reader</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>Копировать выделенный текст</translation>
    </message>
    <message>
        <source>Copy the selection with speaker, event, date and place</source>
        <translation>Копировать выделенное с указанием выступающего, события, даты и места</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find words in this transcript</source>
        <translation>Найти слова в этой стенограмме</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;следующее</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Перейти к следующему совпадению</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Найти пр&amp;едыдущее</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Перейти к предыдущему совпадению</translation>
    </message>
    <message>
        <source>&amp;Search the Library…</source>
        <translation>&amp;Поиск по библиотеке…</translation>
    </message>
    <message>
        <source>Search the text of every transcript in the library</source>
        <translation>Искать в тексте всех стенограмм библиотеки</translation>
    </message>
    <message>
        <source>&amp;Bookmark Selection</source>
        <translation>&amp;Закладка на выделенное</translation>
    </message>
    <message>
        <source>Bookmark the selected passage</source>
        <translation>Добавить закладку на выделенный фрагмент</translation>
    </message>
    <message>
        <source>Bookmark This &amp;Turn</source>
        <translation>Закладка на &amp;реплику</translation>
    </message>
    <message>
        <source>Bookmark the whole turn the cursor is in</source>
        <translation>Добавить закладку на всю реплику, в которой стоит курсор</translation>
    </message>
    <message>
        <source>Copy &amp;Link to Passage</source>
        <translation>Копировать сс&amp;ылку на фрагмент</translation>
    </message>
    <message>
        <source>Copy a kremlin.ru link that highlights the selected passage</source>
        <translation>Копировать ссылку на kremlin.ru, которая выделит этот фрагмент на сайте</translation>
    </message>
    <message>
        <source>&amp;Undo Delete Bookmark</source>
        <translation>&amp;Отменить удаление закладки</translation>
    </message>
    <message>
        <source>Bring back the bookmark deleted last</source>
        <translation>Вернуть последнюю удалённую закладку</translation>
    </message>
    <message>
        <source>&amp;Export Bookmarks…</source>
        <translation>&amp;Экспорт закладок…</translation>
    </message>
    <message>
        <source>Save bookmarks as JSON or as Markdown with citations</source>
        <translation>Сохранить закладки в JSON или в Markdown с цитатами и источниками</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks…</source>
        <translation>&amp;Импорт закладок…</translation>
    </message>
    <message>
        <source>Add bookmarks from a JSON file</source>
        <translation>Добавить закладки из файла JSON</translation>
    </message>
    <message>
        <source>&amp;Go to Bookmarks</source>
        <translation>&amp;Перейти к закладкам</translation>
    </message>
    <message>
        <source>Show the Bookmarks panel in front and move to its list</source>
        <translation>Показать панель закладок поверх поиска и перейти к её списку</translation>
    </message>
    <message>
        <source>Next Turn by &amp;This Speaker</source>
        <translation>Следующая реплика &amp;этого выступающего</translation>
    </message>
    <message>
        <source>Go to the next turn of the chosen speaker</source>
        <translation>Перейти к следующей реплике выбранного выступающего</translation>
    </message>
    <message>
        <source>Go to the previous turn of the chosen speaker</source>
        <translation>Перейти к предыдущей реплике выбранного выступающего</translation>
    </message>
    <message>
        <source>&amp;Next Turn</source>
        <translation>С&amp;ледующая реплика</translation>
    </message>
    <message>
        <source>Go to the next turn</source>
        <translation>Перейти к следующей реплике</translation>
    </message>
    <message>
        <source>&amp;Previous Turn</source>
        <translation>П&amp;редыдущая реплика</translation>
    </message>
    <message>
        <source>Go to the previous turn</source>
        <translation>Перейти к предыдущей реплике</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Make the text larger</source>
        <translation>Сделать текст крупнее</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>Make the text smaller</source>
        <translation>Сделать текст мельче</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Обычный размер</translation>
    </message>
    <message>
        <source>Show the text at its standard size</source>
        <translation>Показать текст в обычном размере</translation>
    </message>
    <message>
        <source>As in the &amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>The interface language (applied when the reader starts again)</source>
        <translation>Язык интерфейса (сменится при следующем запуске)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every command and its keys</source>
        <translation>Все команды и их клавиши</translation>
    </message>
    <message>
        <source>&amp;About Transcript Reader</source>
        <translation>&amp;О программе «Чтение стенограмм»</translation>
    </message>
    <message>
        <source>Version, where your data is kept, licences</source>
        <translation>Версия, где хранятся ваши данные, лицензии</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Закладки</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the transcript or the selected passage, with your notes as footnotes</source>
        <translation>Напечатать стенограмму или выделенный фрагмент, с заметками в сносках</translation>
    </message>
    <message>
        <source>&amp;Export Transcript…</source>
        <translation>&amp;Экспорт стенограммы…</translation>
    </message>
    <message>
        <source>Save the transcript or the selected passage as PDF, Markdown or text</source>
        <translation>Сохранить стенограмму или выделенный фрагмент в PDF, Markdown или текст</translation>
    </message>
    <message>
        <source>Add from &amp;Link…</source>
        <translation>Добавить по &amp;ссылке…</translation>
    </message>
    <message>
        <source>Get transcripts from kremlin.ru by their links</source>
        <translation>Загрузить стенограммы с kremlin.ru по ссылкам</translation>
    </message>
    <message>
        <source>Get the transcript whose link is on the clipboard</source>
        <translation>Загрузить стенограмму по ссылке из буфера обмена</translation>
    </message>
    <message>
        <source>Get this event from the site in its other language</source>
        <translation>Загрузить это событие с сайта на другом языке</translation>
    </message>
    <message>
        <source>Paste &amp;Link</source>
        <translation>Вст&amp;авить ссылку</translation>
    </message>
    <message>
        <source>&amp;Get the Russian Original</source>
        <translation>Получить &amp;русский оригинал</translation>
    </message>
    <message>
        <source>Refres&amp;h from the Site</source>
        <translation>О&amp;бновить с сайта</translation>
    </message>
    <message>
        <source>Download this transcript again; what you marked in it stays</source>
        <translation>Загрузить стенограмму заново; отмеченное в ней сохранится</translation>
    </message>
    <message>
        <source>&amp;Latest Transcripts…</source>
        <translation>&amp;Новые стенограммы…</translation>
    </message>
    <message>
        <source>The newest entries of the site&apos;s feeds</source>
        <translation>Последние записи лент сайта</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Отменить загрузку</translation>
    </message>
    <message>
        <source>Stop getting transcripts from the site</source>
        <translation>Прекратить загрузку стенограмм с сайта</translation>
    </message>
    <message>
        <source>&amp;Download Settings…</source>
        <translation>Н&amp;астройки загрузки…</translation>
    </message>
    <message>
        <source>The download folder, a mirror, checking at start</source>
        <translation>Папка загрузок, зеркало, проверка при запуске</translation>
    </message>
    <message>
        <source>Copy &amp;with Citation</source>
        <translation>Копировать с &amp;источником</translation>
    </message>
    <message>
        <source>&amp;Plain</source>
        <translation>&amp;Простой</translation>
    </message>
    <message>
        <source>&amp;Chicago (Notes and Bibliography)</source>
        <translation>&amp;Чикагский (примечания и библиография)</translation>
    </message>
    <message>
        <source>&amp;APA 7</source>
        <translation>&amp;APA 7</translation>
    </message>
    <message>
        <source>&amp;BibTeX</source>
        <translation>&amp;BibTeX</translation>
    </message>
    <message>
        <source>The style of Copy with Citation and of the Markdown export</source>
        <translation>Стиль «Копировать с источником» и экспорта в Markdown</translation>
    </message>
    <message>
        <source>Previous Turn by This Spea&amp;ker</source>
        <translation>Предыдущая реплика этого в&amp;ыступающего</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>Citation St&amp;yle</source>
        <translation>Сти&amp;ль ссылок</translation>
    </message>
    <message>
        <source>&amp;Start of the Transcript</source>
        <translation>На&amp;чало стенограммы</translation>
    </message>
    <message>
        <source>Go to the beginning of the transcript</source>
        <translation>Перейти к началу стенограммы</translation>
    </message>
    <message>
        <source>&amp;End of the Transcript</source>
        <translation>&amp;Конец стенограммы</translation>
    </message>
    <message>
        <source>Go to the end of the transcript</source>
        <translation>Перейти к концу стенограммы</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Empty the list of files and folders opened lately</source>
        <translation>Очистить список недавно открытых файлов и папок</translation>
    </message>
    <message>
        <source>&amp;Add Folder…</source>
        <translation>&amp;Добавить папку…</translation>
    </message>
    <message>
        <source>Add a folder of transcripts to the library</source>
        <translation>Добавить папку со стенограммами в библиотеку</translation>
    </message>
    <message>
        <source>&amp;Manage Folders…</source>
        <translation>Папки &amp;библиотеки…</translation>
    </message>
    <message>
        <source>The library&apos;s folders and opened files: remove one, show it in the file manager</source>
        <translation>Папки и открытые файлы библиотеки: удалить из библиотеки, показать в файловом менеджере</translation>
    </message>
    <message>
        <source>Clear &amp;Filters</source>
        <translation>Сбросить &amp;фильтры</translation>
    </message>
    <message>
        <source>Show every event of the library again (no text, date or speaker filter)</source>
        <translation>Снова показать все события библиотеки (без фильтров по тексту, дате и выступающему)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Go back to the place before the last jump</source>
        <translation>Вернуться к месту перед последним переходом</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>Go forward again to the place left by Back</source>
        <translation>Снова перейти к месту, покинутому командой «Назад»</translation>
    </message>
</context>
</TS>
