"""Every problem of an applicant, field by field, for checks shown as the officer types.

``people.check_applicant`` stops at the first problem, which suits a save; a form
wants each field's own verdict. Each field is checked by the same rule with the
other fields set to neutral valid values, so the rules stay in one place.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from counter.errors import InputError
from counter.people import Applicant, check_applicant

FIELDS = ("full_name", "id_number", "birth_date", "sex", "phone", "email", "address")
_NEUTRAL = Applicant(full_name="Nguyễn Văn A", id_number="001090000000")


def field_problems(applicant: Applicant, today: date) -> dict[str, str]:
    """``{field: reason}`` for each field of ``applicant`` that the core would refuse."""
    problems: dict[str, str] = {}
    for name in FIELDS:
        probe = replace(_NEUTRAL, kind=applicant.kind, id_type=applicant.id_type,
                        organisation_name=applicant.organisation_name or "-",
                        **{name: getattr(applicant, name)})
        try:
            check_applicant(probe, today)
        except InputError as error:
            field = error.field.removeprefix("applicant.")
            problems.setdefault(field, error.reason)
    return problems
