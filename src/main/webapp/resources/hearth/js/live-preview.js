// Live preview for the item editor: 400 ms after the last keystroke, the form (with its CSRF token)
// is posted to the preview endpoint, which renders and sanitises it with the learners' pipeline and
// lists the file's problems by line. The server's HTML is already sanitised.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var preview = document.getElementById('preview-pane');
  var list = document.getElementById('problem-list');
  var heading = document.getElementById('problems-heading');
  var total = document.getElementById('draft-problems');
  var timer = null;
  var sent = 0;

  function refresh() {
    var mine = ++sent;
    fetch(form.getAttribute('data-preview'), {
      method: 'POST',
      credentials: 'same-origin',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (!answer || mine !== sent) {
        return;
      }
      preview.innerHTML = answer.html;
      list.textContent = '';
      answer.problems.forEach(function (problem) {
        var item = document.createElement('li');
        if (problem.line > 0) {
          var link = document.createElement('a');
          link.href = '#text';
          link.setAttribute('data-line', String(problem.line));
          link.textContent = 'Line ' + problem.line;
          item.appendChild(link);
          item.appendChild(document.createTextNode(': '));
        }
        item.appendChild(document.createTextNode(problem.message));
        list.appendChild(item);
      });
      heading.textContent = answer.problems.length ? 'Problems in this file' : 'No problems in this file';
      heading.className = answer.problems.length ? '' : 'visually-hidden';
      total.textContent = answer.draftProblems > 0 ? 'The draft has ' + answer.draftProblems + ' problem(s) in all; publishing needs none.' : '';
      form.setAttribute('data-previewed', String(mine));
    }).catch(function () { /* the saved preview stays; saving still works */ });
  }

  // "Line 12" in the problem list puts the cursor on that line of the text, selected.
  list.addEventListener('click', function (event) {
    var link = event.target.closest('a[data-line]');
    var text = document.getElementById('text');
    if (!link || !text) {
      return;
    }
    event.preventDefault();
    var lines = text.value.split('\n');
    var line = Math.min(parseInt(link.getAttribute('data-line'), 10), lines.length) - 1;
    var start = lines.slice(0, line).join('\n').length + (line > 0 ? 1 : 0);
    text.focus();
    text.setSelectionRange(start, start + lines[line].length);
    var lineHeight = text.scrollHeight / Math.max(lines.length, 1);
    text.scrollTop = Math.max(0, line * lineHeight - text.clientHeight / 2);
  });

  form.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
  form.addEventListener('change', function () {
    clearTimeout(timer);
    timer = setTimeout(refresh, 400);
  });
})();
