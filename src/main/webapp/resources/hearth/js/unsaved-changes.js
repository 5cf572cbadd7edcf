/*
 * Warns before leaving an editor with changes that are not saved. A form marked
 * data-unsaved-warning becomes "changed" when anything in it is typed or chosen, and saved again
 * when it is submitted; leaving the page (a link, reload, closing the tab) while any such form
 * holds changes asks the browser to confirm first. Submitting one form does not count as saving
 * another, so pasting GIFT below never silently drops edits made above it.
 */
(function () {
  "use strict";
  var forms = Array.prototype.slice.call(document.querySelectorAll("form[data-unsaved-warning]"));
  if (forms.length === 0) {
    return;
  }
  var changed = new Set();
  var submitting = null;

  forms.forEach(function (form) {
    form.addEventListener("input", function () { changed.add(form); });
    form.addEventListener("change", function () { changed.add(form); });
    form.addEventListener("submit", function () { submitting = form; });
  });

  window.addEventListener("beforeunload", function (event) {
    var unsaved = forms.filter(function (form) { return changed.has(form) && form !== submitting; });
    submitting = null;
    if (unsaved.length > 0) {
      event.preventDefault();
      event.returnValue = "";
    }
  });
})();
