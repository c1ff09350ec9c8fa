// The kit's rules in the browser: the same answers as sextorsion_kit.logic.quiz and
// sextorsion_kit.logic.law, over the JSON of the content models
// (`model.model_dump(mode="json")`: a Text is {fr, en}, field names as in Python).
//
// A plain ES module: no import, nothing runs at load, every top-level name is exported and
// distinctive, so the file can be put in front of a widget module as it is.
// tests/test_rules_parity.py checks it against the Python engine, case by case.
//
// Presentation order: QuizSession shuffles options and steps with Python's seeded
// random.Random. That generator is NOT reimplemented here; the Python side sends each
// question's order (display position -> index in the file) as data, and
// `toFileResponse` turns an answer given in display positions into file indexes.

// --- verdicts ---------------------------------------------------------------------------

/** A note on one option or step: what it is, whether it is right, whether chosen, why. */
export function ruleNote(subject, right, chosen, explanation) {
  return { subject, right, chosen, explanation };
}

/** A verdict: right or not, a score from 0 to 1, a note per option or step, a summary. */
export function ruleVerdict(correct, score, notes, summary = null) {
  return { correct, score, notes, summary };
}

/** Python's Verdict.partial: not right, yet some points. */
export function verdictIsPartial(verdict) {
  return !verdict.correct && verdict.score > 0;
}

/** The feedback headline's label key: "right", "partial" or "wrong". */
export function verdictHeadline(verdict) {
  if (verdict.correct) return "right";
  return verdictIsPartial(verdict) ? "partial" : "wrong";
}

/** The ticked indexes of an answer given as a Set or an array. */
export function ruleTickedSet(ticked) {
  return ticked instanceof Set ? ticked : new Set(ticked);
}

/** Throws unless `index` is a whole number from 0 to count - 1. */
export function requireRuleIndex(index, count, what) {
  if (!Number.isInteger(index) || index < 0 || index >= count) {
    throw new RangeError(`${what} ${index} does not exist (0 to ${count - 1})`);
  }
}

// --- checking one question --------------------------------------------------------------

/** A single-choice answer; `chosen` is the index of the picked option in the file. */
export function checkSingle(question, chosen) {
  requireRuleIndex(chosen, question.options.length, "option");
  const notes = question.options.map((option, index) =>
    ruleNote(option.text, option.correct === (index === chosen), index === chosen, option.feedback),
  );
  const correct = question.options[chosen].correct;
  return ruleVerdict(correct, correct ? 1 : 0, notes);
}

/** Each item {text, wanted, why} is a decision (tick or not); the score is the share right. */
export function checkTicks(items, ticked) {
  if (items.length === 0) throw new RangeError("nothing to tick");
  const chosen = ruleTickedSet(ticked);
  const notes = items.map((item, index) =>
    ruleNote(item.text, item.wanted === chosen.has(index), chosen.has(index), item.why),
  );
  const right = notes.filter((note) => note.right).length;
  return ruleVerdict(right === notes.length, right / notes.length, notes);
}

/** A multiple-choice answer: the set (or array) of ticked option indexes. */
export function checkMultiple(question, chosen) {
  const items = question.options.map((o) => ({ text: o.text, wanted: o.correct, why: o.feedback }));
  return checkTicks(items, chosen);
}

/** A true-or-false answer (`chosen` is a boolean). */
export function checkTrueFalse(question, chosen) {
  const correct = chosen === question.answer;
  const note = ruleNote(question.statement, correct, true, question.explanation);
  return ruleVerdict(correct, correct ? 1 : 0, [note]);
}

/** The rules that name step `index` (empty: the step may go anywhere). */
export function rulesOfStep(question, index) {
  const stepId = question.steps[index].id;
  return (question.rules ?? []).filter((rule) => rule.before === stepId || rule.after === stepId);
}

/** The question's rules that the order `given` (step indexes) breaks. */
export function brokenRules(question, given) {
  const place = new Map();
  given.forEach((step, position) => {
    requireRuleIndex(step, question.steps.length, "step");
    place.set(question.steps[step].id, position);
  });
  const placeOf = (stepId) => {
    if (!place.has(stepId)) throw new RangeError(`the order does not place the step '${stepId}'`);
    return place.get(stepId);
  };
  return (question.rules ?? []).filter((rule) => placeOf(rule.before) > placeOf(rule.after));
}

