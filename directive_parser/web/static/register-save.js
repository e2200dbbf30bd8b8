// "Lưu vào sổ" on the reading page: save the pasted text or chosen file to the register
// (POST /api/register/directives, received today); correcting values is done on /register.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const button = document.querySelector("#save-register");
  if (!button) return;
  button.addEventListener("click", async () => {
    const form = new FormData(document.querySelector("#input-form"));
    const file = document.querySelector("#file").files[0];
    if (!file) form.delete("file");
    const status = document.querySelector("#status");
    status.textContent = "Đang lưu vào sổ…";
    try {
      const response = await fetch("/api/register/directives", {method: "POST", body: form});
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
      const r = body.result;
      status.textContent = `Đã lưu vào sổ (số ${r.directive_id}): ${r.total} nhiệm vụ, ${r.ours} của đơn vị. Xem ở trang Sổ văn bản đến.`;
    } catch (err) {
      status.textContent = err.message;
    }
  });
});
