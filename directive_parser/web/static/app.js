// The page of `directive-parser serve`: send the pasted text or the chosen file to /api/view,
// then draw the record, the checklist and the source text with every value highlighted where
// it came from. Text from the document is only ever set with textContent / createTextNode,
// never as markup, so a directive containing "<script>" shows as text.
"use strict";

// Vietnamese names of the record's field paths (labels of the highlighted spans).
const FIELD_NAMES = {
  "document_type": "Loại văn bản",
  "number.symbol": "Số và ký hiệu",
  "issuer.name": "Cơ quan ban hành",
  "issuer.parent": "Cơ quan cấp trên",
  "place": "Địa danh",
  "date": "Ngày ban hành",
  "subject": "Trích yếu",
  "recipients": "Kính gửi",
  "signer.name": "Người ký",
  "signer.authority": "Thẩm quyền ký",
  "signer.position": "Chức vụ người ký",
  "distribution": "Nơi nhận",
  "urgency": "Độ khẩn",
  "secrecy": "Độ mật",
};
const LIST_NAMES = {
  "obligations": "Nhiệm vụ",
  "deadlines": "Việc có thời hạn",
  "quotas": "Chỉ tiêu",
  "legal_references": "Văn bản dẫn chiếu",
  "forms": "Biểu mẫu",
  "report_outline": "Đề cương",
};
const WEEKDAYS = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
const NONE_TEXT = "Văn bản không nêu.";

let objectUrls = [];
let evidenceLabels = new Set();
// Field path → how sure the OCR was of the value's words (0-1), for values read from a scan
// (record.source.ocr_confidence); each such value carries a note asking the reader to check it.
let ocrConfidence = {};
// Below this confidence the note is drawn as a warning.
const OCR_DOUBT = 0.8;
const OCR_NOTE = "đọc từ ảnh quét — hãy kiểm tra lại";

function $(sel) { return document.querySelector(sel); }

// Build an element: el("span", {class: "x", dataset: {label: "date"}}, "text", child, ...).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === "") continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function fieldName(label) {
  if (FIELD_NAMES[label]) return FIELD_NAMES[label];
  const m = /^([a-z_]+)\[(\d+)\](\.responsible)?/.exec(label);
  if (m && LIST_NAMES[m[1]]) return `${LIST_NAMES[m[1]]} [${Number(m[2]) + 1}]${m[3] ? " (người thực hiện)" : ""}`;
  return label;
}

// "2023-07-15" → "15/07/2023"
function viDate(iso) {
  if (!iso) return null;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function weekday(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

function none() { return el("span", {class: "none"}, NONE_TEXT); }

// A value the reader can click to see where it came from (when the record says so), with the
// OCR note when it was read from a scan.
function value(text, label) {
  if (text === null || text === undefined || text === "") return none();
  if (!label || !evidenceLabels.has(label)) return el("span", {class: "value"}, String(text));
  const node = el("span", {class: "value", dataset: {label}, tabindex: "0", role: "button",
    title: "Xem trong văn bản"}, String(text));
  node.addEventListener("click", () => focusLabel(label, node));
  node.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); focusLabel(label, node); } });
  const note = ocrNote(label);
  return note ? el("span", {}, node, note) : node;
}

// "(đọc từ ảnh quét — hãy kiểm tra lại; độ tin cậy 72%)" after a value read by OCR.
function ocrNote(label) {
  const conf = ocrConfidence[label];
  if (typeof conf !== "number") return null;
  const percent = Math.round(conf * 100);
  return el("span", {class: conf < OCR_DOUBT ? "ocr-note doubt" : "ocr-note", dataset: {ocrLabel: label, confidence: String(conf)},
    title: `Độ tin cậy của OCR: ${percent}%`}, ` (${OCR_NOTE}; độ tin cậy ${percent}%)`);
}

// A small "xem" link for a list item whose evidence is the whole item.
function whereLink(label) {
  if (!evidenceLabels.has(label)) return null;
  const name = `Xem ${fieldName(label)} trong văn bản`;
  const node = el("span", {class: "where", dataset: {label}, role: "button", tabindex: "0", title: name, "aria-label": name}, "xem");
  onActivate(node, () => focusLabel(label, node));
  return node;
}

// Click, Enter or Space: what a button does, for elements that act as one.
function onActivate(node, action) {
  node.addEventListener("click", action);
  node.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); action(); }
  });
}