/** Throws unless `given` places each step of the question exactly once. */
export function requireWholeOrder(question, given) {
  const count = question.steps.length;
  const sorted = [...given].sort((a, b) => a - b);
  if (sorted.length !== count || sorted.some((step, index) => step !== index)) {
    throw new RangeError(`an order must place each of the ${count} steps once`);
  }
}

/** An ordering answer: step indexes (file order is a right order) as the student placed them. */
export function checkOrder(question, given) {
  requireWholeOrder(question, given);
  const rules = question.rules ?? [];
  const steps = question.steps;
  if (rules.length > 0) {
    const broken = brokenRules(question, given);
    const notes = given.map((step) =>
      ruleNote(
        steps[step].text,
        !rulesOfStep(question, step).some((rule) => broken.includes(rule)),
        true,
        steps[step].why,
      ),
    );
    const kept = rules.length - broken.length;
    return ruleVerdict(broken.length === 0, kept / rules.length, notes, question.explanation);
  }
  const notes = given.map((step, place) => ruleNote(steps[step].text, step === place, true, steps[step].why));
  const inPlace = notes.filter((note) => note.right).length;
  return ruleVerdict(inPlace === notes.length, inPlace / notes.length, notes, question.explanation);
}

/** Any question but a role-play, by its kind: Python's `check`. */
export function checkAnswer(question, response) {
  const kind = question.kind;
  if (kind === "single" && Number.isInteger(response)) return checkSingle(question, response);
  if (kind === "multiple" && (response instanceof Set || Array.isArray(response))) {
    return checkMultiple(question, response);
  }
  if (kind === "true_false" && typeof response === "boolean") return checkTrueFalse(question, response);
  if (kind === "order" && Array.isArray(response)) return checkOrder(question, response);
  throw new TypeError(`no answer of type ${typeof response} for a ${kind} question`);
}

/** The file index of the item shown at display position `shown`. */
export function fileIndexOf(order, shown) {
  requireRuleIndex(shown, order.length, "display position");
  return order[shown];
}

/** An answer in display positions, in file indexes (Python's QuizSession.answer). */
export function toFileResponse(order, response) {
  if (typeof response === "number") return fileIndexOf(order, response);
  if (response instanceof Set) return new Set([...response].map((shown) => fileIndexOf(order, shown)));
  if (Array.isArray(response)) return response.map((shown) => fileIndexOf(order, shown));
  return response;
}

// --- the red-flag chat ------------------------------------------------------------------

/** Each message is a decision: ticked if and only if it is a warning sign. */
export function checkRedFlags(chat, ticked) {
  const items = chat.messages.map((m) => ({ text: m.text, wanted: m.red_flag, why: m.why }));
  return checkTicks(items, ticked);
}

/** The counts the red-flag feedback shows: right, total, found, flags, false_alarms. */
export function redFlagCounts(chat, verdict) {
  const pairs = verdict.notes.map((note, index) => [note, chat.messages[index]]);
  return {
    right: verdict.notes.filter((note) => note.right).length,
    total: verdict.notes.length,
    found: pairs.filter(([note, message]) => note.chosen && message.red_flag).length,
    flags: chat.messages.filter((message) => message.red_flag).length,
    false_alarms: pairs.filter(([note, message]) => note.chosen && !message.red_flag).length,
  };
}

// --- role-plays: a state {band, path: [[sceneId, choiceIndex], ...]}, never changed in place

/** The scene `sceneId` of a role-play. */
export function findRolePlayScene(play, sceneId) {
  const scene = play.scenes.find((candidate) => candidate.id === sceneId);
  if (scene === undefined) throw new RangeError(`no scene '${sceneId}'`);
  return scene;
}

/** A new play-through at the start scene, for an age band (null: every choice is offered). */
export function startRolePlay(play, band = null) {
  return { band, path: [] };
}

/** The scene the path leads to. */
export function currentRolePlayScene(play, state) {
  let current = play.start;
  for (const [sceneId, choice] of state.path) {
    current = findRolePlayScene(play, sceneId).choices[choice].next;
  }
  return findRolePlayScene(play, current);
}

