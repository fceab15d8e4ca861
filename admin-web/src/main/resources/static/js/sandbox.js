// Sandbox phones and test groups: each phone's message list and each group's window is
// refreshed every 2 s from its HTML fragment, and writing, pressing a button or posting in a
// group updates the list in place instead of loading a new page.
// The fragment is rendered by the server with every text escaped.
(function () {
  'use strict';

  function phoneOf(element) {
    return element.closest('[data-phone]');
  }

  function lastFromBot(box) {
    var list = box.querySelector('[data-last-from-bot]');
    return list ? Number(list.dataset.lastFromBot) : 0;
  }

  // Shows a new list, scrolls to the newest message and announces a new message from the bot.
  function show(box, html) {
    box.removeAttribute('data-stale');
    if (box.innerHTML.trim() === html.trim()) {
      return;
    }
    var before = lastFromBot(box);
    box.innerHTML = html;
    box.scrollTop = box.scrollHeight;
    var phone = phoneOf(box);
    if (phone && lastFromBot(box) > before) {
      var news = phone.querySelector('.phone-news');
      var texts = box.querySelectorAll('.message.bot .text');
      if (news && texts.length > 0) {
        news.textContent = news.dataset.newMessage.replace('{0}', texts[texts.length - 1].textContent);
      }
    }
  }

  function answer(response) {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status);
    }
    return response.text();
  }

  function refresh(box) {
    fetch(box.dataset.messagesUrl, { credentials: 'same-origin', redirect: 'error' })
      .then(answer)
      .then(function (html) {
        show(box, html);
      })
      .catch(function (error) {
        box.setAttribute('data-stale', String(error));
      });
  }

  function refreshAll() {
    document.querySelectorAll('[data-messages-url]').forEach(refresh);
  }

  // The list a form's answer replaces: a phone's messages, or a test group's window.
  function boxOf(form) {
    var phone = phoneOf(form);
    if (phone && (form.classList.contains('send') || form.closest('.phone-messages'))) {
      return phone.querySelector('.phone-messages');
    }
    var group = form.closest('[data-group]');
    if (group && form.classList.contains('group-send')) {
      return group.querySelector('.group-messages');
    }
    return null;
  }

  // A send, a button press or a group post, posted from the page; the answer is the new list.
  function submitInPlace(event) {
    var form = event.target;
    var box = boxOf(form);
    if (!box) {
      return;
    }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    // the button pressed may post elsewhere (the test photo); a button without
    // formaction reports the page's address as its formAction, not the form's
    var submitter = event.submitter;
    var url = (submitter && submitter.hasAttribute('formaction')) ? submitter.formAction : form.action;
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      redirect: 'error',
      headers: { 'X-Sandbox-In-Place': '1' },
      body: body
    })
      .then(answer)
      .then(function (html) {
        show(box, html);
        if (form.classList.contains('send') || form.classList.contains('group-send')) {
          var text = form.querySelector('input[name="text"]');
          text.value = '';
          text.focus();
        }
      })
      .catch(function (error) {
        // Not posted again (it may have arrived); the list shows it is stale and the next
        // refresh shows what did arrive.
        box.setAttribute('data-stale', String(error));
      });
  }

  document.addEventListener('submit', submitInPlace);
  document.querySelectorAll('.phone-messages, .group-messages').forEach(function (box) {
    box.scrollTop = box.scrollHeight;
  });
  setInterval(refreshAll, 2000);
})();
