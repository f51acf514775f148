// Error summary of a form that came back with errors (templates/kern/errors.html):
// move the focus to the summary so that screen readers announce it, and let its
// links put the focus into the field they name (with its label in view).
// Without JavaScript the summary is still at the top of the form and its links
// still jump to the fields.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (!summary || summary.dataset.errorSummaryReady) {
    return;
  }
  summary.dataset.errorSummaryReady = "1";
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (!field) {
      return;
    }
    event.preventDefault();
    var wrapper = field.closest("fieldset, .kern-form-input, .kern-form-check");
    var label = wrapper && wrapper.querySelector("legend, label");
    (label || field).scrollIntoView();
    field.focus({ preventScroll: true });
  });
})();
