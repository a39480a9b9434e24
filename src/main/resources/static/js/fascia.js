// Fascia's only script: CSRF for htmx requests, and the browser's time zone on the setup page.
(function () {
  'use strict';

  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    var zoneSelect = document.querySelector('select[data-browser-zone]');
    if (zoneSelect && !zoneSelect.value) {
      try {
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (zone && zoneSelect.querySelector('option[value="' + zone + '"]')) {
          zoneSelect.value = zone;
        }
      } catch (e) {
        // No Intl support: the owner chooses from the list.
      }
    }
  });
})();
