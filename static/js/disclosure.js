// A <details> disclosure that is open on large screens and folded on small
// ones (the directory's filters): `data-open-when` holds the media query for
// "open". Without JavaScript the disclosure stays open, as the markup says.
(function () {
  "use strict";
  document.querySelectorAll("details[data-open-when]").forEach(function (details) {
    var large = window.matchMedia(details.dataset.openWhen);
    var summary = details.querySelector("summary");
    function fit() {
      details.open = large.matches;
      // Where it is always open, the summary is a heading, not a control.
      summary.tabIndex = large.matches ? -1 : 0;
    }
    fit();
    large.addEventListener("change", fit);
    details.addEventListener("toggle", function () {
      if (large.matches && !details.open) {
        details.open = true;
      }
    });
  });
})();
