// The timeline's band, brushed: dragging across it (mouse, pen or finger) sets the period
// filter to the span dragged over and shows its events. A tap or click still follows the
// mark's link to its event in the list. Without this script the band is a picture whose marks
// link, and the period is set in the filters.
(function () {
  'use strict';
  var svg = document.querySelector('.band-svg[data-scale]');
  var form = document.querySelector('form.filters');
  if (!svg || !form || !svg.dataset.scale || !form.elements.from || !form.elements.to) {
    return;
  }
  var DAY = 86400000;
  var segments = svg.dataset.scale.split(';').map(function (part) {
    var fields = part.split('/');
    return {start: Date.parse(fields[0]), end: Date.parse(fields[1]), from: +fields[2], to: +fields[3]};
  });
  var width = svg.viewBox.baseVal.width;

  // The day at x (in the view box's units); within the break, the first day after it.
  function dayAt(x) {
    var segment = segments.find(function (s) { return x <= s.to; }) || segments[segments.length - 1];
    var at = Math.min(Math.max(x, segment.from), segment.to);
    var time = segment.start + (segment.end - segment.start) * (at - segment.from) / (segment.to - segment.from);
    return new Date(Math.floor(time / DAY) * DAY).toISOString().slice(0, 10);
  }

  function unitsAt(event) {
    var box = svg.getBoundingClientRect();
    return Math.min(width, Math.max(0, (event.clientX - box.left) / box.width * width));
  }

  var brush = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  brush.setAttribute('class', 'band-brush');
  brush.setAttribute('y', '0');
  brush.setAttribute('height', String(svg.viewBox.baseVal.height));
  brush.setAttribute('width', '0');
  svg.appendChild(brush);
  svg.classList.add('band-brushable');
  var hint = document.querySelector('.band-brush-hint');
  if (hint) {
    hint.hidden = false;
  }

  var startX = null;
  var dragged = false;
  svg.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) {
      return;
    }
    startX = unitsAt(event);
    dragged = false;
  });
  svg.addEventListener('pointermove', function (event) {
    if (startX === null) {
      return;
    }
    var x = unitsAt(event);
    if (!dragged && Math.abs(x - startX) > 4) {
      dragged = true;
      svg.setPointerCapture(event.pointerId);
    }
    if (dragged) {
      brush.setAttribute('x', String(Math.min(x, startX)));
      brush.setAttribute('width', String(Math.abs(x - startX)));
    }
  });
  svg.addEventListener('pointerup', function (event) {
    if (startX === null) {
      return;
    }
    var x = unitsAt(event);
    var from = Math.min(x, startX);
    var to = Math.max(x, startX);
    startX = null;
    if (!dragged) {
      return; // a click: the mark's own link does its work
    }
    form.elements.from.type = 'date';
    form.elements.to.type = 'date';
    form.elements.from.value = dayAt(from);
    form.elements.to.value = dayAt(to);
    form.submit();
  });
  svg.addEventListener('pointercancel', function () {
    startX = null;
    dragged = false;
    brush.setAttribute('width', '0');
  });
  // a drag that ends on a mark is no click on its link
  svg.addEventListener('click', function (event) {
    if (dragged) {
      event.preventDefault();
    }
  });
}());
