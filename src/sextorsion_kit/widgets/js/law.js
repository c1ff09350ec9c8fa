// The "what happened?" widget's front end (anywidget): tick facts, see the offences.
//
// Python (widgets/law.py) sends the offences and case facts, the labels, every amount written
// out, the prison chart as SVG per language (bars with ids) and its text alternative in pieces.
// Ticking a fact finds the offences with chargesFor (./rules.js, bundled in front by
// front_end.py), writes the result as render_charges does, and highlights the bars reached
// by toggling classes on the SVG. Content texts are escaped here; labels (which hold <strong>
// and links), the help line and the SVG come from the kit's data, rendered by Python.

import { domElement, domFill, domSettingSwitches, domWithSettings } from "./dom.js";
import { caseOutcome } from "./rules.js";

let lawViewCount = 0; // gives each view its own ids

/** Python's html.escape(text, quote=True). */
function lawEscape(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");
}

export default {
  async render({ model: widgetModel, el, host }) {
    const model = await domWithSettings(widgetModel, host);
    const viewId = `sxk-law-${++lawViewCount}`;
    const data = {
      offences: model.get("offences"),
      caseFacts: model.get("case_facts"),
      labels: model.get("labels"),
      years: model.get("years"),
      euros: model.get("euros"),
      tierTexts: model.get("tier_texts"),
      sources: model.get("sources"),
      bars: model.get("bars"),
      charts: model.get("charts"),
      chartAlt: model.get("chart_alt"),
      footnotes: model.get("footnotes"),
      helpLine: model.get("help_line"),
      colon: model.get("colon"),
      semicolon: model.get("semicolon"),
    };
    const language = () => model.get("language");
    const label = (key) => data.labels[key][language()];
    const inLanguage = (text) => text[language()];
    let ticked = new Set(model.get("ticked") ?? []);

    const root = domElement("div", { className: "sxk-law" });
    const settings = domElement("div", { className: "sxk-law-settings" });
    const intro = domElement("p", { className: "sxk-law-intro" });
    const form = domElement("form", { className: "sxk-law-facts" });
    form.addEventListener("submit", (event) => event.preventDefault());
    const clear = domElement("button", { type: "button", "data-key": "clear", className: "sxk-law-clear" });
    const status = domElement("div", { role: "status", className: "sxk-law-result" });
    const svgHolder = domElement("div", { className: "sxk-law-svg" });
    const caption = domElement("figcaption", {});
    const figure = domElement("figure", { className: "sxk-law-chart", hidden: true }, svgHolder, caption);
    const help = domElement("p", { className: "sxk-law-help", role: "note" });
    root.append(settings, intro, form, clear, status, figure, help);
    el.replaceChildren(root);

    // --- the chart: one SVG per language, drawn by Python; elements found by id once ----------
    let chartLanguage = null;
    let svg = null;
    let parts = new Map(); // id -> element of the current SVG
    const showChart = () => {
      if (chartLanguage === language()) return;
      chartLanguage = language();
      svgHolder.innerHTML = data.charts[chartLanguage]; // drawn by Python (charts/svg.py), fetches nothing
      svg = svgHolder.querySelector("svg");
      svg.setAttribute("role", "img");
      svg.setAttribute("focusable", "false");
      parts = new Map([...svg.querySelectorAll("[id]")].map((node) => [node.id, node]));
    };

    const alternative = (reached) => {
      const pieces = data.chartAlt[language()];
      const offences = pieces.offences.map(
        (offence) =>
          offence.head +
          offence.levels.map((level) => level.text + (reached.has(level.bar) ? pieces.mark : "")).join(", "),
      );
      return `${pieces.start}${offences.join(pieces.between)}${pieces.end} ${data.footnotes[language()]}`;
    };

    const highlight = (charges) => {
      const reached = new Set(charges.flatMap((charge) => charge.bar_ids));
      const involved = new Set(charges.map((charge) => charge.offence.article));
      for (const bar of data.bars) {
        const hit = reached.has(bar);
        const dim = !involved.has(bar.split(":")[0]);
        for (const id of [bar, `value:${bar}`]) {
          const node = parts.get(id);
          node?.classList.toggle("sxk-law-hit", hit);
          node?.classList.toggle("sxk-law-dim", dim);
        }
        const star = parts.get(`star:${bar}`);
        if (star) star.setAttribute("visibility", hit ? "visible" : "hidden");
        parts.get(bar)?.setAttribute("data-reached", String(hit));
      }
      svg.setAttribute("aria-label", alternative(reached));
    };

    // --- the result: as HTML (tests/oracles.py writes the same) ----------------------------
    const resultHtml = (outcome) => {
      const lang = language();
      if (outcome.charges.length === 0) return `<p>${label("case_none")}</p>`;
      const items = outcome.charges.map((charge) => {
        const offence = charge.offence;
        const form = charge.levels
          .map((level) =>
            level === offence ? label("base_offence") : data.tierTexts[`${offence.article}:${level.id}`][lang],
          )
          .join(data.semicolon[lang]);
        return (
          `<li><strong>${label("article_short")} ${offence.article} · ` +
          `${lawEscape(inLanguage(offence.label))}</strong> (${lawEscape(form)})${data.colon[lang]}` +
          `${label("up_to")} <strong>${data.years[lang][charge.prison_years]}</strong>` +
          ` ${label("and")} <strong>${data.euros[lang][charge.fine_eur]}</strong><br>` +
          `<span class="sxk-law-explanation">${lawEscape(inLanguage(offence.explanation))}</span></li>`
        );
      });
      const together = domFill(label(outcome.minor_offender ? "case_together_adult" : "case_together"), {
        prison: data.years[lang][outcome.heaviest.prison_years],
        fine: data.euros[lang][outcome.top_fine.fine_eur],
        source: data.sources.concurrent_offences,
      });
      const notes = [together, label("case_court")];
      if (outcome.minor_offender) {
        notes.unshift(domFill(label("case_minor_offender"), { source: data.sources.minor_offender }));
      }
      const count = outcome.charges.length;
      const title = domFill(label(count === 1 ? "case_result_one" : "case_result"), { n: count });
      return `<p><strong>${title}</strong></p><ul>${items.join("")}</ul>${notes.map((n) => `<p>${n}</p>`).join("")}`;
    };

    const showResult = () => {
      clear.disabled = ticked.size === 0;
      if (ticked.size === 0) {
        status.replaceChildren();
        figure.hidden = true;
        return;
      }
      const outcome = caseOutcome(data.offences, data.caseFacts, [...ticked]);
      status.innerHTML = resultHtml(outcome); // labels hold HTML; content texts escaped above
      figure.hidden = outcome.charges.length === 0;
      if (!figure.hidden) {
        showChart();
        highlight(outcome.charges);
      }
    };

    const tell = () => {
      model.set("ticked", data.caseFacts.facts.map((fact) => fact.id).filter((id) => ticked.has(id)));
      model.save_changes();
    };

    // --- the facts: native checkboxes, one fieldset per group ----------------------------------
    const drawFacts = () => {
      const groups = ["acts", "people"].map((group) => {
        const boxes = data.caseFacts.facts
          .filter((fact) => fact.group === group)
          .map((fact) => {
            const box = domElement("input", { type: "checkbox", id: `${viewId}-${fact.id}`, "data-fact": fact.id });
            box.checked = ticked.has(fact.id);
            box.addEventListener("input", () => {
              if (box.checked) ticked.add(fact.id);
              else ticked.delete(fact.id);
              showResult();
              tell();
            });
            return domElement("div", { className: "sxk-law-fact" }, box, domElement("label", { for: box.id }, inLanguage(fact.label)));
          });
        return domElement("fieldset", {}, domElement("legend", {}, label(`case_${group}`)), boxes);
      });
      const active = form.contains(document.activeElement) ? document.activeElement.getAttribute("data-fact") : null;
      form.replaceChildren(...groups);
      if (active) form.querySelector(`[data-fact="${CSS.escape(active)}"]`)?.focus();
    };

    const drawSettings = () => {
      settings.hidden = !model.get("show_settings");
      settings.replaceChildren(...domSettingSwitches(model, viewId, label, ["language"], "sxk-law-switch"));
    };

    clear.addEventListener("click", () => {
      ticked = new Set();
      for (const box of form.querySelectorAll("input[type=checkbox]")) box.checked = false;
      showResult();
      tell();
      form.querySelector("input")?.focus();
    });

    function draw() {
      root.lang = language();
      drawSettings();
      drawFacts();
      intro.innerHTML = label("case_intro"); // a label: written by the kit, holds <strong>
      clear.textContent = label("case_clear");
      caption.textContent = label("case_chart_caption");
      help.innerHTML = data.helpLine[language()]; // rendered and escaped by Python (widgets/help.py)
      showResult();
    }

    const onLanguage = () => draw();
    const onTicked = () => {
      const sent = new Set(model.get("ticked") ?? []);
      if (sent.size === ticked.size && [...sent].every((id) => ticked.has(id))) return;
      ticked = sent;
      draw();
    };
    const onSettings = () => drawSettings();
    model.on("change:language", onLanguage);
    model.on("change:ticked", onTicked);
    model.on("change:show_settings", onSettings);
    draw();
    return () => {
      model.off("change:language", onLanguage);
      model.off("change:ticked", onTicked);
      model.off("change:show_settings", onSettings);
    };
  },
};
