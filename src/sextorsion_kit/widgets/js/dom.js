// Small DOM helpers every widget module shares; front_end.py bundles this file in front of a
// widget module that imports from "./dom.js". Content always goes in as text, never as HTML.

/** An element with attributes, event handlers (on: {click}) and children (text or nodes). */
export function domElement(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "on") {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (name === "className") {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false || child === "") continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

/** Put `nodes` in `parent` in place of what it held, leaving out the missing ones. */
export function domReplace(parent, ...nodes) {
  parent.replaceChildren(...nodes.flat().filter((node) => node !== null && node !== undefined && node !== false));
}

/** A label template with its {name} fields filled in (Python's str.format, by name only). */
export function domFill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A native button; `key` goes in data-key, where tests and focus handling find it. */
export function domButton(key, text, onClick, attributes = {}) {
  return domElement("button", { type: "button", "data-key": key, on: { click: onClick }, ...attributes }, text);
}

/** A labelled group of toggle buttons, the chosen one aria-pressed: a language or age switch. */
export function domSwitchGroup(id, title, options, chosen, pick, className) {
  return domElement(
    "div",
    { role: "group", "aria-labelledby": id, className },
    domElement("span", { id }, title),
    options.map(({ value, text, lang }) =>
      domButton(`${id}-${value}`, text, () => pick(value), { "aria-pressed": String(value === chosen), lang }),
    ),
  );
}

/**
 * The switches a widget shows for `choices` ("language", "age_band"), on its model as
 * domWithSettings wraps it (language_names and the labels come from the widget's data).
 * A click sets the value and saves it; `pick(key, value)` replaces that when given.
 */
export function domSettingSwitches(model, viewId, label, choices, className, pick = null) {
  const choose = (key) => (value) => {
    if (value === model.get(key)) return;
    if (pick) return pick(key, value);
    model.set(key, value);
    model.save_changes();
  };
  const languages = Object.entries(model.get("language_names")).map(([value, text]) => ({ value, text, lang: value }));
  const bands = () => [
    { value: "11-14", text: label("band_11_14") },
    { value: "15-18", text: label("band_15_18") },
  ];
  const groups = {
    language: () => domSwitchGroup(`${viewId}-language`, label("language"), languages, model.get("language"), choose("language"), className),
    age_band: () => domSwitchGroup(`${viewId}-band`, label("age_band"), bands(), model.get("age_band"), choose("age_band"), className),
  };
  return choices.map((choice) => groups[choice]());
}

/**
 * The widget's model, with `language` (and `age_band`, unless the widget keeps its own) read
 * from and written to the page's shared settings model: one switch moves every kit widget of
 * the page at once, in the browser, with or without a kernel. The shared model is named in the
 * widget's `settings` trait ("anywidget:<id>") and found through anywidget's `host`.
 */
export async function domWithSettings(model, host) {
  const ref = model.get("settings");
  if (!ref || !host) throw new Error("kit widget: no page settings model to follow");
  const settings = await host.getModel(ref);
  // Decided once: a widget given its own age band keeps it for its whole life.
  const ownBand = model.get("own_age_band") !== null && model.get("own_age_band") !== undefined;
  const route = (key) => {
    if (key === "language") return [settings, "language"];
    if (key === "age_band") return ownBand ? [model, "own_age_band"] : [settings, "age_band"];
    return [model, key];
  };
  const routeEvent = (event) => {
    if (!event.startsWith("change:")) return [model, event];
    const [target, key] = route(event.slice("change:".length));
    return [target, `change:${key}`];
  };
  return {
    get: (key) => {
      const [target, name] = route(key);
      return target.get(name);
    },
    set: (key, value) => {
      const [target, name] = route(key);
      target.set(name, value);
    },
    on: (event, handler) => {
      const [target, name] = routeEvent(event);
      target.on(name, handler);
    },
    off: (event, handler) => {
      const [target, name] = routeEvent(event);
      target.off(name, handler);
    },
    save_changes: () => {
      model.save_changes();
      settings.save_changes();
    },
    send: (...args) => model.send(...args),
  };
}
