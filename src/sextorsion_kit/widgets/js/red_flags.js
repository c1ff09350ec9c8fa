// The red-flag chat's front end (anywidget): tick the warning signs of a chat.
//
// Python (widgets/red_flags.py) sends the conversation in both languages, the interface
// labels and each language's colon and quotation marks. Ticking, Check and its feedback on
// every message, Try again and the language switch run here, with no kernel round trip.
// Whether each decision is right comes from ./rules.js (checkRedFlags, redFlagCounts);
// front_end.py puts that file in front of this one, so this import disappears when bundled.
// Every content text goes into the page as text (textContent), never as HTML.
//

import { domElement, domReplace, domFill, domButton, domSettingSwitches, domWithSettings } from "./dom.js";
import { checkRedFlags, redFlagCounts, verdictIsPartial } from "./rules.js";

const FLAG_MARK_RIGHT = "✔";
const FLAG_MARK_WRONG = "✘";
const FLAG_HEADLINE_MARK = /^([✔✘◐])\s*/u; // the symbol that starts the right/partial/wrong labels
let flagViewCount = 0; // gives each view its own ids

export default {
  async render({ model: widgetModel, el, host }) {
    const model = await domWithSettings(widgetModel, host);
    flagViewCount += 1;
    const viewId = `sxk-flags-${flagViewCount}`;
    const chat = model.get("chat");
    const labels = model.get("labels");
    const colons = model.get("colon");
    const quotes = model.get("quotes");
    const ticked = new Set(); // message indexes
    let verdict = null; // the last Check's, until Try again

    const language = () => model.get("language");
    const label = (key) => {
      const text = labels[key];
      if (!text) throw new Error(`red-flag widget: no label '${key}' in the data`);
      return text[language()];
    };
    const inLanguage = (text) => text[language()];
    const colon = () => colons[language()];
    const quoted = (text) => `${quotes[language()][0]}${text}${quotes[language()][1]}`;
    const withoutMark = (text) => text.replace(FLAG_HEADLINE_MARK, "");

    const root = domElement("div", { className: "sxk-quiz sxk-flags" });
    const settings = domElement("div", { className: "sxk-quiz-settings" });
    const header = domElement("div", { className: "sxk-quiz-header" });
    const body = domElement("div", { className: "sxk-quiz-body" });
    const buttons = domElement("div", { className: "sxk-quiz-buttons" });
    // Stays in place, emptied rather than hidden: a live region must be in the page to be heard.
    const feedback = domElement("div", {
      className: "sxk-quiz-feedback",
      role: "status",
      "aria-live": "polite",
      tabindex: "-1",
    });
    root.append(settings, header, body, buttons, feedback);
    domReplace(el, root);

    /** ✔ or ✘ hidden from screen readers, with the words they read instead. */
    const mark = (right) => [
      domElement("span", { "aria-hidden": "true", className: "sxk-quiz-mark" }, right ? FLAG_MARK_RIGHT : FLAG_MARK_WRONG),
      domElement("span", { className: "sxk-quiz-sr" }, `${withoutMark(right ? label("right") : label("wrong"))}${colon()}`),
    ];

    // --- feedback after Check (tests/oracles.py writes the same) ------------------------

    const feedbackNodes = () => {
      const headlineText = verdict.correct ? label("right") : verdictIsPartial(verdict) ? label("partial") : label("wrong");
      const found = headlineText.match(FLAG_HEADLINE_MARK);
      const headline = domElement(
        "strong",
        {},
        found ? domElement("span", { "aria-hidden": "true" }, found[1], " ") : null,
        found ? headlineText.slice(found[0].length) : headlineText,
      );
      const summary = domFill(label("flag_score"), redFlagCounts(chat, verdict));
      const lines = verdict.notes.map((note, index) => {
        const message = chat.messages[index];
        const kind = message.red_flag ? label("red_flag") : label("ordinary");
        const did = note.chosen ? label("ticked") : label("not_ticked");
        return domElement(
          "li",
          {},
          mark(note.right),
          " ",
          domElement("strong", {}, message.sender),
          colon(),
          quoted(inLanguage(message.text)),
          " ",
          domElement("em", {}, `(${kind}, ${did})`),
          domElement("br"),
          inLanguage(message.why),
        );
      });
      return [
        domElement("p", { className: "sxk-quiz-headline" }, headline, " — ", summary),
        domElement("ul", { className: "sxk-quiz-notes" }, lines),
      ];
    };

    // Check changes only the feedback and the Try again button: the chat stays as it is.
    const check = () => {
      verdict = checkRedFlags(chat, ticked);
      drawButtons();
      domReplace(feedback, ...feedbackNodes());
      feedback.focus();
    };

    const retry = () => {
      ticked.clear();
      verdict = null;
      draw({ focusKey: "message-0" });
    };

    // --- the chat: one bubble per message, each a native checkbox labelled by the message ----------

    const chatPanel = () => {
      const introId = `${viewId}-intro`;
      const senders = [];
      const bubbles = chat.messages.map((message, index) => {
        if (!senders.includes(message.sender)) senders.push(message.sender);
        const side = senders.indexOf(message.sender) % 2;
        return domElement(
          "label",
          { className: `sxk-quiz-bubble sxk-quiz-bubble-${side} sxk-flags-message` },
          domElement("input", {
            type: "checkbox",
            "data-key": `message-${index}`,
            checked: ticked.has(index),
            on: {
              change: (event) => {
                if (event.target.checked) ticked.add(index);
                else ticked.delete(index);
              },
            },
          }),
          domElement(
            "span",
            {},
            domElement("strong", {}, message.sender),
            colon(),
            inLanguage(message.text),
          ),
        );
      });
      return [
        domElement("p", { id: introId, className: "sxk-flags-intro" }, inLanguage(chat.introduction)),
        domElement("div", { role: "group", "aria-labelledby": introId, className: "sxk-quiz-chat" }, bubbles),
      ];
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

    const drawButtons = () =>
      domReplace(
        buttons,
        domButton("check", label("check"), check, { className: "sxk-quiz-primary" }),
        domButton("retry", label("try_again"), retry, { disabled: verdict === null }),
      );

    /** Redraw everything from the state; focus stays on the same control (or `focusKey`). */
    function draw({ focusKey = null } = {}) {
      const active = root.contains(document.activeElement) ? document.activeElement : null;
      const keepKey = focusKey ?? (active ? active.getAttribute("data-key") : null);
      root.lang = language();
      drawSettings();
      domReplace(header, domElement("h3", {}, inLanguage(chat.title)));
      domReplace(body, ...chatPanel());
      drawButtons();
      domReplace(feedback, ...(verdict ? feedbackNodes() : []));
      const target = keepKey && root.querySelector(`[data-key="${CSS.escape(keepKey)}"]:not([disabled])`);
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
