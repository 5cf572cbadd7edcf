/*
 * Saves a quiz's answers as the learner goes: 800 ms after the last change, the form is posted to
 * its data-autosave address. The response says only when it was saved; it never holds answers.
 * Without scripts, "Save and finish later" does the same.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var status = document.getElementById('quiz-save-status');
  var timer = null;
  var saving = false;
  var again = false;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function save() {
    if (saving) {
      again = true;
      return;
    }
    saving = true;
    var body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute('data-autosave'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('status ' + response.status);
      }
      return response.json();
    }).then(function (saved) {
      say('Answers saved at ' + saved.savedAt + '.');
      form.setAttribute('data-saved', saved.savedAt);
    }).catch(function () {
      say('Your answers could not be saved just now. They are still on this page; "Save and finish later" tries again.');
    }).then(function () {
      saving = false;
      if (again) {
        again = false;
        save();
      }
    });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 800);
  }

  form.addEventListener('change', schedule);
  form.addEventListener('input', schedule);
})();
