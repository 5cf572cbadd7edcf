/*
 * Quick exit, after the GOV.UK "Exit this page" component: the button, or Shift pressed three
 * times within five seconds, hides the page at once and replaces it (and its history entry) with
 * a neutral site. Without JavaScript the button is still an ordinary link to that site.
 *
 * The keyboard rule is GOV.UK's, so that typing never exits: a Shift press counts only when Shift
 * goes down and comes up again with no other key pressed meanwhile (typing a capital presses a
 * letter while Shift is down, so it never counts), and any other key resets the count. Screen
 * reader users hear how many presses are left.
 */
(function () {
  "use strict";
  var button = document.getElementById("quick-exit");
  if (!button) {
    return;
  }
  var WINDOW_MS = 5000;
  var target = button.getAttribute("href");
  var presses = 0;
  var firstPressAt = 0;
  var shiftAlone = false;
  var status = document.createElement("span");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  status.id = "quick-exit-status";
  button.parentNode.appendChild(status);

  function exit(event) {
    if (event) {
      event.preventDefault();
    }
    document.documentElement.classList.add("hearth-exiting");
    document.title = "Loading";
    window.location.replace(target);
  }

  function reset() {
    if (presses > 0) {
      status.textContent = "";
    }
    presses = 0;
    shiftAlone = false;
  }

  function counted() {
    var now = Date.now();
    if (presses === 0 || now - firstPressAt > WINDOW_MS) {
      presses = 0;
      firstPressAt = now;
    }
    presses += 1;
    if (presses >= 3) {
      presses = 0;
      status.textContent = "Leaving this page.";
      exit();
      return;
    }
    var left = 3 - presses;
    status.textContent = "Shift pressed. Press it " + left + (left === 1 ? " more time" : " more times") + " to leave this page.";
  }

  button.addEventListener("click", exit);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Shift") {
      // Held down (auto-repeat) or pressed with another modifier: not a press on its own.
      shiftAlone = !event.repeat && !event.ctrlKey && !event.altKey && !event.metaKey;
      return;
    }
    reset();
  }, true);
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      return;
    }
    if (shiftAlone) {
      shiftAlone = false;
      counted();
    }
  }, true);
  window.addEventListener("blur", reset);
})();
