// The register page: lists from /api/register/*, duties ticked done, a directive read with
// /api/view, corrected in the form, then saved with POST /api/register/directives (or, for one
// already in the register, PUT …/record). Values are set with textContent / .value only.
"use strict";

const WITHIN_DAYS = 30;
const FIELDS = [
  ["document_type", "Loại văn bản"], ["number.symbol", "Số, ký hiệu"], ["date", "Ngày ban hành (YYYY-MM-DD)"],
  ["issuer.name", "Cơ quan ban hành"], ["subject", "Trích yếu"],
];
let current = null;      // {record, form (FormData) | null, id (directive id) | null}

function $(sel) { return document.querySelector(sel); }
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}
function viDate(iso) { if (!iso) return "—"; const [y, m, d] = iso.split("-"); return `${d}/${m}/${y}`; }
function get(obj, path) { return path.split(".").reduce((o, k) => (o == null ? o : o[k]), obj); }
function set(obj, path, value) {
  const keys = path.split("."); const last = keys.pop();
  const target = keys.reduce((o, k) => (o[k] = o[k] || {}), obj);
  target[last] = value === "" ? null : value;
}
function status(message, isError) { const s = $("#status"); s.textContent = message; s.className = isError ? "error" : ""; }
async function api(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

async function loadProfile() {
  const {profile} = await api("/api/register/profile");
  $("#unit").textContent = profile ? profile.name : "chưa đặt đơn vị (mọi việc được tính là của đơn vị)";
  $("#profile-card").hidden = Boolean(profile);
}

async function loadDue() {
  const body = await api(`/api/register/due?within=${WITHIN_DAYS}`);
  const rows = $("#due tbody"); rows.replaceChildren();
  for (const d of body.duties) {
    const box = el("input", {type: "checkbox", "aria-label": "Đã xong", "data-duty": String(d.id)});
    box.addEventListener("change", () => tick(d.id, box));
    const tr = el("tr", {class: d.overdue ? "overdue" : ""},
      el("td", {}, box), el("td", {class: "due"}, d.due ? viDate(d.due) : (d.due_text || "—")),
      el("td", {}, d.action), el("td", {}, d.responsible || "(các nơi nhận)"), el("td", {}, d.document));
    rows.append(tr);
  }
  $("#due-empty").hidden = body.duties.length > 0;
}

async function tick(id, box) {
  try {
    await api(`/api/register/duties/${id}/status`, {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({status: box.checked ? "done" : "open"})});
    await Promise.all([loadDue(), loadDirectives()]);
  } catch (err) { box.checked = !box.checked; status(err.message, true); }
}

async function loadDirectives() {
  const filter = $("#status-filter").value;
  const body = await api("/api/register/directives" + (filter ? `?status=${filter}` : ""));
  const rows = $("#directives tbody"); rows.replaceChildren();
  for (const d of body.directives) {
    const open = el("button", {type: "button"}, "Xem / sửa");
    open.addEventListener("click", () => openDirective(d.id));
    const arrival = el("input", {type: "number", min: "1", value: d.arrival_number ?? "", "data-arrival": String(d.id),
      title: "Số đến (sửa theo dấu ĐẾN trên văn bản giấy)"});
    arrival.addEventListener("change", () => setArrival(d.id, arrival));
    rows.append(el("tr", {}, el("td", {}, String(d.id)), el("td", {}, arrival), el("td", {}, viDate(d.received)),
      el("td", {}, d.document + (d.corrected ? " (đã sửa)" : "")), el("td", {}, d.issuer || ""),
      el("td", {}, d.subject || ""), el("td", {}, String(d.open)), el("td", {}, viDate(d.next_due)), el("td", {}, open)));
  }
}

async function setArrival(id, input) {
  try {
    const body = await api(`/api/register/directives/${id}/arrival`, {method: "PUT",
      headers: {"Content-Type": "application/json"}, body: JSON.stringify({number: Number(input.value)})});
    status(`Đã ghi số đến ${body.directive.arrival_number}`);
  } catch (err) { status(err.message, true); await loadDirectives(); }
}

function showEditor(record, title) {
  $("#edit-title").textContent = title;
  const fields = $("#edit-fields"); fields.replaceChildren();
  for (const [path, label] of FIELDS) {
    const input = el("input", {type: "text", "data-path": path});
    input.value = get(record, path) ?? "";
    fields.append(el("tr", {}, el("th", {}, label), el("td", {}, input)));
  }
  const duties = $("#edit-duties tbody"); duties.replaceChildren();
  record.obligations.forEach((o, i) => {
    const cells = ["action", "responsible", "due", "date"].map((key) => {
      const input = el("input", {type: key === "date" ? "date" : "text", "data-index": String(i), "data-key": key});
      input.value = o[key] ?? "";
      return el("td", {}, input);
    });
    duties.append(el("tr", {}, el("td", {}, el("input", {type: "checkbox", "data-drop": String(i)})), ...cells));
  });
  $("#edit-card").hidden = false;
}

function editedRecord() {
  const record = structuredClone(current.record);
  for (const input of document.querySelectorAll("#edit-fields input")) set(record, input.dataset.path, input.value.trim());
  for (const input of document.querySelectorAll("#edit-duties input[data-key]")) {
    record.obligations[Number(input.dataset.index)][input.dataset.key] = input.value.trim() || null;
  }
  const dropped = new Set([...document.querySelectorAll("#edit-duties input[data-drop]:checked")].map((b) => Number(b.dataset.drop)));
  record.obligations = record.obligations.filter((_, i) => !dropped.has(i));
  for (const o of record.obligations) if (!o.action) throw new Error("mỗi nhiệm vụ cần có nội dung việc");
  return record;
}

async function read(ev) {
  ev.preventDefault();
  const form = new FormData($("#receive-form"));
  const file = $("#file").files[0];
  if (!file) form.delete("file");
  status("Đang đọc…");
  try {
    const view = await api("/api/view", {method: "POST", body: form});
    current = {record: view.record, form, id: null};
    showEditor(view.record, "Kiểm tra và sửa trước khi lưu");
    status("Đã đọc. Sửa giá trị sai (nếu có) rồi bấm “Lưu vào sổ”.");
  } catch (err) { status(err.message, true); }
}

async function openDirective(id) {
  try {
    const body = await api(`/api/register/directives/${id}`);
    current = {record: body.record, form: null, id};
    showEditor(body.record, `Văn bản số ${id}: sửa và lưu lại`);
    const link = $("#annotation"); link.href = `/api/register/directives/${id}/annotation`; link.hidden = false;
  } catch (err) { status(err.message, true); }
}

async function save() {
  try {
    const record = editedRecord();
    let body;
    if (current.id === null) {
      const form = current.form;
      form.set("record", JSON.stringify(record));
      if (!form.get("received")) form.delete("received");
      body = await api("/api/register/directives", {method: "POST", body: form});
    } else {
      body = await api(`/api/register/directives/${current.id}/record`, {method: "PUT",
        headers: {"Content-Type": "application/json"}, body: JSON.stringify({record})});
    }
    const r = body.result;
    status(`Đã lưu văn bản số ${r.directive_id}: ${r.total} nhiệm vụ, ${r.ours} của đơn vị; giữ trạng thái ${r.kept}.`);
    $("#edit-card").hidden = true;
    await Promise.all([loadDue(), loadDirectives()]);
  } catch (err) { status(err.message, true); }
}

document.addEventListener("DOMContentLoaded", () => {
  $("#received").value = new Date().toISOString().slice(0, 10);
  $("#within-label").textContent = String(WITHIN_DAYS);
  $("#receive-form").addEventListener("submit", read);
  $("#save").addEventListener("click", save);
  $("#status-filter").addEventListener("change", () => loadDirectives().catch((e) => status(e.message, true)));
  $("#profile-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      await api("/api/register/profile", {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({name: $("#profile-name").value})});
      await Promise.all([loadProfile(), loadDue(), loadDirectives()]);
    } catch (err) { status(err.message, true); }
  });
  Promise.all([loadProfile(), loadDue(), loadDirectives()]).catch((e) => status(e.message, true));
});
