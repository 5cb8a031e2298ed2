// The home page's own script: sentences for the other scripts, partner search (by ZIP or location),
// the sign-up form, and webinar times in the visitor's time zone. Without it the page still reads.
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var texts = JSON.parse(document.getElementById('texts').textContent);

  // A sentence with its {slots} filled in.
  function t(key, vars) {
    return (texts[key] || key).replace(/\{(\w+)\}/g, function (all, name) {
      return vars && vars[name] !== undefined ? vars[name] : all;
    });
  }
  function link(href, content) {
    var a = document.createElement('a');
    a.textContent = content;
    a.href = href;
    a.rel = 'noopener';
    return a;
  }

  // A partner's public contact with its actions (write, call, visit), or null: the same in the list and the map.
  function contact(p) {
    if (!(p.contactName || p.contactEmail || p.contactPhone || p.website)) { return null; }
    var box = document.createElement('div');
    box.className = 'contact';
    box.textContent = t('map.contact') + ': ' + (p.contactName || '');
    function add(node) { box.appendChild(document.createTextNode(' ')); box.appendChild(node); }
    if (p.contactEmail) { add(link('mailto:' + p.contactEmail, p.contactEmail)); }
    if (p.contactPhone) { add(link('tel:' + p.contactPhone, p.contactPhone)); }
    if (p.website) {
      add(/^https?:\/\//i.test(p.website) ? link(p.website, p.website) : document.createTextNode(p.website));
    }
    return box;
  }
  // CONNECT #id by text, where the page knows the bot's number and the listing can be asked (as SMS and
  // Discord offer it): an sms: link with the words written in, and the same words for a reader without a
  // phone. The page itself sends nothing; the bot asks the congregation without showing either number.
  function connect(p) {
    if (!texts['connect.number'] || p.connect !== true) { return null; }
    var command = texts['connect.keyword'] + ' #' + p.id;
    var box = document.createElement('div');
    box.className = 'connect';
    box.appendChild(link('sms:' + texts['connect.number'] + '?&body=' + encodeURIComponent(command),
      t('connect.action')));
    box.appendChild(document.createTextNode(' ' + t('connect.text', { command: command, number: texts['connect.number'] })));
    return box;
  }
  window.Beloved = { t: t, lang: lang, contact: contact, connect: connect, lastSearch: null };

  function getJson(response) {
    return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
  }

  // This app's own 400s and 429s carry a sentence in the page's language; anything else gets ours.
  function problem(r, fallback) {
    return (r.status === 400 || r.status === 429) && r.body && typeof r.body.error === 'string' ? r.body.error : t(fallback);
  }

  function item(p) {
    var li = document.createElement('li');
    li.appendChild(document.createTextNode(p.name + ' - ' + t('tradition.' + p.tradition) + ' - ' + p.city + ', ' +
      p.state + ' - ' + t('find.miles', { miles: p.distanceMiles })));
    var c = contact(p);
    if (c) { li.appendChild(c); }
    var ask = connect(p);
    if (ask) { li.appendChild(ask); }
    return li;
  }

  // Find partners: the same search as SMS and Discord, nearest first.
  var find = document.getElementById('find');
  var zip = document.getElementById('find-zip');
  var error = document.getElementById('find-error');
  var heading = document.getElementById('partners-heading');
  var list = document.getElementById('partners');

  function show(body) {
    zip.value = body.zip;
    var where = { latitude: body.latitude, longitude: body.longitude, radiusMiles: body.radiusMiles };
    window.Beloved.lastSearch = where;   // for a map that is still loading
    document.dispatchEvent(new CustomEvent('beloved:search', { detail: where }));
    if (body.partners.length === 0) {
      var none = t('find.none', { radius: body.radiusMiles });
      if (body.nearestBeyond) {
        var b = body.nearestBeyond;
        none += ' ' + t('find.nearest-beyond', { name: b.name, city: b.city, state: b.state, miles: b.distanceMiles });
      }
      (body.beyond || []).forEach(function (p) { list.appendChild(item(p)); });
      heading.textContent = none + ' ' + t('find.sign-up-hint');
      return;
    }
    heading.textContent = t('find.results', { zip: body.zip, city: body.city, state: body.state });
    body.partners.forEach(function (p) { list.appendChild(item(p)); });
  }

  var searches = 0;   // only the latest search shows its answer

  function clear() {
    error.textContent = '';
    heading.textContent = '';
    list.innerHTML = '';
  }

  function search(query) {
    var mine = ++searches;
    fetch('/api/partners?' + query + '&lang=' + lang).then(getJson).then(function (r) {
      if (mine !== searches) { return; }
      clear();
      if (r.ok) { show(r.body); } else { error.textContent = problem(r, 'find.failed'); }
    }).catch(function () {
      if (mine === searches) { clear(); error.textContent = t('find.failed'); }
    });
  }

  find.addEventListener('submit', function (event) {
    event.preventDefault();
    var typed = zip.value.trim();
    if (!/^\d{5}([-\s]?\d{4})?$/.test(typed)) {
      searches++;
      clear();
      error.textContent = t('find.bad-zip');
      zip.focus();
      return;
    }
    search('zip=' + encodeURIComponent(typed));
  });

  // A link to /?zip=60614 (as texts send) opens on that ZIP: its partners listed, the map moved there.
  var linked = new URLSearchParams(window.location.search).get('zip');
  if (linked && /^\d{5}([-\s]?\d{4})?$/.test(linked.trim())) {
    zip.value = linked.trim();
    search('zip=' + encodeURIComponent(linked.trim()));
  }

  document.getElementById('locate').addEventListener('click', function () {
    if (!navigator.geolocation) { error.textContent = t('find.no-location'); return; }
    clear();
    heading.textContent = t('find.locating');
    navigator.geolocation.getCurrentPosition(function (position) {
      search('lat=' + position.coords.latitude.toFixed(3) + '&lon=' + position.coords.longitude.toFixed(3));   // about 100 m: enough for a ZIP, no more
    }, function () {
      heading.textContent = '';
      error.textContent = t('find.no-location');
    }, { timeout: 10000, maximumAge: 600000 });
  });

  // Sign up: the server validates; its messages come back in the page's language.
  var signup = document.getElementById('signup');
  var result = document.getElementById('signup-result');
  var fields = ['name', 'tradition', 'zip', 'streetAddress', 'contactName', 'contactEmail', 'contactPhone', 'website'];

  function fieldErrors(problems) {
    fields.forEach(function (f) {
      var input = signup.elements[f];
      var message = document.getElementById('su-' + f + '-error');
      var problem = problems && problems[f];
      if (message) { message.textContent = problem || ''; }
      if (problem) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
    });
  }

  signup.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = {};
    fields.concat(['company']).forEach(function (f) { data[f] = signup.elements[f].value; });
    data.showEmail = signup.elements.showEmail.checked;   // one consent per contact field, unticked by default
    data.showPhone = signup.elements.showPhone.checked;
    result.textContent = '';
    fetch('/api/registrations?lang=' + lang, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data)
    }).then(getJson).then(function (r) {
      fieldErrors(r.ok ? null : r.body.problems);
      result.textContent = r.ok ? r.body.message : problem(r, 'signup.failed');
      result.className = r.ok ? 'ok' : 'error';
      if (r.ok) { signup.reset(); }
    }).catch(function () { result.textContent = t('signup.failed'); result.className = 'error'; });
  });

  // The forms are rendered disabled so that nothing is sent (as a URL full of personal data) before this runs.
  Array.prototype.forEach.call(document.querySelectorAll('#find button, #signup button'), function (b) {
    b.disabled = false;
  });

  // Webinar times in the visitor's own time zone (the server wrote them in the organizer's).
  var times = document.querySelectorAll('#webinars time[datetime]');
  if (times.length && window.Intl) {
    var format = new Intl.DateTimeFormat(lang, {
      weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short'
    });
    Array.prototype.forEach.call(times, function (el) {
      el.textContent = format.format(new Date(el.getAttribute('datetime')));
    });
    document.getElementById('times-note').textContent = t('webinars.local-note');
  }
})();
