// A Print button for a page worth keeping on paper (the recovery code page): the button is hidden
// until this script runs, so a browser without scripts never shows a button that does nothing.
(function () {
  'use strict';
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
