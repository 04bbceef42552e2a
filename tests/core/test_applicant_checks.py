"""Field-by-field checks of an applicant, each by the core's own rule."""

from __future__ import annotations

from datetime import date

from counter.applicant_checks import field_problems
from counter.people import Applicant

TODAY = date(2026, 11, 24)


def test_each_bad_field_is_reported_on_its_own() -> None:
    applicant = Applicant(full_name="", id_number="00109012345", birth_date=date(2030, 1, 1),
                          phone="abc", email="no-at-sign")
    problems = field_problems(applicant, TODAY)
    assert set(problems) == {"full_name", "id_number", "birth_date", "phone", "email"}
    assert "12 chữ số" in problems["id_number"]
    assert "tương lai" in problems["birth_date"]


def test_a_good_applicant_has_no_problem() -> None:
    applicant = Applicant(full_name="Nguyễn Văn An", id_number="001090123456",
                          birth_date=date(1990, 1, 1), sex="Nam", phone="0912 345 678")
    assert field_problems(applicant, TODAY) == {}


def test_a_passport_number_is_not_held_to_the_cccd_rule() -> None:
    applicant = Applicant(full_name="John Smith", id_type="passport", id_number="C1234567")
    assert field_problems(applicant, TODAY) == {}
