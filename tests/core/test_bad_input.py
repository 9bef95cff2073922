"""Bad input (DESIGN.md §5): a transcript or one ParseError naming the file; never a crash."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reader.core import ParseError, parse_bytes, parse_file

DIALOGUE = "Rufus Firefly: Добрый день, коллеги.\n\nАда Квилл: Здравствуйте.\n" * 3


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty"),
    (b"   \n\t\n", "no text"),
    (b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4, "binary"),
    (b"hello", "no transcript"),
])
def test_bad_bytes_give_one_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "some/file.txt")
    assert str(err.value).startswith("some/file.txt: ")
    assert reason in str(err.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="does not exist"):
        parse_file(tmp_path / "gone.txt")
    with pytest.raises(ParseError, match="folder"):
        parse_file(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "locked.txt"
    f.write_text(DIALOGUE)

    real_open = os.open

    def denied(name: str, flags: int, *args: int) -> int:
        if name == str(f):
            raise PermissionError(13, "Permission denied")
        return real_open(name, flags, *args)

    # Root (CI) reads any file, so the refusal is simulated where the parser opens it.
    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(ParseError, match="permission denied") as err:
        parse_file(f)
    assert str(err.value).startswith(str(f))


def test_very_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import reader.core.decode

    monkeypatch.setattr(reader.core.decode, "MAX_BYTES", 1000)
    f = tmp_path / "huge.txt"
    f.write_text(DIALOGUE * 50)
    with pytest.raises(ParseError, match="too large"):
        parse_file(f)
    with pytest.raises(ParseError, match="too large"):
        parse_bytes(f.read_bytes(), "huge.txt")


def test_folder_without_permission_is_reported_and_the_rest_listed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core.library import list_files

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(DIALOGUE)
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "b.txt").write_text(DIALOGUE)
    real = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("closed"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errors: list[str] = []
    files = list_files([tmp_path], errors)
    assert [p.name for p in files] == ["a.txt"]
    assert errors == [f"{tmp_path / 'closed'}: Permission denied"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "cp1251", "koi8-r"])
def test_encodings(encoding: str) -> None:
    data = DIALOGUE.encode(encoding)
    t = parse_bytes(data, "enc.txt")
    assert [b.paragraphs for b in t.turns()][:2] == [("Добрый день, коллеги.",),
                                                     ("Здравствуйте.",)]


def test_utf16_with_bom_is_not_mistaken_for_binary() -> None:
    t = parse_bytes(codecs.BOM_UTF16_BE + DIALOGUE.encode("utf-16-be"), "be.txt")
    assert len(t.turns()) == 6


# Issue 17: the NUL-byte test missed Russian in UTF-16 without a BOM (its high byte is
# 0x04, not zero) and refused it as "binary data".
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_russian_utf16_without_bom(encoding: str) -> None:
    text = "Артур Пинкер: Добрый день, коллеги.\n\nЗоя Квиллова: Здравствуйте.\n"
    data = text.encode(encoding)
    t = parse_bytes(data, "ru16.txt")
    assert t.source.encoding == encoding
    assert [b.paragraphs for b in t.turns()] == [("Добрый день, коллеги.",),
                                                 ("Здравствуйте.",)]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_english_utf16_without_bom(encoding: str) -> None:
    data = "Rufus Firefly: Good afternoon.\n\nAda Quill: Hello.\n".encode(encoding)
    t = parse_bytes(data, "en16.txt")
    assert t.source.encoding == encoding
    assert [b.paragraphs for b in t.turns()] == [("Good afternoon.",), ("Hello.",)]


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "koi8-r"])
def test_russian_in_other_encodings_is_not_taken_for_utf16(encoding: str) -> None:
    text = "Артур Пинкер: Добрый день, коллеги.\n\nЗоя Квиллова: Здравствуйте.\n"
    t = parse_bytes(text.encode(encoding), "ru.txt")
    assert not t.source.encoding.startswith("utf-16")
    assert t.turns()[0].paragraphs == ("Добрый день, коллеги.",)


def test_invalid_utf8_byte_is_replaced_and_reported() -> None:
    data = DIALOGUE.encode() + b"Rufus Firefly: bad \xe3 byte here.\n"
    t = parse_bytes(data, "bad.txt")
    assert t.turns()[-1].paragraphs == ("bad \ufffd byte here.",)
    assert any("invalid UTF-8" in w for w in t.warnings)


def test_html_with_scripts_frames_and_remote_images_is_read_without_them() -> None:
    page = ("<html><body><script>document.write('Evil: x')</script>"
            "<iframe src='http://example.invalid/'></iframe>"
            "<p><img src='http://example.invalid/a.png'><b>Rufus Firefly:</b> Hello there.</p>"
            "<p><b>Ada Quill:</b> Hi.</p></body></html>")
    t = parse_bytes(page.encode(), "p.html")
    assert [b.paragraphs for b in t.turns()] == [("Hello there.",), ("Hi.",)]


def test_invalid_json_is_one_error() -> None:
    with pytest.raises(ParseError, match="JSON"):
        parse_bytes(b'{"title": ', "x.json")


def _check(data: bytes) -> None:
    try:
        t = parse_bytes(data, "fuzz.bin")
    except ParseError as exc:
        assert str(exc).startswith("fuzz.bin: ")
    else:
        assert t.to_json()["blocks"] is not None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_arbitrary_bytes_give_a_transcript_or_a_parse_error(data: bytes) -> None:
    _check(data)


_pieces = st.sampled_from([
    "Rufus Firefly:", "President of Freedonia Ada Quill:", "* * *", "<…>", "\n", "\n\n",
    "(retranslated)", "March 3, 2031, Fredville", "<p>", "</p>", "<b>", "</b>", ":", " ",
    "В.Путин:", "Question:", "{", "}", "\u00a0", "\ufeff", "Hello there.",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_pieces, st.text(max_size=40)), max_size=60))
def test_arbitrary_text_gives_a_transcript_or_a_parse_error(parts: list[str]) -> None:
    _check("".join(parts).encode("utf-8", errors="surrogatepass"))
