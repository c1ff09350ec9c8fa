// Unit tests of the browser's rules on small hand-made content: node --test tests/js/
// (tests/test_rules_parity.py checks them against the Python engine on the kit's content).

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import * as rules from "../../src/sextorsion_kit/widgets/js/rules.js";

const RULES_SOURCE = new URL("../../src/sextorsion_kit/widgets/js/rules.js", import.meta.url);

/** A Text whose English is the French in capitals. */
const t = (words) => ({ fr: words, en: words.toUpperCase() });

const option = (words, correct) => ({ text: t(words), correct, feedback: t(`why ${words}`) });
const step = (id, words) => ({ id, text: t(words), why: t(`why ${words}`) });

const SINGLE = { id: "s", kind: "single", prompt: t("pick"), options: [option("a", false), option("b", true), option("c", false)] };
const MULTIPLE = {
  id: "m",
  kind: "multiple",
  prompt: t("tick"),
  options: [option("a", true), option("b", true), option("c", false), option("d", false)],
};
const TRUE_FALSE = { id: "tf", kind: "true_false", statement: t("paying stops it"), answer: false, explanation: t("no") };
const IN_PLACE = {
  id: "o",
  kind: "order",
  prompt: t("order"),
  steps: [step(null, "one"), step(null, "two"), step(null, "three"), step(null, "four")],
  rules: [],
  explanation: t("in order"),
};
const WITH_RULES = {
  id: "r",
  kind: "order",
  prompt: t("order"),
  steps: [step("stop", "stop"), step("evidence", "evidence"), step("adult", "adult"), step("block", "block")],
  rules: [
    { before: "evidence", after: "block", rule: t("evidence before blocking") },
    { before: "stop", after: "block", rule: t("stop before blocking") },
  ],
  explanation: t("evidence first"),
};

const scene = (id, choices, ages = ["11-14", "15-18"]) => ({ id, ages, narration: t(id), chat: [], choices, ending: null });
const ending = (id, tone, ages = ["11-14", "15-18"]) => ({
  id,
  ages,
  narration: t(id),
  chat: [],
  choices: [],
  ending: { tone, title: t(tone), message: t(`${tone} message`) },
});
const choice = (next, good) => ({ text: t(`go ${next}`), next, good, feedback: t(`after ${next}`) });
const PLAY = {
  id: "p",
  kind: "roleplay",
  prompt: t("play"),
  start: "start",
  scenes: [
    scene("start", [choice("pay", false), choice("help", true)]),
    scene("pay", [choice("hard", false), choice("help", true)]),
    ending("help", "safe"),
    ending("hard", "hard", ["15-18"]),
  ],
};

