"""Reading documents: titles, and clear messages for files that cannot be read as text."""

import pytest

from assistant.ingest.documents import document_paths, load_passages
from assistant.ingest.files import document_title, read_source


def test_title_comes_from_the_meta_file_else_the_file_name(tmp_path):
    (tmp_path / "the_concert_press_kit.txt").write_text("x")
    (tmp_path / "the_concert_press_kit.meta.json").write_text('{"title": "The Concert press kit"}')
    (tmp_path / "another_film-kit.txt").write_text("x")
    assert document_title(tmp_path / "the_concert_press_kit.txt") == "The Concert press kit"
    assert document_title(tmp_path / "another_film-kit.txt") == "Another film kit"
    # The file name's own capitals stay: a person's name is a name.
    assert document_title(tmp_path / "Hugh Sanderson.md") == "Hugh Sanderson"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "is empty"),
        (b"  \n\n ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ],
)
def test_unreadable_documents_get_a_specific_message(tmp_path, content, message):
    path = tmp_path / "kit.txt"
    path.write_bytes(content)
    with pytest.raises(ValueError, match=message):
        read_source(path)


def test_random_bytes_without_nul_are_refused_as_binary(tmp_path):
    import random

    path = tmp_path / "kit.txt"
    rng = random.Random(7)
    path.write_bytes(bytes(rng.randrange(1, 256) for _ in range(4000)))
    with pytest.raises(ValueError, match="looks like a binary file"):
        read_source(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_is_read_as_text_with_a_warning(tmp_path, encoding):
    path = tmp_path / "kit.txt"
    path.write_bytes("INTERVIEW WITH MARIA RUIZ\n\nHow did you start?\n\nI read the script in Sevilla.".encode(encoding))
    source = read_source(path)
    assert "I read the script in Sevilla." in source.text
    assert source.warnings == ("UTF-16 text; read as such, save it as UTF-8 to be sure",)


def test_windows_1252_text_is_read_with_a_warning(tmp_path):
    path = tmp_path / "kit.txt"
    path.write_bytes("Caf\u00e9 cr\u00e8me \u2019quoted\u2019".encode("cp1252"))
    source = read_source(path)
    assert source.text == "Caf\u00e9 cr\u00e8me \u2019quoted\u2019"
    assert source.warnings == ("not UTF-8 (byte 3); read as cp1252, check accents and quotes",)


def test_a_utf8_byte_order_mark_is_dropped(tmp_path):
    path = tmp_path / "kit.txt"
    path.write_bytes("\ufeffSYNOPSIS".encode("utf-8"))
    assert read_source(path).text == "SYNOPSIS"


def test_an_empty_or_missing_seeds_folder_says_what_to_add(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        document_paths(tmp_path / "nowhere")
    with pytest.raises(FileNotFoundError, match="No documents"):
        load_passages(tmp_path)


@pytest.mark.parametrize(
    "sidecar, message",
    [
        ('{"characters": ["Ivan"]}', '"characters" must be like {"Elena": ["Maria Ruiz"]}, not ["Ivan"]'),
        ('{"roles": {"director": ["A", "B"]}}', '"roles" must be like {"director": "Lena Park"}'),
        ('{"interviewees": [1, 2]}', '"interviewees" must be like ["Maria Ruiz", "Tom Lee"], not [1, 2]'),
        ('{"title": {"en": "x"}}', '"title" must be like "Night Bus press notes"'),
        ('["title"]', "must hold a JSON object"),
        ('{"title": ', "is not valid JSON"),
    ],
)
def test_a_malformed_sidecar_is_refused_naming_the_field_and_an_example(tmp_path, sidecar, message):
    from assistant.ingest.documents import inspect_document

    (tmp_path / "kit.txt").write_text("A CONVERSATION WITH JOHN ROE\n\nWhat?\n\nNothing.\n", encoding="utf-8")
    (tmp_path / "kit.meta.json").write_text(sidecar, encoding="utf-8")
    report = inspect_document(tmp_path / "kit.txt")
    assert report.skipped is not None and message in report.skipped and report.skipped.startswith("kit.meta.json")


def test_a_character_played_by_one_actor_may_be_given_as_a_name(tmp_path):
    from assistant.ingest.files import document_meta

    (tmp_path / "kit.txt").write_text("x", encoding="utf-8")
    (tmp_path / "kit.meta.json").write_text('{"characters": {"Ivan": "Valery Barinov"}, "notes": 3}', encoding="utf-8")
    assert document_meta(tmp_path / "kit.txt") == {"characters": {"Ivan": ["Valery Barinov"]}, "notes": 3}


def test_the_parser_fingerprint_holds_every_module_the_parser_reads_its_cues_from():
    # A change to any module the ingest package imports changes the passages, so it must change
    # the index's fingerprint (`parser_version`); the settings are fingerprinted apart (the passage
    # length is in `sources_fingerprint`).
    import re
    from pathlib import Path

    from assistant.ingest import documents

    package = Path(documents.__file__).resolve().parent.parent
    hashed = {p.relative_to(package).as_posix() for pattern in documents._PARSER_SOURCES for p in package.glob(pattern)}
    imported = {
        f"{module}.py" for path in (package / "ingest").glob("*.py")
        for module in re.findall(r"^from assistant\.(\w+) import", path.read_text(encoding="utf-8"), re.M)
        if module not in ("ingest", "config")
    }
    assert imported and imported <= hashed, imported - hashed
