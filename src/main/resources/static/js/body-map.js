// The body map (templates/charting/body-map.html): each region of the picture acts as a checkbox kept in
// step with the real checkbox of the same code in the list beside it, which is what the form sends.
// Click, Enter or Space toggles a region; ticking the list updates the picture. Listeners sit on the
// document, so maps swapped in by htmx work without setting up again. Without this script the list is
// the input.
(function () {
  'use strict';
  if (window.fasciaBodyMap) {
    return;
  }
  window.fasciaBodyMap = true;

  function mapOf(element) {
    return element.closest('.body-map.is-editable');
  }

  function checkbox(map, code) {
    return map.querySelector('input[type="checkbox"][value="' + code + '"]');
  }

  function show(map, code, checked) {
    map.querySelectorAll('[data-region="' + code + '"][role="checkbox"]').forEach(function (shape) {
      shape.setAttribute('aria-checked', checked ? 'true' : 'false');
      shape.classList.toggle('is-marked', checked);
    });
  }

  function toggle(shape) {
    var map = mapOf(shape);
    if (!map) {
      return;
    }
    var code = shape.getAttribute('data-region');
    var box = checkbox(map, code);
    if (!box) {
      return;
    }
    box.checked = !box.checked;
    show(map, code, box.checked);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
  }

  document.addEventListener('click', function (event) {
    var shape = event.target.closest && event.target.closest('[data-region][role="checkbox"]');
    if (shape) {
      event.preventDefault();
      toggle(shape);
    }
  });

  document.addEventListener('keydown', function (event) {
    var shape = event.target.closest && event.target.closest('[data-region][role="checkbox"]');
    if (shape && (event.key === ' ' || event.key === 'Enter' || event.key === 'Spacebar')) {
      event.preventDefault();
      toggle(shape);
    }
  });

  document.addEventListener('change', function (event) {
    var box = event.target;
    if (box.type === 'checkbox' && box.closest) {
      var map = mapOf(box);
      if (map) {
        show(map, box.value, box.checked);
      }
    }
  });
}());
