// The student pages' own host for the kit's widgets (slides/build/eleves/*.html), a plain script.
//
// Every kit widget is an anywidget front-end module: an ES module whose `render({model, el,
// host})` needs only a model (get, set, on, off, save_changes) and a host that finds another
// model by reference ("anywidget:<id>"). This script is that host for a page opened from a USB
// stick: it reads the widget state saved in the page, gives each model a small in-page model,
// loads each module from a blob: URL and renders it where the page asks. No kernel, no
// network, no widget manager to load: the page is clickable as soon as it is parsed.
// Nothing a student does leaves the page (save_changes keeps values in the page only).

(function () {
  "use strict";

  function pageModel(state) {
    const handlers = {};
    return {
      get: (key) => state[key],
      set: (key, value) => {
        const old = state[key];
        state[key] = value;
        if (old !== value) for (const handler of handlers["change:" + key] || []) handler();
      },
      on: (event, handler) => (handlers[event] = handlers[event] || []).push(handler),
      off: (event, handler) => {
        handlers[event] = (handlers[event] || []).filter((h) => h !== handler);
      },
      save_changes: () => {},
      send: () => {},
    };
  }

  const states = JSON.parse(document.getElementById("sxk-widget-state").textContent);
  const models = {};
  const saved = {}; // each model's state as the page opened, for redraw
  for (const [id, state] of Object.entries(states)) {
    const { _esm, _css, ...values } = state;
    saved[id] = JSON.stringify(values);
    models[id] = pageModel(state);
  }
  const host = {
    getModel: async (ref) => {
      const model = models[String(ref).replace(/^anywidget:/, "")];
      if (!model) throw new Error(`kit page: no widget ${ref}`);
      return model;
    },
  };

  const styled = new Set();
  function addStyle(css) {
    if (!css || styled.has(css)) return;
    styled.add(css);
    const style = document.createElement("style");
    style.textContent = css;
    document.head.append(style);
  }

  const modules = {};
  function moduleOf(esm) {
    if (!modules[esm]) {
      const url = URL.createObjectURL(new Blob([esm], { type: "text/javascript" }));
      modules[esm] = import(url).then((loaded) => loaded.default);
    }
    return modules[esm];
  }

  async function show(el) {
    const id = el.dataset.model;
    const state = states[id];
    addStyle(state._css);
    const widget = await moduleOf(state._esm);
    await widget.render({ model: models[id], el, host });
  }

  // Draw a widget again from its saved state, as when the page opened (a deck's tests walk
  // every state of a live slide from there).
  async function redraw(el) {
    const id = el.dataset.model;
    Object.assign(states[id], JSON.parse(saved[id]));
    models[id] = pageModel(states[id]);
    el.replaceChildren();
    const widget = await moduleOf(states[id]._esm);
    await widget.render({ model: models[id], el, host });
  }
  window.kitPage = { redraw };

  const shown = Array.from(document.querySelectorAll("[data-model]"), show);
  Promise.all(shown).then(
    () => (document.body.dataset.ready = "yes"),
    (error) => {
      document.body.dataset.ready = "error";
      console.error(error);
    },
  );
})();
