"""A front-end widget rendered in Chromium with no kernel: its module, its state, a stand-in model.

The page made here loads the widget state dumped from Python and calls the module's
``render`` with a small object that answers like the anywidget model (get, set, on, off,
save_changes). It times every click on an element with ``data-key="check"`` (window.timings:
to the frame painted after it; window.handlerTimings: the handler's own work).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import anywidget

PAGE = """<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>widget</title></head>
<body><main id="app"></main>
<script type="application/json" id="state">STATE</script>
<script type="application/json" id="settings">SETTINGS</script>
<script type="module">
const state = JSON.parse(document.getElementById("state").textContent);
const style = document.createElement("style");
style.textContent = state._css;
document.head.append(style);
// What anywidget hands a module: get / set / on / off / save_changes over a state, and a host
// whose getModel finds the page's shared settings (language, age band).
function standIn(values) {
  const handlers = {};
  return {
    get: (key) => values[key],
    set: (key, value) => {
      const old = values[key];
      values[key] = value;
      if (old !== value) for (const handler of handlers["change:" + key] ?? []) handler();
    },
    on: (event, handler) => (handlers[event] ??= []).push(handler),
    off: (event, handler) => { handlers[event] = (handlers[event] ?? []).filter((h) => h !== handler); },
    save_changes: () => { window.saved += 1; },
    send: () => {},
  };
}
const settingsState = JSON.parse(document.getElementById("settings").textContent);
const model = standIn(state);
const settings = standIn(settingsState);
const host = { getModel: async (ref) => { if (ref !== state.settings) throw new Error(ref); return settings; } };
window.settingsState = settingsState;
window.settingsModel = settings;
window.saved = 0;
window.widgetState = state;
// Check clicked -> feedback painted: from the start of the click's handling to the frame after.
// The handler's own work, until the feedback is in the page, is timed separately.
window.timings = [];
window.handlerTimings = [];
let clicked = 0;
const isCheck = (event) => event.target.closest('[data-key="check"]');
document.addEventListener("click", (event) => {
  if (!isCheck(event)) return;
  const start = (clicked = performance.now());
  requestAnimationFrame(() => requestAnimationFrame(() => window.timings.push(performance.now() - start)));
}, true);
document.addEventListener("click", (event) => {
  if (isCheck(event)) window.handlerTimings.push(performance.now() - clicked);
});
const url = URL.createObjectURL(new Blob([state._esm], { type: "text/javascript" }));
const widget = (await import(url)).default;
await widget.render({ model, el: document.getElementById("app"), host });
document.body.dataset.ready = "yes";
</script></body></html>
"""


def open_widget(page, folder: Path, widget: anywidget.AnyWidget, name: str) -> None:
    """Load ``widget``'s module and state into ``page`` from a file, with no kernel."""
    state = json.dumps(widget.get_state()).replace("</", "<\\/")
    settings = json.dumps(widget.settings.get_state()).replace("</", "<\\/")
    path = folder / f"{name}.html"
    path.write_text(PAGE.replace("STATE", state).replace("SETTINGS", settings), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready=yes]", timeout=15_000)


def texts_in(value: object, where: str) -> list[tuple[str, dict]]:
    """Every {fr, en} text in a JSON dump, with where it is."""
    found = []
    if isinstance(value, dict):
        if "fr" in value or "en" in value:
            found.append((where, value))
        for key, item in value.items():
            found += texts_in(item, f"{where}.{key}")
    elif isinstance(value, list):
        for n, item in enumerate(value):
            found += texts_in(item, f"{where}[{n}]")
    return found


# The labels dom.js's domSettingSwitches asks for, by switch.
SWITCH_LABELS = {"language": {"language"}, "age_band": {"age_band", "band_11_14", "band_15_18"}}


def switch_labels(module: str) -> set[str]:
    """The label keys a widget module asks for through domSettingSwitches(..., [choices], ...)."""
    keys: set[str] = set()
    for choices in re.findall(r"domSettingSwitches\([^\[]*\[([^\]]*)\]", module):
        for choice in re.findall(r'"(\w+)"', choices):
            keys |= SWITCH_LABELS[choice]
    return keys
