// The live slides of a talk deck (widgets/talk.py gives each its data, in the deck's language).
// The class answers by a show of hands; the speaker clicks. Every control drawn here changes
// what the slide shows, and nothing is drawn that cannot work in a deck. Texts go in as text.

import { domButton, domElement, domReplace } from "./dom.js";

const LETTERS = "ABCDEFGH";
// A printed deck (reveal's ?print-pdf) shows each live slide answered: a PDF projected or
// handed out must leave no myth and no question without its answer.
const PRINTED = /print-pdf/i.test(globalThis.location ? globalThis.location.search : "");

/** A slide part that draws itself again from `state` whenever `set` changes it. */
function stateful(root, initial, draw) {
  let state = { ...initial };
  const set = (changes) => {
    state = { ...state, ...changes };
    domReplace(root, draw(state, set));
  };
  domReplace(root, draw(state, set));
}

function revealButton(revealed, labels, set) {
  return domButton(
    revealed ? "hide" : "reveal",
    revealed ? labels.hide_answer : labels.show_answer,
    () => set({ revealed: !revealed, open: null }),
    { className: "sxk-talk-action", "aria-pressed": String(revealed) },
  );
}

function mark(correct, labels) {
  return domElement(
    "span",
    { className: `sxk-talk-mark ${correct ? "is-right" : "is-wrong"}` },
    correct ? labels.right : labels.not_right,
  );
}

/** The explanation of one answer or step, with the way back to the list. */
function explained(lead, chosen, text, labels, set) {
  return [
    lead,
    domElement("div", { className: "sxk-talk-panel", role: "status" },
      domElement("p", { className: "sxk-talk-chosen" }, ...chosen), domElement("p", {}, text)),
    domElement("div", { className: "sxk-talk-buttons" },
      domButton("back", labels.back_to_answers, () => set({ open: null }), { className: "sxk-talk-action" })),
  ];
}

// --- a question: options, then the right ones and the feedback of each --------------------

function drawChoices(data, labels) {
  return ({ revealed, open }, set) => {
    if (open !== null) {
      const option = data.options[open];
      const lead = domElement("p", { className: "sxk-talk-prompt sxk-talk-small-prompt" }, data.prompt);
      const chosen = [`${LETTERS[open]}. ${option.text} `, mark(option.correct, labels)];
      return explained(lead, chosen, option.feedback, labels, set);
    }
    const items = data.options.map((option, index) => {
      const text = [domElement("span", { className: "sxk-talk-letter" }, LETTERS[index]), option.text];
      if (!revealed) return domElement("li", { className: "sxk-talk-option" }, ...text);
      return domElement(
        "li",
        { className: "sxk-talk-option" },
        domButton(`option-${index}`, [...text, " ", mark(option.correct, labels)], () => set({ open: index }), {
          className: `sxk-talk-option-button ${option.correct ? "is-right" : "is-wrong"}`,
        }),
      );
    });
    return [
      domElement("p", { className: "sxk-talk-prompt" }, data.prompt),
      domElement("ul", { className: "sxk-talk-options" }, items),
      domElement("div", { className: "sxk-talk-buttons" }, revealButton(revealed, labels, set),
        revealed ? domElement("p", { className: "sxk-talk-hint" }, labels.pick_hint) : null),
    ];
  };
}

function drawTrueFalse(data, labels) {
  return ({ revealed }, set) => [
    domElement("p", { className: "sxk-talk-statement" }, data.prompt),
    revealed
      ? domElement(
          "div",
          { className: "sxk-talk-panel", role: "status" },
          domElement("p", { className: "sxk-talk-verdict" }, data.answer),
          domElement("p", {}, data.explanation),
        )
      : null,
    domElement("div", { className: "sxk-talk-buttons" }, revealButton(revealed, labels, set)),
  ];
}

