/*
 * What Hearth's autosaving scripts share (quiz answers, worksheet answers, private notes): posting
 * a form body to a save address, which answers JSON, and saving one at a time, so a save asked for
 * while another is on its way runs once after it, with the latest text.
 */
window.HearthAutosave = (function () {
  'use strict';

  /** Posts the body; resolves to the JSON answer, or rejects with an Error saying what went wrong. */
  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.json().catch(function () {
        return {};
      }).then(function (json) {
        if (!response.ok) {
          throw new Error(json && json.message ? json.message : 'status ' + response.status);
        }
        return json;
      });
    });
  }

  /** A function that runs run() (which returns a promise) one call at a time. */
  function oneAtATime(run) {
    var saving = false;
    var again = false;
    function go() {
      if (saving) {
        again = true;
        return;
      }
      saving = true;
      Promise.resolve(run()).catch(function () {}).then(function () {
        saving = false;
        if (again) {
          again = false;
          go();
        }
      });
    }
    return go;
  }

  return { post: post, oneAtATime: oneAtATime };
})();
