// The event form shows the fields of the kind chosen: a visit's level and kind, a call's
// initiator, a memorandum's subject. Without this script every group shows, labelled by its
// kind, and the server keeps only the chosen kind's fields.
(function () {
  'use strict';
  var form = document.querySelector('form.event-form');
  if (!form) {
    return;
  }
  var kind = form.querySelector('select[name="kind"]');
  var groups = form.querySelectorAll('.kind-fields');
  function show() {
    groups.forEach(function (group) {
      group.hidden = group.getAttribute('data-kinds').split(' ').indexOf(kind.value) < 0;
    });
  }
  kind.addEventListener('change', show);
  show();
}());

// The person and institution fields ask the server as one types (GET /suggest/…?q=) and fill
// their list with what it answers: names in either language, partial or transliterated, each
// with the person's office and state. Without this script the list holds every record, as the
// page rendered it, and the server still reads a typed name.
(function () {
  'use strict';
  var form = document.querySelector('form.event-form');
  if (!form || !window.fetch) {
    return;
  }
  var picked = /^\s*#?\d+(\s|·|$)/;
  var pending = {};
  form.addEventListener('input', function (event) {
    var field = event.target;
    var list = field.list;
    if (!list || !list.hasAttribute('data-suggest') || picked.test(field.value) || field.value.trim().length < 2) {
      return;
    }
    clearTimeout(pending[list.id]);
    pending[list.id] = setTimeout(function () {
      suggest(list, field.value.trim());
    }, 150);
  });
  function suggest(list, typed) {
    var address = list.getAttribute('data-suggest') + '?q=' + encodeURIComponent(typed);
    fetch(address, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.json() : [];
      })
      .then(function (candidates) {
        var options = candidates.map(function (candidate) {
          var option = document.createElement('option');
          option.value = candidate.label;
          option.textContent = [candidate.office, candidate.state].filter(Boolean).join(', ') || candidate.label;
          return option;
        });
        list.replaceChildren.apply(list, options);
      })
      .catch(function () {
        // the list as it was: the form still takes a typed name
      });
  }
}());
