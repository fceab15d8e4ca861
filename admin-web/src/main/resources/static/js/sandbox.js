// Sandbox phones: refresh each phone's message list every 2 s from its HTML fragment.
// The fragment is rendered by the server with every text escaped.
(function () {
  'use strict';

  function refresh(box) {
    fetch(box.dataset.messagesUrl, { credentials: 'same-origin', redirect: 'error' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        box.removeAttribute('data-stale');
        if (box.innerHTML.trim() !== html.trim()) {
          box.innerHTML = html;
        }
      })
      .catch(function (error) {
        box.setAttribute('data-stale', String(error));
      });
  }

  function refreshAll() {
    document.querySelectorAll('[data-messages-url]').forEach(refresh);
  }

  setInterval(refreshAll, 2000);
})();
