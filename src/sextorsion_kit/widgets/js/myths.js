// The myth cards' front end (anywidget): each statement revealed as myth or fact.
//
// Python (widgets/myths.py) sends every statement with its verdict (myth or fact) and its
// explanation in both languages, the interface labels and each language's quotation marks.
// Revealing, hiding and the language switch run here, with no kernel round trip. Each card's
// native button says whether its answer is shown (aria-expanded) and which region it shows
// (aria-controls); that region is a live region, filled when revealed and emptied when hidden.
// Every content text goes into the page as text (textContent), never as HTML.

import { domElement, domReplace, domButton, domSettingSwitches, domWithSettings } from "./dom.js";

let mythViewCount = 0; // gives each view its own ids

export default {
  async render({ model: widgetModel, el, host }) {
    const model = await domWithSettings(widgetModel, host);
    mythViewCount += 1;
    const viewId = `sxk-myths-${mythViewCount}`;
    const myths = model.get("myths");
    const labels = model.get("labels");
    const quotes = model.get("quotes");
    const revealed = myths.map(() => false);

    const language = () => model.get("language");
    const label = (key) => {
      const text = labels[key];
      if (!text) throw new Error(`myth cards widget: no label '${key}' in the data`);
      return text[language()];
    };
    const inLanguage = (text) => text[language()];
    const quoted = (text) => `${quotes[language()][0]}${text}${quotes[language()][1]}`;

    const root = domElement("div", { className: "sxk-quiz sxk-myths" });
    const settings = domElement("div", { className: "sxk-quiz-settings" });
    const cards = domElement("div", { className: "sxk-myths-cards" });
    root.append(settings, cards);
    domReplace(el, root);

    // --- one card: the statement, its button, its answer ---------------------------------------

    /** Fill the card's button and answer region from the state, in place (focus stays put). */
    const showAnswer = (index) => {
      const card = cards.children[index];
      const toggle = card.querySelector("button");
      const answer = card.querySelector(".sxk-myths-answer");
      const myth = myths[index];
      toggle.textContent = revealed[index] ? label("hide") : label("reveal");
      toggle.setAttribute("aria-expanded", String(revealed[index]));
      domReplace(
        answer,
        revealed[index]
          ? [domElement("strong", {}, label(myth.verdict)), " — ", inLanguage(myth.explanation)]
          : [],
      );
    };

    const toggle = (index) => {
      revealed[index] = !revealed[index];
      showAnswer(index);
    };

    const card = (myth, index) => {
      const statementId = `${viewId}-statement-${index}`;
      const answerId = `${viewId}-answer-${index}`;
      return domElement(
        "div",
        { className: "sxk-myths-card" },
        domElement("p", { id: statementId, className: "sxk-myths-statement" }, quoted(inLanguage(myth.statement))),
        domButton(`reveal-${index}`, "", () => toggle(index), {
          "aria-expanded": "false",
          "aria-controls": answerId,
          "aria-describedby": statementId,
        }),
        domElement("p", {
          id: answerId,
          className: `sxk-myths-answer sxk-myths-${myth.verdict}`,
          role: "status",
          "aria-live": "polite",
        }),
      );
    };

    // --- settings: the language ---------------------------------------------------------------

    const drawSettings = () => {
      settings.hidden = !model.get("show_settings");
      if (settings.hidden) {
        domReplace(settings);
        return;
      }
      domReplace(settings, domSettingSwitches(model, viewId, label, ["language"], "sxk-quiz-switch"));
    };

    /** Redraw everything from the state; focus stays on the same control. */
    function draw() {
      const active = root.contains(document.activeElement) ? document.activeElement : null;
      const keepKey = active ? active.getAttribute("data-key") : null;
      root.lang = language();
      drawSettings();
      domReplace(cards, myths.map(card));
      myths.forEach((_, index) => showAnswer(index));
      const target = keepKey && root.querySelector(`[data-key="${CSS.escape(keepKey)}"]`);
      if (target) target.focus();
    }

    const onLanguage = () => draw();
    const onSettings = () => draw();
    model.on("change:language", onLanguage);
    model.on("change:show_settings", onSettings);
    draw();
    return () => {
      model.off("change:language", onLanguage);
      model.off("change:show_settings", onSettings);
    };
  },
};
