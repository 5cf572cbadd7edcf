// Asks before a button that deletes or replaces something in a draft: any button with a
// data-confirm attribute shows its text and goes ahead only when the instructor agrees.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
      event.preventDefault();
    }
  });
})();
