// The quiz widget's front end (anywidget): a quiz played in the browser.
//
// Python (widgets/quiz.py) sends the quiz in both languages and both age bands, the order in
// which its engine (QuizSession) shows questions, options and steps for each band, the
// interface labels and the help box. Everything else runs here, with no kernel round trip:
// choosing, Check and its feedback, moving between questions, the first-try score,
// role-plays with rewind and restart, and the language and age-band switches.
//
// Every rule (is it right, what does a choice lead to, the score) comes from ./rules.js;
// front_end.py puts that file in front of this one, so this import disappears when bundled.
// Every content text goes into the page as text (textContent), never as HTML; only the help
// box, rendered and escaped by Python, is inserted as HTML.

import { domElement, domReplace, domFill, domButton, domSettingSwitches, domWithSettings } from "./dom.js";
import {
  canRewindRolePlay,
  checkAnswer,
  chooseInRolePlay,
  currentRolePlayScene,
  lastRolePlayChoice,
  offeredChoices,
  quizResult,
  restartRolePlay,
  rewindRolePlay,
  rolePlayEnding,
  rolePlayVerdict,
  rulesOfStep,
  startRolePlay,
  toFileResponse,
  verdictIsPartial,
} from "./rules.js";

const QUIZ_MARK_RIGHT = "✔";
const QUIZ_MARK_WRONG = "✘";
const QUIZ_HEADLINE_MARK = /^([✔✘◐])\s*/u; // the symbol that starts the right/partial/wrong labels
let quizViewCount = 0; // gives each view its own ids and radio-group names

/** Python's f"{points:g}": at most six significant digits, no trailing zeros. */
function quizPoints(points) {
  return String(Number(points.toPrecision(6)));
}

/** Whether two Texts ({fr, en}) are the same text. */
function quizSameText(a, b) {
  return a.fr === b.fr && a.en === b.en;
}

/**
 * A first answer as the class-pulse server reads it (logic/answers.py): the file's option
 * index, "true"/"false", ticked indexes sorted and joined by "-", or the order placed.
 */
function quizAnswerOption(fileResponse) {
  if (fileResponse instanceof Set) return [...fileResponse].sort((a, b) => a - b).join("-");
  if (Array.isArray(fileResponse)) return fileResponse.join("-");
  return String(fileResponse);
}

/** A fresh play of the quiz for one age band: Python's QuizSession, as data. */
function quizNewPlay(data, band) {
  const presentation = data.sessions[band];
  if (!presentation) return { band, unavailable: true, shown: [], index: 0, finished: false };
  const shown = presentation.questions.map((questionIndex, n) => {
    const question = data.quiz.questions[questionIndex];
    return {
      question,
      order: presentation.orders[n],
      attempts: [],
      draft: undefined,
      run: question.kind === "roleplay" ? startRolePlay(question, band) : null,
    };
  });
  return { band, unavailable: false, shown, index: 0, finished: false };
}

