// The main navigation on small screens (templates/includes/main_nav.html):
// folded behind the „Menü“ button so that the page's content comes first.
// The button is a disclosure (aria-expanded); Escape closes the open menu and
// puts the focus back on the button. Without JavaScript the button stays
// hidden (CSS) and the navigation is a plain, open list.
(function () {
  "use strict";
  var nav = document.getElementById("portal-nav");
  var button = nav && nav.querySelector(".portal-nav__toggle");
  if (!button || nav.dataset.menuReady) {
    return;
  }
  nav.dataset.menuReady = "1";
  nav.classList.add("portal-nav--js");

  function setOpen(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("portal-nav--open", open);
  }

  setOpen(false);
  button.addEventListener("click", function () {
    setOpen(button.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      button.focus();
    }
  });
})();
