/*
 * Quick exit, after the GOV.UK "Exit this page" component: the button, or Shift pressed three
 * times within five seconds, hides the page at once and replaces it (and its history entry) with
 * a neutral site. Without JavaScript the button is still an ordinary link to that site.
 */
(function () {
  "use strict";
  var button = document.getElementById("quick-exit");
  if (!button) {
    return;
  }
  var target = button.getAttribute("href");
  var presses = [];

  function exit(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add("hearth-exiting");
    document.title = "Loading";
    window.location.replace(target);
  }

  button.addEventListener("click", exit);
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift" || event.repeat) {
      return;
    }
    var now = Date.now();
    presses = presses.filter(function (time) { return now - time < 5000; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      exit();
    }
  });
})();