export default {
  async render({ model: widgetModel, el, host }) {
    const model = await domWithSettings(widgetModel, host);
    quizViewCount += 1;
    const viewId = `sxk-quiz-${quizViewCount}`;
    const data = {
      quiz: model.get("quiz"),
      sessions: model.get("sessions"),
      labels: model.get("labels"),
      helpHtml: model.get("help_html"),
      colon: model.get("colon"),
    };
    let play = quizNewPlay(data, model.get("age_band"));

    const language = () => model.get("language");
    const label = (key) => {
      const text = data.labels[key];
      if (!text) throw new Error(`quiz widget: no label '${key}' in the data`);
      return text[language()];
    };
    const inLanguage = (text) => text[language()];
    const colon = () => data.colon[language()];

    // The parts of the widget. `feedback` stays in place (role=status is announced when its
    // content changes); the others are redrawn.
    const root = domElement("div", { className: "sxk-quiz", "data-quiz": data.quiz.id });
    const settings = domElement("div", { className: "sxk-quiz-settings" });
    const header = domElement("div", { className: "sxk-quiz-header" });
    const body = domElement("div", { className: "sxk-quiz-body" });
    const feedback = domElement("div", {
      className: "sxk-quiz-feedback",
      role: "status",
      "aria-live": "polite",
      tabindex: "-1",
    });
    const navigation = domElement("div", { className: "sxk-quiz-navigation" });

    // A first try, told to the page: the classroom server's page script (make classroom)
    // counts it for the class; everywhere else nothing listens and nothing leaves the page.
    const tellFirstTry = (shown, option) =>
      root.dispatchEvent(
        new CustomEvent("sxk-answer", {
          bubbles: true,
          detail: { question: `${data.quiz.id}/${shown.question.id}`, option },
        }),
      );
    root.append(settings, header, body, feedback, navigation);
    domReplace(el, root);

    // --- small pieces -------------------------------------------------------------------

    /** A mark (✔ ✘) hidden from screen readers, which read the words beside it instead. */
    const mark = (right) =>
      domElement("span", { "aria-hidden": "true", className: "sxk-quiz-mark" }, right ? QUIZ_MARK_RIGHT : QUIZ_MARK_WRONG);

    /** Words for screen readers only, where a line otherwise says right or wrong by a mark. */
    const spoken = (right) =>
      domElement("span", { className: "sxk-quiz-sr" }, `${withoutMark(right ? label("right") : label("wrong"))}${colon()}`);

    const withoutMark = (text) => text.replace(QUIZ_HEADLINE_MARK, "");

    /** "✔ Bonne réponse" with its symbol hidden from screen readers. */
    const headline = (verdict) => {
      const text = verdict.correct ? label("right") : verdictIsPartial(verdict) ? label("partial") : label("wrong");
      const found = text.match(QUIZ_HEADLINE_MARK);
      return domElement(
        "p",
        { className: "sxk-quiz-headline" },
        found ? domElement("span", { "aria-hidden": "true" }, found[1], " ") : null,
        found ? text.slice(found[0].length) : text,
      );
    };

    /** A fictional chat as bubbles, each with its sender's name (never told by colour only). */
    const chat = (messages) => {
      if (!messages || messages.length === 0) return null;
      const senders = [];
      const bubbles = messages.map((message) => {
        if (!senders.includes(message.sender)) senders.push(message.sender);
        const side = senders.indexOf(message.sender) % 2;
        return domElement(
          "div",
          { className: `sxk-quiz-bubble sxk-quiz-bubble-${side}` },
          domElement("strong", {}, message.sender),
          domElement("br"),
          inLanguage(message.text),
        );
      });
      return domElement("div", { role: "log", className: "sxk-quiz-chat" }, bubbles);
    };

    // --- feedback after Check (tests/oracles.py writes the same)-----------------------------------

    const orderDetail = (question, note) => {
      const step = question.steps.findIndex((candidate) => quizSameText(candidate.text, note.subject));
      if (!question.rules || question.rules.length === 0) {
        return domFill(note.right ? label("in_place") : label("not_in_place"), { right: step + 1 });
      }
      const rules = rulesOfStep(question, step);
      if (rules.length === 0) return label("order_anywhere");
      if (note.right) return label("order_kept");
      return domFill(label("order_broken"), { rules: rules.map((rule) => inLanguage(rule.rule)).join(", ") });
    };

    const noteLine = (question, index, note, place) => {
      let right;
      let detail;
      if (question.kind === "single") {
        right = question.options[index].correct;
        const said = [];
        if (right) said.push(label("the_right_one"));
        if (note.chosen) said.push(label("your_answer"));
        detail = said.length > 0 ? said.join(", ") : null;
      } else if (question.kind === "multiple") {
        right = note.right;
        const did = note.chosen ? label("ticked") : label("not_ticked");
        const should = question.options[index].correct ? label("should_tick") : label("should_not_tick");
        detail = `${did}, ${should}`;
      } else {
        right = note.right;
        detail = `${place + 1}. ${orderDetail(question, note)}`;
      }
      return domElement(
        "li",
        {},
        mark(right),
        " ",
        domElement("strong", {}, inLanguage(note.subject)),
        detail ? [" ", domElement("em", {}, `(${detail})`)] : null,
        domElement("br"),
        inLanguage(note.explanation),
      );
    };

    const verdictNodes = (shown, verdict) => {
      const question = shown.question;
      const nodes = [headline(verdict)];
      if (question.kind === "true_false") {
        const answer = question.answer ? label("true") : label("false");
        nodes.push(domElement("p", {}, domFill(label("answer_is"), { answer })));
        nodes.push(domElement("p", {}, inLanguage(verdict.notes[0].explanation)));
      } else {
        const lines =
          question.kind === "order"
            ? verdict.notes.map((note, place) => noteLine(question, place, note, place))
            : shown.order.map((index, place) => noteLine(question, index, verdict.notes[index], place));
        nodes.push(domElement("ul", { className: "sxk-quiz-notes" }, lines));
      }
      if (verdict.summary) nodes.push(domElement("p", {}, inLanguage(verdict.summary)));
      return nodes;
    };

    // Emptied rather than hidden: a live region must stay in the page to be announced.
    const showFeedback = (nodes) => domReplace(feedback, ...nodes);

    // --- answering --------------------------------------------------------------------------

    /** The current draft as Python's QuizSession.answer takes it, or null when there is none. */
    const response = (shown) => {
      const kind = shown.question.kind;
      const draft = shown.draft;
      if (kind === "multiple") return draft && draft.size > 0 ? new Set(draft) : null;
      if (kind === "order") return [...draft];
      return draft === undefined ? null : draft;
    };

    const check = () => {
      const shown = play.shown[play.index];
      const given = response(shown);
      if (given === null) {
        const hint = shown.question.kind === "multiple" ? label("tick_some") : label("pick_one");
        showFeedback([domElement("p", {}, hint)]);
      } else {
        const fileResponse = toFileResponse(shown.order, given);
        const verdict = checkAnswer(shown.question, fileResponse);
        shown.attempts.push(verdict);
        if (shown.attempts.length === 1) tellFirstTry(shown, quizAnswerOption(fileResponse));
        showFeedback(verdictNodes(shown, verdict));
      }
      feedback.focus();
    };

    // --- the five kinds of question ----------------------------------------------------------

    const promptText = (question) => inLanguage(question.kind === "true_false" ? question.statement : question.prompt);

    const choicePanel = (shown, type, items) => {
      const name = `${viewId}-q${play.index}`;
      const inputs = items.map(({ text, value, checked }, n) =>
        domElement(
          "label",
          { className: "sxk-quiz-option" },
          domElement("input", {
            type,
            name,
            value: String(value),
            checked,
            "data-key": `option-${n}`,
            on: {
              change: (event) => {
                if (type === "radio") {
                  shown.draft = value;
                } else {
                  const ticked = new Set(shown.draft ?? []);
                  if (event.target.checked) ticked.add(value);
                  else ticked.delete(value);
                  shown.draft = ticked;
                }
              },
            },
          }),
          domElement("span", {}, text),
        ),
      );
      return domElement(
        "fieldset",
        { className: "sxk-quiz-choices" },
        domElement("legend", { className: "sxk-quiz-prompt" }, promptText(shown.question)),
        inputs,
      );
    };

    const singlePanel = (shown) =>
      choicePanel(
        shown,
        "radio",
        shown.order.map((index, place) => ({
          text: inLanguage(shown.question.options[index].text),
          value: place,
          checked: shown.draft === place,
        })),
      );

    const multiplePanel = (shown) =>
      choicePanel(
        shown,
        "checkbox",
        shown.order.map((index, place) => ({
          text: inLanguage(shown.question.options[index].text),
          value: place,
          checked: shown.draft !== undefined && shown.draft.has(place),
        })),
      );

    const trueFalsePanel = (shown) =>
      choicePanel(shown, "radio", [
        { text: label("true"), value: true, checked: shown.draft === true },
        { text: label("false"), value: false, checked: shown.draft === false },
      ]);

    const orderPanel = (shown) => {
      if (shown.draft === undefined) shown.draft = shown.order.map((_, place) => place);
      const arrangement = shown.draft;
      const promptId = `${viewId}-prompt-${play.index}`;
      const rows = arrangement.map((place, position) => {
        const stepText = inLanguage(shown.question.steps[shown.order[place]].text);
        const named = (key) => `${key}${colon()}${position + 1}. ${stepText}`;
        return domElement(
          "li",
          { className: "sxk-quiz-step" },
          domButton(`up-${place}`, "↑", () => move(position, -1, place), {
            "aria-label": named(label("move_up")),
            title: label("move_up"),
            disabled: position === 0,
          }),
          domButton(`down-${place}`, "↓", () => move(position, +1, place), {
            "aria-label": named(label("move_down")),
            title: label("move_down"),
            disabled: position === arrangement.length - 1,
          }),
          domElement("span", {}, `${position + 1}. ${stepText}`),
        );
      });
      return domElement(
        "div",
        {},
        domElement("p", { className: "sxk-quiz-prompt", id: promptId }, promptText(shown.question)),
        domElement("p", {}, domElement("em", {}, label("order_help"))),
        domElement("ol", { className: "sxk-quiz-steps", "aria-labelledby": promptId }, rows),
      );
    };

    /** Move the step shown at `position` up (-1) or down (+1); focus follows the step. */
    const move = (position, offset, place) => {
      const arrangement = play.shown[play.index].draft;
      const target = position + offset;
      if (target < 0 || target >= arrangement.length) return;
      [arrangement[position], arrangement[target]] = [arrangement[target], arrangement[position]];
      const atEdge = target === 0 || target === arrangement.length - 1;
      const same = offset < 0 ? `up-${place}` : `down-${place}`;
      const other = offset < 0 ? `down-${place}` : `up-${place}`;
      draw({ focusKey: atEdge ? other : same });
    };

    // --- role-plays --------------------------------------------------------------------------------

    const rolePlayPanel = (shown) => {
      const playData = shown.question;
      const run = shown.run;
      const parts = [domElement("p", {}, inLanguage(playData.prompt))];
      const last = lastRolePlayChoice(playData, run);
      parts.push(
        domElement(
          "div",
          { role: "status", className: "sxk-quiz-choice-feedback", tabindex: "-1", "data-focus": "choice", hidden: !last },
          last
            ? [
                domElement(
                  "strong",
                  {},
                  `${label("your_choice")}${colon()}`,
                  mark(last.good),
                  spoken(last.good),
                  " ",
                  inLanguage(last.text),
                ),
                domElement("br"),
                inLanguage(last.feedback),
              ]
            : [],
        ),
      );
      const scene = currentRolePlayScene(playData, run);
      parts.push(domElement("p", { tabindex: "-1", "data-focus": "scene" }, inLanguage(scene.narration)));
      parts.push(chat(scene.chat));
      const ending = rolePlayEnding(playData, run);
      if (ending === null) {
        parts.push(domElement("p", { className: "sxk-quiz-prompt" }, label("what_now")));
        parts.push(
          domElement(
            "div",
            { className: "sxk-quiz-role-choices" },
            offeredChoices(playData, run).map(({ index, choice }) =>
              domButton(`choice-${index}`, inLanguage(choice.text), () => choose(shown, index)),
            ),
          ),
        );
      } else {
        parts.push(endingBox(playData, run, ending));
      }
      const rewindable = canRewindRolePlay(run);
      parts.push(
        domElement(
          "div",
          { className: "sxk-quiz-buttons" },
          domButton("rewind", label("rewind"), () => rewind(shown), { disabled: !rewindable }),
          domButton("restart", label("restart"), () => restart(shown), { disabled: !rewindable }),
        ),
      );
      return domElement("div", { className: "sxk-quiz-role-play" }, parts);
    };

    const endingBox = (playData, run, ending) => {
      const verdict = rolePlayVerdict(playData, run);
      const tone = { safe: label("ending_safe"), mixed: label("ending_mixed"), hard: label("ending_hard") }[ending.tone];
      return domElement(
        "div",
        { className: `sxk-quiz-ending sxk-quiz-ending-${ending.tone}` },
        domElement("p", {}, domElement("strong", {}, tone)),
        domElement("h4", {}, inLanguage(ending.title)),
        domElement("p", {}, inLanguage(ending.message)),
        domElement("p", {}, domElement("strong", {}, label("path_review"))),
        domElement(
          "ul",
          {},
          verdict.notes.map((note) =>
            domElement("li", {}, mark(note.right), spoken(note.right), " ", inLanguage(note.subject)),
          ),
        ),
      );
    };

    const choose = (shown, index) => {
      shown.run = chooseInRolePlay(shown.question, shown.run, index);
      if (rolePlayEnding(shown.question, shown.run) !== null) {
        shown.attempts.push(rolePlayVerdict(shown.question, shown.run)); // Python's finish_role_play
        if (shown.attempts.length === 1) tellFirstTry(shown, currentRolePlayScene(shown.question, shown.run).id);
      }
      draw({ focus: "choice" });
    };

    const rewind = (shown) => {
      shown.run = rewindRolePlay(shown.run);
      draw({ focus: canRewindRolePlay(shown.run) ? "choice" : "scene" });
    };

    const restart = (shown) => {
      shown.run = restartRolePlay(shown.run);
      draw({ focus: "scene" });
    };

    // --- navigation and the result ----------------------------------------------------------

    const previous = () => {
      if (play.finished) play.finished = false;
      else if (play.index > 0) play.index -= 1;
      draw({ focus: "heading" });
    };

    const next = () => {
      if (play.finished) {
        play = quizNewPlay(data, play.band); // "start the quiz again": no attempt, no draft
      } else if (play.index + 1 < play.shown.length) {
        play.index += 1;
      } else {
        play.finished = true;
      }
      draw({ focus: "heading" });
    };

    const result = () =>
      quizResult(play.shown.map((shown) => [shown.question.id, shown.attempts.length > 0 ? shown.attempts[0].score : null]));

    const resultPanel = () => {
      const outcome = result();
      const parts = [
        domElement(
          "p",
          { className: "sxk-quiz-prompt", tabindex: "-1", "data-focus": "heading" },
          domFill(label("score"), { points: quizPoints(outcome.points), total: outcome.total }),
        ),
      ];
      if (outcome.answered < outcome.total) {
        parts.push(domElement("p", {}, domFill(label("unanswered"), { count: outcome.total - outcome.answered })));
      }
      parts.push(domElement("h4", {}, label("remember")));
      parts.push(domElement("ul", {}, data.quiz.takeaways.map((text) => domElement("li", {}, inLanguage(text)))));
      const help = domElement("div", { className: "sxk-quiz-help" });
      help.innerHTML = data.helpHtml[language()]; // rendered and escaped by Python (widgets/help.py)
      parts.push(help);
      model.set("result", { points: outcome.points, answered: outcome.answered, total: outcome.total });
      model.save_changes();
      return parts;
    };

    // --- settings: language and age band -----------------------------------------------------

    const drawSettings = () => {
      if (!model.get("show_settings")) {
        domReplace(settings);
        settings.hidden = true;
        return;
      }
      settings.hidden = false;
      domReplace(settings, domSettingSwitches(model, viewId, label, ["language", "age_band"], "sxk-quiz-switch"));
    };

    // --- drawing -------------------------------------------------------------------------------

    const panelOf = (shown) => {
      switch (shown.question.kind) {
        case "single":
          return singlePanel(shown);
        case "multiple":
          return multiplePanel(shown);
        case "true_false":
          return trueFalsePanel(shown);
        case "order":
          return orderPanel(shown);
        default:
          return rolePlayPanel(shown);
      }
    };

    /** Redraw everything from the state; keep focus on the same control, or move it. */
    function draw({ focus = null, focusKey = null } = {}) {
      const active = root.contains(document.activeElement) ? document.activeElement : null;
      const keepKey = focusKey ?? (active ? active.getAttribute("data-key") : null);
      root.lang = language();
      drawSettings();
      const title = domElement("h3", {}, inLanguage(data.quiz.title));
      if (play.unavailable) {
        const ages = data.quiz.ages.join(" / ");
        domReplace(header, title, domElement("p", {}, domElement("em", {}, domFill(label("not_for_band"), { ages }))));
        domReplace(body);
        showFeedback([]);
        domReplace(navigation);
      } else if (play.finished) {
        domReplace(header, title);
        domReplace(body, ...resultPanel());
        showFeedback([]);
        domReplace(
          navigation,
          domButton("previous", label("previous"), previous),
          domButton("next", label("again"), next),
        );
      } else {
        const shown = play.shown[play.index];
        const progress = domFill(label("progress"), { n: play.index + 1, total: play.shown.length });
        domReplace(
          header,
          title,
          play.index === 0 ? domElement("p", {}, inLanguage(data.quiz.introduction)) : null,
          domElement("h4", { className: "sxk-quiz-progress", tabindex: "-1", "data-focus": "heading" }, progress),
        );
        domReplace(body, panelOf(shown));
        const rolePlay = shown.question.kind === "roleplay";
        const last = shown.attempts[shown.attempts.length - 1];
        showFeedback(last && !rolePlay ? verdictNodes(shown, last) : []);
        const atEnd = play.index === play.shown.length - 1;
        domReplace(
          navigation,
          rolePlay ? null : domButton("check", label("check"), check, { className: "sxk-quiz-primary" }),
          domButton("previous", label("previous"), previous, { disabled: play.index === 0 }),
          domButton("next", atEnd ? label("finish") : label("next"), next),
        );
      }
      const target =
        (focus && root.querySelector(`[data-focus="${focus}"]:not([hidden])`)) ||
        (keepKey && root.querySelector(`[data-key="${CSS.escape(keepKey)}"]:not([disabled])`));
      if (target) target.focus();
      else if (active && !root.contains(active)) root.querySelector('[data-focus="heading"]')?.focus();
    }

    // --- the model: Python's settings and the other views of this widget ---------------------------

    const onLanguage = () => draw();
    const onBand = () => {
      play = quizNewPlay(data, model.get("age_band"));
      draw();
    };
    const onSettings = () => draw();
    model.on("change:language", onLanguage);
    model.on("change:age_band", onBand);
    model.on("change:show_settings", onSettings);
    draw();
    return () => {
      model.off("change:language", onLanguage);
      model.off("change:age_band", onBand);
      model.off("change:show_settings", onSettings);
    };
  },
};
