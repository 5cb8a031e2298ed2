// Find partners (GET /api/partners) and sign up (POST /api/registrations) on the home page.
(function () {
  'use strict';
  var find = document.getElementById('find');
  var zip = document.getElementById('find-zip');
  var error = document.getElementById('find-error');
  var list = document.getElementById('partners');

  function item(text) {
    var li = document.createElement('li');
    li.textContent = text;
    return li;
  }

  find.addEventListener('submit', function (event) {
    event.preventDefault();
    error.textContent = '';
    list.innerHTML = '';
    fetch('/api/partners?zip=' + encodeURIComponent(zip.value.trim())).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (!result.ok) { error.textContent = result.body.error; return; }
      var body = result.body;
      if (body.partners.length === 0) {
        var none = 'No partner congregations within ' + body.radiusMiles + ' miles yet.';
        if (body.nearestBeyond) {
          none += ' The nearest is ' + body.nearestBeyond.name + ' in ' + body.nearestBeyond.city + ', ' +
            body.nearestBeyond.state + ' (' + body.nearestBeyond.distanceMiles + ' mi).';
        }
        list.appendChild(item(none + ' Sign up below to put yours on the map.'));
        return;
      }
      body.partners.forEach(function (p) {
        var text = p.name + ' - ' + p.tradition.toLowerCase().replace(/_/g, ' ') + ' - ' + p.city + ', ' + p.state +
          ' - ' + p.distanceMiles + ' mi';
        var contact = [p.contactName, p.contactEmail, p.contactPhone, p.website].filter(Boolean).join(', ');
        list.appendChild(item(contact ? text + ' - ' + contact : text));
      });
    }).catch(function () { error.textContent = 'Could not search right now. Please try again.'; });
  });

  var signup = document.getElementById('signup');
  var result = document.getElementById('signup-result');
  signup.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = {};
    ['name', 'tradition', 'zip', 'streetAddress', 'contactName', 'contactEmail', 'contactPhone', 'website', 'company']
      .forEach(function (f) { data[f] = signup.elements[f].value; });
    data.showContact = signup.elements.showContact.checked;
    result.textContent = '';
    fetch('/api/registrations', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(data)
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (r) {
      result.textContent = r.ok ? r.body.message : r.body.error;
      result.className = r.ok ? 'ok' : 'error';
      if (r.ok) { signup.reset(); }
    }).catch(function () { result.textContent = 'Could not send right now. Please try again.'; });
  });
})();
