// Session note page: an autosave that is refused (a stale version: the note changed in another tab;
// a signed note; an invalid field) answers 4xx with the status line explaining why; show it in place.
// Everything else is htmx's own (hx-post on input, the status fragment, the version swapped out of band).
(function () {
  'use strict';
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    var target = event.detail.target;
    if (target && target.id === 'note-save-status' && (status === 400 || status === 409 || status === 422)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  // A request that never arrived (offline, server down): say so, the Save button still works later.
  document.addEventListener('htmx:sendError', function (event) {
    var line = document.getElementById('note-save-status');
    if (line && event.detail.elt && event.detail.elt.id === 'note-form') {
      line.classList.add('is-refused');
      line.textContent = 'Not saved: no connection. Keep this page open and press Save when you are back online.';
    }
  });
})();