/** The choices offered in the current scene: [{index (file order), choice}]. */
export function offeredChoices(play, state) {
  return currentRolePlayScene(play, state)
    .choices.map((choice, index) => ({ index, choice }))
    .filter(({ choice }) => !state.band || findRolePlayScene(play, choice.next).ages.includes(state.band));
}

/** The state after taking choice `index` (file order); throws when it is not offered. */
export function chooseInRolePlay(play, state, index) {
  const scene = currentRolePlayScene(play, state);
  if (!offeredChoices(play, state).some((offered) => offered.index === index)) {
    throw new RangeError(`scene '${scene.id}' offers no choice ${index}`);
  }
  return { band: state.band, path: [...state.path, [scene.id, index]] };
}

/** Whether there is a decision to take back (Python's rewind() returns this). */
export function canRewindRolePlay(state) {
  return state.path.length > 0;
}

/** The state one decision back; the same path when already at the start. */
export function rewindRolePlay(state) {
  return { band: state.band, path: state.path.slice(0, -1) };
}

/** The state back at the start scene, for the same age band. */
export function restartRolePlay(state) {
  return { band: state.band, path: [] };
}

/** The ending reached, or null. */
export function rolePlayEnding(play, state) {
  return currentRolePlayScene(play, state).ending ?? null;
}

/** The last choice taken (for its feedback), or null at the start. */
export function lastRolePlayChoice(play, state) {
  if (state.path.length === 0) return null;
  const [sceneId, index] = state.path[state.path.length - 1];
  return findRolePlayScene(play, sceneId).choices[index];
}

/** At an ending: every decision of the path with its feedback; the ending's message as summary. */
export function rolePlayVerdict(play, state) {
  const ending = rolePlayEnding(play, state);
  if (ending === null) throw new RangeError("the role-play has not reached an ending yet");
  const notes = state.path.map(([sceneId, index]) => {
    const choice = findRolePlayScene(play, sceneId).choices[index];
    return ruleNote(choice.text, choice.good, true, choice.feedback);
  });
  const good = notes.filter((note) => note.right).length;
  const score = notes.length > 0 ? good / notes.length : 0;
  return ruleVerdict(good === notes.length, score, notes, ending.message);
}

// --- a whole quiz -------------------------------------------------------------------------

/** Python's round(): halves go to the even neighbour (62.5 -> 62, 63.5 -> 64). */
export function roundHalfEven(value) {
  const nearest = Math.round(value);
  return Math.abs(value % 1) === 0.5 ? 2 * Math.round(value / 2) : nearest;
}

/** The end of a quiz from [[questionId, firstScore or null], ...]: Python's Result. */
export function quizResult(perQuestion) {
  const answered = perQuestion.map(([, score]) => score).filter((score) => score !== null);
  const points = answered.reduce((sum, score) => sum + score, 0);
  const total = perQuestion.length;
  const percent = total > 0 ? roundHalfEven((100 * points) / total) : 0;
  return { points, answered: answered.length, total, per_question: perQuestion, percent };
}

// --- the law: which offences a set of facts makes up ---------------------------------------

/** Whether a fact rule {all_of, any_of, none_of} holds for the facts (a Set). */
export function factRuleHolds(rule, facts) {
  const anyOf = rule.any_of ?? [];
  return (
    (rule.all_of ?? []).every((fact) => facts.has(fact)) &&
    (anyOf.length === 0 || anyOf.some((fact) => facts.has(fact))) &&
    !(rule.none_of ?? []).some((fact) => facts.has(fact))
  );
}

/** Whether any of the rules holds (no rule: never; only a court can say). */
export function anyFactRuleHolds(rules, facts) {
  return (rules ?? []).some((rule) => factRuleHolds(rule, facts));
}

/** The ticked facts and every fact they imply, as a Set. */
export function caseFactClosure(caseFacts, ticked) {
  const implied = new Map(caseFacts.facts.map((fact) => [fact.id, fact.implies ?? []]));
  const result = new Set(ticked);
  const todo = [...result];
  while (todo.length > 0) {
    for (const fact of implied.get(todo.pop()) ?? []) {
      if (!result.has(fact)) {
        result.add(fact);
        todo.push(fact);
      }
    }
  }
  return result;
}

