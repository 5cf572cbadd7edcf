/*
 * Saves a worksheet as the learner writes: 800 ms after the last change, the fields that changed
 * (and only those) are posted to the form's data-autosave address. Sending only what changed means
 * two tabs open on one worksheet never undo each other's work. Without scripts, "Save my answers"
 * posts the whole form.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form || !window.fetch || !window.URLSearchParams || !window.HearthAutosave) {
    return;
  }
  var status = document.getElementById('worksheet-save-status');
  var token = form.querySelector('input[name="hearth_csrf"]');
  var changed = {};
  var timer = null;

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function valueOf(field) {
    return field.type === 'checkbox' ? String(field.checked) : field.value;
  }

  var save = window.HearthAutosave.oneAtATime(function () {
    var names = Object.keys(changed);
    if (names.length === 0) {
      return null;
    }
    changed = {};
    var body = new URLSearchParams();
    if (token) {
      body.append(token.name, token.value);
    }
    names.forEach(function (name) {
      var field = form.elements.namedItem(name);
      if (field) {
        body.append(name, valueOf(field));
      }
    });
    return window.HearthAutosave.post(form.getAttribute('data-autosave'), body)
      .then(function (saved) {
        say('Saved at ' + saved.savedAt + '.');
        form.setAttribute('data-saved', saved.savedAt);
      }, function (error) {
        names.forEach(function (name) { changed[name] = true; });
        say('Not saved yet: ' + error.message + ' Your writing is still on this page.');
      });
  });

  function remember(event) {
    var name = event.target && event.target.name;
    if (name && name.indexOf('field-') === 0) {
      changed[name] = true;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 800);
    }
  }

  form.addEventListener('input', remember);
  form.addEventListener('change', remember);
})();
