"""The command line speaks one language: Vietnamese by default, English with --lang en,
help texts, usage line, section titles and argparse's own errors alike."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from counter.cli._texts import TEXTS
from counter.cli.language import chosen_language, help_texts, parsers
from main import build_parser, main

VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]",
                        re.IGNORECASE)


def test_every_help_text_of_every_command_has_both_languages() -> None:
    written = set(help_texts(build_parser(None)))
    missing = sorted(written - set(TEXTS))
    assert missing == [], "add these to resources/translations/cli_texts.json with their vi and en wording"
    unused = sorted(set(TEXTS) - written)
    assert unused == [], "no command writes these any more: remove them"


def test_the_vietnamese_wording_is_vietnamese_and_the_english_is_not() -> None:
    for vi, en in TEXTS.values():
        assert VIETNAMESE.search(vi), f"not Vietnamese: {vi!r}"
        assert vi != en, f"the same in both languages: {vi!r}"


def help_of(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as done:
        main([*argv, "--help"])
    assert done.value.code == 0
    return out.getvalue()


def commands() -> list[str]:
    return [name for name in build_parser(None)._subparsers._group_actions[0].choices]  # type: ignore[union-attr]


@pytest.mark.parametrize("command", [None, *commands()])
def test_each_commands_help_is_in_one_language(command: str | None) -> None:
    argv = [command] if command else []
    vi = help_of(*argv)
    assert vi.startswith("cách dùng: ") and "tuỳ chọn:" in vi
    assert "usage:" not in vi and "options:" not in vi and "show this help" not in vi
    en = help_of("--lang", "en", *argv)
    assert en.startswith("usage: ") and "options:" in en and "cách dùng" not in en


def test_argparse_errors_are_in_the_chosen_language() -> None:
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), pytest.raises(SystemExit) as done:
        main(["dossier", "act"])
    assert done.value.code == 2
    assert "lỗi: thiếu đối số bắt buộc: code, action" in errors.getvalue()
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), pytest.raises(SystemExit):
        main(["--lang", "en", "dossier", "act", "X", "fly"])
    assert "error: argument action: invalid choice: 'fly'" in errors.getvalue()
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors), pytest.raises(SystemExit):
        main(["dossier", "act", "X", "fly"])
    assert "lỗi: đối số action: lựa chọn không hợp lệ: 'fly' (chọn một trong:" in \
        errors.getvalue()


@pytest.mark.parametrize(("argv", "language"), [
    ([], "vi"), (["--lang", "en", "sync"], "en"), (["--lang=en"], "en"), (["--lang", "vi"], "vi"),
    (["dossier", "--lang"], "vi"),
])
def test_the_language_is_read_before_the_commands_are_built(argv: list[str], language: str) -> None:
    assert chosen_language(argv) == language


def test_every_sub_command_is_reached() -> None:
    assert sum(1 for _ in parsers(build_parser(None))) > 40
