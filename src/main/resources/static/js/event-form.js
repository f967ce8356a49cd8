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

// The person, institution and source fields ask the server as one types (GET /suggest/…?q=) and fill
// their list with what it answers: names in either language, partial or transliterated, each
// with the person's office and state, and last "Not in the record — create …", which opens the
// row's "Not in the record?" part with the name typed in it (Cyrillic as the Russian name). A
// new person's office title asks for the record's offices; picking one fills in its titles in
// both languages, its state and its institution.
// Without this script the list stays empty (the page lists no one, however large the record),
// the server reads a typed name and names the candidates when it fits several, and the "Not in
// the record?" parts open by hand.
(function () {
  'use strict';
  // The event form, and the figure and step forms for their source fields, the term form for its
  // office (known-office-options: the label "title · state" is kept as picked) and the office
  // fields for their institution.
  var form = document.querySelector('form.event-form') || document.querySelector('datalist[data-suggest]') && document;
  if (!form || !window.fetch) {
    return;
  }
  var picked = /^\s*#?\d+(\s|·|$)/;
  var pending = {};
  var creating = {};
  var offices = {};
  form.addEventListener('input', function (event) {
    var field = event.target;
    var list = field.list;
    if (!list || !list.hasAttribute('data-suggest')) {
      return;
    }
    var office = offices[field.name] && offices[field.name][field.value];
    if (office) {
      fillOffice(field, office);
      return;
    }
    if (creating[field.name] !== undefined && field.value === creating[field.name].label) {
      create(field, creating[field.name].typed);
      return;
    }
    if (picked.test(field.value) || field.value.trim().length < 2) {
      return;
    }
    clearTimeout(pending[list.id]);
    pending[list.id] = setTimeout(function () {
      suggest(list, field, field.value.trim());
    }, 150);
  });
  // A row's own person or institution field (not an office's institution) may create one.
  function creates(field) {
    return /^(participants\[\d+]\.person|institutions\[\d+]\.institution)$/.test(field.name);
  }
  function create(field, typed) {
    var row = field.closest('.row');
    var part = row && row.querySelector('details.new-record');
    if (!part) {
      return;
    }
    field.value = '';
    part.open = true;
    var name = part.querySelector(/[\u0400-\u04FF]/.test(typed) ? 'input[name$=".newNameRu"]' : 'input[name$=".newNameEn"]');
    name.value = typed;
    name.focus();
  }
  // An office of the record picked for a new person: its titles, state and institution, as the
  // server will find the office by them.
  function fillOffice(field, office) {
    var part = field.closest('details.new-record');
    field.value = office.titleEn;
    [['.newOfficeRu', office.titleRu], ['.newOfficeState', office.stateCode], ['.newOfficeInstitution', office.institution || '']]
      .forEach(function (pair) {
        var input = part && part.querySelector('input[name$="' + pair[0] + '"]');
        if (input) {
          input.value = pair[1];
        }
      });
  }
  function suggest(list, field, typed) {
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
        if (creates(field) && list.hasAttribute('data-create')) {
          var label = list.getAttribute('data-create').replace('{0}', typed);
          var option = document.createElement('option');
          option.value = label;
          option.textContent = label;
          options.push(option);
          creating[field.name] = {label: label, typed: typed};
        }
        if (list.id === 'office-options') {
          offices[field.name] = {};
          candidates.forEach(function (candidate) {
            offices[field.name][candidate.label] = candidate;
          });
        }
        list.replaceChildren.apply(list, options);
      })
      .catch(function () {
        // the list as it was: the form still takes a typed name
      });
  }
}());
