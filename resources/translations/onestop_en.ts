<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccountsScreen</name>
    <message>
        <location filename="../../ui/accounts_screen.py" line="41"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="43"/>
        <location filename="../../ui/accounts_screen.py" line="73"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="43"/>
        <location filename="../../ui/accounts_screen.py" line="74"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="44"/>
        <location filename="../../ui/accounts_screen.py" line="75"/>
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="44"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="45"/>
        <source>Đăng nhập gần nhất</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="56"/>
        <source>Khoá / mở khoá tài khoản</source>
        <translation>Disable / enable account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="64"/>
        <source>Thêm tài khoản / đặt lại mật khẩu</source>
        <translation>Add an account / reset a password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="76"/>
        <source>Mật khẩu (ít nhất 8 ký tự)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="80"/>
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="85"/>
        <source>Đặt lại mật khẩu cho tài khoản đang chọn</source>
        <translation>Reset the password of the selected account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="100"/>
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="100"/>
        <source>Đã khoá</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="114"/>
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="131"/>
        <source>Đã tạo tài khoản.</source>
        <translation>Account created.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="136"/>
        <location filename="../../ui/accounts_screen.py" line="146"/>
        <source>Chọn một tài khoản trong danh sách.</source>
        <translation>Select an account in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="141"/>
        <source>Đã đặt lại mật khẩu.</source>
        <translation>Password reset.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="149"/>
        <source>Không tự khoá tài khoản đang đăng nhập.</source>
        <translation>You cannot disable the account you are logged in with.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="153"/>
        <source>Đã cập nhật.</source>
        <translation>Updated.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="37"/>
        <source>Rất không hài lòng</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="38"/>
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="39"/>
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="40"/>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="41"/>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="75"/>
        <source>Ghi rõ lý do (mỗi lý do một dòng)</source>
        <translation>State the reason (one reason per line)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="77"/>
        <source>Lý do *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="88"/>
        <source>Giấy tờ cần bổ sung, hoàn thiện</source>
        <translation>Documents to bring or correct</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="92"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="93"/>
        <source>Hẹn trả cũ</source>
        <translation>Previous appointment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="94"/>
        <source>Hẹn trả mới (17:00 ngày) *</source>
        <translation>New appointment (17:00 on) *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="105"/>
        <source>Mức hài lòng của công dân</source>
        <translation>Citizen&apos;s satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="109"/>
        <source>Chủ tịch</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="111"/>
        <source>Chức vụ người ký văn bản</source>
        <translation>Signer&apos;s position</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="112"/>
        <source>Họ tên người ký *</source>
        <translation>Signer&apos;s full name *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="117"/>
        <source>Tôi xác nhận «%1»: hồ sơ kết thúc, không hoàn tác được.</source>
        <translation>I confirm “%1”: the dossier ends and this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="125"/>
        <source>Xác nhận (Ctrl+Enter)</source>
        <translation>Confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="127"/>
        <source>Huỷ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="159"/>
        <source>Hẹn trả mới: </source>
        <translation>New appointment: </translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="162"/>
        <source>Nhập ngày hẹn trả mới, ví dụ </source>
        <translation>Enter the new appointment date, e.g. </translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="166"/>
        <source>Nhập họ tên người ký văn bản.</source>
        <translation>Enter the signer&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="169"/>
        <source>Bước này không hoàn tác được: đánh dấu ô xác nhận (phím cách) rồi bấm Xác nhận.</source>
        <translation>This step cannot be undone: tick the confirmation box (Space), then Confirm.</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="36"/>
        <source>Đồng bộ ngay (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="37"/>
        <source>Gửi hồ sơ chờ đồng bộ và nhận cập nhật từ trung tâm</source>
        <translation>Send the dossiers waiting to sync and receive updates from the central system</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="84"/>
        <source>Chờ đồng bộ: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="89"/>
        <source>Máy trạm chưa đăng ký với hệ thống trung tâm: làm việc ngoại tuyến, hồ sơ chờ đồng bộ.</source>
        <translation>This workstation is not enrolled with the central system: working offline, dossiers wait to sync.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="92"/>
        <source>Chưa kết nối trung tâm</source>
        <translation>Not connected to the centre</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="117"/>
        <source>Thẻ: không có PC/SC</source>
        <translation>Card: no PC/SC</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="119"/>
        <source>Thẻ: chưa cắm đầu đọc</source>
        <translation>Card: no reader</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="121"/>
        <source>Thẻ: có thẻ</source>
        <translation>Card: present</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="123"/>
        <source>Thẻ: chưa có thẻ</source>
        <translation>Card: none</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="125"/>
        <source> (ảo)</source>
        <translation> (virtual)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="127"/>
        <source>Đầu đọc thẻ căn cước</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="128"/>
        <source> ảo (demo)</source>
        <translation>, virtual (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="94"/>
        <source>● Trực tuyến</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="96"/>
        <source>○ Ngoại tuyến</source>
        <translation>○ Offline</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="24"/>
        <source>CCCD / Căn cước</source>
        <translation>Citizen ID card (CCCD)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="25"/>
        <source>Hộ chiếu</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="26"/>
        <source>Giấy tờ khác</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="50"/>
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="51"/>
        <source>Họ, chữ đệm và tên</source>
        <translation>Family, middle and given name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="52"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="55"/>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="56"/>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="57"/>
        <source>Nơi thường trú / nơi ở hiện tại</source>
        <translation>Permanent or current residence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="58"/>
        <source>ví dụ 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="61"/>
        <source>Loại giấy tờ</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="62"/>
        <source>Số giấy tờ *</source>
        <translation>Document number *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="64"/>
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="65"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="66"/>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="67"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="68"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="69"/>
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <location filename="../../ui/day/export.py" line="23"/>
        <source>Xuất tệp lô ra USB… (Ctrl+Shift+E)</source>
        <translation>Export batch to USB… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/day/export.py" line="38"/>
        <source>Chọn thư mục (USB) để ghi tệp lô</source>
        <translation>Choose the folder (USB stick) for the batch file</translation>
    </message>
    <message>
        <location filename="../../ui/day/export.py" line="51"/>
        <source>Đang xuất tệp lô…</source>
        <translation>Exporting the batch file…</translation>
    </message>
    <message>
        <location filename="../../ui/day/export.py" line="57"/>
        <source>Đã ghi %1 (%2 thông điệp, %3 hồ sơ) và bản tóm tắt %4 để đối chiếu.</source>
        <translation>Wrote %1 (%2 messages, %3 dossiers) and the summary %4 to check it against.</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="59"/>
        <location filename="../../ui/intake/card_panel.py" line="196"/>
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="68"/>
        <source>Mã QR (F7): quét mã QR trên thẻ vào đây</source>
        <translation>QR code (F7): scan the QR code of the card here</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="71"/>
        <source>Hạn thẻ (khi chưa quét QR): ngày/tháng/năm</source>
        <translation>Card expiry (without a QR scan): dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="72"/>
        <source>Ngày hết hạn in trên thẻ: cần để đọc chip khi chưa quét QR</source>
        <translation>Expiry date printed on the card: needed to read the chip without a QR scan</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="74"/>
        <source>Đọc chip (F6)</source>
        <translation>Read chip (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="78"/>
        <source>Quét QR thẻ mẫu (demo)</source>
        <translation>Scan the sample card QR (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="98"/>
        <source>Máy này chưa có dịch vụ đọc thẻ (PC/SC).</source>
        <translation>This PC has no card reading service (PC/SC).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="122"/>
        <source>Điền từ mã QR trên thẻ (chưa đối chiếu chip).</source>
        <translation>Filled from the QR code of the card (chip not checked).</translation>
    </message>
    <message>
        <source>Để đọc chip cần số định danh, ngày sinh và hạn thẻ; hoặc quét mã QR trước.</source>
        <translation type="vanished">Reading the chip needs the ID number, date of birth and card expiry; or scan the QR code first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="132"/>
        <source>Hạn thẻ: </source>
        <translation>Card expiry: </translation>
    </message>
    <message>
        <source>Nhập hạn thẻ (in trên thẻ) hoặc quét mã QR để đọc chip.</source>
        <translation type="vanished">Enter the card expiry (printed on the card) or scan the QR code to read the chip.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="144"/>
        <source>Đang đọc chip… giữ thẻ trên đầu đọc.</source>
        <translation>Reading the chip… keep the card on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="167"/>
        <source>Không hiển thị được ảnh</source>
        <translation>The photo cannot be shown</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="168"/>
        <source>Thẻ không có ảnh</source>
        <translation>The card has no photo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="177"/>
        <source>✔ Chip xác thực: dữ liệu được ký hợp lệ</source>
        <translation>✔ Chip verified: the data carries a valid signature</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="180"/>
        <source>✖ CẢNH BÁO: dữ liệu chip không hợp lệ: </source>
        <translation>✖ WARNING: the chip data is NOT valid: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="183"/>
        <source>⚠ Chưa xác thực được chữ ký chip: </source>
        <translation>⚠ The chip signature could not be verified: </translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../ui/intake/checklist.py" line="29"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="29"/>
        <source>Giấy tờ (* bắt buộc)</source>
        <translation>Document (* required)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="29"/>
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="30"/>
        <source>Bản sao</source>
        <translation>Copies</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <location filename="../../ui/day/screen.py" line="91"/>
        <source>Hồ sơ tiếp nhận trong ngày</source>
        <translation>Dossiers received that day</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="91"/>
        <source>Hồ sơ giải quyết xong</source>
        <translation>Dossiers finished</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="92"/>
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="92"/>
        <source>Hồ sơ đang quá hạn</source>
        <translation>Dossiers overdue now</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="98"/>
        <source>Cảnh báo sớm (cả cơ quan):</source>
        <translation>Early warning (whole agency):</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="104"/>
        <location filename="../../ui/day/screen.py" line="110"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="104"/>
        <location filename="../../ui/day/screen.py" line="105"/>
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="105"/>
        <location filename="../../ui/day/screen.py" line="111"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="110"/>
        <location filename="../../ui/day/screen.py" line="121"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="110"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="111"/>
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="119"/>
        <source>Hồ sơ trong ngày (cần duyệt)</source>
        <translation>The day&apos;s dossiers (to review)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="120"/>
        <source>Hồ sơ quá hạn</source>
        <translation>Overdue dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="121"/>
        <source>Lý do trung tâm từ chối</source>
        <translation>The central system&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="122"/>
        <source>Loại thông điệp</source>
        <translation>Message kind</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="124"/>
        <source>Bị trung tâm từ chối</source>
        <translation>Refused by the central system</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="131"/>
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="132"/>
        <source>◀ (Alt+←)</source>
        <translation>◀ (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="139"/>
        <source>(Alt+→) ▶</source>
        <translation>(Alt+→) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="145"/>
        <source>Duyệt ngày và ký bản kê (Ctrl+Shift+D)</source>
        <translation>Approve the day and sign its manifest (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="174"/>
        <source>Đang tổng hợp…</source>
        <translation>Summing up…</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="189"/>
        <source>Hồ sơ quá hạn (%1)</source>
        <translation>Overdue dossiers (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="198"/>
        <source>Bị trung tâm từ chối (%1)</source>
        <translation>Refused by the central system (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="211"/>
        <source>Đã duyệt bởi %1 lúc %2 (%3 hồ sơ).</source>
        <translation>Approved by %1 at %2 (%3 dossiers).</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="215"/>
        <source>%1 hồ sơ tiếp nhận sau khi duyệt: cần duyệt lại.</source>
        <translation>%1 dossier(s) received after the approval: approve the day again.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="218"/>
        <source>Ngày chưa đến.</source>
        <translation>This day has not come yet.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="220"/>
        <source>Chưa duyệt.</source>
        <translation>Not approved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="222"/>
        <source>Ngày nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="226"/>
        <source>Ngày trước chưa duyệt: </source>
        <translation>Earlier days not approved: </translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="234"/>
        <source>Duyệt ngày</source>
        <translation>Approve the day</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="235"/>
        <source>Duyệt %1 hồ sơ của ngày %2? Sau khi duyệt, bản kê của ngày được ký và chờ gửi lên hệ thống trung tâm.</source>
        <translation>Approve the %1 dossiers of %2? Once approved, the day&apos;s manifest is signed and waits to be sent to the central system.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="240"/>
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="241"/>
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="251"/>
        <source>Đang duyệt ngày…</source>
        <translation>Approving the day…</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="257"/>
        <source>Đã duyệt ngày %1: %2 hồ sơ.</source>
        <translation>Approved %1: %2 dossiers.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../ui/desk/screen.py" line="42"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="43"/>
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="44"/>
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="105"/>
        <source>Tìm (Ctrl+F): mã hồ sơ hoặc số cuối của mã, số định danh, tên người nộp</source>
        <translation>Search (Ctrl+F): dossier code or its last digits, ID number, applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="106"/>
        <source>Tên không cần dấu. ↓ hoặc Enter: xuống danh sách.</source>
        <translation>Names without accents are found too. ↓ or Enter: to the list.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="117"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="122"/>
        <source>Mọi kênh</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="133"/>
        <source>Mọi thủ tục</source>
        <translation>Any procedure</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="140"/>
        <source>Chỉ xem:</source>
        <translation>Show only:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="141"/>
        <source>Tôi tiếp nhận</source>
        <translation>Received by me</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="144"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="145"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="146"/>
        <source>Sắp đến hạn, trong</source>
        <translation>Due soon, within</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="150"/>
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="213"/>
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="216"/>
        <source>Tìm kiếm và lọc theo hạn xem hồ sơ của mọi ngày.</source>
        <translation>Searches and deadline filters look at dossiers of every day.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="221"/>
        <source>%1 hồ sơ</source>
        <translation>%1 dossiers</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../ui/detail/screen.py" line="48"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="49"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="51"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="52"/>
        <source>Trong hạn</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="53"/>
        <source>Giải quyết đúng hạn</source>
        <translation>Settled on time</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="56"/>
        <source>Giải quyết trễ hạn</source>
        <translation>Settled late</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="87"/>
        <source>← Quay lại (Esc)</source>
        <translation>← Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="111"/>
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="114"/>
        <source>Giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="114"/>
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="114"/>
        <source>Bản sao</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="114"/>
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="123"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="125"/>
        <source>Thêm bản quét / ảnh… (Ctrl+O)</source>
        <translation>Add a scan / photo… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="139"/>
        <source>Bước tiếp theo</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="147"/>
        <source>In lại giấy hẹn (mẫu 01)</source>
        <translation>Reprint the receipt (form 01)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="149"/>
        <source>In phiếu kiểm soát (mẫu 06)</source>
        <translation>Print the control slip (form 06)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="157"/>
        <source>Quá trình xử lý</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="171"/>
        <source>Đang mở hồ sơ…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="194"/>
        <source> — đã thu</source>
        <translation> — paid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="194"/>
        <source> — chưa thu</source>
        <translation> — not paid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="196"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="197"/>
        <source>Số giấy tờ</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="198"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="199"/>
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="200"/>
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="201"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="202"/>
        <source>Kênh</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="203"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="204"/>
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="205"/>
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="208"/>
        <source>Mức hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="218"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="218"/>
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="234"/>
        <source>Chưa có tệp nào.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="252"/>
        <source>Phím tắt: Alt+số thứ tự của bước.</source>
        <translation>Shortcut: Alt + the step&apos;s number.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="254"/>
        <source>Vai trò của bạn không thực hiện được bước nào ở trạng thái này.</source>
        <translation>Your role cannot take any step in this status.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="257"/>
        <source>Hồ sơ đã kết thúc: không còn bước nào.</source>
        <translation>The dossier is finished: no step is left.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="274"/>
        <source>Đang cập nhật hồ sơ…</source>
        <translation>Updating the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="284"/>
        <source>Đã cập nhật hồ sơ nhưng chưa in được mẫu: </source>
        <translation>The dossier was updated but its form could not be printed: </translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="313"/>
        <source>Đang tạo mẫu in…</source>
        <translation>Making the form…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="326"/>
        <source>Chọn bản quét hoặc ảnh</source>
        <translation>Choose a scan or photo</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="327"/>
        <source>Bản quét, ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Scans, photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="335"/>
        <source>Không đọc được tệp %1: </source>
        <translation>Cannot read the file %1: </translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="345"/>
        <source>Đang lưu tệp…</source>
        <translation>Saving the file…</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/desk/model.py" line="29"/>
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="30"/>
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="31"/>
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="32"/>
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="33"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="34"/>
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="35"/>
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="36"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="41"/>
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="42"/>
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="43"/>
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="50"/>
        <source>Kết nối với hệ thống trung tâm</source>
        <translation>Connect to the central system</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="58"/>
        <source>Địa chỉ máy chủ trung tâm</source>
        <translation>Central server address</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="60"/>
        <source>mã đăng ký một lần do quản trị trung tâm cấp</source>
        <translation>one-time enrolment code from the central administrator</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="61"/>
        <source>Mã đăng ký</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="64"/>
        <source>không bắt buộc: tệp PEM chứng chỉ của máy chủ</source>
        <translation>optional: the server&apos;s certificate as a PEM file</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="66"/>
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="69"/>
        <source>Chứng chỉ ghim</source>
        <translation>Pinned certificate</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="75"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="77"/>
        <source>Đăng ký máy trạm</source>
        <translation>Enrol the workstation</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="94"/>
        <source>Máy trạm đã đăng ký với %1. Đăng ký lại sẽ thay thông tin kết nối.</source>
        <translation>This workstation is enrolled with %1. Enrolling again replaces the connection details.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="96"/>
        <source>Máy trạm chưa đăng ký: hồ sơ được lưu tại máy và chờ đồng bộ.</source>
        <translation>This workstation is not enrolled: dossiers are kept here and wait to sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="104"/>
        <source>Chọn chứng chỉ của máy chủ trung tâm</source>
        <translation>Choose the central server&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="105"/>
        <source>Chứng chỉ PEM (*.pem *.crt);;Mọi tệp (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="115"/>
        <source>Hãy nhập mã đăng ký do quản trị trung tâm cấp.</source>
        <translation>Enter the enrolment code given by the central administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="117"/>
        <source>Không tìm thấy tệp chứng chỉ ghim: %1</source>
        <translation>Pinned certificate file not found: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="129"/>
        <source>Đang liên hệ máy chủ trung tâm…</source>
        <translation>Contacting the central server…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="133"/>
        <source>Đang đăng ký máy trạm…</source>
        <translation>Enrolling the workstation…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="33"/>
        <source>Thông báo lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>Xem chi tiết</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="82"/>
        <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng. Hãy sao chép chi tiết và gửi cho bộ phận hỗ trợ.</source>
        <translation>An unexpected error happened. Saved data is not affected. Please copy the details and send them to support.</translation>
    </message>
</context>
<context>
    <name>FeePanel</name>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="30"/>
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="31"/>
        <source>Chuyển khoản</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="32"/>
        <source>Thẻ</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="54"/>
        <source>Số trang mỗi bản</source>
        <translation>Pages per copy</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="55"/>
        <source>Số bản cần chứng thực</source>
        <translation>Copies to certify</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="56"/>
        <source>Số bộ hồ sơ</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="64"/>
        <source>Phí, lệ phí:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="66"/>
        <source>Đã thu tiền</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="80"/>
        <source>Hẹn trả:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="122"/>
        <source>— nhập số trang —</source>
        <translation>— enter the pages —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="124"/>
        <source>Miễn phí (0 đ)</source>
        <translation>Free (0 đ)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="147"/>
        <source>— chọn thủ tục để xem ngày hẹn —</source>
        <translation>— choose a procedure to see the appointment —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="154"/>
        <source>: nhận sau %1 nên trả vào ngày làm việc tiếp theo</source>
        <translation>: received after %1, so due the next working day</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="157"/>
        <source>: nhận ngoài giờ làm việc nên trả vào ngày làm việc tiếp theo</source>
        <translation>: received outside working hours, so due the next working day</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../ui/firstrun.py" line="68"/>
        <source>Thiết lập lần đầu</source>
        <translation>First-run set-up</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="70"/>
        <source>Nhập thông tin cơ quan (mã theo QCVN 102, do tỉnh cấp), tên máy trạm này và tài khoản quản trị đầu tiên.</source>
        <translation>Enter the agency (QCVN 102 code, issued by the province), this workstation&apos;s name and the first administrator account.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="75"/>
        <source>ví dụ: 000.00.12.H42</source>
        <translation>e.g. 000.00.12.H42</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="77"/>
        <source>Cấp xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="78"/>
        <source>Cấp tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="79"/>
        <source>ví dụ: Ủy ban nhân dân xã Tân Phú</source>
        <translation>e.g. Ủy ban nhân dân xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="80"/>
        <source>ví dụ: Ủy ban nhân dân tỉnh Đồng Nai</source>
        <translation>e.g. Ủy ban nhân dân tỉnh Đồng Nai</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="81"/>
        <source>ví dụ: Bộ phận tiếp nhận và trả kết quả xã Tân Phú</source>
        <translation>e.g. Bộ phận tiếp nhận và trả kết quả xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="82"/>
        <source>ví dụ: Tân Phú</source>
        <translation>e.g. Tân Phú</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="83"/>
        <source>ví dụ: Quầy 1</source>
        <translation>e.g. Quầy 1</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="84"/>
        <source>ví dụ: quantri</source>
        <translation>e.g. quantri</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="89"/>
        <source>Mã cơ quan (QCVN 102)</source>
        <translation>Agency code (QCVN 102)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="90"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="91"/>
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="92"/>
        <source>Cơ quan chủ quản (in ở góc trái phiếu)</source>
        <translation>Parent authority (top left of the forms)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="93"/>
        <source>Bộ phận tiếp nhận (in trên phiếu)</source>
        <translation>Receiving unit (printed on the forms)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="94"/>
        <source>Địa danh (… ngày … tháng … năm)</source>
        <translation>Place name (for the date line)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="95"/>
        <source>Tên máy trạm</source>
        <translation>Workstation name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="97"/>
        <source>Tên đăng nhập quản trị</source>
        <translation>Administrator&apos;s user name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="98"/>
        <source>Họ và tên quản trị viên</source>
        <translation>Administrator&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="99"/>
        <source>Mật khẩu (ít nhất 8 ký tự)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="100"/>
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="114"/>
        <source>Lưu và bắt đầu (Ctrl+Enter)</source>
        <translation>Save and start (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="143"/>
        <source>Mật khẩu nhập lại không khớp.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="170"/>
        <source>Đang thiết lập…</source>
        <translation>Setting up…</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../ui/intake/screen.py" line="40"/>
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="41"/>
        <source>Qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="75"/>
        <source>3. Thành phần hồ sơ</source>
        <translation>3. Documents</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="76"/>
        <source>Nhận đủ giấy tờ bắt buộc (Ctrl+D)</source>
        <translation>All required papers received (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="77"/>
        <source>Dấu cách (Space): đánh dấu từng giấy tờ đã nhận</source>
        <translation>Space: mark one document as received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="91"/>
        <source>2. Người nộp hồ sơ</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="101"/>
        <source>4. Phí, lệ phí và hẹn trả</source>
        <translation>4. Fees and appointment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="105"/>
        <source>Nhận kết quả:</source>
        <translation>Result delivered:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="111"/>
        <source>Địa chỉ nhận qua bưu chính</source>
        <translation>Postal address for the result</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="126"/>
        <source>Làm mới (Ctrl+N)</source>
        <translation>Clear (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="131"/>
        <source>Tiếp nhận và in giấy hẹn (Ctrl+Enter)</source>
        <translation>Receive and print (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="168"/>
        <source>Công dân đã từng nộp hồ sơ ở đây: đã điền các ô còn trống từ lần trước — hỏi lại để xác nhận.</source>
        <translation>This citizen has filed here before: empty fields were filled from last time — ask to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="177"/>
        <source>chọn thủ tục trước (Ctrl+F).</source>
        <translation>choose the procedure first (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="200"/>
        <source>Đang lưu hồ sơ…</source>
        <translation>Saving the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="207"/>
        <source>Đã tiếp nhận hồ sơ &lt;a href=&apos;%1&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;. Hẹn trả: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Dossier &lt;a href=&apos;%1&apos;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; received. Appointment: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="216"/>
        <source>Đang tạo giấy tiếp nhận…</source>
        <translation>Making the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="222"/>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả — %1</source>
        <translation>Receipt and appointment slip — %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="249"/>
        <source>Chưa tiếp nhận: </source>
        <translation>Not received: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="250"/>
        <source>xem ô báo đỏ.</source>
        <translation>see the field marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="271"/>
        <source>Làm mới</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="272"/>
        <source>Xoá mọi thông tin đang nhập của hồ sơ này để tiếp nhận hồ sơ khác?</source>
        <translation>Clear everything typed for this dossier to receive another one?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="275"/>
        <source>Xoá (Ctrl+N)</source>
        <translation>Clear (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="277"/>
        <source>Giữ lại (Esc)</source>
        <translation>Keep (Esc)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="47"/>
        <source>Bộ phận Một cửa — tiếp nhận hồ sơ</source>
        <translation>One-stop counter — dossier intake</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="51"/>
        <source>ví dụ: canbo1</source>
        <translation>e.g. canbo1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="55"/>
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56"/>
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63"/>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67"/>
        <source>Đăng nhập (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79"/>
        <source>&lt;b&gt;Chế độ demo&lt;/b&gt; — tài khoản mẫu (mật khẩu: &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>&lt;b&gt;Demo mode&lt;/b&gt; — sample accounts (password: &lt;b&gt;%1&lt;/b&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="91"/>
        <source>Nhập tên đăng nhập.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="99"/>
        <source>Đang đăng nhập…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Một cửa — tiếp nhận hồ sơ</source>
        <translation>One-stop counter — dossier intake</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Đã thiết lập xong. Đăng nhập bằng tài khoản quản trị.</source>
        <translation>Set-up done. Log in with the administrator account.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="124"/>
        <source>Đã tự đăng xuất vì không thao tác trong một thời gian.</source>
        <translation>Logged out after a while without activity.</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/printing.py" line="119"/>
        <source>Đang dựng bản xem trước…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="127"/>
        <source>In (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="132"/>
        <source>Lưu PDF… (Ctrl+S)</source>
        <translation>Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="135"/>
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="142"/>
        <source>Không có pdftoppm: bấm In để mở bằng trình xem PDF.</source>
        <translation>No pdftoppm here: Print opens the PDF viewer.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="167"/>
        <location filename="../../ui/printing.py" line="179"/>
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="176"/>
        <source>Đã gửi lệnh in.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="187"/>
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="196"/>
        <source>Không lưu được tệp: </source>
        <translation>Cannot save the file: </translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="198"/>
        <source>Đã lưu: </source>
        <translation>Saved: </translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="207"/>
        <source>Đã mở bằng trình xem PDF để in.</source>
        <translation>Opened in the PDF viewer for printing.</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="42"/>
        <source>1. Thủ tục (Ctrl+F)</source>
        <translation>1. Procedure (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="45"/>
        <source>Gõ tên hoặc mã thủ tục, có dấu hay không dấu: khai sinh, chung thuc…</source>
        <translation>Type the name or code, accents optional: khai sinh, chung thuc…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="118"/>
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="121"/>
        <source>phiên bản %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/reports/screen.py" line="39"/>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="40"/>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="41"/>
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="42"/>
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="43"/>
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="46"/>
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="47"/>
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="48"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="94"/>
        <source>Báo cáo theo kỳ</source>
        <translation>Period report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="100"/>
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="104"/>
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="110"/>
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="127"/>
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="127"/>
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="127"/>
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="152"/>
        <source>Cần nhập ngày đầu và ngày cuối kỳ (dd/mm/yyyy).</source>
        <translation>Enter the first and last day of the period (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="167"/>
        <source>Đang tổng hợp…</source>
        <translation>Summing up…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="172"/>
        <source>Kỳ này: %1 — kỳ trước: %2</source>
        <translation>This period: %1 — previous: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="192"/>
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="202"/>
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="204"/>
        <source>Đã lưu báo cáo: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <location filename="../../ui/detail/sync_line.py" line="55"/>
        <source>Đồng bộ: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/sync_line.py" line="59"/>
        <source>Trung tâm từ chối: %1</source>
        <translation>Refused by the central system: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/syncing/controller.py" line="97"/>
        <source>Đã đăng ký máy trạm với hệ thống trung tâm.</source>
        <translation>The workstation is enrolled with the central system.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="124"/>
        <source>Máy trạm chưa đăng ký với hệ thống trung tâm. Quản trị viên đăng ký máy trạm bằng nút &quot;Kết nối trung tâm…&quot; (địa chỉ máy chủ và mã đăng ký một lần).</source>
        <translation>This workstation is not enrolled with the central system. An administrator enrols it with the &quot;Central system…&quot; button (server address and a one-time code).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="128"/>
        <source>Đang đồng bộ với hệ thống trung tâm…</source>
        <translation>Syncing with the central system…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="145"/>
        <source>Chưa đồng bộ được: </source>
        <translation>Not synced: </translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="160"/>
        <source>Đồng bộ lúc %1: gửi %2, trung tâm xác nhận %3, bị từ chối %4; nhận về %5 mục; còn chờ %6.</source>
        <translation>Synced at %1: %2 sent, %3 acknowledged, %4 refused; %5 items received; %6 still waiting.</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <location filename="../../ui/warning_bar.py" line="13"/>
        <source>Quá hạn: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/warning_bar.py" line="14"/>
        <source>Đến hạn hôm nay: %1</source>
        <translation>Due today: %1</translation>
    </message>
    <message>
        <location filename="../../ui/warning_bar.py" line="15"/>
        <source>Đến hạn trong %2 ngày tới: %1</source>
        <translation>Due within %2 days: %1</translation>
    </message>
    <message>
        <location filename="../../ui/warning_bar.py" line="48"/>
        <source>Ẩn</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/workarea.py" line="45"/>
        <source>Cảnh báo hạn xử lý:</source>
        <translation>Deadline warnings:</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="58"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="61"/>
        <source>Danh sách hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="66"/>
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="71"/>
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="74"/>
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="90"/>
        <source>Kết nối trung tâm…</source>
        <translation>Central system…</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="95"/>
        <source>Đăng xuất (Ctrl+L)</source>
        <translation>Log out (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/i18n.py" line="16"/>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="17"/>
        <source>Đang xử lý</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="18"/>
        <source>Chờ bổ sung hồ sơ</source>
        <translation>Waiting for documents</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="19"/>
        <source>Chờ thực hiện nghĩa vụ tài chính</source>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="20"/>
        <source>Dừng xử lý</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="21"/>
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="22"/>
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="23"/>
        <source>Từ chối giải quyết</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="24"/>
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="25"/>
        <source>Chuyển xử lý</source>
        <translation>Send for processing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="26"/>
        <source>Yêu cầu bổ sung hồ sơ</source>
        <translation>Request missing documents</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="27"/>
        <source>Nhận hồ sơ bổ sung</source>
        <translation>Documents completed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="28"/>
        <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
        <translation>Request payment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="29"/>
        <source>Đã thực hiện nghĩa vụ tài chính</source>
        <translation>Payment made</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="30"/>
        <source>Xin lỗi và gia hạn</source>
        <translation>Apologise and extend</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="31"/>
        <source>Dừng giải quyết</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32"/>
        <source>Trả kết quả cho công dân</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33"/>
        <source>Cán bộ tiếp nhận</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34"/>
        <source>Giám sát / lãnh đạo bộ phận</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35"/>
        <source>Tổ công nghệ số cộng đồng</source>
        <translation>Village digital team</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36"/>
        <source>Quản trị hệ thống</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37"/>
        <source>Trực tiếp tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38"/>
        <source>Qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39"/>
        <source>Chờ gửi</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40"/>
        <source>Đã gửi, chờ xác nhận</source>
        <translation>Sent, awaiting acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41"/>
        <source>Trung tâm đã nhận</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42"/>
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48"/>
        <source>Chứng thực</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49"/>
        <source>Hộ tịch</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50"/>
        <source>Đăng ký, quản lý cư trú</source>
        <translation>Residence registration</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="55"/>
        <source>thiếu họ và tên người nộp hồ sơ.</source>
        <translation>the applicant&apos;s full name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56"/>
        <source>họ và tên dài quá 200 ký tự.</source>
        <translation>the full name is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="57"/>
        <source>họ và tên không được chứa chữ số.</source>
        <translation>the full name must not contain digits.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="58"/>
        <source>thiếu tên tổ chức.</source>
        <translation>the organisation&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59"/>
        <source>số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.</source>
        <translation>a personal ID number (CCCD) has exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60"/>
        <source>thiếu số giấy tờ tùy thân.</source>
        <translation>the ID document number is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61"/>
        <source>ngày sinh không hợp lệ (sau 1900 và không ở tương lai).</source>
        <translation>invalid birth date (after 1900 and not in the future).</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62"/>
        <source>giới tính phải là Nam hoặc Nữ.</source>
        <translation>sex must be male or female.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63"/>
        <source>số điện thoại không hợp lệ</source>
        <translation>invalid phone number</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64"/>
        <source>địa chỉ thư điện tử không hợp lệ</source>
        <translation>invalid email address</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65"/>
        <source>địa chỉ dài quá 1000 ký tự.</source>
        <translation>the address is longer than 1000 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66"/>
        <source>Số định danh không khớp với năm sinh: kiểm tra lại số CCCD hoặc ngày sinh.</source>
        <translation>The ID number does not match the birth year: check the CCCD number or the birth date.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68"/>
        <source>Số định danh không khớp với giới tính: kiểm tra lại.</source>
        <translation>The ID number does not match the sex: check it.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69"/>
        <source>tên đăng nhập 3–40 ký tự: chữ thường không dấu, số, . _ -</source>
        <translation>user name of 3–40 characters: lower-case letters without accents, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70"/>
        <source>thiếu họ và tên.</source>
        <translation>the full name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71"/>
        <source>mật khẩu phải có ít nhất 8 ký tự.</source>
        <translation>the password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72"/>
        <source>thiếu tên cơ quan.</source>
        <translation>the agency&apos;s name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73"/>
        <source>thiếu tên máy trạm (ví dụ: Quầy 1).</source>
        <translation>the workstation&apos;s name is missing (for example: Counter 1).</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74"/>
        <source>cần số trang của bản cần chứng thực để tính phí.</source>
        <translation>the number of pages of the copy to certify is needed to compute the fee.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75"/>
        <source>thiếu giấy tờ bắt buộc</source>
        <translation>required papers missing</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="15"/>
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="16"/>
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="17"/>
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="18"/>
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="19"/>
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="20"/>
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="21"/>
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="45"/>
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="46"/>
        <source>%1 ngày làm việc</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="47"/>
        <source>%1 giờ làm việc</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62"/>
        <source>cần dạng ngày/tháng/năm, ví dụ 05/09/1990.</source>
        <translation>use day/month/year, e.g. 05/09/1990.</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69"/>
        <source>ngày này không có thật.</source>
        <translation>this date does not exist.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/detail/history.py" line="17"/>
        <source>Tiếp nhận hồ sơ</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/detail/history.py" line="21"/>
        <source>hẹn trả</source>
        <translation>appointment</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../ui/detail/steps.py" line="13"/>
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Receipt and appointment slip</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="14"/>
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Request to complete the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="15"/>
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
        <translation>Refusal of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="16"/>
        <source>Văn bản xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new appointment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="17"/>
        <source>Thông báo dừng giải quyết hồ sơ</source>
        <translation>Notice of stopping</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="18"/>
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
        <translation>Process control slip</translation>
    </message>
</context>
</TS>