/** Python's heaviness: [prison years, fine in euros]. */
export function penaltyHeaviness(penalty) {
  return [penalty.prison_years, penalty.fine_eur];
}

/** Compares two [number, number, ...] keys, or strings, as Python compares tuples. */
export function compareLawKeys(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] < b[i]) return -1;
    if (a[i] > b[i]) return 1;
  }
  return a.length - b.length;
}

/** The first item with the largest key, as Python's max(items, key=...) picks it. */
export function firstWithLargestKey(items, key) {
  let best = null;
  let bestKey = null;
  for (const item of items) {
    const itemKey = key(item);
    if (best === null || compareLawKeys(itemKey, bestKey) > 0) {
      best = item;
      bestKey = itemKey;
    }
  }
  return best;
}

/** The name of one bar of the charts: "312-10:base", "312-10:threat-carried-out". */
export function chargeBarId(offence, tier) {
  return `${offence.article}:${tier ? tier.id : "base"}`;
}

/** A charge: the offence, the tiers reached, whether the base holds, and what follows. */
export function lawCharge(offence, reached, base) {
  const aggravated = reached.filter((tier) => tier.form === "aggravated");
  const others = reached.filter((tier) => tier.form === "other");
  const levels = [...(aggravated.length > 0 ? aggravated : base ? [offence] : []), ...others];
  const top = firstWithLargestKey(levels.map(penaltyHeaviness), (key) => key);
  return {
    offence,
    reached,
    base,
    levels,
    tier: firstWithLargestKey(reached, penaltyHeaviness),
    prison_years: top[0],
    fine_eur: top[1],
    bar_ids: [...new Set(levels.map((level) => chargeBarId(offence, level === offence ? null : level)))],
  };
}

/** The offences the ticked facts could make up, heaviest first (Python's charges_for). */
export function chargesFor(offences, caseFacts, ticked) {
  const facts = caseFactClosure(caseFacts, ticked);
  const charges = [];
  for (const offence of offences) {
    const base = anyFactRuleHolds(offence.applies_if, facts);
    const holds = (offence.tiers ?? []).filter((tier) => anyFactRuleHolds(tier.applies_if, facts));
    if (!base && !holds.some((tier) => tier.form === "other")) continue;
    charges.push(lawCharge(offence, holds, base));
  }
  const key = (c) => [c.prison_years, c.fine_eur, c.offence.article];
  return charges.sort((a, b) => compareLawKeys(key(b), key(a)));
}

/** The charge with the highest maximum (the maxima of several offences do not add up). */
export function heaviestCharge(charges) {
  return firstWithLargestKey(charges, penaltyHeaviness);
}

/** The charge with the highest fine, as the "what happened?" result quotes it. */
export function topFineCharge(charges) {
  return firstWithLargestKey(charges, (c) => [c.fine_eur, c.prison_years]);
}

/** What the "what happened?" result shows for the ticked facts. */
export function caseOutcome(offences, caseFacts, ticked) {
  const charges = chargesFor(offences, caseFacts, ticked);
  return {
    facts: caseFactClosure(caseFacts, ticked),
    charges,
    heaviest: heaviestCharge(charges),
    top_fine: topFineCharge(charges),
    minor_offender: ruleTickedSet(ticked).has("offender_minor"),
  };
}

/** The highest maximum of an offence, its tiers included: [prison years, fine]. */
export function offenceMaximum(offence) {
  const all = [offence, ...(offence.tiers ?? [])];
  return [Math.max(...all.map((p) => p.prison_years)), Math.max(...all.map((p) => p.fine_eur))];
}

/** Offences of `theme` (all when null), the heaviest maximum first (Python's ordered). */
export function orderedOffences(offences, theme = null) {
  const key = (o) => {
    const [prison, fine] = offenceMaximum(o);
    return [-prison, -fine, -o.prison_years, o.article];
  };
  return offences.filter((o) => theme === null || o.theme === theme).sort((a, b) => compareLawKeys(key(a), key(b)));
}
