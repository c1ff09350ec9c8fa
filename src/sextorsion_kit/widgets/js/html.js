// A text or chart of the kit in both languages (anywidget): Python renders the HTML once per
// language (escaped there), the page's shared settings say which one shows. A language switch
// costs no kernel round trip and no redraw in Python.

import { domWithSettings } from "./dom.js";

export default {
  async render({ model: widgetModel, el, host }) {
    const model = await domWithSettings(widgetModel, host);
    const root = document.createElement("div");
    root.className = "sxk-html";
    el.replaceChildren(root);
    const draw = () => {
      const language = model.get("language");
      root.lang = language;
      root.innerHTML = model.get("html")[language]; // rendered and escaped by Python
    };
    model.on("change:language", draw);
    draw();
    return () => model.off("change:language", draw);
  },
};
