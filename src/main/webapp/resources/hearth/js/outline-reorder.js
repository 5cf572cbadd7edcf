// Drag and drop for the course editor's item lists. Dropping an item posts the module's new order
// through the module's hidden reorder form; the Up and Down buttons do the same without a mouse.
(function () {
  'use strict';
  var dragged = null;
  document.querySelectorAll('.outline-items').forEach(function (list) {
    list.addEventListener('dragstart', function (event) {
      dragged = event.target.closest('.outline-item');
      if (dragged) {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', dragged.getAttribute('data-path'));
      }
    });
    list.addEventListener('dragover', function (event) {
      var over = event.target.closest('.outline-item');
      if (!dragged || !over || over === dragged || over.parentNode !== list) {
        return;
      }
      event.preventDefault();
      var box = over.getBoundingClientRect();
      list.insertBefore(dragged, event.clientY < box.top + box.height / 2 ? over : over.nextSibling);
    });
    list.addEventListener('drop', function (event) {
      if (!dragged) {
        return;
      }
      event.preventDefault();
      var form = document.querySelector('[data-reorder-id="' + list.getAttribute('data-reorder-form') + '"]');
      var order = Array.prototype.map.call(list.querySelectorAll('.outline-item'), function (item) {
        return item.getAttribute('data-path');
      });
      dragged = null;
      if (form) {
        form.querySelector('input[name="order"]').value = order.join('\n');
        form.querySelector('input[type="submit"]').click();
      }
    });
    list.addEventListener('dragend', function () {
      dragged = null;
    });
  });
})();