function drawOrder(data, labels) {
  return ({ revealed, open }, set) => {
    if (open !== null) {
      const step = data.steps[open];
      const lead = domElement("p", { className: "sxk-talk-kicker" }, labels.step_why);
      return explained(lead, [`${open + 1}. ${step.text}`], step.why, labels, set);
    }
    const list = revealed
      ? domElement(
          "ol",
          { className: "sxk-talk-steps", "aria-label": labels.right_order },
          data.steps.map((step, index) =>
            domElement("li", {}, domButton(`step-${index}`, step.text, () => set({ open: index }), { className: "sxk-talk-option-button" })),
          ),
        )
      : domElement(
          "ul",
          { className: "sxk-talk-options", "aria-label": labels.order_prompt },
          data.shuffled.map((index, place) =>
            domElement("li", { className: "sxk-talk-option" }, domElement("span", { className: "sxk-talk-letter" }, LETTERS[place]), data.steps[index].text),
          ),
        );
    return [
      domElement("p", { className: "sxk-talk-prompt" }, data.prompt),
      domElement("p", { className: "sxk-talk-kicker" }, revealed ? labels.right_order : labels.order_prompt),
      list,
      domElement("div", { className: "sxk-talk-buttons" }, revealButton(revealed, labels, set),
        revealed ? domElement("p", { className: "sxk-talk-hint" }, labels.pick_hint) : null),
    ];
  };
}

function drawQuestion(root, data, labels) {
  const draw = { true_false: drawTrueFalse, order: drawOrder }[data.type] || drawChoices;
  stateful(root, { revealed: PRINTED, open: null }, draw(data, labels));
}

// --- a role-play: the class's choice makes the story branch -------------------------------

function bubbles(chat) {
  if (!chat.length) return null;
  return domElement(
    "div",
    { className: "sxk-talk-chat" },
    chat.map((message) =>
      domElement(
        "p",
        { className: `sxk-talk-bubble ${message.mine ? "is-mine" : ""}` },
        domElement("span", { className: "sxk-talk-sender" }, message.sender),
        " ",
        message.text,
      ),
    ),
  );
}

function drawRolePlay(root, data, labels) {
  // A scene is read first (narration and chat), then its choices are shown for the vote,
  // then the class's choice and what it changes, then the next scene.
  const start = { scene: data.start, view: "scene", chosen: null };
  stateful(root, start, ({ scene, view, chosen }, set) => {
    const current = data.scenes[scene];
    const header = null; // the slide's heading names the role-play
    const buttons = (...shown) => domElement("div", { className: "sxk-talk-buttons" }, ...shown);
    const action = (key, text, changes, secondary = false) =>
      domButton(key, text, () => set(changes), { className: `sxk-talk-action${secondary ? " is-secondary" : ""}` });
    if (current.ending) {
      return [
        header,
        domElement(
          "div",
          { className: `sxk-talk-panel sxk-talk-ending is-${current.ending.tone}`, role: "status" },
          domElement("p", { className: "sxk-talk-verdict" }, current.ending.kind),
          domElement("p", { className: "sxk-talk-chosen" }, current.ending.title),
          domElement("p", {}, current.ending.message),
        ),
        buttons(action("restart", labels.play_again, start)),
      ];
    }
    if (view === "feedback") {
      const choice = current.choices[chosen];
      return [
        header,
        domElement(
          "div",
          { className: "sxk-talk-panel", role: "status" },
          domElement("p", { className: "sxk-talk-chosen" }, `${labels.class_chose} ${choice.text}`),
          domElement("p", {}, choice.feedback),
        ),
        buttons(
          action("next", labels.see_next, { scene: choice.next, view: "scene", chosen: null }),
          action("other", labels.choose_again, { view: "choices", chosen: null }, true),
        ),
      ];
    }
    if (view === "choices") {
      return [
        header,
        domElement("p", { className: "sxk-talk-prompt" }, labels.what_now),
        domElement(
          "ul",
          { className: "sxk-talk-options" },
          current.choices.map((choice, index) =>
            domElement(
              "li",
              { className: "sxk-talk-option" },
              domButton(`choice-${index}`, [domElement("span", { className: "sxk-talk-letter" }, LETTERS[index]), choice.text],
                () => set({ view: "feedback", chosen: index }), { className: "sxk-talk-option-button" }),
            ),
          ),
        ),
        buttons(action("scene", labels.back_to_scene, { view: "scene" }, true)),
      ];
    }
    return [
      header,
      domElement("p", { className: "sxk-talk-narration" }, current.narration),
      bubbles(current.chat),
      buttons(action("choices", labels.what_now, { view: "choices" })),
    ];
  });
}

