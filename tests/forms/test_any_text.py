"""Whatever text a person types, form 01 renders, keeps every character and
stays inside its margins."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from counter.forms import render_receipt
from counter.forms.model import Applicant
from counter.forms.sheet import A5
from tests.forms import pdf_tools
from tests.forms.samples import RECEIPT

LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxy"
    "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"
    "ÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
    "0123456789"
)
PUNCTUATION = " ,.;:-/()<>&\"'#@"
words = st.text(alphabet=LETTERS, min_size=1, max_size=30)
phrases = st.lists(words, min_size=1, max_size=12).map(" ".join)
texts = st.tuples(phrases, st.text(alphabet=PUNCTUATION, max_size=4), phrases).map("".join)


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(name=phrases, address=texts, email=st.one_of(st.none(), words.map(lambda w: w * 4)))
def test_any_applicant_text_renders_inside_the_page(
    name: str, address: str, email: str | None
) -> None:
    applicant = Applicant(name=name, address=address, phone=None, email=email)
    pdf = render_receipt(replace(RECEIPT, applicant=applicant), copies="Liên 1")
    assert len(pdf_tools.page_sizes(pdf)) <= 2
    # every letter of the input comes back (spacing and line breaks aside)
    flat = pdf_tools.text(pdf).replace(" ", "")
    for value in (name, address, email or ""):
        assert value.replace(" ", "") in flat
    boxes, found = pdf_tools.words(pdf)
    for word in found:
        box = boxes[word.page - 1]
        assert A5.left - 0.5 <= word.x_min, word
        assert word.x_max <= box.width - A5.right + 0.5, word
