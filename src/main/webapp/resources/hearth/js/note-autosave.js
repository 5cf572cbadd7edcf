/*
 * Saves a private note as the learner writes: a second after the last keystroke, the note is
 * posted to the form's data-note-autosave address, and the status line says when it was saved.
 * Saves go one at a time, the latest text last. Without scripts, "Save note" posts the form.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-note-autosave]');
  if (!form || !window.fetch || !window.URLSearchParams || !window.HearthAutosave) {
    return;
  }
  var field = form.querySelector('textarea');
  var status = document.getElementById('note-save-status');
  var token = form.querySelector('input[name="hearth_csrf"]');
  var timer = null;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  var save = window.HearthAutosave.oneAtATime(function () {
    var body = new URLSearchParams();
    if (token) {
      body.append(token.name, token.value);
    }
    body.append('note', field.value);
    return window.HearthAutosave.post(form.getAttribute('data-note-autosave'), body)
      .then(function (saved) {
        say('Saved at ' + saved.savedAt + '.');
      }, function (error) {
        say('Not saved yet: ' + error.message + ' Your writing is still on this page.');
      });
  });

  field.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 1000);
  });
})();
