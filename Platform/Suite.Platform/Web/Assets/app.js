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
  document.addEventListener("keydown", (e) => {
    // Enter sends (the server handles it); Shift+Enter keeps the newline.
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.target && e.target.hasAttribute && e.target.hasAttribute("data-composer")) {
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

  window.suite = {
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
    registerHotkeys(handler) { hotkeyHandlers.add(handler); },
    unregisterHotkeys(handler) { hotkeyHandlers.delete(handler); },
    loadDraft(key) { return localStorage.getItem("suite.draft." + key) || ""; },
    saveDraft(key, text) {
      if (text) localStorage.setItem("suite.draft." + key, text); else localStorage.removeItem("suite.draft." + key);
    },
    scrollToBottom(id) { const el = document.getElementById(id); if (el) el.scrollTop = el.scrollHeight; },
    scrollIntoView(id) { const el = document.getElementById(id); if (el) { el.scrollIntoView({ block: "center" }); el.classList.add("highlight"); } },
    focus(id) { const el = document.getElementById(id); if (el) el.focus(); },
  };
})();
