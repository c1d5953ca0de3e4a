"""A JSON object kept between builds: read leniently, written whole."""

from __future__ import annotations

from explainer.text.kept_json import keep, read_kept


def test_what_is_kept_is_read_back_and_nothing_trustworthy_reads_as_empty(tmp_path):
    path = tmp_path / "deep" / "kept.json"
    assert read_kept(path) == {}
    keep(path, {"命案": "mingan"})
    assert read_kept(path) == {"命案": "mingan"} and not list(path.parent.glob("*.tmp"))
    path.write_text("[1, 2]", encoding="utf-8")
    assert read_kept(path) == {}
    path.write_text("{half", encoding="utf-8")
    assert read_kept(path) == {}


def test_a_folder_that_cannot_be_written_keeps_nothing_and_raises_nothing(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    keep(blocker / "kept.json", {"a": "b"})  # its parent is a file
    assert not (blocker / "kept.json").exists()
