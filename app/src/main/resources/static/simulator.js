// The home page chat simulator: sends what you type to /api/simulator as channel "web".
// The sender id is random and kept in this browser, so the bot remembers you (your language, a form
// you are filling in) across reloads, as it would remember a phone number.
(function () {
  'use strict';
  var log = document.getElementById('log');
  var form = document.getElementById('send');
  var input = document.getElementById('text');

  function senderId() {
    var key = 'beloved-simulator-sender';
    var id = null;
    try { id = window.localStorage.getItem(key); } catch (e) { /* private mode: a fresh id per load */ }
    if (!id) {
      id = 'web-' + Math.random().toString(36).slice(2) + Date.now().toString(36);
      try { window.localStorage.setItem(key, id); } catch (e) { /* ignore */ }
    }
    return id;
  }

  function add(kind, text) {
    var item = document.createElement('li');
    item.className = 'msg ' + kind;
    item.textContent = text;
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) { return; }
    add('me', text);
    input.value = '';
    fetch('/api/simulator?lang=' + window.Beloved.lang, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ sender: senderId(), text: text })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    }).then(function (result) {
      if (!result.ok) {   // this app's own 400s say what is wrong; a 503 is a database briefly away
        add('error', result.status === 400 && typeof result.body.error === 'string' ? result.body.error
          : window.Beloved.t(result.status === 503 ? 'try.unavailable' : 'try.failed'));
        return;
      }
      result.body.messages.forEach(function (m) { add('bot', m); });
    }).catch(function () {
      add('error', window.Beloved.t('try.failed'));
    });
  });
  form.querySelector('button[type=submit]').disabled = false;
})();
