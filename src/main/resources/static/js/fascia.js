// Fascia's only script: CSRF for htmx requests, the browser's time zone on the setup page, and the
// calendar's side panel (problems shown in place, focus, closing). Every page works without it.
(function () {
  'use strict';

  document.documentElement.classList.add('js');

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

  // --- Calendar side panel -------------------------------------------------------------------
  var opener = null;

  function panel() {
    return document.getElementById('calendar-panel');
  }

  function inPanel(element) {
    var p = panel();
    return p && p.contains(element);
  }

  function markSelected() {
    document.querySelectorAll('#calendar-grid .is-selected').forEach(function (el) {
      el.classList.remove('is-selected');
    });
    var href = opener && opener.getAttribute('href');
    if (href && panel() && panel().hasChildNodes()) {
      var same = document.querySelector('#calendar-grid a[href="' + href + '"]');
      if (same) {
        same.classList.add('is-selected');
      }
    }
  }

  // Remember what opened the panel, to return focus there when it closes.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var target = event.detail.target;
    if (target && target.id === 'calendar-panel' && !inPanel(event.detail.elt)) {
      opener = event.detail.elt;
    }
  });

  // A refused change (400, 409, 422) comes back as a panel explaining why: show it.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr.status;
    if ((status === 400 || status === 409 || status === 422) && event.detail.target
        && event.detail.target.id === 'calendar-panel') {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var target = event.detail.target;
    if (target && target.id === 'calendar-panel') {
      var focus = target.querySelector('.notice[tabindex="-1"]') || target.querySelector('[data-panel-focus]');
      if (focus) {
        focus.focus();
      }
      markSelected();
    }
    else if (target && target.id === 'calendar-grid') {
      markSelected();
    }
  });

  function closePanel() {
    var p = panel();
    if (!p || !p.hasChildNodes() || p.classList.contains('cal-panel-page')) {
      return false;
    }
    p.innerHTML = '';
    markSelected();
    if (opener && document.body.contains(opener)) {
      opener.focus();
    }
    return true;
  }

  document.addEventListener('click', function (event) {
    var close = event.target.closest && event.target.closest('[data-close-panel]');
    if (close && closePanel()) {
      event.preventDefault();
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && inPanel(document.activeElement)) {
      closePanel();
    }
  });
})();
