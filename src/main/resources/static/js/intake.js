// Intake forms: show a question only when its conditions (FHIR enableWhen, in data-when) hold for the
// answers currently on the page. The server evaluates the same conditions on every save; without this
// script the page still works (a newly relevant question appears after "Save and continue").
(function () {
  'use strict';

  function answerOf(form, name) {
    var inputs = form.querySelectorAll('[name="' + name + '"]');
    if (inputs.length === 0) {
      return undefined; // not on this page: leave the element as the server rendered it
    }
    for (var i = 0; i < inputs.length; i++) {
      var input = inputs[i];
      if (input.type === 'radio' || input.type === 'checkbox') {
        if (input.checked) {
          return input.value;
        }
      } else if (input.value.trim() !== '') {
        return input.value.trim();
      }
    }
    return null;
  }

  function holds(condition, actual) {
    var expected = String(condition.a);
    switch (condition.op) {
      case 'exists': return (condition.a === true) === (actual !== null);
      case '=': return actual !== null && actual === expected;
      case '!=': return actual === null || actual !== expected;
      default: {
        if (actual === null || !/^-?\d+$/.test(actual)) { return false; }
        var a = parseInt(actual, 10);
        var b = Number(condition.a);
        if (condition.op === '>') { return a > b; }
        if (condition.op === '<') { return a < b; }
        if (condition.op === '>=') { return a >= b; }
        return a <= b;
      }
    }
  }

  function refresh(form) {
    form.querySelectorAll('[data-when]').forEach(function (element) {
      var rule;
      try {
        rule = JSON.parse(element.getAttribute('data-when'));
      } catch (e) {
        return;
      }
      var known = true;
      var results = rule.when.map(function (condition) {
        var actual = answerOf(form, condition.q);
        if (actual === undefined) { known = false; return true; }
        return holds(condition, actual);
      });
      if (!known) { return; }
      var show = rule.any ? results.some(Boolean) : results.every(Boolean);
      element.hidden = !show;
    });
  }

  function init() {
    document.querySelectorAll('form.intake-form').forEach(function (form) {
      form.addEventListener('change', function () { refresh(form); });
      form.addEventListener('input', function () { refresh(form); });
      refresh(form);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
