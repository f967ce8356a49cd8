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
