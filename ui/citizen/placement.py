"""Which monitor shows the citizen screen, from the ``citizen_screen`` setting."""

from __future__ import annotations


def citizen_screen_index(setting: str, screen_count: int) -> int | None:
    """The index of the monitor for the citizen screen, or None for no citizen screen.

    ``off``: none. ``auto``: the second monitor. A number (1, 2, ...): that monitor. With
    one monitor there is no citizen screen whatever the setting (it would cover the
    officer's own screen); a number past the monitors present gives none either."""
    choice = setting.strip().lower()
    if choice in ("", "off") or screen_count < 2:
        return None
    if choice == "auto":
        return 1
    if choice.isdigit() and 1 <= int(choice) <= screen_count:
        return int(choice) - 1
    return None
