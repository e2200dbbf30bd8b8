"""The parser's messages in Vietnamese, for the web page.

Errors and warnings are written in English for the command line, logs and the API's ``error``;
the page's readers are Vietnamese clerks. Each known message is matched by its wording (the
values in it kept: file name, page numbers, limits) and rewritten; a message not in the table
is wrapped in a Vietnamese sentence that keeps it as a detail, so nothing is lost.

>>> vietnamese("cv.pdf: the PDF is encrypted; open it, save an unprotected copy and parse that")
'cv.pdf: tệp PDF được đặt mật khẩu; hãy mở nó, lưu một bản không khoá rồi đọc bản đó'
>>> vietnamese("page(s) 2, 3 have no text")
'trang 2, 3 không có chữ'
"""

from __future__ import annotations

import re

# An optional "name: " before the message (the file's name), kept as it is.
_ORIGIN = r"(?P<origin>[^\n]*?: )?"

# (the English wording, its Vietnamese); "{name}" in the Vietnamese is a group of the wording.
MESSAGES: tuple[tuple[str, str], ...] = (
    # input that cannot be read
    (r"no text to parse \(only (?P<n>\d+) characters without letters\)", "không có chữ nào để đọc ({n} ký tự, không có chữ cái)"),
    (r"the file is empty; there is no directive text to parse", "tệp trống, không có nội dung văn bản"),
    (r"the web page has no text, only markup", "trang web không có chữ nào, chỉ có mã định dạng"),
    (r"the pasted text is empty; there is no directive text to parse", "ô dán văn bản đang trống"),
    (r"nothing to parse: .*", "chưa có gì để đọc: hãy dán nội dung văn bản hoặc chọn một tệp"),
    (r"give either a file or pasted text, not both", "chỉ gửi một trong hai: tệp hoặc văn bản dán"),
    (r"this is binary data, not text, DOCX or PDF; .*", "đây không phải văn bản, tệp Word (.docx) hay PDF; hãy lưu văn bản dưới dạng .txt, .docx hoặc .pdf"),
    (r"not UTF-8, and not Vietnamese in Windows-1258, TCVN3 or VNI either; .*", "không đọc được bảng mã của tệp (không phải Unicode UTF-8, Windows-1258, TCVN3 hay VNI); hãy lưu lại văn bản theo Unicode (UTF-8)"),
    (r"starts with a UTF-16 mark but is not valid UTF-16", "tệp ghi là UTF-16 nhưng nội dung hỏng"),
    (r"an old Word 97-2003 \(\.doc\) file; .*", "tệp Word cũ (.doc); hãy mở và lưu lại thành .docx hoặc PDF rồi đọc tệp đó"),
    (r"an Office 97-2003 file that holds no Word document; .*", "tệp Office 97-2003 nhưng không phải văn bản Word (có thể là bảng tính hay trình chiếu); hãy lưu thành .docx hoặc PDF rồi đọc tệp đó"),
    (r"an old Word 97-2003 \(\.doc\) file needs LibreOffice to be read; .*", "tệp Word cũ (.doc) cần LibreOffice để đọc mà máy chủ chưa cài; hãy lưu thành .docx hoặc PDF rồi đọc tệp đó"),
    (r"an RTF \(\.rtf\) file needs LibreOffice to be read; .*", "tệp RTF (.rtf) cần LibreOffice để đọc mà máy chủ chưa cài; hãy lưu thành .docx hoặc PDF rồi đọc tệp đó"),
    (r"an OpenDocument text \(\.odt\) file needs LibreOffice to be read; .*", "tệp OpenDocument (.odt) cần LibreOffice để đọc mà máy chủ chưa cài; hãy lưu thành .docx hoặc PDF rồi đọc tệp đó"),
    (r"an OpenDocument file that is not a text document .*", "tệp OpenDocument nhưng không phải văn bản (có thể là bảng tính hay trình chiếu); hãy lưu văn bản thành .docx hoặc PDF rồi đọc tệp đó"),
    (r"not a readable OpenDocument file \(damaged zip archive\)", "tệp OpenDocument (.odt) bị hỏng, không đọc được"),
    (r"the \.odt would inflate to (?P<mb>\d+) MB .*", "tệp .odt giải nén ra {mb} MB, quá lớn (có thể là tệp độc hại); đã từ chối"),
    (r"LibreOffice took longer than (?P<s>\d+) s to convert the (?P<ext>\.\w+) file", "LibreOffice chuyển tệp {ext} quá {s} giây; hãy lưu thành .docx rồi đọc tệp đó"),
    (r"LibreOffice does not run .*", "LibreOffice trên máy chủ không chạy được; hãy lưu tệp thành .docx hoặc PDF rồi đọc tệp đó"),
    (r"LibreOffice could not convert the (?P<ext>\.\w+) file.*", "LibreOffice không chuyển được tệp {ext}; hãy lưu thành .docx rồi đọc tệp đó"),
    (r"the PDF is encrypted; .*", "tệp PDF được đặt mật khẩu; hãy mở nó, lưu một bản không khoá rồi đọc bản đó"),
    (r"not a readable PDF \((?P<why>.*)\)", "tệp PDF bị hỏng, không đọc được ({why})"),
    (r"not a readable DOCX \((?P<why>.*)\)", "tệp Word (.docx) bị hỏng, không đọc được ({why})"),
    (r"not a readable image \(no image format could be recognised in it\)", "không nhận ra định dạng ảnh nào trong tệp này"),
    (r"not a readable image \((?P<why>.*)\); the file looks cut short or damaged: save or send it again", "ảnh bị cắt cụt hoặc hỏng, không đọc được ({why}); hãy lưu hoặc gửi lại tệp"),
    (r"not a readable image \((?P<why>.*)\)", "không đọc được ảnh ({why})"),
    (r"a zip archive but not a Word document .*", "tệp nén nhưng không phải tệp Word"),
    (r"not a readable Excel workbook \((?P<why>.*)\)", "tệp Excel (.xlsx) bị hỏng, không đọc được ({why})"),
    (r"the Excel workbook has no filled cell", "tệp Excel không có ô nào có nội dung"),
    (r"the workbook would inflate to (?P<mb>\d+) MB .*", "tệp Excel giải nén ra {mb} MB, quá lớn (có thể là tệp độc hại); đã từ chối"),
    (r"more than (?P<n>[\d,]+) cells is more than a directive's appendix .*", "tệp Excel có hơn {n} ô, quá lớn so với một phụ lục văn bản"),
    (r"the Word document contains no text", "tệp Word không có chữ"),
    (
        r"the Word document holds only pictures \(a scan pasted into Word\) and OCR was turned off .*",
        "tệp Word chỉ có ảnh (bản quét dán vào Word) mà chức năng nhận dạng chữ (OCR) đang tắt; hãy bật lại để đọc",
    ),
    (r"the PDF has no text layer \(a scan\); .*", "tệp PDF là bản chụp (không có lớp chữ) và máy chủ chưa cài Tesseract để nhận dạng chữ"),
    (r"no text could be read from the PDF, not even by OCR", "không đọc được chữ nào trong tệp PDF, kể cả bằng nhận dạng chữ (OCR); các trang có thể để trắng"),
    (r"an image needs OCR, but .*", "ảnh cần nhận dạng chữ (OCR) nhưng máy chủ chưa cài Tesseract tiếng Việt"),
    (
        r"a Word document of pictures only \(a scan pasted into Word\) needs OCR, but .*",
        "tệp Word chỉ có ảnh (bản quét dán vào Word) cần nhận dạng chữ (OCR) nhưng máy chủ chưa cài Tesseract tiếng Việt",
    ),
    (r"a HEIC/HEIF photo needs a HEIF reader; .*", "ảnh HEIC/HEIF (ảnh chụp iPhone) cần thư viện pillow-heif mà máy chủ chưa cài; hãy lưu ảnh thành JPEG rồi gửi lại"),
    (r"OCR of (?P<what>.*) took longer than (?P<s>\d+) s", "nhận dạng chữ {what} quá {s} giây"),
    (r"Tesseract failed: (?P<why>.*)", "Tesseract (nhận dạng chữ) bị lỗi: {why}"),
    # too large
    (r"(?P<n>\d+) pages is more than one directive \(limit (?P<max>\d+)\); .*", "{n} trang là quá dài cho một văn bản (tối đa {max} trang); hãy tách riêng các trang của văn bản rồi đọc"),
    (r"(?P<n>[\d,]+) characters is far more than one directive \(limit (?P<max>[\d,]+)\); .*", "{n} ký tự là quá dài cho một văn bản (tối đa {max}); hãy tách riêng văn bản rồi đọc"),
    (r"the upload is larger than (?P<mb>\d+) MB", "tệp lớn hơn {mb} MB"),
    (r"more than (?P<mb>\d+) MB, larger than any directive .*", "lớn hơn {mb} MB, quá lớn cho một văn bản"),
    (r"the DOCX would inflate to (?P<mb>\d+) MB .*", "tệp Word giải nén ra {mb} MB, quá lớn (có thể là tệp độc hại); đã từ chối"),
    (r"the document's text part is (?P<mb>[\d.]+) MB of XML .*", "phần nội dung của tệp Word là {mb} MB, quá lớn cho một văn bản"),
    (r"(?P<n>\d+) paragraphs is more than one directive \(limit (?P<max>\d+)\)", "{n} đoạn là quá dài cho một văn bản (tối đa {max})"),
    (r"the image is too large to OCR \((?P<size>.*)\)", "ảnh quá lớn để nhận dạng chữ ({size})"),
    # the service
    (r"the service is busy with other documents; .*", "máy chủ đang bận đọc các văn bản khác; hãy thử lại sau ít phút"),
    (r"reading the document took longer than (?P<s>\d+) s; .*", "đọc văn bản mất quá {s} giây; hãy thử với văn bản ngắn hơn"),
    (r"requests from another site are not accepted", "không nhận yêu cầu gửi từ trang web khác"),
    (r"received=.* is not a date; .*", "ngày nhận văn bản không hợp lệ; hãy ghi theo dạng năm-tháng-ngày"),
    (r"internal error \((?P<kind>\w+)\); please report it", "lỗi của chương trình ({kind}); xin báo cho người quản trị"),
    (r"the form cannot be read: .*", "không đọc được biểu mẫu gửi lên"),
    # warnings in a record
    (r"page\(s\) (?P<pages>[\d, ]+) have no text", "trang {pages} không có chữ"),
    (
        r"page\(s\) (?P<pages>[\d, ]+) carry a scan's hidden text that is not Vietnamese .*",
        "trang {pages} là bản chụp có lớp chữ ẩn không phải tiếng Việt; cài Tesseract tiếng Việt để đọc lại",
    ),
    (
        r"page\(s\) (?P<pages>\d+-\d+) of the image could not be read \((?P<why>.*)\); the pages before them are kept",
        "trang {pages} của ảnh không đọc được ({why}); các trang trước đó vẫn được đọc",
    ),
    (
        r'the PDF is damaged in places \((?P<n>\d+) notes from the PDF reader, first: "(?P<first>.*)"\); .*',
        "tệp PDF bị hỏng một phần ({n} chỗ trình đọc PDF bỏ qua); phần đọc được vẫn giữ: hãy đối chiếu với bản gốc",
    ),
    (
        r"its (?P<n>\d+) page picture\(s\) were not read: OCR was turned off \(--no-ocr\)",
        "{n} ảnh trang văn bản trong tệp Word chưa được đọc vì chức năng nhận dạng chữ (OCR) đang tắt",
    ),
    (r"no part of a Vietnamese directive was recognised .*", "không nhận ra phần nào của một văn bản chỉ đạo (số, ngày, cơ quan ban hành, người ký, nhiệm vụ); có đúng tệp không?"),
    (
        r"the number on page (?P<page>\d+) was not read before its symbol '(?P<symbol>.*)': .*",
        "không đọc được số văn bản ở trang {page} (trước ký hiệu “{symbol}”): nếu bản quét có số viết tay, hãy nhập số từ bản quét",
    ),
    (r"the date of issue (?P<d>\S+) is not a calendar date", "ngày ban hành {d} không có trên lịch"),
    (r"the date (?P<d>\S+) of the document this is attached to is not a calendar date", "ngày {d} của văn bản mà văn bản này kèm theo không có trên lịch"),
    (
        r'the time "(?P<due>.*)" names a day its month does not have; .*',
        "thời hạn “{due}” ghi một ngày mà tháng đó không có; nhiệm vụ được ghi không kèm ngày — hãy kiểm tra lại văn bản",
    ),
    (
        r"stage-failed\[(?P<stage>[\w-]+)\]: (?P<why>.*)",
        "bước đọc “{stage}” gặp lỗi nên phần do bước này đọc có thể bị thiếu; các phần khác vẫn được đọc ({why})",
    ),
    (
        r"the parser failed to read the document's structure \((?P<why>.*)\); this is a bug, please report it with the file",
        "chương trình gặp lỗi khi đọc cấu trúc văn bản ({why}); đây là lỗi của chương trình, xin gửi báo lỗi kèm tệp",
    ),
    (r"invalid-value\[(?P<field>[\w.]+)\]: (?P<why>.*)", "giá trị đọc được cho “{field}” không hợp lệ nên đã để trống ({why})"),
    (r"corrected by hand", "đã được sửa tay"),
)
_COMPILED = tuple((re.compile(_ORIGIN + wording + r"$", re.DOTALL), vi) for wording, vi in MESSAGES)


def vietnamese(message: str) -> str:
    """The Vietnamese of one of the parser's messages.

    Args:
        message: an error or warning as the parser writes it (English).

    Returns:
        Its Vietnamese, with the file name and values kept; an unknown message is kept as a
        detail of a Vietnamese sentence.
    """
    for pattern, vi in _COMPILED:
        m = pattern.match(message)
        if m:
            values = {k: v for k, v in m.groupdict().items() if k != "origin"}
            origin = m.group("origin") or ""
            # a placeholder name ("<văn bản dán>" for pasted text) tells the reader nothing
            return ("" if origin.startswith("<") else origin) + vi.format(**values)
    return f"Thông báo (bằng tiếng Anh): {message}"