function focusLabel(label, origin) {
  document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
  document.querySelectorAll(".selected").forEach((m) => m.classList.remove("selected"));
  const marks = [...document.querySelectorAll("#source-text mark")]
    .filter((m) => m.dataset.labels.split(" ").includes(label));
  marks.forEach((m) => m.classList.add("active"));
  if (origin) origin.classList.add("selected");
  if (marks.length) marks[0].scrollIntoView({block: "center", behavior: "smooth"});
}

// The normalised text, cut at every span boundary; covered pieces become <mark>s.
function renderSource(text, spans) {
  const pre = $("#source-text");
  pre.replaceChildren();
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const labels = spans.filter((s) => s.start <= a && s.end >= b).map((s) => s.label);
    if (!labels.length) { pre.append(document.createTextNode(piece)); continue; }
    const names = labels.map(fieldName).join("; ");
    const mark = el("mark", {dataset: {labels: labels.join(" ")}, title: names, tabindex: "0", role: "button",
      "aria-label": `${names}: ${piece}`}, piece);
    onActivate(mark, () => {
      const node = document.querySelector(`[data-label="${CSS.escape(labels[0])}"]`);
      focusLabel(labels[0], node);
      if (node) node.scrollIntoView({block: "center", behavior: "smooth"});
    });
    pre.append(mark);
  }
}

function row(table, heading, content) {
  table.append(el("tr", {}, el("th", {scope: "row"}, heading), el("td", {}, content)));
}

function listValue(items, label) {
  if (!items || !items.length) return none();
  if (items.length === 1) return value(items[0], label);
  const ul = el("ul");
  items.forEach((item, i) => ul.append(el("li", {}, i === 0 ? value(item, label) : el("span", {class: "value"}, item))));
  return ul;
}

function renderRegister(r) {
  const t = $("#register");
  t.replaceChildren();
  row(t, "Số và ký hiệu", value(r.number && r.number.symbol, "number.symbol"));
  row(t, "Loại văn bản", value(r.document_type, "document_type"));
  const issuer = el("span", {}, value(r.issuer && r.issuer.name, "issuer.name"));
  if (r.issuer && r.issuer.parent) issuer.append(el("span", {class: "meta"}, ` (trực thuộc ${r.issuer.parent})`));
  row(t, "Cơ quan ban hành", issuer);
  const when = el("span", {});
  if (r.place) when.append(value(r.place, "place"), ", ");
  when.append(r.date ? value(`ngày ${viDate(r.date)}`, "date") : (r.date_partial ? value("ngày để trống một phần", "date") : none()));
  row(t, "Địa danh, ngày", when);
  row(t, "Trích yếu", value(r.subject, "subject"));
  if (r.urgency) row(t, "Độ khẩn", value(r.urgency, "urgency"));
  if (r.secrecy) row(t, "Độ mật", value(r.secrecy, "secrecy"));
  row(t, "Kính gửi", listValue(r.recipients, "recipients"));
  const s = r.signer || {};
  const signer = el("span", {});
  const parts = [[s.authority, "signer.authority"], [s.position, "signer.position"], [s.name, "signer.name"]].filter((p) => p[0]);
  if (!parts.length) signer.append(none());
  parts.forEach(([text, label], i) => { if (i) signer.append(" — "); signer.append(value(text, label)); });
  row(t, "Người ký", signer);
  row(t, "Nơi nhận", listValue(r.distribution, "distribution"));
}

function renderDeadlines(r) {
  const box = $("#deadlines");
  box.replaceChildren();
  // Every obligation (a record from an older version has only its deadlines), each group in the
  // record's order: dated ones by day, then those with a time but no day, then those with none.
  const useObligations = (r.obligations || []).length > 0;
  const items = (useObligations ? r.obligations : r.deadlines || []).map((d, i) => ({
    ...d, index: i, phrase: useObligations ? d.due : d.text, list: useObligations ? "obligations" : "deadlines",
  }));
  if (!items.length) { box.append(none()); return; }
  const group = (d) => (d.date ? 0 : d.phrase ? 1 : 2);
  items.sort((a, b) => group(a) - group(b) || (a.date && b.date && a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.index - b.index));
  let day;
  for (const d of items) {
    const key = d.date || `group-${group(d)}`;
    if (key !== day) {
      day = key;
      box.append(d.date
        ? el("div", {class: "day"}, `Hạn ${viDate(d.date)} `, el("span", {class: "weekday"}, `(${weekday(d.date)})`))
        : el("div", {class: "day"}, group(d) === 1 ? "Có thời hạn, chưa rõ ngày" : "Không nêu thời hạn"));
    }
    const label = `${d.list}[${d.index}]`;
    const id = `task-${d.index}`;
    const box2 = el("input", {type: "checkbox", id});
    const task = el("div", {class: "task", dataset: {testid: "deadline", date: d.date || "", label}});
    box2.addEventListener("change", () => task.classList.toggle("done", box2.checked));
    const meta = el("div", {class: "meta"});
    if (d.responsible) {
      const who = el("span", {}, `Thực hiện: ${d.responsible} `);
      const whoLink = whereLink(`${label}.responsible`);
      if (whoLink) who.append(whoLink);
      meta.append(who);
    }
    if (d.deliver_to) meta.append(el("span", {}, `Gửi về: ${d.deliver_to}`));
    if (d.phrase) meta.append(el("span", {}, `“${d.phrase}”`));
    task.append(box2, el("div", {}, el("label", {for: id, class: "action"}, d.action || ""), whereLink(label), meta));
    box.append(task);
  }
}

