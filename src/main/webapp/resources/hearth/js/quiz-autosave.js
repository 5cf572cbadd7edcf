/*
 * Saves a quiz's answers as the learner goes: 800 ms after the last change, the form is posted to
 * its data-autosave address. The response says only when it was saved; it never holds answers.
 * Without scripts, "Save and finish later" does the same.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.URLSearchParams || !window.HearthAutosave) {
    return;
  }
  var status = document.getElementById('quiz-save-status');
  var timer = null;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  var save = window.HearthAutosave.oneAtATime(function () {
    var body = new URLSearchParams(new FormData(form));
    return window.HearthAutosave.post(form.getAttribute('data-autosave'), body)
      .then(function (saved) {
        say('Answers saved at ' + saved.savedAt + '.');
        form.setAttribute('data-saved', saved.savedAt);
      }, function () {
        say('Your answers could not be saved just now. They are still on this page; "Save and finish later" tries again.');
      });
  });

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 800);
  }

  form.addEventListener('change', schedule);
  form.addEventListener('input', schedule);
})();
