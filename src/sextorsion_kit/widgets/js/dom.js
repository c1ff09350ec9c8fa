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
