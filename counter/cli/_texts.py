"""The command line's texts in Vietnamese (the default) and English (``--lang en``).

Each help text written in a command module (whatever its language) is a key here, with
its Vietnamese and its English wording; ``tests/core/test_cli_language.py`` fails while a
help text of any command is missing. Texts of argparse itself are at the end.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "onestop-counter: tiếp nhận hồ sơ tại Bộ phận Một cửa (one-stop counter).": (
        "onestop-counter: tiếp nhận hồ sơ tại Bộ phận Một cửa.",
        "onestop-counter: receive dossiers at the one-stop counter."),
    "show this help message and exit": (
        "hiện hướng dẫn này rồi thoát",
        "show this help message and exit"),
    "where the database and files live (default: the user data directory)": (
        "thư mục chứa cơ sở dữ liệu và các tệp (mặc định: thư mục dữ liệu của người dùng)",
        "where the database and files live (default: the user data directory)"),
    "start with a demo agency, demo users, catalogue and a virtual card reader": (
        "chạy với cơ quan, tài khoản, danh mục mẫu và đầu đọc thẻ ảo",
        "start with a demo agency, demo users, catalogue and a virtual card reader"),
    "language of the interface": (
        "ngôn ngữ giao diện (vi: tiếng Việt, en: tiếng Anh)",
        "language of the interface (vi: Vietnamese, en: English)"),
    "local accounts: list, create, reset, disable": (
        "tài khoản trên máy: liệt kê, tạo, đặt lại mật khẩu, khoá",
        "local accounts: list, create, reset, disable"),
    "days off and working days of this counter": (
        "ngày nghỉ và ngày làm việc bù của quầy",
        "days off and working days of this counter"),
    "đọc thẻ căn cước gắn chip / hộ chiếu (PC/SC)": (
        "đọc thẻ căn cước gắn chip / hộ chiếu (PC/SC)",
        "read a chip ID card or passport (PC/SC)"),
    "the procedure catalogue": (
        "danh mục thủ tục hành chính",
        "the procedure catalogue"),
    "check database, encryption, disk, clock, card reader, central server": (
        "kiểm tra cơ sở dữ liệu, mã hoá, ổ đĩa, đồng hồ, đầu đọc thẻ, máy chủ trung tâm",
        "check database, encryption, disk, clock, card reader, central server"),
    "show, list, search and process dossiers": (
        "xem, liệt kê, tìm và xử lý hồ sơ",
        "show, list, search and process dossiers"),
    "print the due time (YYYY-MM-DDTHH:MM) for a receipt time": (
        "in thời hạn trả kết quả (YYYY-MM-DDTHH:MM) cho một thời điểm tiếp nhận",
        "print the due time (YYYY-MM-DDTHH:MM) for a receipt time"),
    "receive a dossier from a JSON file; prints the dossier code": (
        "tiếp nhận hồ sơ từ tệp JSON; in ra mã hồ sơ",
        "receive a dossier from a JSON file; prints the dossier code"),
    "in biểu mẫu của hồ sơ ra tệp PDF, in sổ": (
        "in biểu mẫu của hồ sơ ra tệp PDF, in sổ",
        "print a dossier's forms to PDF files, print the book"),
    "personal data retention on this PC": (
        "thời hạn lưu dữ liệu cá nhân trên máy này",
        "personal data retention on this PC"),
    "render the main screens to PNG files (offscreen) and exit": (
        "vẽ các màn hình chính ra tệp PNG (không cần màn hình) rồi thoát",
        "render the main screens to PNG files (offscreen) and exit"),
    "set up this workstation's agency (first run)": (
        "thiết lập cơ quan của máy trạm (lần chạy đầu)",
        "set up this workstation's agency (first run)"),
    "tệp lô cho USB (daily batch files)": (
        "tệp lô hằng ngày cho USB",
        "daily batch files for a USB stick"),
    "chạy máy chủ trung tâm tham chiếu (reference central server)": (
        "chạy máy chủ trung tâm tham chiếu",
        "run the reference central server"),
    "quản trị máy chủ trung tâm (central server administration)": (
        "quản trị máy chủ trung tâm",
        "central server administration"),
    "duyệt và chốt ngày (supervisor)": (
        "duyệt và chốt ngày (lãnh đạo bộ phận)",
        "approve and close the day (supervisor)"),
    "đồng bộ ngay với hệ thống trung tâm (push and pull now)": (
        "đồng bộ ngay với hệ thống trung tâm (gửi và nhận)",
        "sync with the central system now (push and pull)"),
    "every account, its role and state": (
        "mọi tài khoản, vai trò và trạng thái",
        "every account, its role and state"),
    "a new account": (
        "tạo tài khoản mới",
        "a new account"),
    "set a new password; unlocks the account": (
        "đặt mật khẩu mới; mở khoá tài khoản",
        "set a new password; unlocks the account"),
    "disable an account": (
        "khoá tài khoản",
        "disable an account"),
    "enable an account": (
        "mở lại tài khoản",
        "enable an account"),
    "your account (tên đăng nhập); the password is asked for": (
        "tài khoản của bạn (tên đăng nhập); mật khẩu sẽ được hỏi",
        "your account (user name); the password is asked for"),
    "read your password as the first line of standard input": (
        "đọc mật khẩu từ dòng đầu của đầu vào chuẩn",
        "read your password as the first line of standard input"),
    "full name, e.g. 'Nguyễn Văn Quản'": (
        "họ và tên, ví dụ 'Nguyễn Văn Quản'",
        "full name, e.g. 'Nguyễn Văn Quản'"),
    "the new account's role": (
        "vai trò của tài khoản mới",
        "the new account's role"),
    "days off on weekdays and working weekend days": (
        "ngày nghỉ trong tuần và ngày làm bù cuối tuần",
        "days off on weekdays and working weekend days"),
    "add a local day off or working day": (
        "thêm ngày nghỉ hoặc ngày làm bù của địa phương",
        "add a local day off or working day"),
    "YYYY-MM-DD": (
        "ngày YYYY-MM-DD",
        "day YYYY-MM-DD"),
    "đọc chip qua đầu đọc PC/SC": (
        "đọc chip qua đầu đọc PC/SC",
        "read the chip through a PC/SC reader"),
    "liệt kê đầu đọc thẻ": (
        "liệt kê đầu đọc thẻ",
        "list card readers"),
    "phân tích nội dung mã QR trên thẻ (in JSON)": (
        "phân tích nội dung mã QR trên thẻ (in JSON)",
        "parse the card's QR code (prints JSON)"),
    "đưa thẻ ảo (demo) vào đầu đọc vpcd": (
        "đưa thẻ ảo (demo) vào đầu đọc vpcd",
        "put the virtual (demo) card into the vpcd reader"),
    "số định danh 12 chữ số (CCCD)": (
        "số định danh 12 chữ số (CCCD)",
        "12-digit personal ID number (CCCD)"),
    "số giấy tờ trong MRZ (9 ký tự của CCCD, số hộ chiếu)": (
        "số giấy tờ trong MRZ (9 ký tự của CCCD, số hộ chiếu)",
        "document number in the MRZ (9 characters of a CCCD, or the passport number)"),
    "nội dung mã QR trên thẻ (thay cho số, ngày sinh, hạn)": (
        "nội dung mã QR trên thẻ (thay cho số, ngày sinh, hạn)",
        "the card's QR code text (instead of number, birth date, expiry)"),
    "ngày sinh YYYY-MM-DD hoặc dd/mm/yyyy": (
        "ngày sinh YYYY-MM-DD hoặc dd/mm/yyyy",
        "birth date YYYY-MM-DD or dd/mm/yyyy"),
    "ngày hết hạn YYYY-MM-DD hoặc dd/mm/yyyy": (
        "ngày hết hạn YYYY-MM-DD hoặc dd/mm/yyyy",
        "expiry date YYYY-MM-DD or dd/mm/yyyy"),
    "tên đầu đọc (mặc định: đầu đọc đầu tiên có thẻ)": (
        "tên đầu đọc (mặc định: đầu đọc đầu tiên có thẻ)",
        "reader name (default: the first reader with a card)"),
    "thư mục chứng chỉ CSCA hoặc tệp master list": (
        "thư mục chứng chỉ CSCA hoặc tệp master list",
        "folder of CSCA certificates or a master list file"),
    "không đọc ảnh (DG2)": (
        "không đọc ảnh (DG2)",
        "do not read the photo (DG2)"),
    "đọc cả DG14, DG15 nếu có": (
        "đọc cả DG14, DG15 nếu có",
        "also read DG14 and DG15 when present"),
    "dùng APDU độ dài mở rộng": (
        "dùng APDU độ dài mở rộng",
        "use extended-length APDUs"),
    "lưu ảnh khuôn mặt vào tệp": (
        "lưu ảnh khuôn mặt vào tệp",
        "save the face photo to a file"),
    "in một đối tượng JSON": (
        "in một đối tượng JSON",
        "print one JSON object"),
    "nội dung mã QR; '-' để đọc từ đầu vào chuẩn": (
        "nội dung mã QR; '-' để đọc từ đầu vào chuẩn",
        "the QR code text; '-' reads standard input"),
    "chọn công dân demo": (
        "chọn công dân demo",
        "choose the demo citizen"),
    "hộ chiếu thay vì CCCD": (
        "hộ chiếu thay vì CCCD",
        "a passport instead of a CCCD"),
    "HOST:PORT của vpcd": (
        "HOST:PORT của vpcd",
        "HOST:PORT of vpcd"),
    "dừng sau N giây (0: Ctrl-C)": (
        "dừng sau N giây (0: Ctrl-C)",
        "stop after N seconds (0: at Ctrl-C)"),
    "import the bundled commune-level catalogue": (
        "nạp danh mục thủ tục cấp xã đi kèm ứng dụng",
        "import the bundled commune-level catalogue"),
    "list active procedures (search as you type)": (
        "liệt kê thủ tục đang áp dụng (tìm theo từ khoá)",
        "list active procedures (search as you type)"),
    "show one procedure as JSON": (
        "xem một thủ tục dạng JSON",
        "show one procedure as JSON"),
    "words of the name or code, accents optional": (
        "từ trong tên hoặc mã, gõ dấu hay không đều được",
        "words of the name or code, accents optional"),
    "one dossier as JSON": (
        "một hồ sơ dạng JSON",
        "one dossier as JSON"),
    "dossiers, newest first, with filters": (
        "danh sách hồ sơ, mới nhất trước, có bộ lọc",
        "dossiers, newest first, with filters"),
    "apply a lifecycle step, e.g. request_supplement": (
        "thực hiện một bước xử lý, ví dụ request_supplement",
        "apply a lifecycle step, e.g. request_supplement"),
    "dossier code, ID number or name": (
        "mã hồ sơ, số giấy tờ hoặc họ tên",
        "dossier code, ID number or name"),
    "for extend_deadline: YYYY-MM-DDTHH:MM": (
        "với extend_deadline: hạn mới YYYY-MM-DDTHH:MM",
        "for extend_deadline: YYYY-MM-DDTHH:MM"),
    "for request_supplement: a document to bring or correct, and why (repeat for each)": (
        "với request_supplement: giấy tờ cần bổ sung hoặc sửa và lý do (mỗi giấy tờ một lần)",
        "for request_supplement: a document to bring or correct, and why (repeat for each)"),
    "for return_result: an authorised person took the result (default: the applicant)": (
        "với return_result: người được ủy quyền nhận kết quả (mặc định: người nộp hồ sơ)",
        "for return_result: an authorised person took the result (default: the applicant)"),
    "for extend_deadline, stop: who signs the letter": (
        "với extend_deadline, stop: chức vụ người ký văn bản",
        "for extend_deadline, stop: who signs the letter"),
    "for extend_deadline, stop: the signer's full name": (
        "với extend_deadline, stop: họ tên người ký",
        "for extend_deadline, stop: the signer's full name"),
    "receipt time, e.g. 2026-02-13T10:00": (
        "thời điểm tiếp nhận, ví dụ 2026-02-13T10:00",
        "receipt time, e.g. 2026-02-13T10:00"),
    "processing time in working days": (
        "thời hạn giải quyết tính bằng ngày làm việc",
        "processing time in working days"),
    "processing time in working hours": (
        "thời hạn giải quyết tính bằng giờ làm việc",
        "processing time in working hours"),
    "same-day procedure (15:00 rule)": (
        "thủ tục trả trong ngày (quy tắc 15 giờ)",
        "same-day procedure (15:00 rule)"),
    "the intake request (see docs/intake-format.md)": (
        "tệp yêu cầu tiếp nhận (xem docs/intake-format.md)",
        "the intake request (see docs/intake-format.md)"),
    "print the whole dossier as JSON": (
        "in toàn bộ hồ sơ dạng JSON",
        "print the whole dossier as JSON"),
    "mẫu 01: giấy tiếp nhận hồ sơ và hẹn trả kết quả": (
        "mẫu 01: giấy tiếp nhận hồ sơ và hẹn trả kết quả",
        "form 01: receipt and appointment"),
    "mẫu 02: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": (
        "mẫu 02: phiếu yêu cầu bổ sung, hoàn thiện hồ sơ",
        "form 02: request to complete the dossier"),
    "mẫu 03: phiếu từ chối tiếp nhận giải quyết hồ sơ": (
        "mẫu 03: phiếu từ chối tiếp nhận giải quyết hồ sơ",
        "form 03: refusal to receive the dossier"),
    "mẫu 04: văn bản xin lỗi và đề nghị gia hạn": (
        "mẫu 04: văn bản xin lỗi và đề nghị gia hạn",
        "form 04: apology and new appointment"),
    "mẫu 05: thông báo dừng giải quyết hồ sơ": (
        "mẫu 05: thông báo dừng giải quyết hồ sơ",
        "form 05: notice of stopping"),
    "mẫu 06: phiếu kiểm soát quá trình giải quyết hồ sơ": (
        "mẫu 06: phiếu kiểm soát quá trình giải quyết hồ sơ",
        "form 06: control slip"),
    "mẫu 07: sổ theo dõi hồ sơ theo khoảng ngày nhận": (
        "mẫu 07: sổ theo dõi hồ sơ theo khoảng ngày nhận",
        "form 07: tracking book for a range of receipt days"),
    "các lần in biểu mẫu của một hồ sơ": (
        "các lần in biểu mẫu của một hồ sơ",
        "the printed forms of a dossier"),
    "mã hồ sơ": (
        "mã hồ sơ",
        "dossier code"),
    "tệp PDF": (
        "tệp PDF",
        "PDF file"),
    "khổ A4 (mặc định A5)": (
        "khổ A4 (mặc định A5)",
        "A4 paper (default A5)"),
    "liên cần in": (
        "liên cần in",
        "the copy to print"),
    "số điện thoại người hướng dẫn": (
        "số điện thoại người hướng dẫn",
        "phone number of the officer who guides"),
    "chức vụ người ký, ví dụ Chủ tịch": (
        "chức vụ người ký, ví dụ Chủ tịch",
        "signer's position, e.g. Chairman"),
    "họ tên người ký": (
        "họ tên người ký",
        "signer's full name"),
    "remove scans/photos of finished dossiers the central system has": (
        "xoá bản quét, ảnh của hồ sơ đã kết thúc mà trung tâm đã nhận",
        "remove scans/photos of finished dossiers the central system has"),
    "keep files this many days after the dossier ended (default: the retention_days setting)": (
        "giữ tệp bấy nhiêu ngày sau khi hồ sơ kết thúc (mặc định: thiết lập retention_days)",
        "keep files this many days after the dossier ended (default: the retention_days setting)"),
    "only say what would go": (
        "chỉ cho biết những gì sẽ bị xoá",
        "only say what would go"),
    "folder for the PNG files": (
        "thư mục ghi các tệp PNG",
        "folder for the PNG files"),
    "use (and create if needed) the demo data in the data directory": (
        "dùng (và tạo nếu chưa có) dữ liệu mẫu trong thư mục dữ liệu",
        "use (and create if needed) the demo data in the data directory"),
    "QCVN 102 code, e.g. 000.00.12.H42": (
        "mã theo QCVN 102, ví dụ 000.00.12.H42",
        "QCVN 102 code, e.g. 000.00.12.H42"),
    "e.g. Ủy ban nhân dân xã Tân Phú": (
        "ví dụ Ủy ban nhân dân xã Tân Phú",
        "e.g. Ủy ban nhân dân xã Tân Phú"),
    "the parent authority (top left)": (
        "cơ quan chủ quản (góc trên bên trái)",
        "the parent authority (top left)"),
    "the receiving unit on printed forms": (
        "đơn vị tiếp nhận ghi trên biểu mẫu",
        "the receiving unit on printed forms"),
    "place name for '<place>, ngày ...'": (
        "địa danh ghi ở '<địa danh>, ngày ...'",
        "place name for '<place>, ngày ...'"),
    "dossier lookup URL with {code}": (
        "địa chỉ tra cứu hồ sơ, có {code}",
        "dossier lookup URL with {code}"),
    "this PC's name, e.g. 'Quầy 1'": (
        "tên máy này, ví dụ 'Quầy 1'",
        "this PC's name, e.g. 'Quầy 1'"),
    "this workstation's number (1..slots)": (
        "số thứ tự của máy trạm (1..slots)",
        "this workstation's number (1..slots)"),
    "how many workstations share the agency's daily codes offline": (
        "số máy trạm dùng chung dải mã hồ sơ trong ngày khi ngoại tuyến",
        "how many workstations share the agency's daily codes offline"),
    "also load the bundled commune-level procedure catalogue": (
        "nạp luôn danh mục thủ tục cấp xã đi kèm",
        "also load the bundled commune-level procedure catalogue"),
    "first run only: the first administrator's user name": (
        "chỉ lần đầu: tên đăng nhập của quản trị viên đầu tiên",
        "first run only: the first administrator's user name"),
    "first run only: the first administrator's full name": (
        "chỉ lần đầu: họ tên của quản trị viên đầu tiên",
        "first run only: the first administrator's full name"),
    "xuất tệp lô đã ký và mã hóa": (
        "xuất tệp lô đã ký và mã hóa",
        "export a signed, encrypted batch file"),
    "nhập tệp lô (gửi lên trung tâm)": (
        "nhập tệp lô (gửi lên trung tâm)",
        "import a batch file (to the central system)"),
    "tệp sẽ ghi (ví dụ trên USB)": (
        "tệp sẽ ghi (ví dụ trên USB)",
        "file to write (e.g. on a USB stick)"),
    "ngày YYYY-MM-DD (mặc định: mọi thông điệp chưa được trung tâm xác nhận)": (
        "ngày YYYY-MM-DD (mặc định: mọi thông điệp chưa được trung tâm xác nhận)",
        "day YYYY-MM-DD (default: every message the centre has not acknowledged)"),
    "không kèm tệp quét": (
        "không kèm tệp quét",
        "without scanned files"),
    "Chạy máy chủ trung tâm: API đồng bộ /v1 (OpenAPI tại /docs).": (
        "Chạy máy chủ trung tâm: API đồng bộ /v1 (OpenAPI tại /docs).",
        "Run the central server: the sync API /v1 (OpenAPI at /docs)."),
    "địa chỉ lắng nghe (mặc định 127.0.0.1)": (
        "địa chỉ lắng nghe (mặc định 127.0.0.1)",
        "address to listen on (default 127.0.0.1)"),
    "cổng (0: chọn cổng trống)": (
        "cổng (0: chọn cổng trống)",
        "port (0: a free port)"),
    "URL cơ sở dữ liệu, ví dụ postgresql://user@host/db (mặc định: tệp SQLite trong thư mục dữ liệu)": (
        "URL cơ sở dữ liệu, ví dụ postgresql://user@host/db (mặc định: tệp SQLite trong thư mục dữ liệu)",
        "database URL, e.g. postgresql://user@host/db (default: an SQLite file in the data directory)"),
    "chứng chỉ TLS (PEM)": (
        "chứng chỉ TLS (PEM)",
        "TLS certificate (PEM)"),
    "khóa bí mật TLS (PEM)": (
        "khóa bí mật TLS (PEM)",
        "TLS private key (PEM)"),
    "Quản trị máy chủ trung tâm: mã đăng ký, danh mục, máy trạm, tệp lô.": (
        "Quản trị máy chủ trung tâm: mã đăng ký, danh mục, máy trạm, tệp lô.",
        "Central server administration: enrolment codes, catalogue, workstations, batch files."),
    "URL cơ sở dữ liệu của máy chủ trung tâm": (
        "URL cơ sở dữ liệu của máy chủ trung tâm",
        "the central server's database URL"),
    "tạo mã đăng ký dùng một lần cho một máy trạm": (
        "tạo mã đăng ký dùng một lần cho một máy trạm",
        "create a one-time enrolment code for a workstation"),
    "nạp danh mục thủ tục từ tệp JSON": (
        "nạp danh mục thủ tục từ tệp JSON",
        "load the procedure catalogue from a JSON file"),
    "thu hồi một máy trạm": (
        "thu hồi một máy trạm",
        "revoke a workstation"),
    "liệt kê các máy trạm đã đăng ký": (
        "liệt kê các máy trạm đã đăng ký",
        "list the enrolled workstations"),
    "thông điệp xung đột hoặc bị từ chối, giữ lại để xem xét": (
        "thông điệp xung đột hoặc bị từ chối, giữ lại để xem xét",
        "messages in conflict or refused, kept for review"),
    "ghi thay đổi trạng thái hồ sơ do bộ phận xử lý thực hiện": (
        "ghi thay đổi trạng thái hồ sơ do bộ phận xử lý thực hiện",
        "record a status change made by the processing unit"),
    "nhập một tệp lô (từ USB) vào máy chủ": (
        "nhập một tệp lô (từ USB) vào máy chủ",
        "import a batch file (from USB) into the server"),
    "kiểm tra quyền thư mục và tệp, mã hoá tệp đính kèm, lược đồ cơ sở dữ liệu": (
        "kiểm tra quyền thư mục và tệp, mã hoá tệp đính kèm, lược đồ cơ sở dữ liệu",
        "check folder and file permissions, attachment encryption, the database schema"),
    "mã hoá các tệp đính kèm còn lưu dạng rõ (từ phiên bản cũ)": (
        "mã hoá các tệp đính kèm còn lưu dạng rõ (từ phiên bản cũ)",
        "encrypt attachments still stored in clear (from an older version)"),
    "xoá các lượt tải lên dở dang đã quá hạn (partial_upload_hours)": (
        "xoá các lượt tải lên dở dang đã quá hạn (partial_upload_hours)",
        "remove unfinished uploads past their time (partial_upload_hours)"),
    "mã cơ quan của máy trạm": (
        "mã cơ quan của máy trạm",
        "the workstation's agency code"),
    "số ngày hiệu lực": (
        "số ngày hiệu lực",
        "days of validity"),
    "mã máy trạm (xem list-workstations)": (
        "mã máy trạm (xem list-workstations)",
        "workstation id (see list-workstations)"),
    "lý do thu hồi": (
        "lý do thu hồi",
        "reason for the revocation"),
    "duyệt ngày và ký bản kê của ngày": (
        "duyệt ngày và ký bản kê của ngày",
        "approve the day and sign its statement"),
    "ngày YYYY-MM-DD (mặc định: hôm nay)": (
        "ngày YYYY-MM-DD (mặc định: hôm nay)",
        "day YYYY-MM-DD (default: today)"),
    "ghi chú khi duyệt": (
        "ghi chú khi duyệt",
        "note with the approval"),
    "Gửi các thay đổi chờ gửi và nhận danh mục, ngày nghỉ, trạng thái hồ sơ, dải số mã hồ sơ. Lần đầu: --server URL --enrol MÃ để đăng ký máy trạm.": (
        "Gửi các thay đổi chờ gửi và nhận danh mục, ngày nghỉ, trạng thái hồ sơ, dải số mã hồ sơ. Lần đầu: --server URL --enrol MÃ để đăng ký máy trạm.",
        "Send the changes waiting to be sent and receive the catalogue, days off, dossier statuses and code blocks. First time: --server URL --enrol CODE to enrol the workstation."),
    "địa chỉ máy chủ trung tâm (https://...)": (
        "địa chỉ máy chủ trung tâm (https://...)",
        "central server address (https://...)"),
    "mã đăng ký dùng một lần": (
        "mã đăng ký dùng một lần",
        "one-time enrolment code"),
    "tệp PEM các CA tin cậy": (
        "tệp PEM các CA tin cậy",
        "PEM file of trusted CAs"),
    "tệp PEM chứng chỉ máy chủ được ghim": (
        "tệp PEM chứng chỉ máy chủ được ghim",
        "PEM file of the pinned server certificate"),
    "chỉ xem số thông điệp chờ gửi": (
        "chỉ xem số thông điệp chờ gửi",
        "only show how many messages are waiting"),
    "ký số một tệp của hồ sơ bằng token của cơ quan": (
        "ký số một tệp của hồ sơ bằng token của cơ quan",
        "sign one of a dossier's files with the agency's token"),
    "kiểm tra chữ ký số của một tệp PDF": (
        "kiểm tra chữ ký số của một tệp PDF",
        "check the digital signature of a PDF file"),
    "xem, sửa thiết lập token ký số và in trên máy này": (
        "xem, sửa thiết lập token ký số và in trên máy này",
        "show or change this PC's signing token and printing settings"),
    "số của tệp đính kèm (xem «dossier show CODE --json»)": (
        "số của tệp đính kèm (xem «dossier show CODE --json»)",
        "the attachment's number (see «dossier show CODE --json»)"),
    "đọc mã PIN của token từ dòng tiếp theo của đầu vào chuẩn": (
        "đọc mã PIN của token từ dòng tiếp theo của đầu vào chuẩn",
        "read the token's PIN from the next line of standard input"),
    "ghi thêm bản đã ký ra tệp": (
        "ghi thêm bản đã ký ra tệp",
        "also write the signed copy to a file"),
    "thư mục chứng thư gốc tin cậy (mặc định: theo thiết lập)": (
        "thư mục chứng thư gốc tin cậy (mặc định: theo thiết lập)",
        "folder of trusted root certificates (default: the setting)"),
    "đường dẫn thư viện PKCS#11 của token (.dll/.so)": (
        "đường dẫn thư viện PKCS#11 của token (.dll/.so)",
        "path of the token's PKCS#11 library (.dll/.so)"),
    "nhãn token (để trống: token duy nhất đang cắm)": (
        "nhãn token (để trống: token duy nhất đang cắm)",
        "token label (empty: the only token plugged in)"),
    "thư mục chứng thư gốc tin cậy": (
        "thư mục chứng thư gốc tin cậy",
        "folder of trusted root certificates"),
    "in giấy tiếp nhận thẳng ra máy in mặc định sau Ctrl+Enter": (
        "in giấy tiếp nhận thẳng ra máy in mặc định sau Ctrl+Enter",
        "print the receipt straight to the default printer after Ctrl+Enter"),
    "gửi thông báo cho công dân mỗi SECONDS giây (1-3600; mặc định 0: không gửi, dùng central-admin notify)": (
        "gửi thông báo cho công dân mỗi SECONDS giây (1-3600; mặc định 0: không gửi, dùng central-admin notify)",
        "send citizens' notifications every SECONDS seconds (1-3600; default 0: never, use central-admin notify)"),
    "gửi thông báo đến hạn cho công dân (thư điện tử, SMS, Zalo); thử lại khi lỗi": (
        "gửi thông báo đến hạn cho công dân (thư điện tử, SMS, Zalo); thử lại khi lỗi",
        "send the notifications that are due to citizens (e-mail, SMS, Zalo); retried on failure"),
    "liệt kê các thông báo gần nhất": (
        "liệt kê các thông báo gần nhất",
        "list the latest notifications"),
    "số lượt gửi (mặc định 1; ví dụ 60 với --every 60 là một giờ)": (
        "số lượt gửi (mặc định 1; ví dụ 60 với --every 60 là một giờ)",
        "how many rounds (default 1; e.g. 60 with --every 60 is an hour)"),
    "số giây giữa hai lượt": (
        "số giây giữa hai lượt",
        "seconds between two rounds"),
    "fees: VietQR, confirmations, bank statements": (
        "phí, lệ phí: mã VietQR, xác nhận đã nộp, sao kê ngân hàng",
        "fees: VietQR, confirmations, bank statements"),
    "show or change this PC's settings": (
        "xem, sửa thiết lập của máy này",
        "show or change this PC's settings"),
    "set the agency's account for fees (admin)": (
        "đặt tài khoản nhận phí của cơ quan (quản trị)",
        "set the agency's account for fees (admin)"),
    "the VietQR payload of a dossier's unpaid fee": (
        "nội dung mã VietQR của khoản phí chưa nộp của hồ sơ",
        "the VietQR payload of a dossier's unpaid fee"),
    "confirm that a dossier's fee was paid": (
        "xác nhận hồ sơ đã nộp phí, lệ phí",
        "confirm that a dossier's fee was paid"),
    "match a bank statement (CSV/xlsx) to dossiers and record the matched transfers": (
        "đối chiếu sao kê ngân hàng (CSV/xlsx) với hồ sơ và ghi các khoản chuyển khớp",
        "match a bank statement (CSV/xlsx) to dossiers and record the matched transfers"),
    "the bank's 6-digit NAPAS BIN": (
        "mã BIN NAPAS 6 chữ số của ngân hàng",
        "the bank's 6-digit NAPAS BIN"),
    "account number": (
        "số tài khoản",
        "account number"),
    "account holder, as the bank writes it": (
        "chủ tài khoản, ghi như ngân hàng ghi",
        "account holder, as the bank writes it"),
    "bank name shown on forms": (
        "tên ngân hàng in trên biểu mẫu",
        "bank name shown on forms"),
    "dossier code": (
        "mã hồ sơ",
        "dossier code"),
    "also write the code as a PNG": (
        "ghi thêm mã ra tệp PNG",
        "also write the code as a PNG"),
    "bank transaction reference or receipt number": (
        "mã giao dịch ngân hàng hoặc số biên lai",
        "bank transaction reference or receipt number"),
    "when it was paid, Vietnam time (default: now)": (
        "thời điểm nộp, giờ Việt Nam (mặc định: bây giờ)",
        "when it was paid, Vietnam time (default: now)"),
    "the statement as exported by the bank": (
        "tệp sao kê như ngân hàng xuất ra",
        "the statement as exported by the bank"),
    "report only, record nothing": (
        "chỉ báo cáo, không ghi gì",
        "report only, record nothing"),
    "print the report as JSON": (
        "in báo cáo dạng JSON",
        "print the report as JSON"),
    "every setting with its current value": (
        "mọi thiết lập và giá trị hiện tại",
        "every setting with its current value"),
    "change one setting (administrators)": (
        "đổi một thiết lập (quản trị viên)",
        "change one setting (administrators)"),
    "e.g. citizen_screen": (
        "ví dụ citizen_screen",
        "e.g. citizen_screen"),
    "text, or JSON for numbers and lists": (
        "văn bản, hoặc JSON với số và danh sách",
        "text, or JSON for numbers and lists"),
    "máy quét: liệt kê, quét giấy tờ vào hồ sơ": (
        "máy quét: liệt kê, quét giấy tờ vào hồ sơ",
        "scanners: list them, scan a paper into a dossier"),
    "liệt kê máy quét (SANE)": (
        "liệt kê máy quét (SANE)",
        "list scanners (SANE)"),
    "quét một giấy tờ của hồ sơ thành một tệp PDF": (
        "quét một giấy tờ của hồ sơ thành một tệp PDF",
        "scan one of a dossier's papers into one PDF"),
    "giấy tờ lấy từ dữ liệu điện tử sẵn có, không quét": (
        "giấy tờ lấy từ dữ liệu điện tử sẵn có, không quét",
        "a paper taken from existing electronic data, not scanned"),
    "số thứ tự giấy tờ trong danh mục (từ 1)": (
        "số thứ tự giấy tờ trong danh mục (từ 1)",
        "the paper's number in the checklist (from 1)"),
    "tên máy quét (mặc định: thiết lập, hoặc máy đầu tiên)": (
        "tên máy quét (mặc định: thiết lập, hoặc máy đầu tiên)",
        "scanner name (default: the setting, or the first scanner)"),
    "mặt kính hoặc khay nạp giấy": (
        "mặt kính hoặc khay nạp giấy",
        "flatbed or document feeder"),
    "số trang (mặc định: hết khay, hoặc 1 trang kính)": (
        "số trang (mặc định: hết khay, hoặc 1 trang kính)",
        "number of pages (default: until the feeder is empty, or 1 on the flatbed)"),
    "chế độ quét (mặc định: theo loại giấy tờ)": (
        "chế độ quét (mặc định: theo loại giấy tờ)",
        "scan mode (default: by the kind of paper)"),
    "độ phân giải (mặc định: theo loại giấy tờ)": (
        "độ phân giải (mặc định: theo loại giấy tờ)",
        "resolution (default: by the kind of paper)"),
    'nguồn dữ liệu (để trống "" để bỏ)': (
        'nguồn dữ liệu (để trống "" để bỏ)',
        'where the data comes from (empty "" to remove)'),
    "preview what a file would change (.json catalogue, .xlsx/.docx annex of a province's list decision, .html portal detail page); --apply does it": (
        "xem trước những gì một tệp sẽ thay đổi (danh mục .json, phụ lục .xlsx/.docx của quyết định công bố danh mục của tỉnh, trang chi tiết .html của Cổng dịch vụ công); --apply để thực hiện",
        "preview what a file would change (.json catalogue, .xlsx/.docx annex of a province's list decision, .html portal detail page); --apply does it"),
    "add a procedure from a JSON file (one procedure)": (
        "thêm một thủ tục từ tệp JSON (một thủ tục)",
        "add a procedure from a JSON file (one procedure)"),
    "a new version of a procedure from a JSON file": (
        "phiên bản mới của một thủ tục từ tệp JSON",
        "a new version of a procedure from a JSON file"),
    "stop receiving a procedure (dossiers keep it)": (
        "ngừng tiếp nhận một thủ tục (hồ sơ đã nhận vẫn giữ)",
        "stop receiving a procedure (dossiers keep it)"),
    "import (one transaction, audited)": (
        "nhập (trong một giao dịch, có ghi nhật ký)",
        "import (one transaction, audited)"),
    "every version, active and retired, with their dates": (
        "mọi phiên bản, đang áp dụng và đã bãi bỏ, kèm ngày",
        "every version, active and retired, with their dates"),
    "dossiers received elsewhere that this agency handles": (
        "hồ sơ nơi khác tiếp nhận mà cơ quan này giải quyết",
        "dossiers received elsewhere that this agency handles"),
    "drop a local day off or working day": (
        "bỏ một ngày nghỉ hoặc ngày làm bù của địa phương",
        "drop a local day off or working day"),
    "set local days off / working days from a JSON file (the format of resources/calendar/*.json)": (
        "nạp ngày nghỉ, ngày làm bù của địa phương từ tệp JSON (định dạng của resources/calendar/*.json)",
        "set local days off / working days from a JSON file (the format of resources/calendar/*.json)"),
    "the decided days shipped with the app, with their sources": (
        "các ngày nghỉ đã quyết định đi kèm ứng dụng, kèm nguồn",
        "the decided days shipped with the app, with their sources"),
    "list them, earliest due first": (
        "liệt kê, hạn sớm nhất trước",
        "list them, earliest due first"),
    "information system named in the receipt's QR code": (
        "hệ thống thông tin ghi trong mã QR của giấy tiếp nhận",
        "information system named in the receipt's QR code"),
    "phone or website printed on forms 02-03 for questions": (
        "số điện thoại hoặc trang web in trên mẫu 02-03 để hỏi đáp",
        "phone or website printed on forms 02-03 for questions"),
    "show program's version number and exit": (
        "hiện phiên bản của ứng dụng rồi thoát",
        "show program's version number and exit"),
    "giới hạn số ngày không đồng bộ (offline limits)": (
        "giới hạn số ngày không đồng bộ",
        "offline limits: days without a sync"),
    "open the data folder (migrating it) and exit; used after an update": (
        "mở thư mục dữ liệu (nâng cấp nếu cần) rồi thoát; dùng sau khi cập nhật",
        "open the data folder (migrating it) and exit; used after an update"),
    "the limits and how long since the last sync": (
        "các giới hạn và thời gian từ lần đồng bộ cuối",
        "the limits and how long since the last sync"),
    "set the limits (administrator; 0 = off)": (
        "đặt các giới hạn (quản trị viên; 0 = tắt)",
        "set the limits (administrator; 0 = off)"),
    "let a blocked workstation receive for a few hours (supervisor)": (
        "cho máy trạm đang bị chặn tiếp nhận trong vài giờ (lãnh đạo bộ phận)",
        "let a blocked workstation receive for a few hours (supervisor)"),
    "warn at every login after this many days without a sync": (
        "nhắc ở mỗi lần đăng nhập khi quá bấy nhiêu ngày chưa đồng bộ",
        "warn at every login after this many days without a sync"),
    "receive nothing new after this many days without a sync": (
        "ngừng tiếp nhận hồ sơ mới khi quá bấy nhiêu ngày chưa đồng bộ",
        "receive nothing new after this many days without a sync"),
    "why (kept in the audit trail)": (
        "lý do (ghi vào nhật ký kiểm toán)",
        "why (kept in the audit trail)"),
    "tạo khóa phát hành Ed25519 của tỉnh (giữ ngoại tuyến)": (
        "tạo khóa phát hành Ed25519 của tỉnh (giữ ngoại tuyến)",
        "make the province's Ed25519 release key (keep it offline)"),
    "phát hành phiên bản ứng dụng (signed releases)": (
        "phát hành phiên bản ứng dụng đã ký",
        "publish signed releases of the app"),
    "đặt thiết lập cho máy trạm theo cơ quan hoặc từng máy trạm": (
        "đặt thiết lập cho máy trạm theo cơ quan hoặc từng máy trạm",
        "set workstation settings per agency or per workstation"),
    "tệp PEM khóa bí mật": (
        "tệp PEM khóa bí mật",
        "PEM file of the private key"),
    "ký và phát hành một gói cập nhật": (
        "ký và phát hành một gói cập nhật",
        "sign and publish an update package"),
    "phiên bản, ví dụ 0.2.0": (
        "phiên bản, ví dụ 0.2.0",
        "version, e.g. 0.2.0"),
    "linux-x86_64 hoặc windows-x86_64": (
        "linux-x86_64 hoặc windows-x86_64",
        "linux-x86_64 or windows-x86_64"),
    "tệp gói (zip)": (
        "tệp gói (zip)",
        "package file (zip)"),
    "khóa phát hành (PEM)": (
        "khóa phát hành (PEM)",
        "release key (PEM)"),
    "phiên bản CSDL máy trạm thấp nhất có thể nâng cấp": (
        "phiên bản CSDL máy trạm thấp nhất có thể nâng cấp",
        "the oldest workstation database version that can upgrade"),
    "ghi chú phát hành": (
        "ghi chú phát hành",
        "release notes"),
    "đặt một thiết lập": (
        "đặt một thiết lập",
        "set one setting"),
    "bỏ một thiết lập": (
        "bỏ một thiết lập",
        "remove one setting"),
    "mã cơ quan (mọi máy trạm của cơ quan)": (
        "mã cơ quan (mọi máy trạm của cơ quan)",
        "agency code (every workstation of the agency)"),
    "mã máy trạm (chỉ máy đó)": (
        "mã máy trạm (chỉ máy đó)",
        "workstation id (that one only)"),
    "tên thiết lập, ví dụ idle_logout_minutes": (
        "tên thiết lập, ví dụ idle_logout_minutes",
        "setting name, e.g. idle_logout_minutes"),
    'giá trị (JSON: 10, "chữ", [1, 2])': (
        'giá trị (JSON: 10, "chữ", [1, 2])',
        'value (JSON: 10, "text", [1, 2])'),
    "period report on dossiers received and handled (xlsx, pdf, csv)": (
        "báo cáo kỳ về hồ sơ tiếp nhận và giải quyết (xlsx, pdf, csv)",
        "period report on dossiers received and handled (xlsx, pdf, csv)"),
    "first day of the period (YYYY-MM-DD or dd/mm/yyyy)": (
        "ngày đầu kỳ (YYYY-MM-DD hoặc dd/mm/yyyy)",
        "first day of the period (YYYY-MM-DD or dd/mm/yyyy)"),
    "last day of the period, inclusive": (
        "ngày cuối kỳ (tính cả ngày đó)",
        "last day of the period, inclusive"),
    "where to write the report": (
        "tệp ghi báo cáo",
        "where to write the report"),
    "tài khoản xem trang theo dõi của tỉnh (province pages)": (
        "tài khoản xem trang theo dõi của tỉnh",
        "accounts for the province's monitoring pages"),
    "số liệu theo xã của cả tỉnh (hoặc một xã) ra tệp Excel": (
        "số liệu theo xã của cả tỉnh (hoặc một xã) ra tệp Excel",
        "figures per commune for the whole province (or one commune) to an Excel file"),
    "tạo tài khoản (mật khẩu hỏi riêng)": (
        "tạo tài khoản (mật khẩu hỏi riêng)",
        "create an account (the password is asked separately)"),
    "liệt kê các tài khoản": (
        "liệt kê các tài khoản",
        "list the accounts"),
    "khoá tài khoản và đóng mọi phiên": (
        "khoá tài khoản và đóng mọi phiên",
        "disable the account and end all its sessions"),
    "họ và tên": (
        "họ và tên",
        "full name"),
    "mã cơ quan (xã) của giám sát xã": (
        "mã cơ quan (xã) của giám sát xã",
        "the commune's agency code, for a commune supervisor"),
    "đọc mật khẩu từ dòng đầu của đầu vào chuẩn": (
        "đọc mật khẩu từ dòng đầu của đầu vào chuẩn",
        "read the password from the first line of standard input"),
    "ngày đầu kỳ": (
        "ngày đầu kỳ",
        "first day of the period"),
    "ngày cuối kỳ": (
        "ngày cuối kỳ",
        "last day of the period"),
    "chỉ một cơ quan (xã)": (
        "chỉ một cơ quan (xã)",
        "one agency (commune) only"),
    "tệp .xlsx sẽ ghi": (
        "tệp .xlsx sẽ ghi",
        "the .xlsx file to write"),
}
