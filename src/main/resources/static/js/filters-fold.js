// The timeline's filters fold away on a phone (a closed <details>, so the events come first)
// and stand open on a wider screen. Without this script the stylesheet shows a closed fold's
// content on a wide screen all the same; the script only makes the fold really open there,
// so that it also reads as open to assistive technology.
(function () {
  'use strict';
  var fold = document.querySelector('details.filters-fold');
  if (fold && window.matchMedia('(min-width: 40.01rem)').matches) {
    fold.open = true;
  }
}());
