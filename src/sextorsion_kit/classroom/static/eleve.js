// The students' side of the class pulse (make classroom), a plain script served by the
// teacher's machine only: the check pages (/ and /fin) and every activity page.
//
// A random token, made here and kept only in this tab (sessionStorage), pairs a student's
// answers before and after; no name, nothing typed, only the ids of the options chosen.
// Answers go to this same server and nowhere else.

(function () {
  "use strict";

  const TOKEN_KEY = "sxk-classroom-token";

  function browserToken() {
    let token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      token = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      sessionStorage.setItem(TOKEN_KEY, token);
    }
    return token;
  }

  /** Post one answer; resolves to null when stored, or to why not (a key of the reasons). */
  async function send(session, xsrf, question, option, phase) {
    let response;
    try {
      response = await fetch("/api/reponse", {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-XSRFToken": xsrf },
        body: JSON.stringify({ session, token: browserToken(), question, option, phase }),
      });
    } catch (error) {
      return "offline";
    }
    if (response.ok) return null;
    if (response.status === 429) return "busy";
    const reason = (await response.text()).trim(); // the server's line, in English
    if (reason.startsWith("the session is closed")) return "closed";
    if (reason.startsWith("not the current session")) return "old";
    return "other";
  }

  // --- the check pages --------------------------------------------------------------------

  const form = document.getElementById("sxk-pulse-check");
  if (form) {
    const status = document.getElementById("sxk-pulse-status");
    const reasons = JSON.parse(document.getElementById("sxk-pulse-reasons").textContent);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const button = form.querySelector("button[type=submit]");
      button.disabled = true;
      const chosen = Array.from(form.querySelectorAll("input[type=radio]:checked"));
      let failure = null;
      for (const input of chosen) {
        failure = await send(form.dataset.session, form.dataset.xsrf, input.name, input.value, form.dataset.phase);
        if (failure) break;
      }
      if (failure) {
        status.textContent = form.dataset.notSent.replace("{reason}", reasons[failure]);
        button.disabled = false;
        status.focus();
        return;
      }
      form.hidden = true;
      status.textContent = document.getElementById("sxk-pulse-sent").content.textContent;
      const after = document.getElementById("sxk-pulse-answers");
      if (after) after.hidden = false;
      const next = document.getElementById("sxk-pulse-next");
      if (next) next.hidden = false;
      status.focus();
    });
  }

  // --- the activity pages: first tries, and the way to the last check ----------------------

  const config = document.getElementById("sxk-classroom");
  if (config) {
    const { session, xsrf, endLink } = JSON.parse(config.textContent);
    document.addEventListener("sxk-answer", (event) => {
      const { question, option } = event.detail;
      send(session, xsrf, question, option, "activity"); // a lost first try is not worth a message
    });
    const main = document.querySelector("main");
    if (main && endLink) {
      const link = document.createElement("a");
      link.href = "/fin";
      link.textContent = endLink;
      const line = document.createElement("p");
      line.className = "sxk-pulse-end";
      line.append(link);
      main.prepend(line);
    }
  }
})();
