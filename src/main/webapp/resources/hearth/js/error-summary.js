// The error summary (GOV.UK's pattern): focus moves to it when the page opens, so a screen reader
// reads what went wrong first and a keyboard user can Tab straight to each field's link. A link
// puts focus in its field, not only scrolls to it.
(function () {
  "use strict";
  var summary = document.getElementById("error-summary");
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener("click", function (event) {
    var link = event.target.closest("a[href^='#']");
    if (!link) {
      return;
    }
    var field = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
    if (field) {
      event.preventDefault();
      field.focus();
      field.scrollIntoView({ block: "center" });
    }
  });
})();
