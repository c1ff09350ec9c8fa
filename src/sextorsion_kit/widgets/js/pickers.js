// The language and age-band switches (anywidget): native toggle buttons that set the page's
// shared settings model, so every kit widget of the page follows at once, with or without a
// kernel. Python (widgets/pickers.py) sends the labels in both languages and which switches
// to show (`choices`: "language", "age_band").

import { domElement, domReplace, domSettingSwitches, domWithSettings } from "./dom.js";

let pickerViewCount = 0; // gives each view its own ids

export default {
  async render({ model: widgetModel, el, host }) {
    const model = await domWithSettings(widgetModel, host);
    pickerViewCount += 1;
    const viewId = `sxk-picker-${pickerViewCount}`;
    const labels = model.get("labels");
    const language = () => model.get("language");
    const label = (key) => labels[key][language()];
    const root = domElement("div", { className: "sxk-picker" });
    domReplace(el, root);

    function draw() {
      const active = root.contains(document.activeElement) ? document.activeElement : null;
      const keepKey = active ? active.getAttribute("data-key") : null;
      root.lang = language();
      domReplace(root, domSettingSwitches(model, viewId, label, model.get("choices"), "sxk-picker-switch"));
      const target = keepKey && root.querySelector(`[data-key="${CSS.escape(keepKey)}"]`);
      if (target) target.focus();
    }

    model.on("change:language", draw);
    model.on("change:age_band", draw);
    draw();
    return () => {
      model.off("change:language", draw);
      model.off("change:age_band", draw);
    };
  },
};
