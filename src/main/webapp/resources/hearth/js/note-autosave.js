/*
 * Saves a private note as the learner writes: a second after the last keystroke, the note is
 * posted to the form's data-autosave address, and the status line says when it was saved. Saves
 * go one at a time, the latest text last. Without scripts, "Save note" posts the form.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-note-autosave]');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var field = form.querySelector('textarea');
  var status = document.getElementById('note-save-status');
  var token = form.querySelector('input[name="hearth_csrf"]');
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
    var body = new URLSearchParams();
    if (token) {
      body.append(token.name, token.value);
    }
    body.append('note', field.value);
    fetch(form.getAttribute('data-note-autosave'), {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          throw new Error(json && json.message ? json.message : 'status ' + response.status);
        }
        return json;
      });
    }).then(function (saved) {
      say('Saved at ' + saved.savedAt + '.');
    }).catch(function (error) {
      say('Not saved yet: ' + error.message + ' Your writing is still on this page.');
    }).then(function () {
      saving = false;
      if (again) {
        again = false;
        save();
      }
    });
  }

  field.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(save, 1000);
  });
})();
