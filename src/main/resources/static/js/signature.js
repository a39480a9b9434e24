// The consent page's signature box: draw with a mouse, a pen or a finger (pointer events), "Clear" to
// start again; on submit the drawing goes into the hidden "signature" field as a PNG data URL. People
// who cannot draw tick "my typed name is my signature" instead, which needs no script at all.
(function () {
  'use strict';

  function init() {
    var canvas = document.getElementById('signature-pad');
    var field = document.getElementById('signature');
    if (!canvas || !field || !canvas.getContext) {
      return;
    }
    var form = canvas.closest('form');
    var clear = document.getElementById('signature-clear');
    var context = canvas.getContext('2d');
    var drawing = false;
    var inked = false;
    var last = null;

    context.lineWidth = 3;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#1b1f24';
    context.fillStyle = '#1b1f24';

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return {
        x: (event.clientX - box.left) * canvas.width / box.width,
        y: (event.clientY - box.top) * canvas.height / box.height
      };
    }

    function dot(p) {
      context.beginPath();
      context.arc(p.x, p.y, context.lineWidth / 2, 0, Math.PI * 2);
      context.fill();
    }

    function line(from, to) {
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    }

    canvas.addEventListener('pointerdown', function (event) {
      if (event.pointerType === 'mouse' && event.button !== 0) {
        return;
      }
      event.preventDefault();
      drawing = true;
      inked = true;
      last = point(event);
      dot(last);
      if (canvas.setPointerCapture) {
        canvas.setPointerCapture(event.pointerId);
      }
    });

    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) {
        return;
      }
      event.preventDefault();
      var events = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
      if (events.length === 0) {
        events = [event];
      }
      events.forEach(function (each) {
        var next = point(each);
        line(last, next);
        last = next;
      });
    });

    function stop() {
      drawing = false;
      last = null;
    }
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);
    canvas.addEventListener('lostpointercapture', stop);

    if (clear) {
      clear.addEventListener('click', function () {
        context.clearRect(0, 0, canvas.width, canvas.height);
        inked = false;
        field.value = '';
      });
    }

    if (form) {
      form.addEventListener('submit', function () {
        field.value = inked ? canvas.toDataURL('image/png') : '';
      });
    }
    canvas.classList.add('signature-ready');
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  }
  else {
    init();
  }
}());
