// The page of an upload running as a job (/events/upload/jobs/{id}): asks the server every
// second how many events are checked and written, and shows it; once the job has ended, loads
// the page again, which then shows the outcome. Without this script the page reloads itself.
(function () {
  'use strict';

  function start() {
    var page = document.querySelector('[data-job]');
    if (!page || !window.fetch) {
      return;
    }
    var address = page.getAttribute('data-job');

    function show(job) {
      ['total', 'checked', 'written'].forEach(function (name) {
        var count = page.querySelector('[data-count="' + name + '"]');
        if (count) {
          count.textContent = job[name];
        }
        var bar = page.querySelector('[data-progress="' + name + '"]');
        if (bar) {
          bar.max = Math.max(job.total, 1);
          bar.value = job[name];
        }
      });
    }

    function poll() {
      fetch(address, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (answer) { return answer.json(); })
        .then(function (job) {
          show(job);
          if (job.state === 'RUNNING') {
            window.setTimeout(poll, 1000);
          } else {
            window.location.reload();
          }
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    }

    window.setTimeout(poll, 500);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