// --- the red-flag chat: the speaker ticks the messages the class names ----------------------

function drawChat(root, data, labels) {
  // the victim's own messages are ordinary, never "not a warning sign in itself"
  const verdict = (message) => (message.flag ? labels.flag : message.mine ? labels.ordinary : labels.no_flag);
  const everyMessage = data.messages.map((_message, index) => index);
  stateful(root, { ticked: PRINTED ? everyMessage : [], open: null }, ({ ticked, open }, set) => {
    const list = domElement(
      "div",
      { className: "sxk-talk-chat sxk-talk-chat-tickable" },
      data.messages.map((message, index) => {
        const shown = ticked.includes(index);
        return domButton(
          `message-${index}`,
          [
            domElement("span", { className: "sxk-talk-sender" }, message.sender),
            " ",
            message.text,
            shown ? domElement("span", { className: `sxk-talk-mark ${message.flag ? "is-flag" : "is-ordinary"}` }, verdict(message)) : null,
          ],
          // a first click ticks the message and explains it; a click on the one explained
          // closes the explanation (the message stays ticked)
          () => set({ ticked: shown ? ticked : [...ticked, index], open: open === index ? null : index }),
          { className: `sxk-talk-bubble ${message.mine ? "is-mine" : ""}`, "aria-pressed": String(shown) },
        );
      }),
    );
    const why =
      open === null
        ? domElement("p", { className: "sxk-talk-hint" }, labels.chat_hint)
        : domElement(
            "div",
            { className: "sxk-talk-panel", role: "status" },
            domElement("p", { className: "sxk-talk-verdict" }, verdict(data.messages[open])),
            domElement("p", {}, data.messages[open].why),
          );
    // a mis-click can be taken back: clear every tick
    const clear = ticked.length
      ? domButton("clear", labels.clear, () => set({ ticked: [], open: null }), { className: "sxk-talk-action is-secondary" })
      : null;
    return [
      domElement("p", { className: "sxk-talk-kicker" }, data.part),
      domElement("div", { className: "sxk-talk-columns" }, list, domElement("div", {}, why, clear)),
    ];
  });
}

// --- a myth: the statement, then myth or fact and why -------------------------------------

function drawMyth(root, data, labels) {
  stateful(root, { revealed: PRINTED }, ({ revealed }, set) => [
    domElement("p", { className: "sxk-talk-statement" }, data.statement),
    revealed
      ? domElement(
          "div",
          { className: `sxk-talk-panel ${data.myth ? "is-myth" : "is-fact"}`, role: "status" },
          domElement("p", { className: "sxk-talk-verdict" }, data.verdict),
          domElement("p", {}, data.explanation),
        )
      : null,
    domElement(
      "div",
      { className: "sxk-talk-buttons" },
      domButton(revealed ? "hide" : "reveal", revealed ? labels.hide_answer : labels.myth_or_fact, () => set({ revealed: !revealed }), {
        className: "sxk-talk-action",
        "aria-pressed": String(revealed),
      }),
    ),
  ]);
}

const DRAW = { question: drawQuestion, role_play: drawRolePlay, chat: drawChat, myth: drawMyth };

export default {
  render({ model, el }) {
    const kind = model.get("kind");
    const draw = DRAW[kind];
    if (!draw) throw new Error(`talk slide: unknown kind ${kind}`);
    const root = domElement("div", { className: `sxk-talk sxk-talk-${kind}`, "data-talk": kind });
    el.append(root);
    draw(root, model.get("data"), model.get("labels"));
  },
};
