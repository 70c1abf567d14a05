// Browser-side helpers for the Suite web app. Everything else runs on the server through the circuit.
(function () {
  "use strict";
  const stored = localStorage.getItem("suite.theme");
  const prefersDark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  document.documentElement.dataset.theme = stored || (prefersDark ? "dark" : "light");

  async function api(method, path, body) {
    return fetch(path, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Requested-With": "XMLHttpRequest" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  const hotkeyHandlers = new Set();

  // Whether the person is looking at this window: a post arriving in the open channel is read only then.
  let windowActive = document.visibilityState === "visible" && document.hasFocus();
  function setWindowActive(active) {
    if (active === windowActive) return;
    windowActive = active;
    for (const handler of hotkeyHandlers) handler.invokeMethodAsync("OnWindowActive", active);
  }
  window.addEventListener("focus", (e) => { if (e.target === window) setWindowActive(true); });
  window.addEventListener("blur", (e) => { if (e.target === window) setWindowActive(false); });
  document.addEventListener("visibilitychange", () => setWindowActive(document.visibilityState === "visible" && document.hasFocus()));

  document.addEventListener("keydown", (e) => {
    // Enter sends (the server handles it); Shift+Enter keeps the newline.
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.target && e.target.hasAttribute && e.target.hasAttribute("data-composer")) {
      e.preventDefault();
      return;
    }
    // The arrow keys on a reorder handle move its item (the server handles it), not the page.
    if ((e.key === "ArrowUp" || e.key === "ArrowDown") && !e.altKey && e.target && e.target.hasAttribute && e.target.hasAttribute("data-reorder-handle")) {
      e.preventDefault();
      return;
    }
    const mod = e.ctrlKey || e.metaKey;
    let name = null;
    if (mod && !e.altKey && e.key.toLowerCase() === "k") name = "switcher";
    else if (e.altKey && e.key === "ArrowUp") name = "previous";
    else if (e.altKey && e.key === "ArrowDown") name = "next";
    else if (e.key === "Escape" && !e.defaultPrevented) name = "escape";
    if (name === null || hotkeyHandlers.size === 0) return;
    if (name !== "escape") e.preventDefault();
    for (const handler of hotkeyHandlers) handler.invokeMethodAsync("OnHotkey", name);
  });

  // Drafts are written here, on every keystroke, so text typed while the server is away is kept too.
  document.addEventListener("input", (e) => {
    const key = e.target && e.target.dataset && e.target.dataset.draftKey;
    if (key) window.suite.saveDraft(key, e.target.value);
  });

  function uploadError(xhr) {
    try { return JSON.parse(xhr.responseText).message || "The upload failed."; } catch { return "The upload failed (" + xhr.status + ")."; }
  }

  // Files go to the API's own upload endpoint (the same mediator request as Mattermost's clients), so progress is real.
  function upload(input, handler, files) {
    if (!files || files.length === 0) return;
    const form = new FormData();
    form.append("channel_id", input.dataset.channelId);
    for (const file of files) form.append("files", file, file.name);
    const xhr = new XMLHttpRequest();
    let shown = -1;
    xhr.upload.onprogress = (e) => {
      const percent = e.lengthComputable ? Math.floor((e.loaded / e.total) * 100) : 0;
      if (percent - shown >= 10 || percent === 100) { shown = percent; handler.invokeMethodAsync("OnUploadProgress", percent); }
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        const infos = JSON.parse(xhr.responseText).file_infos || [];
        handler.invokeMethodAsync("OnUploaded", infos.map((f) => ({ id: f.id, name: f.name })));
      } else {
        handler.invokeMethodAsync("OnUploadFailed", uploadError(xhr));
      }
    };
    xhr.onerror = () => handler.invokeMethodAsync("OnUploadFailed", "The upload failed: the server cannot be reached.");
    xhr.open("POST", "/api/v4/files");
    xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
    handler.invokeMethodAsync("OnUploadStarted", Array.from(files, (f) => f.name));
    xhr.send(form);
  }

  // While the connection is down, the server is asked directly whether it is back; once it answers, the
  // circuit is resumed, or, when the server no longer knows it (a restart), the page reloads into a new one.
  let watching = false;
  async function reconnectWhenServerAnswers(banner) {
    if (watching) return;
    watching = true;
    while (!banner.hidden) {
      try {
        const response = await fetch("/api/v4/system/ping", { cache: "no-store" });
        if (response.ok) {
          const resumed = await window.Blazor.reconnect();
          if (!resumed) { location.reload(); return; }
          break;
        }
      } catch { /* still away */ }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    watching = false;
  }

  document.addEventListener("DOMContentLoaded", () => {
    const banner = document.getElementById("components-reconnect-modal");
    if (!banner) return;
    banner.addEventListener("components-reconnect-state-changed", (e) => {
      const state = e.detail.state;
      if (state === "hide") { banner.hidden = true; return; }
      if (state === "rejected") { location.reload(); return; }
      banner.hidden = false;
      reconnectWhenServerAnswers(banner);
    });
  });

  // Browsers ask for notification permission only in answer to the user: the first click asks.
  document.addEventListener("click", () => {
    if ("Notification" in window && Notification.permission === "default") Notification.requestPermission();
  }, { once: true, capture: true });

  window.suite = {
    notify(title, body, url) {
      if (!("Notification" in window) || Notification.permission !== "granted") return;
      const shown = new Notification(title, { body, tag: url });
      shown.onclick = () => { window.focus(); location.assign(url); shown.close(); };
    },
    async signIn(loginId, password, returnUrl) {
      try {
        const response = await api("POST", "/api/v4/users/login", { login_id: loginId, password });
        if (response.ok) { location.assign(returnUrl || "/"); return null; }
        const error = await response.json().catch(() => null);
        return (error && error.message) || "Sign-in failed. Please try again.";
      } catch {
        return "The server cannot be reached. Check your connection and try again.";
      }
    },
    async signOut() {
      try { await api("POST", "/api/v4/users/logout"); } finally { location.assign("/login"); }
    },
    toggleTheme() {
      const next = document.documentElement.dataset.theme === "dark" ? "light" : "dark";
      document.documentElement.dataset.theme = next;
      localStorage.setItem("suite.theme", next);
    },
    registerHotkeys(handler) { hotkeyHandlers.add(handler); return windowActive; },
    unregisterHotkeys(handler) { hotkeyHandlers.delete(handler); },
    loadDraft(key) { return localStorage.getItem("suite.draft." + key) || ""; },
    showDraft(id, key) { const text = window.suite.loadDraft(key); window.suite.setText(id, text); return text; },
    setText(id, text) { const el = document.getElementById(id); if (el) el.value = text; },
    saveDraft(key, text) {
      if (text) localStorage.setItem("suite.draft." + key, text); else localStorage.removeItem("suite.draft." + key);
    },
    scrollToBottom(id) { const el = document.getElementById(id); if (el) el.scrollTop = el.scrollHeight; },
    scrollIntoView(id) { const el = document.getElementById(id); if (el) el.scrollIntoView({ block: "center" }); },
    attachUploads(input, handler) {
      const uploadPicked = () => { upload(input, handler, input.files); input.value = ""; };
      input.addEventListener("change", uploadPicked);
      // Files picked between the input's first render and this call had no listener to hear them.
      if (input.files && input.files.length > 0) uploadPicked();
      const zone = input.closest("[data-drop-zone]");
      if (!zone) return;
      // A re-rendered composer replaces the target; the zone's listeners are added once.
      const first = !zone.suiteUploadTarget;
      zone.suiteUploadTarget = { input, handler };
      if (!first) return;
      const hasFiles = (e) => e.dataTransfer && Array.from(e.dataTransfer.types || []).includes("Files");
      zone.addEventListener("dragover", (e) => { if (hasFiles(e)) { e.preventDefault(); zone.classList.add("dropping"); } });
      zone.addEventListener("dragleave", (e) => { if (!zone.contains(e.relatedTarget)) zone.classList.remove("dropping"); });
      zone.addEventListener("drop", (e) => {
        zone.classList.remove("dropping");
        if (!e.dataTransfer || e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        const target = zone.suiteUploadTarget;
        if (target.input.isConnected) upload(target.input, target.handler, e.dataTransfer.files);
      });
    },
    timeZoneOffsetSeconds() { return -new Date().getTimezoneOffset() * 60; },
    focus(id) { const el = document.getElementById(id); if (el) el.focus(); },
  };
})();
