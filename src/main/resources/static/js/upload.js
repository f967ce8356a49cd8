// The upload form of /events/upload, sent with XMLHttpRequest so that a <progress> can show
// how much of the file has gone; the server's answer (the page after the redirect, or the
// page with the report) then replaces this one. Without this script the form posts as usual.
(function () {
  'use strict';

  function start() {
    var form = document.querySelector('form[data-upload]');
    if (!form || !window.XMLHttpRequest || !window.FormData) {
      return;
    }
    var box = form.querySelector('.upload-progress');
    var progress = form.querySelector('progress');
    var status = form.querySelector('.upload-status');
    var button = form.querySelector('button[type="submit"]');
    var input = form.querySelector('input[type="file"]');

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var file = input.files && input.files[0];
      // A file past the limit is refused before it is sent: the server could only refuse it after.
      if (file && file.size > Number(form.getAttribute('data-max-bytes'))) {
        status.textContent = form.getAttribute('data-too-large');
        return;
      }
      send();
    });

    function send() {
      var request = new XMLHttpRequest();
      request.open('POST', form.action);
      request.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          progress.max = event.total;
          progress.value = event.loaded;
        }
      });
      request.upload.addEventListener('load', function () {
        progress.removeAttribute('value');
        status.textContent = form.getAttribute('data-checking');
      });
      request.addEventListener('load', function () {
        showAnswer(request);
      });
      request.addEventListener('error', failed);
      request.addEventListener('abort', failed);
      box.hidden = false;
      progress.value = 0;
      button.disabled = true;
      status.textContent = form.getAttribute('data-sending');
      request.send(new FormData(form));
    }

    function failed() {
      box.hidden = true;
      button.disabled = false;
      status.textContent = form.getAttribute('data-failed');
    }
  }

  // The answer is a whole page: it takes this one's place, at the address it came from.
  function showAnswer(request) {
    if (request.responseURL) {
      history.replaceState(null, '', request.responseURL);
    }
    document.open();
    document.write(request.responseText);
    document.close();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
