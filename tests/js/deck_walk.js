// Evaluated in an opened deck (tests/test_slides.py): goes to every slide and, on a live
// slide, through every state its buttons lead to (each state reached again from a fresh
// drawing, lib/kit-page.js's kitPage.redraw). Returns the problems found and the count of
// states seen. Sizes are CSS pixels at 1280x720, where reveal's scale is 1.
async () => {
  // texts allowed between 20 and 28 px: labels above or beside the body text
  const LABELS = [".sxk-kicker", ".sxk-footer", ".sxk-talk-kicker", ".sxk-talk-hint",
    ".sxk-talk-mark", ".sxk-talk-sender"].join(", ");
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const start = (text) => `"${text.trim().replace(/\s+/g, " ").slice(0, 40)}"`;

  function textProblems(section) {
    const problems = [];
    const walker = document.createTreeWalker(section, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!node.textContent.trim() || el.closest("aside.notes") || !shown(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      const least = el.closest(".sxk-source") ? 16 : el.closest(LABELS) ? 20 : 28;
      if (size < least - 0.01) problems.push(`${start(node.textContent)} is ${size} px, under ${least}`);
    }
    return problems;
  }

  function fitProblems(section) {
    const problems = [];
    const frame = section.querySelector(".sxk-frame");
    const body = section.querySelector(".sxk-body");
    if (!frame || !body) return ["no frame"];
    if (frame.scrollHeight > frame.clientHeight + 1 || body.scrollHeight > body.clientHeight + 1) {
      problems.push(`overflows (${body.scrollHeight} px of content for ${body.clientHeight} px)`);
    }
    const box = frame.getBoundingClientRect();
    for (const el of frame.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1) {
        problems.push(`${start(el.textContent)} spills out of the slide`);
        break;
      }
    }
    for (const el of [section, ...section.querySelectorAll("*")]) {
      const transform = getComputedStyle(el).transform;
      if (transform && transform !== "none") {
        const matrix = new DOMMatrix(transform);
        if (Math.hypot(matrix.a, matrix.b) < 0.8) problems.push(`${start(el.textContent)} is scaled down`);
      }
    }
    return problems;
  }

  function controlProblems(section) {
    return [...section.querySelectorAll("button, input, select, textarea")]
      .filter((control) => !control.closest("[data-model]") && shown(control))
      .map((control) => `${start(control.textContent)}: a control outside a live slide`);
  }

  const check = (section) => [...textProblems(section), ...fitProblems(section), ...controlProblems(section)];

  async function walkLive(section, where) {
    const el = section.querySelector("[data-model]");
    const replay = async (path) => {
      await window.kitPage.redraw(el);
      for (const key of path) el.querySelector(`[data-key="${key}"]`).click();
    };
    const problems = [];
    const seen = new Set();
    const queue = [[]];
    while (queue.length) {
      const path = queue.shift();
      await replay(path);
      const html = el.innerHTML;
      if (seen.has(html)) continue;
      seen.add(html);
      const at = `${where}, ${path.length ? "after " + path.join(" > ") : "as it opens"}`;
      problems.push(...check(section).map((problem) => `${at}: ${problem}`));
      const keys = [...el.querySelectorAll("button[data-key]")].filter(shown).map((b) => b.dataset.key);
      if (!keys.length) problems.push(`${at}: no button left, the speaker is stuck`);
      for (const key of keys) {
        el.querySelector(`[data-key="${key}"]`).click();
        if (el.innerHTML === html) problems.push(`${at}: button ${key} does nothing`);
        await replay(path);
        queue.push([...path, key]);
      }
      if (seen.size > 400) {
        problems.push(`${where}: more than 400 states`);
        break;
      }
    }
    await window.kitPage.redraw(el);
    return { problems, states: seen.size };
  }

  const problems = [];
  let states = 0;
  const number = document.querySelector(".reveal .slide-number");
  if (number && parseFloat(getComputedStyle(number).fontSize) < 20) problems.push("slide number under 20 px");
  const slides = Reveal.getSlides();
  for (let index = 0; index < slides.length; index += 1) {
    Reveal.slide(index);
    const section = slides[index];
    const where = `slide ${index + 1} (${section.dataset.kind})`;
    if (section.querySelector("[data-model]")) {
      const walked = await walkLive(section, where);
      problems.push(...walked.problems);
      states += walked.states;
    } else {
      problems.push(...check(section).map((problem) => `${where}: ${problem}`));
      states += 1;
    }
  }
  Reveal.slide(0);
  return { problems, states };
}
