"""Builds the sample files of ``catalogue import`` (run from the project root; the built
files are kept next to this script).

- ``annex-3218-QD-UBND-Quang-Binh.xlsx`` and ``.docx``: the annex of Decision
  3218/QĐ-UBND of 18/11/2024 of the Chairman of Quang Binh Provincial People's Committee
  announcing new livestock procedures ("Danh mục thủ tục hành chính mới ban hành trong
  lĩnh vực chăn nuôi"), in its original table layout: Số TT | Tên TTHC | Thời hạn giải
  quyết | Địa điểm thực hiện | Phí, lệ phí | Căn cứ pháp lý | Cơ quan thực hiện. The two
  rows are the decision's own (text as published); the decision has no code column.
- ``portal-1.004194.html``: a procedure detail page in the national portal's layout
  (labelled lines and the three tables), with the temporary residence registration's
  values as the portal lists them (fees per channel and locality); what could not be
  confirmed (the announcing decision, dates of issue) is left empty.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).parent
TITLE = ("PHỤ LỤC", "DANH MỤC THỦ TỤC HÀNH CHÍNH MỚI BAN HÀNH TRONG LĨNH VỰC CHĂN NUÔI",
         "(Kèm theo Quyết định số 3218/QĐ-UBND ngày 18/11/2024 của Chủ tịch UBND tỉnh "
         "Quảng Bình)")
HEADER = ("Số TT", "Tên TTHC", "Thời hạn giải quyết", "Địa điểm thực hiện", "Phí, lệ phí",
          "Căn cứ pháp lý", "Cơ quan thực hiện")
PLACE = ("Nộp hồ sơ và nhận kết quả giải quyết tại Bộ phận một cửa của UBND cấp huyện thông "
         "qua các cách thức sau:\n- Trực tiếp.\n- Qua dịch vụ bưu chính.\n- Trực tuyến tại địa "
         "chỉ: https://dichvucong.quangbinh.gov.vn")
ROWS = (
    ("1", "Hỗ trợ chi phí nâng cao hiệu quả chăn nuôi cho đơn vị đã cung cấp vật tư phối giống, "
          "công phối giống nhân tạo gia súc (trâu, bò); chi phí liều tinh để thực hiện phối giống "
          "cho lợn nái đối với các chính sách sử dụng vốn sự nghiệp nguồn ngân sách nhà nước",
     "90 ngày, kể từ ngày nhận được hồ sơ hợp lệ", PLACE, "Không",
     "Điều 8, Điều 14, Nghị định số 106/2024/NĐ-CP ngày 01 tháng 8 năm 2024 của Chính phủ quy "
     "định chính sách hỗ trợ nâng cao hiệu quả chăn nuôi.", "UBND cấp huyện"),
    ("2", "Quyết định phê duyệt kinh phí hỗ trợ đào tạo, tập huấn để chuyển đổi từ chăn nuôi sang "
          "các nghề khác; chi phí cho cá nhân được đào tạo về kỹ thuật phối giống nhân tạo gia súc "
          "(trâu, bò); chi phí mua bình chứa Nitơ lỏng bảo quản tinh cho người làm dịch vụ phối "
          "giống nhân tạo gia súc (trâu, bò) đối với các chính sách sử dụng vốn sự nghiệp nguồn "
          "ngân sách nhà nước",
     "40 ngày, kể từ ngày nhận được hồ sơ.", PLACE, "Không",
     "Điều 7, Điều 8, Điều 14, Nghị định số 106/2024/NĐ-CP ngày 01 tháng 8 năm 2024 của Chính "
     "phủ quy định chính sách hỗ trợ nâng cao hiệu quả chăn nuôi.", "UBND cấp huyện"),
)


def build_xlsx(path: Path, rows: tuple[tuple[str, ...], ...] = ROWS) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for line in TITLE:
        sheet.append([line])
    sheet.append([])
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def _paragraph(text: str) -> str:
    return "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{escape(line)}</w:t></w:r></w:p>"
                   for line in text.split("\n"))


def build_docx(path: Path, rows: tuple[tuple[str, ...], ...] = ROWS) -> None:
    cells = lambda row: "".join(f"<w:tc>{_paragraph(c)}</w:tc>" for c in row)  # noqa: E731
    table = "<w:tbl>" + "".join(f"<w:tr>{cells(r)}</w:tr>" for r in (HEADER, *rows)) + "</w:tbl>"
    body = "".join(_paragraph(t) for t in TITLE) + table
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                f'main"><w:body>{body}</w:body></w:document>')
    types = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
             '.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
             'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
             'ContentType="application/xml"/><Override PartName="/word/document.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
             'document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
            'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)


PORTAL = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Đăng ký tạm trú</title><script>var x = 1;</script></head><body>
<div class="main"><h1>Đăng ký tạm trú</h1>
<p><b>Mã thủ tục:</b> 1.004194</p>
<p><b>Số quyết định:</b> </p>
<p><b>Tên thủ tục:</b> Đăng ký tạm trú</p>
<p><b>Cấp thực hiện:</b> Cấp Xã</p>
<p><b>Lĩnh vực:</b> Đăng ký, quản lý cư trú</p>
<p><b>Cách thức thực hiện:</b></p>
<table><tr><th>Hình thức nộp</th><th>Thời hạn giải quyết</th><th>Phí, lệ phí</th><th>Mô tả</th></tr>
<tr><td>Trực tiếp</td><td>03 Ngày làm việc</td><td>Lệ phí : 10.000 Đồng<br>Lệ phí : 15.000 Đồng</td><td>Theo địa bàn.</td></tr>
<tr><td>Trực tuyến</td><td>03 Ngày làm việc</td><td>Lệ phí : 5.000 Đồng<br>Lệ phí : 7.000 Đồng</td><td>Theo địa bàn.</td></tr>
</table>
<p><b>Thành phần hồ sơ:</b></p>
<table><tr><th>Tên giấy tờ</th><th>Mẫu đơn, tờ khai</th><th>Số lượng</th></tr>
<tr><td>Tờ khai thay đổi thông tin cư trú (Mẫu CT01)</td><td>CT01.docx</td><td>Bản chính: 1<br>Bản sao: 0</td></tr>
<tr><td>Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp</td><td></td><td>Bản chính: 0<br>Bản sao: 1</td></tr>
</table>
<p><b>Cơ quan thực hiện:</b> Công an Xã</p>
<p><b>Kết quả thực hiện:</b> Thông báo kết quả đăng ký tạm trú</p>
<p><b>Căn cứ pháp lý:</b></p>
<table><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th>Cơ quan ban hành</th></tr>
<tr><td>68/2020/QH14</td><td>Luật Cư trú</td><td></td><td>Quốc hội</td></tr>
<tr><td>75/2022/TT-BTC</td><td>Thông tư quy định mức thu lệ phí đăng ký cư trú</td><td></td><td>Bộ Tài chính</td></tr>
</table>
<p><b>Yêu cầu, điều kiện thực hiện:</b> Không</p>
</div></body></html>
"""


if __name__ == "__main__":
    build_xlsx(HERE / "annex-3218-QD-UBND-Quang-Binh.xlsx")
    build_docx(HERE / "annex-3218-QD-UBND-Quang-Binh.docx")
    (HERE / "portal-1.004194.html").write_text(PORTAL, encoding="utf-8")
