// The scam timeline's front end (anywidget): the six stages of the scam, in the browser.
//
// Python (widgets/timeline.py) sends every stage with its texts already resolved for each age
// band and each variant (logic/stages.py stage_texts), in both languages, and the interface
// labels. Everything else runs here, with no kernel: the stage bar, previous/next, the variant
// choice and the language and age-band switches. Every text goes into the page as text
// (textContent), never as HTML. With `overview` set, the stages show at a glance in one table
// (one warning sign and one thing to do per stage).
//
// The element builder, label fill, buttons and switches come from dom.js, shared with the
// other widgets.

import { domElement, domReplace, domFill, domButton, domSettingSwitches, domWithSettings } from "./dom.js";

const TIMELINE_GENERAL = ""; // the key of a stage's texts when no variant is chosen
let timelineViewCount = 0; // gives each view its own ids and radio-group names

export default {
  async render({ model: widgetModel, el, host }) {
    const model = await domWithSettings(widgetModel, host);
    timelineViewCount += 1;
    const viewId = `sxk-timeline-${timelineViewCount}`;
    const data = {
      stages: model.get("stages"),
      labels: model.get("labels"),
      colon: model.get("colon"),
    };

    const language = () => model.get("language");
    const band = () => model.get("age_band");
    const label = (key) => {
      const text = data.labels[key];
      if (!text) throw new Error(`timeline widget: no label '${key}' in the data`);
      return text[language()];
    };
    const inLanguage = (text) => text[language()];
    const colon = () => data.colon[language()];
    const current = () => Math.min(Math.max(model.get("stage") ?? 0, 0), data.stages.length - 1);
    const variantOf = (stage) => {
      if (stage.variants.length === 0) return TIMELINE_GENERAL;
      const chosen = (model.get("variants") ?? {})[stage.id];
      return stage.variants.some((variant) => variant.id === chosen) ? chosen : stage.variants[0].id;
    };
    /** What a stage says for a variant (the chosen one by default) and the current band. */
    const textsOf = (stage, variant = variantOf(stage)) => stage.texts[band()][variant];

    const root = domElement("div", { className: "sxk-timeline" });
    const settings = domElement("div", { className: "sxk-timeline-settings" });
    const body = domElement("div", { className: "sxk-timeline-body" });
    root.append(settings, body);
    domReplace(el, root);

    /** A fictional chat as bubbles, each starting with its sender's name (never told by colour only). */
    const chat = (messages) => {
      if (!messages || messages.length === 0) return null;
      const senders = [];
      const bubbles = messages.map((message) => {
        if (!senders.includes(message.sender)) senders.push(message.sender);
        const side = senders.indexOf(message.sender) % 2;
        return domElement(
          "li",
          { className: `sxk-timeline-bubble sxk-timeline-bubble-${side}` },
          domElement("strong", { className: "sxk-timeline-sender" }, message.sender),
          domElement("span", { className: "sxk-timeline-sr" }, colon()),
          domElement("br"),
          domElement("span", { className: "sxk-timeline-said" }, inLanguage(message.text)),
        );
      });
      return domElement("ol", { className: "sxk-timeline-chat" }, bubbles);
    };

    const list = (texts, className) =>
      domElement("ul", { className }, texts.map((text) => domElement("li", {}, inLanguage(text))));

    // --- the model: local changes -------------------------------------------------------------

    let quiet = false; // our own model.set: the change handlers leave the drawing to us

    const save = (values, focus) => {
      quiet = true;
      try {
        for (const [key, value] of Object.entries(values)) model.set(key, value);
      } finally {
        quiet = false;
      }
      model.save_changes();
      draw(focus);
    };

    const goTo = (index) => {
      if (index < 0 || index >= data.stages.length) return;
      save({ stage: index }, { focus: "heading" });
    };

    const chooseVariant = (stage, variant) => {
      save({ variants: { ...(model.get("variants") ?? {}), [stage.id]: variant } }, { focusKey: `variant-${variant}` });
    };

    // --- the parts ----------------------------------------------------------------------------

    /** The stage bar: one native button per stage, the shown one pressed; arrows move along. */
    const stageBar = (index) => {
      const titleId = `${viewId}-stages`;
      const onKey = (event) => {
        const buttons = [...bar.querySelectorAll("button")];
        const at = buttons.indexOf(event.currentTarget);
        const to = {
          ArrowRight: at + 1,
          ArrowDown: at + 1,
          ArrowLeft: at - 1,
          ArrowUp: at - 1,
          Home: 0,
          End: buttons.length - 1,
        }[event.key];
        if (to === undefined) return;
        event.preventDefault();
        buttons[(to + buttons.length) % buttons.length].focus();
      };
      const bar = domElement(
        "ol",
        { className: "sxk-timeline-bar" },
        data.stages.map((stage, n) =>
          domElement(
            "li",
            {},
            domButton(`stage-${n}`, `${n + 1}. ${inLanguage(stage.title)}`, () => goTo(n), {
              "aria-pressed": String(n === index),
              on: { click: () => goTo(n), keydown: onKey },
            }),
          ),
        ),
      );
      return domElement(
        "div",
        { role: "group", "aria-labelledby": titleId, className: "sxk-timeline-stages" },
        domElement("p", { id: titleId, className: "sxk-timeline-bar-title" }, domElement("strong", {}, label("stages"))),
        bar,
      );
    };

    const navigation = (index) =>
      domElement(
        "div",
        { className: "sxk-timeline-navigation" },
        domButton("previous", label("previous"), () => goTo(index - 1), { disabled: index === 0 }),
        domButton("next", label("next"), () => goTo(index + 1), { disabled: index === data.stages.length - 1 }),
      );

    /** The variant choice of a stage that has variants: native radios in a fieldset. */
    const variantChoice = (stage) => {
      if (stage.variants.length === 0) return null;
      const chosen = variantOf(stage);
      return domElement(
        "fieldset",
        { className: "sxk-timeline-variants" },
        domElement("legend", {}, label(stage.variant_legend)),
        stage.variants.map((variant) =>
          domElement(
            "label",
            { className: "sxk-timeline-option" },
            domElement("input", {
              type: "radio",
              name: `${viewId}-variant-${stage.id}`,
              value: variant.id,
              checked: variant.id === chosen,
              "data-key": `variant-${variant.id}`,
              on: { change: () => chooseVariant(stage, variant.id) },
            }),
            domElement("span", {}, inLanguage(variant.label)),
          ),
        ),
      );
    };

    /** One stage: where it is, title (and variant), what happens, chat, signs, actions. */
    const stageContent = (stage, index) => {
      const texts = textsOf(stage);
      const headingId = `${viewId}-heading`;
      const variant = texts.variant ? ` — ${inLanguage(texts.variant)}` : "";
      // A labelled region, not a <section>: reveal.js would take a <section> for a slide.
      return domElement(
        "div",
        { role: "region", className: "sxk-timeline-stage", "aria-labelledby": headingId, "data-stage": stage.id },
        domElement(
          "p",
          { className: "sxk-timeline-position", "aria-live": "polite" },
          domFill(label("stage_of"), { n: index + 1, total: data.stages.length }),
        ),
        domElement(
          "h3",
          { id: headingId, tabindex: "-1", "data-focus": "heading", className: "sxk-timeline-heading" },
          `${inLanguage(stage.title)}${variant}`,
        ),
        domElement("h4", {}, label("what_happens")),
        domElement("p", { className: "sxk-timeline-what" }, inLanguage(texts.what_happens)),
        domElement("h4", {}, label("chat_excerpt")),
        chat(texts.chat),
        domElement("h4", {}, domElement("span", { "aria-hidden": "true" }, "⚠ "), label("warning_signs")),
        list(texts.warning_signs, "sxk-timeline-signs"),
        domElement("h4", {}, domElement("span", { "aria-hidden": "true" }, "➜ "), label("actions")),
        list(texts.actions, "sxk-timeline-actions"),
      );
    };

    /** The stages at a glance: one warning sign and one thing to do for each (general texts). */
    const overviewTable = () => {
      const head = ["stages", "warning_signs", "actions"].map((key) =>
        domElement("th", { scope: "col" }, label(key)),
      );
      const rows = data.stages.map((stage, n) => {
        const texts = textsOf(stage, TIMELINE_GENERAL);
        return domElement(
          "tr",
          {},
          domElement("th", { scope: "row" }, `${n + 1}. ${inLanguage(stage.title)}`),
          domElement("td", {}, inLanguage(texts.warning_signs[0])),
          domElement("td", {}, inLanguage(texts.actions[0])),
        );
      });
      return domElement(
        "table",
        { className: "sxk-timeline-overview" },
        domElement("thead", {}, domElement("tr", {}, head)),
        domElement("tbody", {}, rows),
      );
    };

    // --- settings: language and age band (as in quiz.js) ---------------------------------------

    const drawSettings = () => {
      if (!model.get("show_settings")) {
        domReplace(settings);
        settings.hidden = true;
        return;
      }
      settings.hidden = false;
      const pick = (key, value) => save({ [key]: value }, {});
      domReplace(
        settings,
        domSettingSwitches(model, viewId, label, ["language", "age_band"], "sxk-timeline-switch", pick),
      );
    };

    // --- drawing ---------------------------------------------------------------------------------

    /** Redraw from the state; keep focus on the same control, or move it where asked. */
    function draw({ focus = null, focusKey = null } = {}) {
      const active = root.contains(document.activeElement) ? document.activeElement : null;
      const keepKey = focusKey ?? (active ? active.getAttribute("data-key") : null);
      root.lang = language();
      drawSettings();
      if (model.get("overview")) {
        domReplace(body, overviewTable());
      } else {
        const index = current();
        const stage = data.stages[index];
        domReplace(body, stageBar(index), navigation(index), variantChoice(stage), stageContent(stage, index));
      }
      const target =
        (focus && root.querySelector(`[data-focus="${focus}"]`)) ||
        (keepKey && root.querySelector(`[data-key="${CSS.escape(keepKey)}"]:not([disabled])`));
      if (target) target.focus();
      else if (active && !root.contains(active)) root.querySelector('[data-focus="heading"]')?.focus();
    }

    // --- the model: Python's settings and the other views of this widget ----------------------------

    const redraw = () => {
      if (!quiet) draw();
    };
    const events = ["language", "age_band", "show_settings", "overview", "stage", "variants"].map((name) => `change:${name}`);
    for (const event of events) model.on(event, redraw);
    draw();
    return () => {
      for (const event of events) model.off(event, redraw);
    };
  },
};
