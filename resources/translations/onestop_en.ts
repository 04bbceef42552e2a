<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccountsScreen</name>
    <message>
        <location filename="../../ui/accounts_screen.py" line="41" />
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="43" />
        <location filename="../../ui/accounts_screen.py" line="73" />
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="43" />
        <location filename="../../ui/accounts_screen.py" line="74" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="44" />
        <location filename="../../ui/accounts_screen.py" line="75" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="44" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="45" />
        <source>Đăng nhập gần nhất</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="56" />
        <source>Khoá / mở khoá tài khoản</source>
        <translation>Disable / enable account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="64" />
        <source>Thêm tài khoản / đặt lại mật khẩu</source>
        <translation>Add an account / reset a password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="76" />
        <source>Mật khẩu (ít nhất 8 ký tự)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="80" />
        <source>Tạo tài khoản</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="85" />
        <source>Đặt lại mật khẩu cho tài khoản đang chọn</source>
        <translation>Reset the password of the selected account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="100" />
        <source>Đang dùng</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="100" />
        <source>Đã khoá</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="114" />
        <source>Đang lưu…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="131" />
        <source>Đã tạo tài khoản.</source>
        <translation>Account created.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="136" />
        <location filename="../../ui/accounts_screen.py" line="146" />
        <source>Chọn một tài khoản trong danh sách.</source>
        <translation>Select an account in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="141" />
        <source>Đã đặt lại mật khẩu.</source>
        <translation>Password reset.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="149" />
        <source>Không tự khoá tài khoản đang đăng nhập.</source>
        <translation>You cannot disable the account you are logged in with.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts_screen.py" line="153" />
        <source>Đã cập nhật.</source>
        <translation>Updated.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="40" />
        <source>Rất không hài lòng</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="41" />
        <source>Không hài lòng</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="42" />
        <source>Bình thường</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="43" />
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="44" />
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="79" />
        <source>Ghi rõ lý do (mỗi lý do một dòng)</source>
        <translation>State the reason (one reason per line)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="81" />
        <source>Lý do *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="92" />
        <source>Giấy tờ cần bổ sung, hoàn thiện</source>
        <translation>Documents to bring or correct</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="96" />
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="97" />
        <source>Hẹn trả cũ</source>
        <translation>Previous appointment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="98" />
        <source>Hẹn trả mới (17:00 ngày) *</source>
        <translation>New appointment (17:00 on) *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="109" />
        <source>Mức hài lòng của công dân (phím 1–5)</source>
        <translation>Citizen's satisfaction (keys 1–5)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="113" />
        <source>Người nhận kết quả</source>
        <translation>Result collected by</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="117" />
        <source>Chủ tịch</source>
        <translation>Chairman</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="119" />
        <source>Chức vụ người ký văn bản</source>
        <translation>Signer's position</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="120" />
        <source>Họ tên người ký *</source>
        <translation>Signer's full name *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="125" />
        <source>Tôi xác nhận «%1»: hồ sơ kết thúc, không hoàn tác được.</source>
        <translation>I confirm “%1”: the dossier ends and this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="133" />
        <source>Xác nhận (Ctrl+Enter)</source>
        <translation>Confirm (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="135" />
        <source>Huỷ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="146" />
        <source>Mời công dân đánh giá trên màn hình của công dân (phím 1–5 hoặc chạm).</source>
        <translation>Ask the citizen to rate on the citizen screen (keys 1–5 or touch).</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="153" />
        <source>Công dân đã đánh giá: %1 — %2.</source>
        <translation>The citizen rated: %1 — %2.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="179" />
        <source>Hẹn trả mới: </source>
        <translation>New appointment: </translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="182" />
        <source>Nhập ngày hẹn trả mới, ví dụ </source>
        <translation>Enter the new appointment date, e.g. </translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="187" />
        <source>Người được ủy quyền: nhập %1.</source>
        <translation>Authorised person: enter the %1.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="191" />
        <source>Nhập họ tên người ký văn bản.</source>
        <translation>Enter the signer's full name.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/action_dialog.py" line="194" />
        <source>Bước này không hoàn tác được: đánh dấu ô xác nhận (phím cách) rồi bấm Xác nhận.</source>
        <translation>This step cannot be undone: tick the confirmation box (Space), then Confirm.</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../../ui/statusbar.py" line="36" />
        <source>Đồng bộ ngay (F9)</source>
        <translation>Sync now (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="37" />
        <source>Gửi hồ sơ chờ đồng bộ và nhận cập nhật từ trung tâm</source>
        <translation>Send the dossiers waiting to sync and receive updates from the central system</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="84" />
        <source>Chờ đồng bộ: %1</source>
        <translation>Waiting to sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="89" />
        <source>Máy trạm chưa đăng ký với hệ thống trung tâm: làm việc ngoại tuyến, hồ sơ chờ đồng bộ.</source>
        <translation>This workstation is not enrolled with the central system: working offline, dossiers wait to sync.</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="92" />
        <source>Chưa kết nối trung tâm</source>
        <translation>Not connected to the centre</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="117" />
        <source>Thẻ: không có PC/SC</source>
        <translation>Card: no PC/SC</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="119" />
        <source>Thẻ: chưa cắm đầu đọc</source>
        <translation>Card: no reader</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="121" />
        <source>Thẻ: có thẻ</source>
        <translation>Card: present</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="123" />
        <source>Thẻ: chưa có thẻ</source>
        <translation>Card: none</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="125" />
        <source> (ảo)</source>
        <translation> (virtual)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="127" />
        <source>Đầu đọc thẻ căn cước</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="128" />
        <source> ảo (demo)</source>
        <translation>, virtual (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="94" />
        <source>● Trực tuyến</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/statusbar.py" line="96" />
        <source>○ Ngoại tuyến</source>
        <translation>○ Offline</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="24" />
        <source>CCCD / Căn cước</source>
        <translation>Citizen ID card (CCCD)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="25" />
        <source>Hộ chiếu</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="26" />
        <source>Giấy tờ khác</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="50" />
        <source>12 chữ số</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="51" />
        <source>Họ, chữ đệm và tên</source>
        <translation>Family, middle and given name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="52" />
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="55" />
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="56" />
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="57" />
        <source>Nơi thường trú / nơi ở hiện tại</source>
        <translation>Permanent or current residence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="58" />
        <source>ví dụ 0912 345 678</source>
        <translation>e.g. 0912 345 678</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="61" />
        <source>Loại giấy tờ</source>
        <translation>ID document</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="62" />
        <source>Số giấy tờ *</source>
        <translation>Document number *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="64" />
        <source>Họ và tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="65" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="66" />
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="67" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="68" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="69" />
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>AttachmentSigning</name>
    <message>
        <location filename="../../ui/detail/signing.py" line="97" />
        <source>Chỉ ký số được tệp PDF: hãy chọn bản quét PDF hoặc tệp kết quả PDF.</source>
        <translation>Only PDF files can be signed: choose a PDF scan or a PDF result.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/signing.py" line="126" />
        <source>Đang ký số…</source>
        <translation>Signing…</translation>
    </message>
</context>
<context>
    <name>BatchExport</name>
    <message>
        <location filename="../../ui/day/export.py" line="23" />
        <source>Xuất tệp lô ra USB… (Ctrl+Shift+E)</source>
        <translation>Export batch to USB… (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../ui/day/export.py" line="38" />
        <source>Chọn thư mục (USB) để ghi tệp lô</source>
        <translation>Choose the folder (USB stick) for the batch file</translation>
    </message>
    <message>
        <location filename="../../ui/day/export.py" line="51" />
        <source>Đang xuất tệp lô…</source>
        <translation>Exporting the batch file…</translation>
    </message>
    <message>
        <location filename="../../ui/day/export.py" line="57" />
        <source>Đã ghi %1 (%2 thông điệp, %3 hồ sơ) và bản tóm tắt %4 để đối chiếu.</source>
        <translation>Wrote %1 (%2 messages, %3 dossiers) and the summary %4 to check it against.</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="63" />
        <location filename="../../ui/intake/card_panel.py" line="220" />
        <source>Ảnh</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="72" />
        <source>Mã QR (F7): quét mã QR trên thẻ vào đây</source>
        <translation>QR code (F7): scan the QR code of the card here</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="75" />
        <source>Hạn thẻ (khi chưa quét QR): ngày/tháng/năm</source>
        <translation>Card expiry (without a QR scan): dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="77" />
        <source>Ngày hết hạn in trên thẻ: chỉ cần khi chip không có PACE và chưa quét QR (với số định danh 12 số, F6 thử mã CAN trước)</source>
        <translation>Expiry date printed on the card: needed only when the chip has no PACE and the QR code was not scanned (with a 12-digit ID number, F6 tries the CAN first)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="80" />
        <source>Đọc chip (F6)</source>
        <translation>Read chip (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="84" />
        <source>Quét QR thẻ mẫu (demo)</source>
        <translation>Scan the sample card QR (demo)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="104" />
        <source>Máy này chưa có dịch vụ đọc thẻ (PC/SC).</source>
        <translation>This PC has no card reading service (PC/SC).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="128" />
        <source>Điền từ mã QR trên thẻ (chưa đối chiếu chip).</source>
        <translation>Filled from the QR code of the card (chip not checked).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="138" />
        <source>Hạn thẻ: </source>
        <translation>Card expiry: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="153" />
        <source>Đang đọc chip… giữ thẻ trên đầu đọc.</source>
        <translation>Reading the chip… keep the card on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="191" />
        <source>Không hiển thị được ảnh</source>
        <translation>The photo cannot be shown</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="192" />
        <source>Thẻ không có ảnh</source>
        <translation>The card has no photo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="201" />
        <source>✔ Chip xác thực: dữ liệu được ký hợp lệ</source>
        <translation>✔ Chip verified: the data carries a valid signature</translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="204" />
        <source>✖ CẢNH BÁO: dữ liệu chip không hợp lệ: </source>
        <translation>✖ WARNING: the chip data is NOT valid: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/card_panel.py" line="207" />
        <source>⚠ Chưa xác thực được chữ ký chip: </source>
        <translation>⚠ The chip signature could not be verified: </translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../ui/intake/case_panel.py" line="23" />
        <source>Trường hợp:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_panel.py" line="28" />
        <source>Miễn phí:</source>
        <translation>Fee exemption:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_panel.py" line="52" />
        <source>Không thuộc nhóm được miễn</source>
        <translation>Not in an exempt group</translation>
    </message>
    <message>
        <location filename="../../ui/intake/case_panel.py" line="87" />
        <source>Miễn phí: %1</source>
        <translation>Exempt: %1</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="56" />
        <source>Danh mục thủ tục hành chính</source>
        <translation>Procedure catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="58" />
        <source>Tìm theo tên hoặc mã, có dấu hay không dấu</source>
        <translation>Search by name or code, accents optional</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="74" />
        <source>Thêm thủ tục (Ctrl+Shift+A)</source>
        <translation>Add procedure (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="77" />
        <source>Sửa (phiên bản mới)</source>
        <translation>Edit (new version)</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="79" />
        <location filename="../../ui/catalogue/screen.py" line="153" />
        <source>Ngừng áp dụng</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="113" />
        <source>Không có thủ tục nào.</source>
        <translation>No procedure.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="131" />
        <source>Đang lưu thủ tục…</source>
        <translation>Saving the procedure…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="138" />
        <source>Đã lưu %1 phiên bản %2.</source>
        <translation>Saved %1 version %2.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="154" />
        <source>Ngừng tiếp nhận hồ sơ mới của thủ tục %1? Hồ sơ đã nhận vẫn giữ thủ tục này.</source>
        <translation>Stop receiving new dossiers of %1? Dossiers already received keep it.</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="166" />
        <source>Đang ngừng áp dụng…</source>
        <translation>Retiring…</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/screen.py" line="170" />
        <source>Đã ngừng áp dụng %1.</source>
        <translation>Retired %1.</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../ui/intake/checklist.py" line="30" />
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="30" />
        <source>Giấy tờ (* bắt buộc)</source>
        <translation>Document (* required)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="30" />
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="31" />
        <source>Bản sao</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="31" />
        <source>Số hoá (F8)</source>
        <translation>Digitised (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="90" />
        <source>%1 trang</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="91" />
        <source>Đã quét; lưu vào hồ sơ khi tiếp nhận</source>
        <translation>Scanned; stored with the dossier when it is received</translation>
    </message>
    <message>
        <location filename="../../ui/intake/checklist.py" line="93" />
        <source>Dùng lại</source>
        <translation>Reused</translation>
    </message>
</context>
<context>
    <name>CitizenWindow</name>
    <message>
        <location filename="../../ui/citizen/window.py" line="45" />
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="46" />
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="47" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="48" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="49" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="50" />
        <source>Phí, lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="51" />
        <source>Hẹn trả kết quả</source>
        <translation>Result due</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="70" />
        <source>Màn hình công dân</source>
        <translation>Citizen screen</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="99" />
        <source>Xin kính chào ông/bà</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="112" />
        <source>Thông tin đang ghi nhận — xin ông/bà kiểm tra, báo ngay nếu có chỗ sai</source>
        <translation>What is being recorded — please check it and say at once if anything is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="126" />
        <source>Giấy tờ đã nộp</source>
        <translation>Papers handed in</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="142" />
        <source>Nộp phí, lệ phí bằng chuyển khoản</source>
        <translation>Pay the fee by bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="154" />
        <source>Ông/bà có hài lòng với việc giải quyết hồ sơ không?</source>
        <translation>Are you satisfied with how your dossier was handled?</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="158" />
        <source>Chạm vào một ô, hoặc bấm phím 1 đến 5.</source>
        <translation>Touch a box, or press a key from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="173" />
        <source>Xin cảm ơn ông/bà!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="199" />
        <source>Quét mã bằng ứng dụng ngân hàng. Nội dung chuyển khoản: mã hồ sơ &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Scan the code with your banking app. Transfer description: dossier code &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/citizen/window.py" line="202" />
        <source>Hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Result due: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>CollectorBox</name>
    <message>
        <location filename="../../ui/detail/collector.py" line="16" />
        <source>Người nộp hồ sơ: %1</source>
        <translation>The applicant: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="17" />
        <source>Người được ủy quyền</source>
        <translation>An authorised person</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="30" />
        <source>ví dụ: Giấy ủy quyền số 12/UQ ngày 01/12/2026</source>
        <translation>e.g. Power of attorney no. 12/UQ of 01/12/2026</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="31" />
        <source>Họ tên *</source>
        <translation>Full name *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="32" />
        <source>Số CCCD/giấy tờ *</source>
        <translation>ID card / document no. *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="33" />
        <source>Giấy ủy quyền *</source>
        <translation>Power of attorney *</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="53" />
        <source>họ tên</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="54" />
        <source>số giấy tờ</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../ui/detail/collector.py" line="55" />
        <source>giấy ủy quyền</source>
        <translation>power of attorney</translation>
    </message>
</context>
<context>
    <name>ConfirmPaymentDialog</name>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="50" />
        <source>Xác nhận đã nộp phí — %1</source>
        <translation>Confirm the fee was paid — %1</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="53" />
        <source>Hồ sơ &lt;b&gt;%1&lt;/b&gt;: phí, lệ phí &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Chỉ xác nhận khi đã nhận được tiền (đã thấy tiền vào tài khoản nếu chuyển khoản).</source>
        <translation>Dossier &lt;b&gt;%1&lt;/b&gt;: fee &lt;b&gt;%2&lt;/b&gt;.&lt;br&gt;Confirm only once the money is in (seen on the account for a transfer).</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="64" />
        <source>Hình thức nộp</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="67" />
        <source>Mã giao dịch ngân hàng / số biên lai</source>
        <translation>Bank transaction reference / receipt number</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="68" />
        <source>Số tham chiếu</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="70" />
        <source>giờ:phút ngày/tháng/năm</source>
        <translation>hh:mm dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="71" />
        <source>Thời điểm nộp</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="78" />
        <source>Xác nhận đã nhận tiền (Ctrl+Enter)</source>
        <translation>Confirm money received (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="80" />
        <source>Huỷ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="94" />
        <source>Thời điểm nộp: cần dạng giờ:phút ngày/tháng/năm, ví dụ 09:30 02/03/2026.</source>
        <translation>Paid at: use hh:mm dd/mm/yyyy, e.g. 09:30 02/03/2026.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/confirm_dialog.py" line="102" />
        <source>Đang ghi nhận khoản nộp…</source>
        <translation>Recording the payment…</translation>
    </message>
</context>
<context>
    <name>DayScreen</name>
    <message>
        <location filename="../../ui/day/screen.py" line="97" />
        <source>Hồ sơ tiếp nhận trong ngày</source>
        <translation>Dossiers received that day</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="97" />
        <source>Hồ sơ giải quyết xong</source>
        <translation>Dossiers finished</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="98" />
        <source>Tỷ lệ đúng hạn</source>
        <translation>On-time rate</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="98" />
        <source>Tỷ lệ số hoá giấy tờ</source>
        <translation>Documents digitised</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="99" />
        <source>Hồ sơ đang quá hạn</source>
        <translation>Dossiers overdue now</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="105" />
        <source>Cảnh báo sớm (cả cơ quan):</source>
        <translation>Early warning (whole agency):</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="111" />
        <location filename="../../ui/day/screen.py" line="117" />
        <location filename="../../ui/day/screen.py" line="132" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="111" />
        <location filename="../../ui/day/screen.py" line="112" />
        <source>Số hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="112" />
        <location filename="../../ui/day/screen.py" line="118" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="117" />
        <location filename="../../ui/day/screen.py" line="128" />
        <location filename="../../ui/day/screen.py" line="132" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="117" />
        <location filename="../../ui/day/screen.py" line="132" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="118" />
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="126" />
        <source>Hồ sơ trong ngày (cần duyệt)</source>
        <translation>The day's dossiers (to review)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="127" />
        <source>Hồ sơ quá hạn</source>
        <translation>Overdue dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="128" />
        <source>Lý do trung tâm từ chối</source>
        <translation>The central system's reason</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="129" />
        <source>Loại thông điệp</source>
        <translation>Message kind</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="131" />
        <source>Bị trung tâm từ chối</source>
        <translation>Refused by the central system</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="133" />
        <source>Phí, lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="133" />
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="135" />
        <source>Phí chưa thu</source>
        <translation>Unpaid fees</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="136" />
        <source>Nhập sao kê ngân hàng… (Ctrl+Shift+I)</source>
        <translation>Import a bank statement… (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="146" />
        <source>Thủ tục ngoài danh mục (%1)</source>
        <translation>Unlisted procedures (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="147" />
        <source>Thủ tục ngoài danh mục</source>
        <translation>Unlisted procedures</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="154" />
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="155" />
        <source>◀ (Alt+←)</source>
        <translation>◀ (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="162" />
        <source>(Alt+→) ▶</source>
        <translation>(Alt+→) ▶</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="168" />
        <source>Duyệt ngày và ký bản kê (Ctrl+Shift+D)</source>
        <translation>Approve the day and sign its manifest (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="197" />
        <source>Đang tổng hợp…</source>
        <translation>Summing up…</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="215" />
        <source>Hồ sơ quá hạn (%1)</source>
        <translation>Overdue dossiers (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="225" />
        <source>Bị trung tâm từ chối (%1)</source>
        <translation>Refused by the central system (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="237" />
        <source>Phí chưa thu (%1: %2)</source>
        <translation>Unpaid fees (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="261" />
        <source>Đã duyệt bởi %1 lúc %2 (%3 hồ sơ).</source>
        <translation>Approved by %1 at %2 (%3 dossiers).</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="265" />
        <source>%1 hồ sơ tiếp nhận sau khi duyệt: cần duyệt lại.</source>
        <translation>%1 dossier(s) received after the approval: approve the day again.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="268" />
        <source>Ngày chưa đến.</source>
        <translation>This day has not come yet.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="270" />
        <source>Chưa duyệt.</source>
        <translation>Not approved yet.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="272" />
        <source>Ngày nghỉ</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="276" />
        <source>Ngày trước chưa duyệt: </source>
        <translation>Earlier days not approved: </translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="284" />
        <source>Duyệt ngày</source>
        <translation>Approve the day</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="285" />
        <source>Duyệt %1 hồ sơ của ngày %2? Sau khi duyệt, bản kê của ngày được ký và chờ gửi lên hệ thống trung tâm.</source>
        <translation>Approve the %1 dossiers of %2? Once approved, the day's manifest is signed and waits to be sent to the central system.</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="290" />
        <source>Duyệt</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="291" />
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="301" />
        <source>Đang duyệt ngày…</source>
        <translation>Approving the day…</translation>
    </message>
    <message>
        <location filename="../../ui/day/screen.py" line="307" />
        <source>Đã duyệt ngày %1: %2 hồ sơ.</source>
        <translation>Approved %1: %2 dossiers.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../../ui/desk/screen.py" line="42" />
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="43" />
        <source>7 ngày qua</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="44" />
        <source>Tất cả</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="105" />
        <source>Tìm (Ctrl+F): mã hồ sơ hoặc số cuối của mã, số định danh, tên người nộp</source>
        <translation>Search (Ctrl+F): dossier code or its last digits, ID number, applicant's name</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="106" />
        <source>Tên không cần dấu. ↓ hoặc Enter: xuống danh sách.</source>
        <translation>Names without accents are found too. ↓ or Enter: to the list.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="117" />
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="122" />
        <source>Mọi kênh</source>
        <translation>Any channel</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="133" />
        <source>Mọi thủ tục</source>
        <translation>Any procedure</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="140" />
        <source>Chỉ xem:</source>
        <translation>Show only:</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="141" />
        <source>Tôi tiếp nhận</source>
        <translation>Received by me</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="144" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="145" />
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="146" />
        <source>Sắp đến hạn, trong</source>
        <translation>Due soon, within</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="150" />
        <source> ngày</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="213" />
        <source>Đang tải…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="216" />
        <source>Tìm kiếm và lọc theo hạn xem hồ sơ của mọi ngày.</source>
        <translation>Searches and deadline filters look at dossiers of every day.</translation>
    </message>
    <message>
        <location filename="../../ui/desk/screen.py" line="221" />
        <source>%1 hồ sơ</source>
        <translation>%1 dossiers</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../ui/detail/screen.py" line="51" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="52" />
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="54" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="55" />
        <source>Trong hạn</source>
        <translation>On track</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="56" />
        <source>Giải quyết đúng hạn</source>
        <translation>Settled on time</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="59" />
        <source>Giải quyết trễ hạn</source>
        <translation>Settled late</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="94" />
        <source>← Quay lại (Esc)</source>
        <translation>← Back (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="118" />
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="121" />
        <source>Giấy tờ</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="121" />
        <source>Bản chính</source>
        <translation>Originals</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="121" />
        <source>Bản sao</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="121" />
        <source>Đã nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="122" />
        <source>Số hoá (F8, Ctrl+U)</source>
        <translation>Digitised (F8, Ctrl+U)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="131" />
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="133" />
        <source>Thêm bản quét / ảnh… (Ctrl+O)</source>
        <translation>Add a scan / photo… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="138" />
        <source>Ký số tệp đã chọn… (Ctrl+K)</source>
        <translation>Sign the selected file… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="158" />
        <source>Bước tiếp theo</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="166" />
        <source>In lại giấy hẹn (mẫu 01)</source>
        <translation>Reprint the receipt (form 01)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="168" />
        <source>In phiếu kiểm soát (mẫu 06)</source>
        <translation>Print the control slip (form 06)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="173" />
        <source>Xác nhận đã nộp phí… (Ctrl+T)</source>
        <translation>Confirm the fee was paid… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="182" />
        <source>Quá trình xử lý</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="197" />
        <source>Đang mở hồ sơ…</source>
        <translation>Opening the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="236" />
        <source> — đã thu</source>
        <translation> — paid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="236" />
        <source> — chưa thu</source>
        <translation> — not paid</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="240" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="241" />
        <source>Số giấy tờ</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="242" />
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="243" />
        <source>Địa chỉ</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="244" />
        <source>Điện thoại</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="245" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="246" />
        <source>Kênh</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="247" />
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="248" />
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="249" />
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="252" />
        <source>Mức hài lòng</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="255" />
        <source>Người nhận kết quả</source>
        <translation>Result collected by</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="268" />
        <source>người nộp hồ sơ</source>
        <translation>the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="269" />
        <source>%1 (được ủy quyền; giấy tờ %2; %3)</source>
        <translation>%1 (authorised; document %2; %3)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="278" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="278" />
        <source>Chưa</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="295" />
        <source>Chưa có tệp nào.</source>
        <translation>No file yet.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="313" />
        <source>Phím tắt: Alt+số thứ tự của bước.</source>
        <translation>Shortcut: Alt + the step's number.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="315" />
        <source>Vai trò của bạn không thực hiện được bước nào ở trạng thái này.</source>
        <translation>Your role cannot take any step in this status.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="318" />
        <source>Hồ sơ đã kết thúc: không còn bước nào.</source>
        <translation>The dossier is finished: no step is left.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="346" />
        <source>Đang cập nhật hồ sơ…</source>
        <translation>Updating the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="359" />
        <source>Đã cập nhật hồ sơ nhưng chưa in được mẫu: </source>
        <translation>The dossier was updated but its form could not be printed: </translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="388" />
        <source>Đang tạo mẫu in…</source>
        <translation>Making the form…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="401" />
        <source>Chọn bản quét hoặc ảnh</source>
        <translation>Choose a scan or photo</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="402" />
        <source>Bản quét, ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Scans, photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="410" />
        <source>Không đọc được tệp %1: </source>
        <translation>Cannot read the file %1: </translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="420" />
        <source>Đang lưu tệp…</source>
        <translation>Saving the file…</translation>
    </message>
    <message>
        <location filename="../../ui/detail/screen.py" line="449" />
        <source>Chọn một tệp đính kèm trong danh sách để ký số.</source>
        <translation>Choose an attachment in the list to sign.</translation>
    </message>
</context>
<context>
    <name>DocumentDigitising</name>
    <message>
        <location filename="../../ui/detail/digitising.py" line="32" />
        <source>Đã quét</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <location filename="../../ui/detail/digitising.py" line="34" />
        <source>Dùng lại: %1</source>
        <translation>Reused: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/digitising.py" line="50" />
        <source>Máy này chưa có máy quét.</source>
        <translation>This computer has no scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/detail/digitising.py" line="82" />
        <source>Đang lưu bản quét…</source>
        <translation>Saving the scan…</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../ui/desk/model.py" line="29" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="30" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="31" />
        <source>Số định danh</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="32" />
        <source>Thủ tục</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="33" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="34" />
        <source>Tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="35" />
        <source>Hẹn trả</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="36" />
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="41" />
        <source>Quá hạn</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="42" />
        <source>Đến hạn hôm nay</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/desk/model.py" line="43" />
        <source>Sắp đến hạn</source>
        <translation>Due soon</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="50" />
        <source>Kết nối với hệ thống trung tâm</source>
        <translation>Connect to the central system</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="58" />
        <source>Địa chỉ máy chủ trung tâm</source>
        <translation>Central server address</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="60" />
        <source>mã đăng ký một lần do quản trị trung tâm cấp</source>
        <translation>one-time enrolment code from the central administrator</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="61" />
        <source>Mã đăng ký</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="64" />
        <source>không bắt buộc: tệp PEM chứng chỉ của máy chủ</source>
        <translation>optional: the server's certificate as a PEM file</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="66" />
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="69" />
        <source>Chứng chỉ ghim</source>
        <translation>Pinned certificate</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="75" />
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="77" />
        <source>Đăng ký máy trạm</source>
        <translation>Enrol the workstation</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="94" />
        <source>Máy trạm đã đăng ký với %1. Đăng ký lại sẽ thay thông tin kết nối.</source>
        <translation>This workstation is enrolled with %1. Enrolling again replaces the connection details.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="96" />
        <source>Máy trạm chưa đăng ký: hồ sơ được lưu tại máy và chờ đồng bộ.</source>
        <translation>This workstation is not enrolled: dossiers are kept here and wait to sync.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="104" />
        <source>Chọn chứng chỉ của máy chủ trung tâm</source>
        <translation>Choose the central server's certificate</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="105" />
        <source>Chứng chỉ PEM (*.pem *.crt);;Mọi tệp (*)</source>
        <translation>PEM certificates (*.pem *.crt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="115" />
        <source>Hãy nhập mã đăng ký do quản trị trung tâm cấp.</source>
        <translation>Enter the enrolment code given by the central administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="117" />
        <source>Không tìm thấy tệp chứng chỉ ghim: %1</source>
        <translation>Pinned certificate file not found: %1</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="129" />
        <source>Đang liên hệ máy chủ trung tâm…</source>
        <translation>Contacting the central server…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/enrol_dialog.py" line="133" />
        <source>Đang đăng ký máy trạm…</source>
        <translation>Enrolling the workstation…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../ui/errors.py" line="33" />
        <source>Thông báo lỗi</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48" />
        <source>Sao chép chi tiết</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50" />
        <source>Xem chi tiết</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="54" />
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62" />
        <source>Đã sao chép</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../ui/errors.py" line="82" />
        <source>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu không bị ảnh hưởng. Hãy sao chép chi tiết và gửi cho bộ phận hỗ trợ.</source>
        <translation>An unexpected error happened. Saved data is not affected. Please copy the details and send them to support.</translation>
    </message>
</context>
<context>
    <name>FeePanel</name>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="30" />
        <source>Tiền mặt</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="31" />
        <source>Chuyển khoản</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="32" />
        <source>Thẻ</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="54" />
        <source>Số trang mỗi bản</source>
        <translation>Pages per copy</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="55" />
        <source>Số bản cần chứng thực</source>
        <translation>Copies to certify</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="56" />
        <source>Số bộ hồ sơ</source>
        <translation>Sets</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="64" />
        <source>Phí, lệ phí:</source>
        <translation>Fees:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="66" />
        <source>Đã thu tiền</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="80" />
        <source>Hẹn trả:</source>
        <translation>Appointment:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="122" />
        <source>— nhập số trang —</source>
        <translation>— enter the pages —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="124" />
        <source>Miễn phí (0 đ)</source>
        <translation>Free (0 đ)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="140" />
        <source>Sau khi tiếp nhận, công dân có thể quét mã VietQR để chuyển khoản (nội dung: mã hồ sơ).</source>
        <translation>Once received, the citizen can scan a VietQR code to pay by transfer (description: the dossier code).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="149" />
        <source>— chọn thủ tục để xem ngày hẹn —</source>
        <translation>— choose a procedure to see the appointment —</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="156" />
        <source>: nhận sau %1 nên trả vào ngày làm việc tiếp theo</source>
        <translation>: received after %1, so due the next working day</translation>
    </message>
    <message>
        <location filename="../../ui/intake/fee_panel.py" line="159" />
        <source>: nhận ngoài giờ làm việc nên trả vào ngày làm việc tiếp theo</source>
        <translation>: received outside working hours, so due the next working day</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <location filename="../../ui/firstrun.py" line="68" />
        <source>Thiết lập lần đầu</source>
        <translation>First-run set-up</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="70" />
        <source>Nhập thông tin cơ quan (mã theo QCVN 102, do tỉnh cấp), tên máy trạm này và tài khoản quản trị đầu tiên.</source>
        <translation>Enter the agency (QCVN 102 code, issued by the province), this workstation's name and the first administrator account.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="75" />
        <source>ví dụ: 000.00.12.H42</source>
        <translation>e.g. 000.00.12.H42</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="77" />
        <source>Cấp xã</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="78" />
        <source>Cấp tỉnh</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="79" />
        <source>ví dụ: Ủy ban nhân dân xã Tân Phú</source>
        <translation>e.g. Ủy ban nhân dân xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="80" />
        <source>ví dụ: Ủy ban nhân dân tỉnh Đồng Nai</source>
        <translation>e.g. Ủy ban nhân dân tỉnh Đồng Nai</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="81" />
        <source>ví dụ: Trung tâm Phục vụ hành chính công xã Tân Phú</source>
        <translation>e.g. Trung tâm Phục vụ hành chính công xã Tân Phú</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="82" />
        <source>ví dụ: Tân Phú</source>
        <translation>e.g. Tân Phú</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="83" />
        <source>ví dụ: Quầy 1</source>
        <translation>e.g. Quầy 1</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="84" />
        <source>ví dụ: quantri</source>
        <translation>e.g. quantri</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="89" />
        <source>Mã cơ quan (QCVN 102)</source>
        <translation>Agency code (QCVN 102)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="90" />
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="91" />
        <source>Tên cơ quan</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="92" />
        <source>Cơ quan chủ quản (in ở góc trái phiếu)</source>
        <translation>Parent authority (top left of the forms)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="93" />
        <source>Bộ phận tiếp nhận (in trên phiếu)</source>
        <translation>Receiving unit (printed on the forms)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="94" />
        <source>Địa danh (… ngày … tháng … năm)</source>
        <translation>Place name (for the date line)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="95" />
        <source>Tên máy trạm</source>
        <translation>Workstation name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="97" />
        <source>Tên đăng nhập quản trị</source>
        <translation>Administrator's user name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="98" />
        <source>Họ và tên quản trị viên</source>
        <translation>Administrator's full name</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="99" />
        <source>Mật khẩu (ít nhất 8 ký tự)</source>
        <translation>Password (at least 8 characters)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="100" />
        <source>Nhập lại mật khẩu</source>
        <translation>Repeat the password</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="114" />
        <source>Lưu và bắt đầu (Ctrl+Enter)</source>
        <translation>Save and start (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="143" />
        <source>Mật khẩu nhập lại không khớp.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/firstrun.py" line="170" />
        <source>Đang thiết lập…</source>
        <translation>Setting up…</translation>
    </message>
</context>
<context>
    <name>IntakeScreen</name>
    <message>
        <location filename="../../ui/intake/screen.py" line="58" />
        <source>Tại Bộ phận Một cửa</source>
        <translation>At the one-stop counter</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="59" />
        <source>Qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="109" />
        <source>3. Thành phần hồ sơ (Ctrl+G)</source>
        <translation>3. Documents (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="110" />
        <source>Nhận đủ giấy tờ bắt buộc (Ctrl+D)</source>
        <translation>All required papers received (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="112" />
        <source>Dấu cách (Space): đánh dấu từng giấy tờ đã nhận; F8: quét giấy tờ đang chọn; Ctrl+U: dùng lại dữ liệu điện tử sẵn có</source>
        <translation>Space: tick each document received; F8: scan the chosen document; Ctrl+U: reuse electronic data already held</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="127" />
        <source>2. Người nộp hồ sơ</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="137" />
        <source>4. Phí, lệ phí và hẹn trả</source>
        <translation>4. Fees and appointment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="141" />
        <source>Nhận kết quả:</source>
        <translation>Result delivered:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="147" />
        <source>Địa chỉ nhận qua bưu chính</source>
        <translation>Postal address for the result</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="162" />
        <source>Cơ quan giải quyết:</source>
        <translation>Handling agency:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="164" />
        <source>Cơ quan tiếp nhận (tại đây)</source>
        <translation>The receiving agency (here)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="180" />
        <source>Làm mới (Ctrl+N)</source>
        <translation>Clear (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="185" />
        <source>Tiếp nhận và in giấy hẹn (Ctrl+Enter)</source>
        <translation>Receive and print (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="221" />
        <source>đã nộp</source>
        <translation>paid</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="296" />
        <source>Công dân đã từng nộp hồ sơ ở đây: đã điền các ô còn trống từ lần trước — hỏi lại để xác nhận.</source>
        <translation>This citizen has filed here before: empty fields were filled from last time — ask to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="306" />
        <source>Chọn giấy tờ trong danh mục (mũi tên lên, xuống) rồi bấm F8 để quét.</source>
        <translation>Choose a document in the list (up and down arrows), then press F8 to scan it.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="316" />
        <source>Máy này chưa có máy quét.</source>
        <translation>This computer has no scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="358" />
        <source>Giấy tờ này đã được quét: bản quét sẽ được lưu vào hồ sơ.</source>
        <translation>This document was scanned: the scan will be stored with the dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="370" />
        <source>chọn thủ tục trước (Ctrl+F).</source>
        <translation>choose the procedure first (Ctrl+F).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="399" />
        <source>Đang lưu hồ sơ…</source>
        <translation>Saving the dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="406" />
        <source>Đã tiếp nhận hồ sơ &lt;a href='%1'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt;. Hẹn trả: &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Dossier &lt;a href='%1'&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/a&gt; received. Appointment: &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="419" />
        <source>Đang tạo giấy tiếp nhận…</source>
        <translation>Making the receipt…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="431" />
        <source>Đã xác nhận hồ sơ %1 nộp phí %2.</source>
        <translation>Confirmed: dossier %1 paid %2.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="435" />
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả — %1</source>
        <translation>Receipt and appointment slip — %1</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="463" />
        <source>Chưa tiếp nhận: </source>
        <translation>Not received: </translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="464" />
        <source>xem ô báo đỏ.</source>
        <translation>see the field marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="486" />
        <source>Làm mới</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="487" />
        <source>Xoá mọi thông tin đang nhập của hồ sơ này để tiếp nhận hồ sơ khác?</source>
        <translation>Clear everything typed for this dossier to receive another one?</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="490" />
        <source>Xoá (Ctrl+N)</source>
        <translation>Clear (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/screen.py" line="492" />
        <source>Giữ lại (Esc)</source>
        <translation>Keep (Esc)</translation>
    </message>
</context>
<context>
    <name>LoginScreen</name>
    <message>
        <location filename="../../ui/login.py" line="47" />
        <source>Bộ phận Một cửa — tiếp nhận hồ sơ</source>
        <translation>One-stop counter — dossier intake</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="51" />
        <source>ví dụ: canbo1</source>
        <translation>e.g. canbo1</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="55" />
        <source>Tên đăng nhập</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="56" />
        <source>Mật khẩu</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="63" />
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="67" />
        <source>Đăng nhập (Enter)</source>
        <translation>Log in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="79" />
        <source>&lt;b&gt;Chế độ demo&lt;/b&gt; — tài khoản mẫu (mật khẩu: &lt;b&gt;%1&lt;/b&gt;)</source>
        <translation>&lt;b&gt;Demo mode&lt;/b&gt; — sample accounts (password: &lt;b&gt;%1&lt;/b&gt;)</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="91" />
        <source>Nhập tên đăng nhập.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="99" />
        <source>Đang đăng nhập…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="139" />
        <source>Đang mở dữ liệu…</source>
        <translation>Opening the data…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Một cửa — tiếp nhận hồ sơ</source>
        <translation>One-stop counter — dossier intake</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Đã thiết lập xong. Đăng nhập bằng tài khoản quản trị.</source>
        <translation>Set-up done. Log in with the administrator account.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Không có thao tác: ứng dụng sẽ tự đăng xuất sau %1 giây. Nhấn một phím hoặc di chuột để tiếp tục; hồ sơ đang nhập dở được giữ lại cho lần đăng nhập sau.</source>
        <translation>No activity: the app will log out in %1 seconds. Press a key or move the mouse to carry on; a half-filled dossier is kept for your next login.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>Đã tự đăng xuất vì không thao tác trong một thời gian.</source>
        <translation>Logged out after a while without activity.</translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <location filename="../../ui/intake/notify_panel.py" line="25" />
        <source>Tin nhắn SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/intake/notify_panel.py" line="26" />
        <source>Thư điện tử</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/intake/notify_panel.py" line="27" />
        <source>Zalo</source>
        <translation>Zalo</translation>
    </message>
    <message>
        <location filename="../../ui/intake/notify_panel.py" line="40" />
        <source>Công dân đồng ý nhận thông báo khi có kết quả qua</source>
        <translation>The citizen agrees to be told when the result is ready, by</translation>
    </message>
    <message>
        <location filename="../../ui/intake/notify_panel.py" line="45" />
        <source>Số điện thoại hoặc địa chỉ thư</source>
        <translation>Phone number or e-mail address</translation>
    </message>
</context>
<context>
    <name>OfflineNotice</name>
    <message>
        <location filename="../../ui/offline_notice.py" line="37" />
        <source>Lý do cho phép tiếp nhận khi chưa đồng bộ</source>
        <translation>Reason for allowing intake without a sync</translation>
    </message>
    <message>
        <location filename="../../ui/offline_notice.py" line="39" />
        <source>Cho phép tiếp nhận tạm thời ({hours} giờ)</source>
        <translation>Allow intake for now ({hours} hours)</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../ui/intake/payment_panel.py" line="39" />
        <source>Xác nhận đã nhận tiền… (Ctrl+T)</source>
        <translation>Confirm the money was received… (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/payment_panel.py" line="53" />
        <source>Phí, lệ phí của hồ sơ &lt;b&gt;%1&lt;/b&gt; chưa nộp. Công dân có thể quét mã VietQR để chuyển khoản.</source>
        <translation>The fee of dossier &lt;b&gt;%1&lt;/b&gt; is unpaid. The citizen can scan the VietQR code to pay by transfer.</translation>
    </message>
</context>
<context>
    <name>PaymentQrView</name>
    <message>
        <location filename="../../ui/payments/qr_view.py" line="43" />
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nội dung: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Description: %2</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/detail/signing.py" line="51" />
        <source>Ký số bằng token của cơ quan</source>
        <translation>Sign with the agency's token</translation>
    </message>
    <message>
        <location filename="../../ui/detail/signing.py" line="53" />
        <source>Cắm token rồi nhập mã PIN để ký tệp «%1».</source>
        <translation>Plug in the token, then type its PIN to sign «%1».</translation>
    </message>
    <message>
        <location filename="../../ui/detail/signing.py" line="60" />
        <source>Mã PIN của token</source>
        <translation>The token's PIN</translation>
    </message>
    <message>
        <location filename="../../ui/detail/signing.py" line="64" />
        <source>Ký (Enter)</source>
        <translation>Sign (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/detail/signing.py" line="65" />
        <source>Huỷ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../ui/printing.py" line="143" />
        <source>Đang dựng bản xem trước…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="151" />
        <source>In (Ctrl+P)</source>
        <translation>Print (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="156" />
        <source>Lưu PDF… (Ctrl+S)</source>
        <translation>Save PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="159" />
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="113" />
        <source>Không gửi được tới máy in %1: kiểm tra máy in đã bật và được nối với máy này.</source>
        <translation>Could not send to the printer %1: check that it is on and connected to this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="185" />
        <location filename="../../ui/printing.py" line="199" />
        <source>Đang in…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="192" />
        <source>Đã gửi lệnh in.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="206" />
        <source>Lưu PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="215" />
        <source>Không lưu được tệp: </source>
        <translation>Cannot save the file: </translation>
    </message>
    <message>
        <location filename="../../ui/printing.py" line="217" />
        <source>Đã lưu: </source>
        <translation>Saved: </translation>
    </message>
</context>
<context>
    <name>ProcedureEditor</name>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="35" />
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="36" />
        <source>trong ngày</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="37" />
        <source>giờ làm việc</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="66" />
        <source>Sửa thủ tục</source>
        <translation>Edit procedure</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="66" />
        <source>Thêm thủ tục</source>
        <translation>Add procedure</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="81" />
        <source>như nộp trực tiếp</source>
        <translation>as in person</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="84" />
        <source>Mỗi dòng một giấy tờ; thêm “(nếu có)” ở cuối dòng giấy tờ không bắt buộc</source>
        <translation>One document per line; end a line with “(nếu có)” for an optional document</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="86" />
        <source>Mỗi dòng một văn bản</source>
        <translation>One legal text per line</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="90" />
        <source>Mã thủ tục *</source>
        <translation>Procedure code *</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="91" />
        <source>Tên thủ tục *</source>
        <translation>Procedure name *</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="92" />
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="93" />
        <source>Thời hạn giải quyết *</source>
        <translation>Processing time *</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="94" />
        <source>Phí, lệ phí nộp trực tiếp</source>
        <translation>Fee in person</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="95" />
        <source>Phí, lệ phí nộp trực tuyến</source>
        <translation>Fee online</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="96" />
        <source>Thành phần hồ sơ</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="97" />
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="98" />
        <source>Cơ quan giải quyết</source>
        <translation>Handling agency</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="102" />
        <source>Trường hợp</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="102" />
        <source>Ngày làm việc</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="102" />
        <source>Phí trực tiếp</source>
        <translation>Fee in person</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="103" />
        <source>Phí trực tuyến</source>
        <translation>Fee online</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="106" />
        <source>0: trong ngày; để trống: như thủ tục</source>
        <translation>0: same day; empty: as the procedure</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="114" />
        <source>Thêm trường hợp</source>
        <translation>Add case</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="116" />
        <source>Xoá trường hợp</source>
        <translation>Remove case</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="127" />
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/catalogue/editor.py" line="128" />
        <source>Huỷ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>ProcedurePicker</name>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="47" />
        <source>1. Thủ tục (Ctrl+F)</source>
        <translation>1. Procedure (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="50" />
        <source>Gõ tên hoặc mã thủ tục, có dấu hay không dấu: khai sinh, chung thuc…</source>
        <translation>Type the name or code, accents optional: khai sinh, chung thuc…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="101" />
        <source>Không tìm thấy — tiếp nhận thủ tục ngoài danh mục (Ctrl+M)</source>
        <translation>Not found — receive as a procedure not in the catalogue (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="152" />
        <source>Chưa chọn thủ tục.</source>
        <translation>No procedure chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="156" />
        <source>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;ngoài danh mục&lt;/b&gt;, lãnh đạo sẽ xem trong ngày</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — &lt;b&gt;not in the catalogue&lt;/b&gt;, the supervisor reviews it today</translation>
    </message>
    <message>
        <location filename="../../ui/intake/procedure_picker.py" line="159" />
        <source>phiên bản %1</source>
        <translation>version %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPrint</name>
    <message>
        <location filename="../../ui/intake/receipt_print.py" line="31" />
        <source>Máy này chưa có máy in mặc định: mở bản xem trước để chọn máy in.</source>
        <translation>This computer has no default printer: the preview opens so that you can choose one.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_print.py" line="38" />
        <source>Đã gửi giấy tiếp nhận tới máy in %1.</source>
        <translation>The receipt was sent to the printer %1.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/receipt_print.py" line="45" />
        <source>Đang in giấy tiếp nhận…</source>
        <translation>Printing the receipt…</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/reports/screen.py" line="39" />
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="40" />
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="41" />
        <source>Quý này</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="42" />
        <source>Năm nay</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="43" />
        <source>Tùy chọn</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="46" />
        <source>Xuất Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="47" />
        <source>Xuất PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="48" />
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="94" />
        <source>Báo cáo theo kỳ</source>
        <translation>Period report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="100" />
        <source>Từ</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="104" />
        <source>đến</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="110" />
        <source>Xem</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="127" />
        <source>Chỉ tiêu</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="127" />
        <source>Kỳ này</source>
        <translation>This period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="127" />
        <source>Kỳ trước</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="152" />
        <source>Cần nhập ngày đầu và ngày cuối kỳ (dd/mm/yyyy).</source>
        <translation>Enter the first and last day of the period (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="167" />
        <source>Đang tổng hợp…</source>
        <translation>Summing up…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="172" />
        <source>Kỳ này: %1 — kỳ trước: %2</source>
        <translation>This period: %1 — previous: %2</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="192" />
        <source>Lưu báo cáo</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="202" />
        <source>Đang ghi tệp…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="204" />
        <source>Đã lưu báo cáo: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>ReuseDialog</name>
    <message>
        <location filename="../../ui/scanning/reuse.py" line="24" />
        <source>Dùng lại dữ liệu điện tử</source>
        <translation>Reuse electronic data</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/reuse.py" line="26" />
        <source>“%1” lấy từ dữ liệu điện tử sẵn có (không cần quét). Nguồn:</source>
        <translation>“%1” is taken from electronic data already held (no scan needed). Source:</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/reuse.py" line="36" />
        <source>Để trống rồi Enter: bỏ đánh dấu dùng lại.</source>
        <translation>Leave empty and press Enter: no longer reused.</translation>
    </message>
</context>
<context>
    <name>ScanDialog</name>
    <message>
        <location filename="../../ui/scanning/preview.py" line="51" />
        <source>Màu</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="52" />
        <source>Thang xám</source>
        <translation>Greyscale</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="53" />
        <source>Đen trắng</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="54" />
        <source>Mặt kính</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="55" />
        <source>Khay nạp giấy (ADF)</source>
        <translation>Document feeder (ADF)</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="76" />
        <source>Quét giấy tờ: %1</source>
        <translation>Scan document: %1</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="111" />
        <source>Chế độ:</source>
        <translation>Mode:</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="117" />
        <source>Độ phân giải:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="124" />
        <source>Nguồn giấy:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="130" />
        <source>Máy quét:</source>
        <translation>Scanner:</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="143" />
        <source>Máy đầu tiên tìm thấy</source>
        <translation>The first one found</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="147" />
        <source>%1 (không thấy)</source>
        <translation>%1 (not found)</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="152" />
        <source>Quét (F8)</source>
        <translation>Scan (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="153" />
        <source>Quét lại trang (F5)</source>
        <translation>Scan page again (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="154" />
        <source>Xoay phải (Ctrl+R)</source>
        <translation>Turn right (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="155" />
        <source>Xoá trang (Delete)</source>
        <translation>Delete page (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="161" />
        <source>Xong (Enter)</source>
        <translation>Done (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="185" />
        <source>Máy này chưa có máy quét.</source>
        <translation>This computer has no scanner.</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="193" />
        <source>Đang quét…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="195" />
        <source>Máy quét đang bận với một lần quét khác.</source>
        <translation>The scanner is busy with another scan.</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="202" />
        <source>Đã quét %1 trang.</source>
        <translation>Scanned %1 pages.</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="284" />
        <source>Trang %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/scanning/preview.py" line="298" />
        <source>Đang quét: chờ quét xong rồi bấm Xong.</source>
        <translation>Scanning: wait until it ends, then press Done.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="27" />
        <source>Thiết lập của máy trạm</source>
        <translation>Workstation settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31" />
        <source>Giá trị do hệ thống trung tâm đặt (cấp cơ quan hoặc máy trạm) được ưu tiên hơn giá trị đặt trên máy này.</source>
        <translation>Values set by the central system (for the agency or this workstation) take precedence over values set on this PC.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>Thiết lập</source>
        <translation>Setting</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>Giá trị</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="35" />
        <source>Nguồn</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="43" />
        <source>Sao kê ngân hàng — %1</source>
        <translation>Bank statement — %1</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="46" />
        <source>Đang đọc sao kê…</source>
        <translation>Reading the statement…</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="51" />
        <source>Dòng</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="51" />
        <source>Kết quả</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="51" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="51" />
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="52" />
        <source>Thời điểm</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="52" />
        <source>Nội dung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="60" />
        <source>Đóng (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="61" />
        <source>Ghi nhận các khoản khớp</source>
        <translation>Record the matched payments</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="74" />
        <source>Đang đối chiếu sao kê…</source>
        <translation>Matching the statement…</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="82" />
        <source>Đang ghi nhận các khoản nộp…</source>
        <translation>Recording the payments…</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="93" />
        <source>đã ghi nhận</source>
        <translation>recorded</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="104" />
        <source>Đã ghi nhận %1 khoản nộp. %2.</source>
        <translation>%1 payment(s) recorded. %2.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="108" />
        <source>Chưa ghi nhận gì. %1 khoản khớp hồ sơ và số tiền; các dòng khác cần người xem. %2.</source>
        <translation>Nothing recorded yet. %1 transfer(s) match a dossier and its fee; the other rows need a person to look. %2.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="114" />
        <source>Chưa ghi nhận gì.</source>
        <translation>Nothing recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="119" />
        <source>Chọn sao kê ngân hàng (CSV hoặc Excel .xlsx)</source>
        <translation>Choose a bank statement (CSV or Excel .xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/payments/statement_dialog.py" line="122" />
        <source>Sao kê</source>
        <translation>Statement</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <location filename="../../ui/detail/sync_line.py" line="55" />
        <source>Đồng bộ: %1</source>
        <translation>Sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/detail/sync_line.py" line="59" />
        <source>Trung tâm từ chối: %1</source>
        <translation>Refused by the central system: %1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../ui/syncing/controller.py" line="97" />
        <source>Đã đăng ký máy trạm với hệ thống trung tâm.</source>
        <translation>The workstation is enrolled with the central system.</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="124" />
        <source>Máy trạm chưa đăng ký với hệ thống trung tâm. Quản trị viên đăng ký máy trạm bằng nút "Kết nối trung tâm…" (địa chỉ máy chủ và mã đăng ký một lần).</source>
        <translation>This workstation is not enrolled with the central system. An administrator enrols it with the "Central system…" button (server address and a one-time code).</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="128" />
        <source>Đang đồng bộ với hệ thống trung tâm…</source>
        <translation>Syncing with the central system…</translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="145" />
        <source>Chưa đồng bộ được: </source>
        <translation>Not synced: </translation>
    </message>
    <message>
        <location filename="../../ui/syncing/controller.py" line="160" />
        <source>Đồng bộ lúc %1: gửi %2, trung tâm xác nhận %3, bị từ chối %4; nhận về %5 mục; còn chờ %6.</source>
        <translation>Synced at %1: %2 sent, %3 acknowledged, %4 refused; %5 items received; %6 still waiting.</translation>
    </message>
</context>
<context>
    <name>UnlistedDialog</name>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="24" />
        <source>ngày làm việc</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="25" />
        <source>trong ngày</source>
        <translation>same day</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="26" />
        <source>giờ làm việc</source>
        <translation>working hours</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="34" />
        <source>Tiếp nhận thủ tục ngoài danh mục</source>
        <translation>Receive an unlisted procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="38" />
        <source>Hồ sơ được tiếp nhận và đánh dấu “ngoài danh mục” để lãnh đạo xem trong ngày và bổ sung thủ tục vào danh mục.</source>
        <translation>The dossier is received and flagged as unlisted for the supervisor to review today and add the procedure to the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="44" />
        <source>nếu biết, ví dụ 1.013225</source>
        <translation>if known, e.g. 1.013225</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="58" />
        <source>Mỗi dòng một giấy tờ đã nhận</source>
        <translation>One received document per line</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="61" />
        <source>Tên thủ tục *</source>
        <translation>Procedure name *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="62" />
        <source>Mã thủ tục</source>
        <translation>Procedure code</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="63" />
        <source>Thời hạn giải quyết *</source>
        <translation>Processing time *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="65" />
        <source>Phí, lệ phí</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="66" />
        <source>Giấy tờ đã nhận *</source>
        <translation>Documents received *</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="73" />
        <source>Dùng thủ tục này</source>
        <translation>Use this procedure</translation>
    </message>
    <message>
        <location filename="../../ui/intake/unlisted_dialog.py" line="75" />
        <source>Huỷ (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>UnlistedTab</name>
    <message>
        <location filename="../../ui/day/unlisted_tab.py" line="45" />
        <source>Mã hồ sơ</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/day/unlisted_tab.py" line="45" />
        <source>Thủ tục (đã gõ)</source>
        <translation>Procedure (as typed)</translation>
    </message>
    <message>
        <location filename="../../ui/day/unlisted_tab.py" line="46" />
        <source>Người nộp</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/day/unlisted_tab.py" line="46" />
        <source>Cán bộ</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/day/unlisted_tab.py" line="56" />
        <source>Thêm thủ tục vào danh mục…</source>
        <translation>Add the procedure to the catalogue…</translation>
    </message>
    <message>
        <location filename="../../ui/day/unlisted_tab.py" line="104" />
        <source>Đang lưu thủ tục…</source>
        <translation>Saving the procedure…</translation>
    </message>
    <message>
        <location filename="../../ui/day/unlisted_tab.py" line="111" />
        <source>Đã thêm %1 vào danh mục.</source>
        <translation>Added %1 to the catalogue.</translation>
    </message>
</context>
<context>
    <name>WarningBar</name>
    <message>
        <location filename="../../ui/warning_bar.py" line="13" />
        <source>Quá hạn: %1</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <location filename="../../ui/warning_bar.py" line="14" />
        <source>Đến hạn hôm nay: %1</source>
        <translation>Due today: %1</translation>
    </message>
    <message>
        <location filename="../../ui/warning_bar.py" line="15" />
        <source>Đến hạn trong %2 ngày tới: %1</source>
        <translation>Due within %2 days: %1</translation>
    </message>
    <message>
        <location filename="../../ui/warning_bar.py" line="48" />
        <source>Ẩn</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>WorkArea</name>
    <message>
        <location filename="../../ui/workarea.py" line="50" />
        <source>Cảnh báo hạn xử lý:</source>
        <translation>Deadline warnings:</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="63" />
        <source>Tiếp nhận hồ sơ</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="66" />
        <source>Danh sách hồ sơ</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="71" />
        <source>Ngày làm việc</source>
        <translation>Working day</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="76" />
        <source>Báo cáo</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="79" />
        <source>Tài khoản</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="83" />
        <source>Danh mục</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="100" />
        <source>Kết nối trung tâm…</source>
        <translation>Central system…</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="103" />
        <source>Thiết lập…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/workarea.py" line="108" />
        <source>Đăng xuất (Ctrl+L)</source>
        <translation>Log out (Ctrl+L)</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../ui/i18n.py" line="16" />
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="17" />
        <source>Đang xử lý</source>
        <translation>Processing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="18" />
        <source>Chờ bổ sung hồ sơ</source>
        <translation>Waiting for documents</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="19" />
        <source>Chờ thực hiện nghĩa vụ tài chính</source>
        <translation>Waiting for payment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="20" />
        <source>Dừng xử lý</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="21" />
        <source>Đã có kết quả</source>
        <translation>Result ready</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="22" />
        <source>Đã trả kết quả</source>
        <translation>Result returned</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="23" />
        <source>Từ chối giải quyết</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="24" />
        <source>Công dân rút hồ sơ</source>
        <translation>Withdrawn by the citizen</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="25" />
        <source>Chuyển xử lý</source>
        <translation>Send for processing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="26" />
        <source>Yêu cầu bổ sung hồ sơ</source>
        <translation>Request missing documents</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="27" />
        <source>Nhận hồ sơ bổ sung</source>
        <translation>Documents completed</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="28" />
        <source>Yêu cầu thực hiện nghĩa vụ tài chính</source>
        <translation>Request payment</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="29" />
        <source>Đã thực hiện nghĩa vụ tài chính</source>
        <translation>Payment made</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="30" />
        <source>Xin lỗi và gia hạn</source>
        <translation>Apologise and extend</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="31" />
        <source>Dừng giải quyết</source>
        <translation>Stop processing</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="32" />
        <source>Trả kết quả cho công dân</source>
        <translation>Return the result</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="33" />
        <source>Cán bộ tiếp nhận</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="34" />
        <source>Giám sát / lãnh đạo bộ phận</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="35" />
        <source>Tổ công nghệ số cộng đồng</source>
        <translation>Village digital team</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="36" />
        <source>Quản trị hệ thống</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="37" />
        <source>Trực tiếp tại quầy</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="38" />
        <source>Qua bưu chính</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="39" />
        <source>Chờ gửi</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="40" />
        <source>Đã gửi, chờ xác nhận</source>
        <translation>Sent, awaiting acknowledgement</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="41" />
        <source>Trung tâm đã nhận</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="42" />
        <source>Bị từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="48" />
        <source>Chứng thực</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="49" />
        <source>Hộ tịch</source>
        <translation>Civil status</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="50" />
        <source>Đăng ký, quản lý cư trú</source>
        <translation>Residence registration</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="55" />
        <source>thiếu họ và tên người nộp hồ sơ.</source>
        <translation>the applicant's full name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="56" />
        <source>họ và tên dài quá 200 ký tự.</source>
        <translation>the full name is longer than 200 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="57" />
        <source>họ và tên không được chứa chữ số.</source>
        <translation>the full name must not contain digits.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="58" />
        <source>thiếu tên tổ chức.</source>
        <translation>the organisation's name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="59" />
        <source>số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.</source>
        <translation>a personal ID number (CCCD) has exactly 12 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="60" />
        <source>thiếu số giấy tờ tùy thân.</source>
        <translation>the ID document number is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="61" />
        <source>ngày sinh không hợp lệ (sau 1900 và không ở tương lai).</source>
        <translation>invalid birth date (after 1900 and not in the future).</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="62" />
        <source>giới tính phải là Nam hoặc Nữ.</source>
        <translation>sex must be male or female.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="63" />
        <source>số điện thoại không hợp lệ</source>
        <translation>invalid phone number</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="64" />
        <source>địa chỉ thư điện tử không hợp lệ</source>
        <translation>invalid email address</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="65" />
        <source>địa chỉ dài quá 1000 ký tự.</source>
        <translation>the address is longer than 1000 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="66" />
        <source>Số định danh không khớp với năm sinh: kiểm tra lại số CCCD hoặc ngày sinh.</source>
        <translation>The ID number does not match the birth year: check the CCCD number or the birth date.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="68" />
        <source>Số định danh không khớp với giới tính: kiểm tra lại.</source>
        <translation>The ID number does not match the sex: check it.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="69" />
        <source>tên đăng nhập 3–40 ký tự: chữ thường không dấu, số, . _ -</source>
        <translation>user name of 3–40 characters: lower-case letters without accents, digits, . _ -</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="70" />
        <source>thiếu họ và tên.</source>
        <translation>the full name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="71" />
        <source>mật khẩu phải có ít nhất 8 ký tự.</source>
        <translation>the password needs at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="72" />
        <source>thiếu tên cơ quan.</source>
        <translation>the agency's name is missing.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="73" />
        <source>thiếu tên máy trạm (ví dụ: Quầy 1).</source>
        <translation>the workstation's name is missing (for example: Counter 1).</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="74" />
        <source>cần số trang của bản cần chứng thực để tính phí.</source>
        <translation>the number of pages of the copy to certify is needed to compute the fee.</translation>
    </message>
    <message>
        <location filename="../../ui/i18n.py" line="75" />
        <source>thiếu giấy tờ bắt buộc</source>
        <translation>required papers missing</translation>
    </message>
</context>
<context>
    <name>draft</name>
    <message>
        <location filename="../../ui/intake/draft.py" line="87" />
        <source>Đang giữ hồ sơ đang nhập dở…</source>
        <translation>Keeping the half-filled dossier…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/draft.py" line="118" />
        <source>Đã khôi phục hồ sơ đang nhập dở lúc %1 (ứng dụng đã tự đăng xuất vì không thao tác). Kiểm tra lại với công dân và xác nhận lại lệ phí trước khi tiếp nhận.</source>
        <translation>Restored the dossier you were filling at %1 (the app logged out after a period of no activity). Check it again with the citizen and confirm the fee again before receiving.</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../ui/formatting.py" line="15" />
        <source>Thứ Hai</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="16" />
        <source>Thứ Ba</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="17" />
        <source>Thứ Tư</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="18" />
        <source>Thứ Năm</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="19" />
        <source>Thứ Sáu</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="20" />
        <source>Thứ Bảy</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="21" />
        <source>Chủ nhật</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="45" />
        <source>Trong ngày</source>
        <translation>Same day</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="46" />
        <source>%1 ngày làm việc</source>
        <translation>%1 working days</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="47" />
        <source>%1 giờ làm việc</source>
        <translation>%1 working hours</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="62" />
        <source>cần dạng ngày/tháng/năm, ví dụ 05/09/1990.</source>
        <translation>use day/month/year, e.g. 05/09/1990.</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="69" />
        <source>ngày này không có thật.</source>
        <translation>this date does not exist.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/detail/history.py" line="17" />
        <source>Tiếp nhận hồ sơ</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../ui/detail/history.py" line="21" />
        <source>hẹn trả</source>
        <translation>appointment</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../ui/detail/steps.py" line="15" />
        <source>Giấy tiếp nhận hồ sơ và hẹn trả kết quả</source>
        <translation>Receipt and appointment slip</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="16" />
        <source>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</source>
        <translation>Request to complete the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="17" />
        <source>Phiếu từ chối tiếp nhận giải quyết hồ sơ</source>
        <translation>Refusal of the dossier</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="18" />
        <source>Văn bản xin lỗi và hẹn lại ngày trả kết quả</source>
        <translation>Apology and new appointment</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="19" />
        <source>Thông báo dừng giải quyết hồ sơ</source>
        <translation>Notice of stopping</translation>
    </message>
    <message>
        <location filename="../../ui/detail/steps.py" line="20" />
        <source>Phiếu kiểm soát quá trình giải quyết hồ sơ</source>
        <translation>Process control slip</translation>
    </message>
</context>
</TS>