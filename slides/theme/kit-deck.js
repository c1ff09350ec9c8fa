// Starts a kit deck once lib/kit-page.js has drawn its live slides (body[data-ready]), so
// that reveal's print layout (?print-pdf) measures slides that hold their widgets.
(function () {
  "use strict";
  function start() {
    // in the print layout (?print-pdf) the deck is ready once reveal has made its pages
    const printing = /print-pdf/i.test(window.location.search);
    if (printing) Reveal.on("pdf-ready", () => (document.body.dataset.deck = "ready"));
    Reveal.initialize({
      width: 1280,
      height: 720,
      margin: 0,
      minScale: 0.2,
      maxScale: 2.0,
      center: false,
      controls: true,
      progress: true,
      hash: true,
      slideNumber: "c/t",
      transition: "none",
      pdfSeparateFragments: false,
      pdfMaxPagesPerSlide: 1,
      showNotes: false,
      plugins: [RevealNotes],
    }).then(function () {
      if (!printing) document.body.dataset.deck = "ready";
    });
  }
  (function wait() {
    const ready = document.body.dataset.ready;
    if (ready === "yes") start();
    else if (ready === "error") document.body.dataset.deck = "error"; // a live slide failed
    else setTimeout(wait, 20);
  })();
})();
