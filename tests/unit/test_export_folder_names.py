"""A folder on the way to an exported file is hers when the pieces of her name stand together
in its name, in any order, whatever else is there; not when they stand apart among other words,
nor when it holds one piece of a longer name (services/exports/pipeline.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from onestop.services.exports.pipeline import _folder_named_for

JANE_DOE = ["jane", "doe"]


@pytest.mark.parametrize(
    "folder",
    [
        "/srv/exports/Jane Doe",
        "/srv/exports/doe_jane 2026",
        "/srv/exports/Case notes for Jane Doe",
        "/srv/exports/JaneDoe",
        "/srv/JANE-DOE/court",
        "/srv/exports/Jáne Döe",
    ],
)
def test_a_folder_with_her_name_together_is_hers(folder: str) -> None:
    assert _folder_named_for(Path(folder), JANE_DOE)


@pytest.mark.parametrize(
    "folder",
    [
        "/home/jane/exports",  # a colleague's home: one piece of a longer name
        "/srv/jane smith/doe family papers",  # her pieces in two folders, apart
        "/srv/Jane and John Doe",  # apart, other words between
    ],
)
def test_a_folder_with_her_name_apart_is_not_hers(folder: str) -> None:
    assert not _folder_named_for(Path(folder), JANE_DOE)


def test_common_words_apart_in_a_folder_name_are_not_her_alias() -> None:
    assert not _folder_named_for(Path("/tmp/test_export_a_case_file0"), ["test", "case"])


def test_a_one_piece_name_is_hers_only_as_the_whole_folder_name() -> None:
    assert _folder_named_for(Path("/srv/Hope"), ["hope"])
    assert not _folder_named_for(Path("/srv/hope-project"), ["hope"])


def test_a_name_with_no_piece_long_enough_names_no_folder() -> None:
    assert not _folder_named_for(Path("/srv/anything/at all"), [])
