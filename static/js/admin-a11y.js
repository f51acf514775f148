/* The back office (Django admin): what the admin's and modeltranslation's own
   scripts build without a name or with nested controls (issue 16). Loaded
   from our own origin by templates/admin/base_site.html; the texts come from
   the script tag's data attributes. Everything the server renders is fixed
   in the templates instead (labels of split date/time and table inputs). */
(function () {
  "use strict";
  var script = document.currentScript;
  var texts = script ? script.dataset : {};

  // modeltranslation's language switch: a <select> appended to the <h1>
  // without a label. It moves below the heading, with a visible label.
  function labelLanguageSwitch() {
    var select = document.getElementById("modeltranslation-main-switch");
    if (!select || select.dataset.labelled) return;
    select.dataset.labelled = "1";
    var heading = select.parentNode;
    var row = document.createElement("p");
    row.className = "portal-admin-language-switch";
    var label = document.createElement("label");
    label.htmlFor = select.id;
    label.textContent = texts.languageSwitch || "Sprache der Übersetzungsfelder";
    row.appendChild(label);
    row.appendChild(document.createTextNode(" "));
    var previous = select.previousSibling;
    row.appendChild(select);
    if (previous && previous.nodeType === Node.TEXT_NODE && !previous.textContent.trim()) {
      heading.removeChild(previous); // modeltranslation's &nbsp; before the switch
    }
    if (heading.tagName === "H1") {
      heading.parentNode.insertBefore(row, heading.nextSibling);
    } else {
      heading.appendChild(row);
    }
  }

  // jQuery UI's language tabs: the <li role="tab"> holds the focus and the
  // arrow keys; the link inside it (href, tabindex -1) is a second, nested
  // control. Without its href attribute it is plain text that still takes
  // the click. jQuery UI reads the link's `href` and `hash` properties to tell
  // a tab on this page from one it should fetch: the element keeps them.
  function flattenTabs(root) {
    root.querySelectorAll("li[role=tab] > a.ui-tabs-anchor[href]").forEach(function (anchor) {
      var url = anchor.href;
      var hash = anchor.hash;
      anchor.removeAttribute("href");
      anchor.removeAttribute("tabindex");
      Object.defineProperty(anchor, "href", { value: url });
      Object.defineProperty(anchor, "hash", { value: hash });
    });
  }

  // The filter icons of filter_horizontal: a <span> may not carry aria-label.
  // Its text (the filter box's name) becomes visually hidden text instead.
  function nameHelpIcons(root) {
    root.querySelectorAll("span.help-tooltip[aria-label]").forEach(function (icon) {
      var text = document.createElement("span");
      text.className = "visually-hidden";
      text.textContent = icon.getAttribute("aria-label");
      icon.removeAttribute("aria-label");
      icon.appendChild(text);
    });
  }

  function fix(root) {
    labelLanguageSwitch();
    flattenTabs(root);
    nameHelpIcons(root);
  }

  // The admin's and modeltranslation's scripts build these on DOM ready, on
  // window load and when an inline row is added: fix whatever appears.
  new MutationObserver(function () {
    fix(document);
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener("DOMContentLoaded", function () {
    fix(document);
  });
})();