function quotaText(q) {
  const unit = q.unit || "";
  if (q.min !== null && q.min === q.max) return `${q.min} ${unit}`;
  if (q.min !== null && q.max !== null) return `từ ${q.min} đến ${q.max} ${unit}`;
  if (q.min !== null) return `ít nhất ${q.min} ${unit}`;
  if (q.max !== null) return `không quá ${q.max} ${unit}`;
  return unit;
}

function renderSimpleList(selector, items, name, describe) {
  const ul = $(selector);
  ul.replaceChildren();
  if (!items || !items.length) { ul.append(el("li", {class: "none-item"}, none())); return; }
  items.forEach((item, i) => ul.append(el("li", {}, ...describe(item), whereLink(`${name}[${i}]`))));
}

function renderOutline(items, prefix, container) {
  items.forEach((item, i) => {
    const label = `${prefix}[${i}]`;
    const li = el("li", {}, item.number ? el("span", {class: "num"}, item.number) : null, item.title || "", whereLink(label));
    if (item.guidance) li.append(el("span", {class: "guidance"}, item.guidance));
    if (item.children && item.children.length) {
      const sub = el("ol", {class: "outline"});
      renderOutline(item.children, `${label}.children`, sub);
      li.append(sub);
    }
    container.append(li);
  });
}

// Formats that are the report outline: offered only when the directive has one.
const OUTLINE_FORMATS = new Set(["outline-md", "outline-docx"]);

function clearDownloads() {
  objectUrls.forEach((u) => URL.revokeObjectURL(u));
  objectUrls = [];
  $("#downloads").replaceChildren();
}

function renderDownloads(downloads, hasOutline) {
  clearDownloads();
  const box = $("#downloads");
  const offered = downloads.filter((d) => hasOutline || !OUTLINE_FORMATS.has(d.format));
  if (!offered.length) { box.append(none()); return; }
  for (const d of offered) {
    let blob;
    if (d.base64 !== undefined) {
      const bytes = Uint8Array.from(atob(d.base64), (c) => c.charCodeAt(0));
      blob = new Blob([bytes], {type: d.media_type});
    } else {
      blob = new Blob([d.text], {type: d.media_type});
    }
    const url = URL.createObjectURL(blob);
    objectUrls.push(url);
    box.append(el("a", {class: "button", href: url, download: d.filename, dataset: {format: d.format}}, d.label));
  }
}

function render(view) {
  const r = view.record;
  evidenceLabels = new Set(view.spans.map((s) => s.label));
  ocrConfidence = (r.source && r.source.ocr_confidence) || {};
  renderRegister(r);
  renderDeadlines(r);
  renderSimpleList("#quotas", r.quotas, "quotas", (q) => [
    el("strong", {}, quotaText(q)), q.subject ? ` — ${q.subject}` : "", q.text ? el("span", {class: "meta"}, ` (“${q.text}”)`) : null]);
  const outline = $("#outline");
  outline.replaceChildren();
  if (r.report_outline && r.report_outline.length) renderOutline(r.report_outline, "report_outline", outline);
  else outline.append(el("li", {}, none()));
  renderSimpleList("#references", r.legal_references, "legal_references", (ref) => [
    el("strong", {}, [ref.type, ref.symbol].filter(Boolean).join(" ") || "(không rõ số hiệu)"),
    ref.date ? ` ngày ${viDate(ref.date)}` : "", ref.issuer ? ` của ${ref.issuer}` : "", ref.title ? ` — ${ref.title}` : ""]);
  renderSimpleList("#forms", r.forms, "forms", (f) => [
    el("strong", {}, f.code ? `Mẫu ${f.code}` : "Mẫu"), f.title ? ` — ${f.title}` : ""]);
  renderDownloads(view.downloads, Boolean(r.report_outline && r.report_outline.length));
  const notes = [...(view.warnings_vi || r.warnings || []), ...(view.notes || [])];
  $("#warnings").replaceChildren(...notes.map((w) => el("li", {}, w)));
  $("#warnings-card").hidden = !notes.length;
  renderSource(view.text, view.spans);
  $("#result").hidden = false;
}

