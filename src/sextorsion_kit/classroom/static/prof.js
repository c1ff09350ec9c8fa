// The teacher's dashboard of the class pulse: the class's figures, redrawn every second.
//
// Every figure comes from /prof/resultats, which never sends one based on fewer than five
// answers. Texts are written with textContent: nothing here is ever read as HTML.

(function () {
  "use strict";

  const config = JSON.parse(document.getElementById("sxk-pulse-config").textContent);
  const labels = config.labels;
  const REFRESH_MS = 1000;

  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? values[key] : whole));
  }
  function percent(share) {
    return `${Math.round(share * 100)}${config.percentSign}`;
  }
  function element(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes)) {
      if (key === "className") node.className = value;
      else node.setAttribute(key, value);
    }
    node.append(...children.filter((child) => child !== null));
    return node;
  }

  /** A labelled bar: the label, the number written out, and a bar of that width. */
  function bar(text, share, written, className) {
    const width = `${Math.round(share * 100)}%`;
    return element(
      "div",
      { className: "sxk-pulse-bar-row" },
      element("div", {}, text + config.colon, element("strong", {}, written)),
      element(
        "div",
        { className: "sxk-pulse-bar-track", "aria-hidden": "true" },
        element("div", { className: `sxk-pulse-bar ${className}`, style: `width: ${width}` }),
      ),
    );
  }

  function phaseBlock(title, phase) {
    const block = element("div", { className: "sxk-pulse-phase" }, element("h4", {}, title));
    if (phase.hidden) {
      block.append(element("p", { className: "sxk-pulse-hidden" }, labels.classroom_hidden));
      return block;
    }
    block.append(element("p", {}, fill(labels.classroom_answers_count, { count: phase.total })));
    if (phase.bars) {
      for (const option of phase.bars) {
        const share = option.count / phase.total;
        const text = option.right ? `${option.text} (${labels.classroom_right_mark})` : option.text;
        block.append(bar(text, share, `${option.count} (${percent(share)})`, option.right ? "sxk-pulse-right" : ""));
      }
    } else {
      block.append(element("p", {}, fill(labels.classroom_right_share, { share: percent(phase.share_right) })));
    }
    return block;
  }

  function drawChanges(summary) {
    const box = document.getElementById("sxk-pulse-changes");
    const prompts = Object.fromEntries(summary.check.map((q) => [q.key, q.prompt]));
    const shown = summary.changes;
    if (shown.length === 0) {
      box.replaceChildren(element("p", { className: "sxk-pulse-hidden" }, labels.classroom_hidden));
      return;
    }
    box.replaceChildren(
      ...shown.map((change) => {
        const before = percent(change.before);
        const after = percent(change.after);
        return element(
          "div",
          { className: "sxk-pulse-change", "data-question": change.key },
          element("p", {}, element("strong", {}, prompts[change.key]), " ",
            fill(labels.classroom_change, { before, after, pairs: change.pairs })),
          bar(labels.classroom_before, change.before, before, "sxk-pulse-right"),
          bar(labels.classroom_after, change.after, after, "sxk-pulse-after"),
        );
      }),
    );
  }

  function draw(summary) {
    const session = document.getElementById("sxk-pulse-session");
    session.textContent = summary.session.open
      ? fill(labels.classroom_session_open, { minutes: summary.session.minutes })
      : labels.classroom_session_closed;
    document.getElementById("sxk-pulse-close").disabled = !summary.session.open;

    const missed = document.getElementById("sxk-pulse-missed");
    missed.textContent = summary.most_missed
      ? `${summary.most_missed.prompt} (${fill(labels.classroom_right_share, { share: percent(summary.most_missed.share_right) })})`
      : labels.classroom_most_missed_none;

    drawChanges(summary);
    document.getElementById("sxk-pulse-check").replaceChildren(
      ...summary.check.map((question) =>
        element(
          "section",
          { className: "sxk-pulse-question", "data-question": question.key },
          element("h3", {}, question.prompt),
          element(
            "div",
            { className: "sxk-pulse-phases" },
            phaseBlock(labels.classroom_before, question.before),
            phaseBlock(labels.classroom_after, question.after),
          ),
        ),
      ),
    );
    const activities = document.getElementById("sxk-pulse-activities");
    activities.replaceChildren(
      ...(summary.activities.length
        ? summary.activities.map((question) =>
            element(
              "section",
              { className: "sxk-pulse-question", "data-question": question.key },
              element("h3", {}, question.prompt),
              phaseBlock(labels.classroom_activities, question),
            ),
          )
        : [element("p", { className: "sxk-pulse-hidden" }, labels.classroom_hidden)]),
    );
    document.getElementById("sxk-pulse-updated").textContent = fill(labels.classroom_updated, {
      time: new Date().toLocaleTimeString(document.documentElement.lang),
    });
    document.body.dataset.drawn = String(Number(document.body.dataset.drawn || 0) + 1);
  }

  async function refresh() {
    try {
      const response = await fetch(`/prof/resultats?lang=${config.language}`, { cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      draw(await response.json());
    } catch (error) {
      document.getElementById("sxk-pulse-updated").textContent = labels.classroom_offline;
    } finally {
      setTimeout(refresh, REFRESH_MS);
    }
  }

  async function post(path) {
    await fetch(path, { method: "POST", headers: { "X-XSRFToken": config.xsrf } });
  }
  document.getElementById("sxk-pulse-close").addEventListener("click", () => post("/prof/fermer"));
  document.getElementById("sxk-pulse-new").addEventListener("click", () => post("/prof/nouvelle"));
  refresh();
})();
