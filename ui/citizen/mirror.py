"""What the citizen screen shows during intake: plain text of what the officer records."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class IntakeMirror:
    full_name: str = ""
    id_number: str = ""
    birth_date: str = ""
    address: str = ""
    procedure: str = ""
    documents: tuple[str, ...] = ()  # the papers ticked as received
    fee: str = ""
    appointment: str = ""

    @property
    def empty(self) -> bool:
        return not any((self.full_name, self.id_number, self.birth_date, self.address,
                        self.procedure, self.documents))
