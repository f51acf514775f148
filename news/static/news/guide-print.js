// The print sheet's „Drucken“ button (hidden without JavaScript: Ctrl+P works all the same).
document.addEventListener("DOMContentLoaded", () => {
  for (const button of document.querySelectorAll(".guide-print__button")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
});