test("the module imports nothing and only declares exported functions and constants", () => {
  const source = readFileSync(RULES_SOURCE, "utf8");
  assert.doesNotMatch(source, /^\s*import\b/m);
  assert.doesNotMatch(source, /\bimport\s*\(/);
  const topLevel = source.split("\n").filter((line) => /^[A-Za-z]/.test(line));
  assert.deepEqual(
    topLevel.filter((line) => !/^export (function|const) /.test(line)),
    [],
  );
});

test("single choice: right, wrong, a note on every option, an index out of range refused", () => {
  const right = rules.checkSingle(SINGLE, 1);
  assert.equal(right.correct, true);
  assert.equal(right.score, 1);
  assert.equal(right.summary, null);
  const wrong = rules.checkSingle(SINGLE, 0);
  assert.deepEqual(
    wrong.notes.map((n) => [n.right, n.chosen]),
    [
      [false, true],
      [false, false],
      [true, false],
    ],
  );
  assert.equal(wrong.score, 0);
  assert.deepEqual(wrong.notes[0].explanation, t("why a"));
  assert.throws(() => rules.checkSingle(SINGLE, 3), RangeError);
  assert.throws(() => rules.checkSingle(SINGLE, -1), RangeError);
});

test("ticks: each item is a decision, the score is the share right", () => {
  const partial = rules.checkMultiple(MULTIPLE, new Set([0]));
  assert.equal(partial.score, 0.75);
  assert.equal(rules.verdictIsPartial(partial), true);
  assert.equal(rules.verdictHeadline(partial), "partial");
  assert.deepEqual(
    partial.notes.map((n) => n.right),
    [true, false, true, true],
  );
  assert.equal(rules.checkMultiple(MULTIPLE, [1, 0]).correct, true);
  assert.equal(rules.verdictHeadline(rules.checkMultiple(MULTIPLE, [2, 3])), "wrong");
  assert.equal(rules.checkMultiple(MULTIPLE, [0, 1, 9]).correct, true, "an unknown index is ignored");
  assert.throws(() => rules.checkTicks([], []), RangeError);
});

test("true or false: one note on the statement, chosen either way", () => {
  const right = rules.checkTrueFalse(TRUE_FALSE, false);
  assert.equal(right.correct, true);
  const wrong = rules.checkTrueFalse(TRUE_FALSE, true);
  assert.deepEqual(wrong.notes, [{ subject: t("paying stops it"), right: false, chosen: true, explanation: t("no") }]);
  assert.equal(wrong.score, 0);
});

test("order without rules: each step must be at its place", () => {
  const swapped = rules.checkOrder(IN_PLACE, [0, 3, 2, 1]);
  assert.deepEqual(
    swapped.notes.map((n) => [n.subject.fr, n.right]),
    [
      ["one", true],
      ["four", false],
      ["three", true],
      ["two", false],
    ],
  );
  assert.equal(swapped.score, 0.5);
  assert.deepEqual(swapped.summary, t("in order"));
  assert.equal(rules.checkOrder(IN_PLACE, [0, 1, 2, 3]).correct, true);
});

test("order with rules: the share of rules kept; a step no rule names is right anywhere", () => {
  const adultFirst = rules.checkOrder(WITH_RULES, [2, 0, 1, 3]);
  assert.equal(adultFirst.correct, true);
  const blockFirst = rules.checkOrder(WITH_RULES, [3, 1, 2, 0]);
  assert.deepEqual(rules.brokenRules(WITH_RULES, [3, 1, 2, 0]), WITH_RULES.rules);
  assert.equal(blockFirst.score, 0);
  assert.deepEqual(
    blockFirst.notes.map((n) => [n.subject.fr, n.right]),
    [
      ["block", false],
      ["evidence", false],
      ["adult", true],
      ["stop", false],
    ],
  );
  const oneBroken = rules.checkOrder(WITH_RULES, [1, 3, 0, 2]);
  assert.deepEqual(rules.brokenRules(WITH_RULES, [1, 3, 0, 2]), [WITH_RULES.rules[1]]);
  assert.equal(oneBroken.score, 0.5);
  assert.deepEqual(
    oneBroken.notes.map((n) => n.right),
    [true, false, false, true],
  );
  assert.deepEqual(rules.rulesOfStep(WITH_RULES, 2), []);
});

test("an order of the wrong length, with a step twice or out of range, is refused", () => {
  const message = /an order must place each of the 4 steps once/;
  for (const given of [[0, 1, 2], [0, 1, 2, 3, 0], [0, 0, 1, 2], [0, 1, 2, 4]]) {
    assert.throws(() => rules.checkOrder(WITH_RULES, given), message);
    assert.throws(() => rules.checkOrder(IN_PLACE, given), message);
  }
  assert.throws(() => rules.brokenRules(WITH_RULES, [0, 1, 2]), /does not place the step 'block'/);
});

test("checkAnswer picks the check by kind and refuses an answer of the wrong type", () => {
  assert.equal(rules.checkAnswer(SINGLE, 1).correct, true);
  assert.equal(rules.checkAnswer(MULTIPLE, new Set([0, 1])).correct, true);
  assert.equal(rules.checkAnswer(TRUE_FALSE, false).correct, true);
  assert.equal(rules.checkAnswer(IN_PLACE, [0, 1, 2, 3]).correct, true);
  assert.throws(() => rules.checkAnswer(SINGLE, true), TypeError);
  assert.throws(() => rules.checkAnswer(TRUE_FALSE, 0), TypeError);
  assert.throws(() => rules.checkAnswer(PLAY, 0), TypeError);
});

test("an answer in display positions maps back to file indexes with the order sent by Python", () => {
  const order = [2, 0, 1];
  assert.equal(rules.toFileResponse(order, 1), 0);
  assert.deepEqual(rules.toFileResponse(order, new Set([0, 2])), new Set([2, 1]));
  assert.deepEqual(rules.toFileResponse(order, [2, 1, 0]), [1, 0, 2]);
  assert.equal(rules.toFileResponse([], true), true);
  assert.throws(() => rules.fileIndexOf(order, 3), RangeError);
});

test("red flags: counts of found flags and false alarms", () => {
  const message = (words, flag) => ({ sender: "Sam", text: t(words), red_flag: flag, why: t(`why ${words}`) });
  const chat = { id: "c", title: t("chat"), introduction: t("tick"), messages: [message("hi", false), message("send", true), message("secret", true)] };
  const verdict = rules.checkRedFlags(chat, [0, 1]);
  assert.equal(verdict.score, 1 / 3);
  assert.deepEqual(rules.redFlagCounts(chat, verdict), { right: 1, total: 3, found: 1, flags: 2, false_alarms: 1 });
});

test("role-play: offered choices follow the age band; choose returns a new state", () => {
  const start = rules.startRolePlay(PLAY, "11-14");
  assert.equal(rules.currentRolePlayScene(PLAY, start).id, "start");
  const paid = rules.chooseInRolePlay(PLAY, start, 0);
  assert.deepEqual(start.path, [], "the state given is left as it was");
  assert.deepEqual(paid.path, [["start", 0]]);
  assert.deepEqual(rules.lastRolePlayChoice(PLAY, paid), PLAY.scenes[0].choices[0]);
  assert.deepEqual(
    rules.offeredChoices(PLAY, paid).map(({ index }) => index),
    [1],
    "the 15-18 ending is not offered to 11-14",
  );
  assert.throws(() => rules.chooseInRolePlay(PLAY, paid, 0), /scene 'pay' offers no choice 0/);
  assert.deepEqual(
    rules.offeredChoices(PLAY, rules.startRolePlay(PLAY)).map(({ index }) => index),
    [0, 1],
  );
  const older = rules.chooseInRolePlay(PLAY, rules.startRolePlay(PLAY, "15-18"), 0);
  assert.equal(rules.offeredChoices(PLAY, older).length, 2);
});

test("role-play: rewind at the start does nothing; rewind, restart and the verdict at an ending", () => {
  const start = rules.startRolePlay(PLAY, null);
  assert.equal(rules.canRewindRolePlay(start), false);
  assert.deepEqual(rules.rewindRolePlay(start), start);
  assert.equal(rules.lastRolePlayChoice(PLAY, start), null);
  assert.throws(() => rules.rolePlayVerdict(PLAY, start), /not reached an ending/);
  const hard = rules.chooseInRolePlay(PLAY, rules.chooseInRolePlay(PLAY, start, 0), 0);
  assert.equal(rules.rolePlayEnding(PLAY, hard).tone, "hard");
  assert.deepEqual(rules.offeredChoices(PLAY, hard), []);
  assert.throws(() => rules.chooseInRolePlay(PLAY, hard, 0), /offers no choice 0/);
  const verdict = rules.rolePlayVerdict(PLAY, hard);
  assert.equal(verdict.score, 0);
  assert.equal(verdict.notes.length, 2);
  assert.deepEqual(verdict.summary, t("hard message"));
  const back = rules.rewindRolePlay(hard);
  assert.equal(rules.currentRolePlayScene(PLAY, back).id, "pay");
  const helped = rules.chooseInRolePlay(PLAY, back, 1);
  assert.equal(rules.rolePlayVerdict(PLAY, helped).score, 0.5);
  const again = rules.restartRolePlay(helped);
  assert.deepEqual(again, { band: null, path: [] });
  assert.equal(rules.rolePlayVerdict(PLAY, rules.chooseInRolePlay(PLAY, again, 1)).correct, true);
});

test("quiz result: points on first tries; the percent rounds halves to even as Python does", () => {
  const result = rules.quizResult([
    ["a", 1],
    ["b", 0.5],
    ["c", 1],
    ["d", null],
  ]);
  assert.equal(result.points, 2.5);
  assert.equal(result.answered, 3);
  assert.equal(result.percent, 62);
  assert.equal(rules.quizResult([]).percent, 0);
  assert.equal(rules.roundHalfEven(63.5), 64);
  assert.equal(rules.roundHalfEven(2.5000001), 3);
});

// --- the law ------------------------------------------------------------------------------

const fact = (id, implies = []) => ({ id, group: "acts", label: t(id), implies });
const CASE_FACTS = {
  facts: [fact("threat"), fact("money"), fact("spread"), fact("posted", ["spread"]), fact("montage"), fact("minor"), fact("under_15", ["minor"]), fact("kept")],
  example: { title: t("example"), facts: ["threat"] },
  rules: {},
};
const rule = (all_of, any_of = [], none_of = []) => ({ all_of, any_of, none_of });
const tier = (id, form, prison_years, fine_eur, applies_if) => ({ id, form, short: t(id), when: t(id), article: null, prison_years, fine_eur, applies_if });
const offence = (article, theme, prison_years, fine_eur, applies_if, tiers = []) => ({ article, theme, label: t(article), prison_years, fine_eur, applies_if, tiers });
const OFFENCES = [
  offence("226-2-1", "privacy", 2, 60000, [rule(["spread"], [], ["montage"])]),
  offence("312-10", "blackmail", 5, 75000, [rule(["threat"], ["money"])], [tier("carried-out", "aggravated", 7, 100000, [rule(["spread"])])]),
  offence("227-23", "minor_images", 5, 75000, [rule(["minor", "spread"])], [
    tier("holding", "other", 5, 75000, [rule(["minor", "kept"])]),
    tier("public", "aggravated", 7, 100000, [rule(["posted"])]),
  ]),
  offence("226-1", "privacy", 1, 45000, []),
  offence("999-1", "privacy", 5, 75000, [rule(["montage"])], [tier("long", "other", 6, 10000, [rule(["montage"])])]),
];

test("facts: implied facts are added, through chains", () => {
  const chain = { facts: [fact("a", ["b"]), fact("b", ["c"]), fact("c")] };
  assert.deepEqual([...rules.caseFactClosure(chain, ["a"])].sort(), ["a", "b", "c"]);
  assert.deepEqual([...rules.caseFactClosure(chain, ["unknown"])], ["unknown"]);
});

test("a fact rule with none_of fails when a forbidden fact is there, even implied", () => {
  const spreadNotMontage = rule(["spread"], [], ["montage"]);
  assert.equal(rules.factRuleHolds(spreadNotMontage, new Set(["spread"])), true);
  assert.equal(rules.factRuleHolds(spreadNotMontage, new Set(["spread", "montage"])), false);
  const adultVictim = rule(["spread"], [], ["minor"]);
  assert.equal(rules.factRuleHolds(adultVictim, rules.caseFactClosure(CASE_FACTS, ["posted", "under_15"])), false);
  assert.equal(rules.factRuleHolds(adultVictim, rules.caseFactClosure(CASE_FACTS, ["posted"])), true);
  assert.equal(rules.factRuleHolds(rule(["threat"], ["money", "images"]), new Set(["threat"])), false);
  assert.equal(rules.factRuleHolds(rule([], ["money", "images"]), new Set(["images"])), true);
  assert.equal(rules.anyFactRuleHolds([], new Set(["threat"])), false, "no rule: only a court can say");
  const montage = rules.chargesFor(OFFENCES, CASE_FACTS, ["posted", "montage"]).map((c) => c.offence.article);
  assert.equal(montage.includes("226-2-1"), false);
  assert.equal(rules.chargesFor(OFFENCES, CASE_FACTS, ["posted"]).some((c) => c.offence.article === "226-2-1"), true);
});

test("charges: heaviest first, aggravated forms replace the base, other forms stand beside it", () => {
  const charges = rules.chargesFor(OFFENCES, CASE_FACTS, ["threat", "money", "posted", "under_15", "kept"]);
  assert.deepEqual(
    charges.map((c) => [c.offence.article, c.prison_years, c.fine_eur]),
    [
      ["312-10", 7, 100000],
      ["227-23", 7, 100000],
      ["226-2-1", 2, 60000],
    ],
    "equal maxima: the higher article number first",
  );
  const images = charges[1];
  assert.deepEqual(images.levels.map((level) => level.id), ["public", "holding"]);
  assert.deepEqual(images.reached.map((level) => level.id), ["holding", "public"]);
  assert.equal(images.tier.id, "public");
  assert.deepEqual(images.bar_ids, ["227-23:public", "227-23:holding"]);
  assert.equal(charges[2].levels[0], charges[2].offence);
  assert.deepEqual(charges[2].bar_ids, ["226-2-1:base"]);
  assert.equal(rules.heaviestCharge(charges), charges[0]);
  assert.equal(rules.heaviestCharge([]), null);
});

test("charges: another form alone makes up the offence; the fine follows the heaviest level", () => {
  const kept = rules.chargesFor(OFFENCES, CASE_FACTS, ["under_15", "kept"]);
  assert.deepEqual(
    kept.map((c) => [c.offence.article, c.base, c.levels.map((l) => l.id)]),
    [["227-23", false, ["holding"]]],
  );
  const [montage] = rules.chargesFor(OFFENCES, CASE_FACTS, ["montage"]);
  assert.deepEqual([montage.prison_years, montage.fine_eur], [6, 10000], "not the base's higher fine");
  const outcome = rules.caseOutcome(OFFENCES, CASE_FACTS, ["montage", "threat", "money"]);
  assert.equal(outcome.heaviest.offence.article, "999-1");
  assert.equal(outcome.top_fine.offence.article, "312-10");
  assert.equal(outcome.minor_offender, false);
  assert.equal(rules.caseOutcome(OFFENCES, CASE_FACTS, []).heaviest, null);
});

test("offences in chart order: the highest maximum first, then the base, then the article", () => {
  assert.deepEqual(
    rules.orderedOffences(OFFENCES).map((o) => o.article),
    ["227-23", "312-10", "999-1", "226-2-1", "226-1"],
  );
  assert.deepEqual(
    rules.orderedOffences(OFFENCES, "privacy").map((o) => o.article),
    ["999-1", "226-2-1", "226-1"],
  );
});
