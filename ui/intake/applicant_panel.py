"""The applicant: typed, or filled from the chip or the QR code; a returning citizen refilled.

Checks run as the officer leaves a field: the core's own check of the applicant, shown
next to the field it names (only for fields already visited), and hints for an ID
number that does not match the birth year or sex.
"""

from __future__ import annotations

from itertools import pairwise

from counter import clock
from counter.applicant_checks import field_problems
from counter.applicant_sources import returning_applicant
from counter.errors import InputError
from counter.people import Applicant, id_number_warnings, sex_from_id_number
from ui.context import AppContext, Session
from ui.formatting import format_day, parse_day
from ui.qt import QT_TRANSLATE_NOOP, QComboBox, QGridLayout, QLineEdit, Qt, QWidget, Signal
from ui.widgets import LabelledField, line_edit

FIELDS = ("id_number", "full_name", "birth_date", "sex", "address", "phone", "email")
ID_TYPES = (
    ("cccd", QT_TRANSLATE_NOOP("ApplicantPanel", "CCCD / Căn cước")),
    ("passport", QT_TRANSLATE_NOOP("ApplicantPanel", "Hộ chiếu")),
    ("other", QT_TRANSLATE_NOOP("ApplicantPanel", "Giấy tờ khác")),
)


class ApplicantPanel(QWidget):
    returning_found = Signal(object)  # Applicant

    def __init__(self, context: AppContext, session: Session,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session = session
        self.source = "typed"
        self.touched: set[str] = set()
        self.lookup_generation = 0
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.id_type = QComboBox()
        for value, label in ID_TYPES:
            self.id_type.addItem(self.tr(str(label)), value)
        self.id_number = line_edit(self.tr("12 chữ số"), 40)
        self.full_name = line_edit(self.tr("Họ, chữ đệm và tên"), 200)
        self.birth_date = line_edit(self.tr("ngày/tháng/năm"), 10)
        self.sex = QComboBox()
        self.sex.addItem("—", "")
        self.sex.addItem(self.tr("Nam"), "Nam")
        self.sex.addItem(self.tr("Nữ"), "Nữ")
        self.address = line_edit(self.tr("Nơi thường trú / nơi ở hiện tại"), 1000)
        self.phone = line_edit(self.tr("ví dụ 0912 345 678"), 40)
        self.email = line_edit("", 200)
        self.fields: dict[str, LabelledField] = {}
        self._place(grid, 0, 0, "id_type", self.tr("Loại giấy tờ"), self.id_type)
        self._place(grid, 0, 1, "id_number", self.tr("Số giấy tờ *"),
                    self.id_number)
        self._place(grid, 1, 0, "full_name", self.tr("Họ và tên *"), self.full_name, span=2)
        self._place(grid, 2, 0, "birth_date", self.tr("Ngày sinh"), self.birth_date)
        self._place(grid, 2, 1, "sex", self.tr("Giới tính"), self.sex)
        self._place(grid, 3, 0, "address", self.tr("Địa chỉ"), self.address, span=2)
        self._place(grid, 4, 0, "phone", self.tr("Điện thoại"), self.phone)
        self._place(grid, 4, 1, "email", self.tr("Thư điện tử"), self.email)
        for name in ("id_number", "full_name", "birth_date", "address", "phone", "email"):
            edit: QLineEdit = getattr(self, name)
            edit.editingFinished.connect(lambda name=name: self.leave_field(name))
            edit.textEdited.connect(self.typed)
        self.sex.activated.connect(lambda _index: self.leave_field("sex"))
        order = (self.id_type, self.id_number, self.full_name, self.birth_date, self.sex,
                 self.address, self.phone, self.email)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.id_number.textEdited.connect(self.maybe_look_up)

    def _place(self, grid: QGridLayout, row: int, column: int, key: str, caption: str,
               field: QWidget, span: int = 1) -> None:
        """Caption in its own column (left of the field), the field and its message right."""
        labelled = LabelledField(caption, field, caption_on_top=False)
        self.fields[key] = labelled
        top = Qt.AlignmentFlag.AlignTop
        grid.addWidget(labelled.caption, row, 2 * column, top)
        grid.addWidget(labelled, row, 2 * column + 1, 1, 2 * span - 1, top)

    # What the officer typed ---------------------------------------------------------------

    def typed(self, _text: str) -> None:
        """Typing over chip or QR data makes the applicant "typed" again."""
        if self.source in ("chip", "qr", "returning"):
            self.source = "typed"

    def birth(self) -> object:
        try:
            return parse_day(self.birth_date.text())
        except ValueError as error:
            return error

    def applicant(self) -> Applicant:
        """The applicant as typed; a birth date that is not a real date raises InputError."""
        birth = self.birth()
        if isinstance(birth, ValueError):
            raise InputError("applicant.birth_date", str(birth))
        return Applicant(
            full_name=self.full_name.text(), id_type=self.id_type.currentData(),
            id_number=self.id_number.text(), birth_date=birth,  # type: ignore[arg-type]
            sex=self.sex.currentData(), address=self.address.text(), phone=self.phone.text(),
            email=self.email.text(), source=self.source,
        )

    # Checks ---------------------------------------------------------------------------

    def leave_field(self, name: str) -> None:
        self.touched.add(name)
        self.check()

    def check(self) -> None:
        """Each visited field's problem as the core sees it; then the ID number hints."""
        try:
            problems = field_problems(self.applicant(), clock.now().date())
        except InputError as error:  # the birth date is not a date
            problems = {error.field.removeprefix("applicant."): error.reason}
        for name, field in self.fields.items():
            field.set_error(problems.get(name, "") if name in self.touched else "")
        self.show_id_hints()

    def show_id_hints(self) -> None:
        birth = self.birth()
        id_field = self.fields["id_number"]
        if id_field.message.is_error or self.id_type.currentData() != "cccd":
            return
        hints = id_number_warnings(self.id_number.text().strip(),
                                   None if isinstance(birth, ValueError) else birth,  # type: ignore[arg-type]
                                   self.sex.currentData())
        if hints:
            id_field.message.show_hint(" ".join(hints))

    def show_error(self, error: InputError) -> bool:
        """Put the core's error next to its field; False if it is not one of this panel's."""
        name = error.field.removeprefix("applicant.")
        if name not in self.fields:
            return False
        self.touched.add(name)
        self.fields[name].set_error(error.reason)
        self.fields[name].field.setFocus()
        return True

    # Filling ----------------------------------------------------------------------------

    def fill(self, applicant: Applicant, *, only_blanks: bool = False) -> None:
        values = {
            "id_number": applicant.id_number, "full_name": applicant.full_name,
            "birth_date": format_day(applicant.birth_date), "address": applicant.address,
            "phone": applicant.phone, "email": applicant.email,
        }
        for name, value in values.items():
            edit: QLineEdit = getattr(self, name)
            if value and not (only_blanks and edit.text().strip()):
                edit.setText(value)
        if applicant.sex and not (only_blanks and self.sex.currentData()):
            self.sex.setCurrentIndex(max(0, self.sex.findData(applicant.sex)))
        if not only_blanks:
            self.id_type.setCurrentIndex(max(0, self.id_type.findData(applicant.id_type)))
            self.source = applicant.source
            self.touched.update(FIELDS)
        self.check()

    def maybe_look_up(self, text: str) -> None:
        """A full ID number typed: look the citizen up ("declare once, reuse many times")."""
        number = text.strip()
        if len(number) != 12 or not number.isdigit():
            return
        self.fill_sex_from(number)
        self.lookup_generation += 1
        generation, workspace = self.lookup_generation, self.context.workspace
        actor = self.session.actor

        def look_up() -> Applicant | None:
            return returning_applicant(workspace, number, actor)

        self.context.tasks.run_query(look_up, on_done=lambda found: self._returning(found, generation))

    def fill_sex_from(self, number: str) -> None:
        """The personal ID number says the sex: fill it when nobody has chosen it yet."""
        sex = sex_from_id_number(number) if self.id_type.currentData() == "cccd" else ""
        if sex and not self.sex.currentData():
            self.sex.setCurrentIndex(self.sex.findData(sex))

    def look_up_current(self) -> None:
        self.maybe_look_up(self.id_number.text())

    def _returning(self, found: Applicant | None, generation: int) -> None:
        if found is None or generation != self.lookup_generation:
            return
        if found.id_number != self.id_number.text().strip():
            return
        blank_before = not self.full_name.text().strip()
        self.fill(found, only_blanks=True)
        if blank_before:
            self.source = "returning"
        self.returning_found.emit(found)

    def reset(self) -> None:
        for name in ("id_number", "full_name", "birth_date", "address", "phone", "email"):
            getattr(self, name).clear()
        self.sex.setCurrentIndex(0)
        self.id_type.setCurrentIndex(0)
        self.source = "typed"
        self.touched.clear()
        for field in self.fields.values():
            field.set_error("")
