// The public site's only script: "Share this page" gets a copy-link button (navigator.clipboard) and, where
// the device has one, its share sheet (navigator.share). Without script the email link and the URL field work.
(function () {
  'use strict';

  function status(button, text) {
    var box = button.parentNode.querySelector('.share-status');
    if (box) {
      box.textContent = text;
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-share-copy]').forEach(function (button) {
      if (!(navigator.clipboard && window.isSecureContext)) {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(button.getAttribute('data-url')).then(function () {
          status(button, 'Link copied.');
        }, function () {
          status(button, 'Could not copy; select the link below instead.');
        });
      });
    });
    document.querySelectorAll('[data-share-native]').forEach(function (button) {
      if (typeof navigator.share !== 'function') {
        return;
      }
      button.hidden = false;
      button.addEventListener('click', function () {
        navigator.share({ title: button.getAttribute('data-title'), url: button.getAttribute('data-url') })
          .catch(function () { /* the visitor closed the share sheet */ });
      });
    });
    document.querySelectorAll('.share-url input').forEach(function (input) {
      input.addEventListener('focus', function () { input.select(); });
    });
  });
})();
