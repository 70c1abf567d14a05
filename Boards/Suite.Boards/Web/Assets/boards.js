// Browser side of the Boards screens: archive import and export over the API itself, so the progress bars are real.
// An import is uploaded (upload progress here), then the server works through it as a job whose progress the dialog reads.
const api = "/plugins/focalboard/api/v2";

function errorOf(xhr) {
  try { return JSON.parse(xhr.responseText).error || "The import failed (" + xhr.status + ")."; } catch { return "The import failed (" + xhr.status + ")."; }
}

// Uploads the chosen file to an import route of the API (a team's archive import, a board's CSV import) as an async job.
export function importFile(input, path, handler) {
  const file = input.files && input.files[0];
  if (!file) { handler.invokeMethodAsync("OnFailed", "Choose a file to import."); return; }
  const form = new FormData();
  form.append("file", file, file.name);
  const xhr = new XMLHttpRequest();
  let shown = -1;
  xhr.upload.onprogress = (e) => {
    const percent = e.lengthComputable ? Math.floor((e.loaded / e.total) * 100) : 0;
    if (percent - shown >= 5 || percent === 100) { shown = percent; handler.invokeMethodAsync("OnProgress", percent); }
  };
  xhr.onload = () => {
    if (xhr.status >= 200 && xhr.status < 300) handler.invokeMethodAsync("OnUploaded", xhr.responseText || "{}");
    else handler.invokeMethodAsync("OnFailed", errorOf(xhr));
  };
  xhr.onerror = () => handler.invokeMethodAsync("OnFailed", "The import failed: the server cannot be reached.");
  xhr.open("POST", api + path + "?async=true");
  xhr.setRequestHeader("X-Requested-With", "XMLHttpRequest");
  handler.invokeMethodAsync("OnProgress", 0);
  xhr.send(form);
}

export async function exportArchive(path, fileName, handler) {
  try {
    const response = await fetch(api + path, { credentials: "same-origin", headers: { "X-Requested-With": "XMLHttpRequest" } });
    if (!response.ok) {
      const body = await response.json().catch(() => null);
      handler.invokeMethodAsync("OnFailed", (body && body.error) || "The export failed (" + response.status + ").");
      return;
    }
    const total = Number(response.headers.get("Content-Length")) || 0;
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0, shown = -1;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      const percent = total > 0 ? Math.floor((received / total) * 100) : 0;
      if (percent - shown >= 5) { shown = percent; handler.invokeMethodAsync("OnProgress", percent); }
    }
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("Content-Type") || "application/octet-stream" }));
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    handler.invokeMethodAsync("OnExported", received);
  } catch {
    handler.invokeMethodAsync("OnFailed", "The export failed: the server cannot be reached.");
  }
}
