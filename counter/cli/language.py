"""One language on the command line: Vietnamese by default, English with ``--lang en``,
like the desktop app. Help texts come from :mod:`counter.cli._texts`; argparse's own words
(usage, section titles, its error messages) are put in the same language here."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterator, Sequence
from typing import NoReturn

from counter.cli._texts import TEXTS

LANGUAGES = ("vi", "en")

_ARGPARSE_VI = {
    "usage: ": "cách dùng: ",
    "positional arguments": "đối số",
    "options": "tuỳ chọn",
    "error": "lỗi",
}
# argparse's error messages and their Vietnamese wording (groups kept in order)
_ERRORS_VI = (
    (re.compile(r"^the following arguments are required: (.*)$"),
     "thiếu đối số bắt buộc: {0}"),
    (re.compile(r"^argument (.*?): invalid choice: (.*?) \(choose from (.*)\)$"),
     "đối số {0}: lựa chọn không hợp lệ: {1} (chọn một trong: {2})"),
    (re.compile(r"^argument (.*?): expected one argument$"), "đối số {0}: cần một giá trị"),
    (re.compile(r"^argument (.*?): invalid (.*?) value: (.*)$"),
     "đối số {0}: giá trị không hợp lệ: {2}"),
    (re.compile(r"^argument (.*?): not allowed with argument (.*)$"),
     "đối số {0}: không dùng cùng với {1}"),
    (re.compile(r"^unrecognized arguments: (.*)$"), "đối số không nhận ra: {0}"),
    (re.compile(r"^one of the arguments (.*) is required$"), "cần một trong các đối số {0}"),
)


def chosen_language(argv: Sequence[str]) -> str:
    """``en`` when ``--lang en`` (or ``--lang=en``) is among the arguments, else ``vi``."""
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            return "en" if argv[index + 1] == "en" else "vi"
        if argument.startswith("--lang="):
            return "en" if argument.partition("=")[2] == "en" else "vi"
    return "vi"


def text(source: str, language: str) -> str:
    """``source`` (a help text as written in a command module) in ``language``."""
    pair = TEXTS.get(source)
    if pair is None:
        return source
    return pair[0] if language == "vi" else pair[1]


def translated_error(message: str) -> str:
    for pattern, wording in _ERRORS_VI:
        found = pattern.match(message)
        if found:
            return wording.format(*found.groups())
    return message


class CounterArgumentParser(argparse.ArgumentParser):
    """Speaks the chosen language in its usage line, section titles and errors."""

    language = "en"

    def error(self, message: str) -> NoReturn:
        if self.language != "vi":
            super().error(message)
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {_ARGPARSE_VI['error']}: {translated_error(message)}\n")


class VietnameseHelpFormatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: object, groups: object,  # type: ignore[override]
                  prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, prefix or _ARGPARSE_VI["usage: "])  # type: ignore[arg-type]


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """``parser`` and every sub-command's parser under it."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help text and description a person can read in ``--help``, as written."""
    for each in parsers(parser):
        for written in (each.description, each.epilog):
            if written:
                yield written
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        yield choice.help


def localise(parser: argparse.ArgumentParser, language: str) -> None:
    """Put every parser of the tree in ``language``."""
    for each in parsers(parser):
        if isinstance(each, CounterArgumentParser):
            each.language = language
        if each.description:
            each.description = text(each.description, language)
        if each.epilog:
            each.epilog = text(each.epilog, language)
        for action in each._actions:
            if action.help and action.help != argparse.SUPPRESS:
                action.help = text(action.help, language)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = text(choice.help, language)
        if language == "vi":
            each.formatter_class = VietnameseHelpFormatter
            for group in each._action_groups:
                group.title = _ARGPARSE_VI.get(group.title or "", group.title)