// After an error nothing of the previous document stays on the page.
function clearResult() {
  $("#result").hidden = true;
  clearDownloads();
  ["#register", "#deadlines", "#quotas", "#outline", "#references", "#forms", "#warnings", "#source-text"]
    .forEach((sel) => $(sel).replaceChildren());
}

// Today in the browser's time zone, as <input type="date"> wants it ("2024-03-08").
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function setStatus(message, isError) {
  const status = $("#status");
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
}

async function submit(ev) {
  ev.preventDefault();
  const file = $("#file").files[0];
  const text = $("#text").value;
  const form = new FormData();
  if (file) form.append("file", file);
  else if (text.trim()) form.append("text", text);
  else { setStatus("Hãy dán nội dung văn bản hoặc chọn một tệp.", true); return; }
  const button = $("#submit");
  button.disabled = true;
  setStatus(file ? `Đang đọc tệp ${file.name}…` : "Đang phân tích…", false);
  const received = $("#received").value;
  const url = received ? `/api/view?received=${encodeURIComponent(received)}` : "/api/view";
  try {
    const response = await fetch(url, {method: "POST", body: form});
    let body;
    try { body = await response.json(); } catch (e) { body = {error_vi: `máy chủ trả lời mã ${response.status}`}; }
    if (!response.ok) {
      clearResult();
      setStatus(`Không đọc được: ${body.error_vi || body.error || response.status}`, true);
      return;
    }
    render(body);
    const deadlines = (body.record.obligations || []).length ? body.record.obligations : body.record.deadlines || [];
    const dated = deadlines.filter((d) => d.date).length;
    const undated = deadlines.length - dated;
    setStatus(`Đã phân tích${file ? " tệp " + file.name : ""}: ${dated} việc có thời hạn`
      + (undated ? `, ${undated} việc chưa có ngày cụ thể.` : "."), false);
    $("#result").scrollIntoView({block: "start", behavior: "smooth"});
  } catch (e) {
    clearResult();
    setStatus("Không kết nối được máy chủ; hãy kiểm tra máy chủ còn chạy không.", true);
  } finally {
    button.disabled = false;
  }
}

// "Soạn văn bản triển khai": the same input, drafted as the unit's implementing document (Word).
async function cascade(ev) {
  ev.preventDefault();
  const form = new FormData($("#cascade-form"));
  const file = $("#file").files[0];
  const text = $("#text").value;
  if (file) form.append("file", file);
  else if (text.trim()) form.append("text", text);
  else { setStatus("Hãy dán nội dung văn bản hoặc chọn một tệp.", true); return; }
  const button = $("#cascade-submit");
  button.disabled = true;
  setStatus("Đang soạn văn bản triển khai…", false);
  try {
    const response = await fetch("/api/cascade", {method: "POST", body: form});
    if (!response.ok) {
      let body;
      try { body = await response.json(); } catch (e) { body = {error: `máy chủ trả lời ${response.status}`}; }
      setStatus(`Không soạn được: ${body.error || response.status}`, true);
      return;
    }
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", {href: url, download: match ? match[1] : "van-ban-trien-khai.docx"});
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    setStatus("Đã soạn văn bản triển khai (tệp Word đã được tải về).", false);
  } catch (e) {
    setStatus(`Không kết nối được máy chủ (${e.message}).`, true);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("#input-form").addEventListener("submit", submit);
  $("#cascade-form").addEventListener("submit", cascade);
  $("#received").value = today();
  $("#clear").addEventListener("click", () => {
    $("#input-form").reset();
    $("#received").value = today();
    clearResult();
    setStatus("", false);
  });
  // The input touched last is the one read. Choosing a file means "read this file" (the pasted
  // text is kept but not sent); typing or pasting text afterwards means "read this text".
  $("#file").addEventListener("change", () => {
    const f = $("#file").files[0];
    if (f) setStatus(`Sẽ đọc tệp ${f.name} (bấm “Phân tích”).`, false);
  });
  $("#text").addEventListener("input", () => {
    if (!$("#file").files.length) return;
    $("#file").value = "";
    setStatus("Sẽ đọc văn bản vừa dán, không đọc tệp đã chọn.", false);
  });
});
