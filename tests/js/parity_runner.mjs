// Runs every case of a parity file through rules.js and prints the results as JSON.
//
//   node tests/js/parity_runner.mjs cases.json
//
// The file holds the content ({questions, chats, offences, case_facts}) and `cases`, each
// [family, ...arguments]. The output is two JSON lines: `texts`, then `results`, where
// results[i] is {ok: value} or {error: message} for cases[i]. Each Text {fr, en} in the
// results is written {"$t": n}, texts[n] being the Text, to keep the output small. tests/test_rules_parity.py writes the file and
// compares the results with the Python engine's.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const rulesUrl = pathToFileURL(join(here, "..", "..", "src", "sextorsion_kit", "widgets", "js", "rules.js"));
const rules = await import(rulesUrl.href);

/** A verdict as the parity test compares it, with Python's derived `partial` and headline. */
function verdictData(verdict) {
  return { ...verdict, partial: rules.verdictIsPartial(verdict), headline: rules.verdictHeadline(verdict) };
}

/** A charge with its tiers and levels named by id (null: the base offence). */
function chargeData(charge) {
  const idOf = (level) => (level === charge.offence ? null : level.id);
  return {
    article: charge.offence.article,
    base: charge.base,
    reached: charge.reached.map((tier) => tier.id),
    levels: charge.levels.map(idOf),
    tier: charge.tier ? charge.tier.id : null,
    prison_years: charge.prison_years,
    fine_eur: charge.fine_eur,
    bar_ids: [...charge.bar_ids].sort(),
  };
}

/** Where a play-through stands, all that the role-play view reads from it. */
function rolePlaySnapshot(play, state) {
  let verdict;
  try {
    verdict = { ok: verdictData(rules.rolePlayVerdict(play, state)) };
  } catch (error) {
    verdict = { error: error.message };
  }
  return {
    scene: rules.currentRolePlayScene(play, state).id,
    offered: rules.offeredChoices(play, state).map(({ index }) => index),
    ending: rules.rolePlayEnding(play, state),
    last: rules.lastRolePlayChoice(play, state),
    path: state.path,
    can_rewind: rules.canRewindRolePlay(state),
    verdict,
  };
}

/** One step of a play-through: its result and the state it leaves; the old state stays. */
function rolePlayStep(play, state, [op, index]) {
  const before = JSON.stringify(state);
  let result;
  let next = state;
  if (op === "choose") {
    try {
      next = rules.chooseInRolePlay(play, state, index);
      result = { ok: rules.lastRolePlayChoice(play, next) };
    } catch (error) {
      result = { error: error.message };
    }
  } else if (op === "rewind") {
    result = { ok: rules.canRewindRolePlay(state) };
    next = rules.rewindRolePlay(state);
  } else {
    result = { ok: null };
    next = rules.restartRolePlay(state);
  }
  if (JSON.stringify(state) !== before) throw new Error(`${op} changed the state it was given`);
  return [{ result, state: rolePlaySnapshot(play, next) }, next];
}

function rolePlayTrace(play, band, ops) {
  let state = rules.startRolePlay(play, band);
  const trace = [{ result: { ok: null }, state: rolePlaySnapshot(play, state) }];
  for (const op of ops) {
    const [entry, next] = rolePlayStep(play, state, op);
    trace.push(entry);
    state = next;
  }
  return trace;
}

function caseOutcomeData(content, ticked) {
  const outcome = rules.caseOutcome(content.offences, content.case_facts, ticked);
  return {
    facts: [...outcome.facts].sort(),
    charges: outcome.charges.map(chargeData),
    heaviest: outcome.heaviest ? outcome.heaviest.offence.article : null,
    top_fine: outcome.top_fine ? outcome.top_fine.offence.article : null,
    minor_offender: outcome.minor_offender,
  };
}

function presented(question, order, response) {
  const shown = question.kind === "multiple" ? new Set(response) : response;
  return verdictData(rules.checkAnswer(question, rules.toFileResponse(order, shown)));
}

function redFlags(chat, ticked) {
  const verdict = rules.checkRedFlags(chat, new Set(ticked));
  return { verdict: verdictData(verdict), counts: rules.redFlagCounts(chat, verdict) };
}

function order(question, given) {
  const verdict = verdictData(rules.checkOrder(question, given));
  return { verdict, broken: rules.brokenRules(question, given) };
}

const FAMILIES = {
  single: (c, key, chosen) => verdictData(rules.checkSingle(c.questions[key], chosen)),
  multiple: (c, key, ticked) => verdictData(rules.checkMultiple(c.questions[key], new Set(ticked))),
  true_false: (c, key, chosen) => verdictData(rules.checkTrueFalse(c.questions[key], chosen)),
  order: (c, key, given) => order(c.questions[key], given),
  roleplay: (c, key, band, ops) => rolePlayTrace(c.questions[key], band, ops),
  red_flags: (c, key, ticked) => redFlags(c.chats[key], ticked),
  law: (c, ticked) => caseOutcomeData(c, ticked),
  ordered: (c, theme) => rules.orderedOffences(c.offences, theme).map((o) => o.article),
  presented: (c, key, shownOrder, response) => presented(c.questions[key], shownOrder, response),
  result: (_c, perQuestion) => rules.quizResult(perQuestion),
};

function run(content, [family, ...args]) {
  try {
    return { ok: FAMILIES[family](content, ...args) };
  } catch (error) {
    if (!(error instanceof RangeError) && !(error instanceof TypeError)) throw error;
    return { error: error.message };
  }
}

/** The texts line, then the JSON of `value` with every Text {fr, en} as {"$t": n}. */
function internTexts(value) {
  const texts = [];
  const ids = new Map();
  const json = JSON.stringify(value, (_key, item) => {
    if (typeof item?.fr !== "string" || typeof item.en !== "string" || Object.keys(item).length !== 2) {
      return item;
    }
    if (!ids.has(item)) {
      ids.set(item, texts.length);
      texts.push(item);
    }
    return { $t: ids.get(item) };
  });
  return `${JSON.stringify(texts)}\n${json}\n`;
}

const content = JSON.parse(readFileSync(process.argv[2], "utf8"));
process.stdout.write(internTexts(content.cases.map((one) => run(content, one))));
