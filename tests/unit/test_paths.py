"""Where OneStop keeps things: the platform's folders, or everything beside the program."""

from __future__ import annotations

from onestop import paths


def test_portable_mode_keeps_everything_beside_the_program(tmp_path, monkeypatch) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    monkeypatch.delenv("ONESTOP_HOME", raising=False)
    assert paths.apply_portable(["--vault", "X"], stick) == ["--vault", "X"]
    assert paths.home() is None  # neither the flag nor the marker: the platform's folders

    assert paths.apply_portable(["--portable", "admin", "users"], stick) == ["admin", "users"]
    data = stick / "OneStop-data"
    assert paths.default_vault() == data / "data" / "vault"
    assert paths.log_dir() == data / "logs"

    monkeypatch.delenv("ONESTOP_HOME")
    (stick / "onestop-portable.txt").write_text("kept in the safe\n")
    assert paths.apply_portable([], stick) == []  # the marker file alone is enough
    assert paths.default_vault() == data / "data" / "vault"
