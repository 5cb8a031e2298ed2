// The alert form's county map: the counties of the state chosen in the form, drawn as SVG from the
// site's own county shapes (counties-10m.json, read with topojson-client, as the home page's map
// does) and filled by their detainer policy from GET /api/counties. Clicking a county, or Enter or
// Space on a focused one, adds its FIPS code to the form's counties field or takes it away; chosen
// counties are outlined in black, the status line names them, and each has a Remove button in the
// chosen list. Without script the form's list picker ("Show its counties") does the same; this only
// edits the same fields.
(function () {
  'use strict';
  var box = document.getElementById('county-map');
  var canvas = document.getElementById('county-map-canvas');
  var status = document.getElementById('county-map-status');
  var field = document.getElementById('counties');
  var state = document.getElementById('audience-state');
  if (!box || !field || !state) { return; }
  var SVG = 'http://www.w3.org/2000/svg';
  var WIDTH = 1000;
  // The home map's colours for the same policies (counties.js).
  var FILL = { 'honors': '#c0392b', 'state-requires': '#7b241c', 'limits': '#e0a030', 'declines': '#2e8b57',
    'unknown': '#a8a8a8' };
  var words = {};
  document.querySelectorAll('#county-map-words li').forEach(function (li) { words[li.dataset.key] = li.textContent; });
  var byFips = {};
  var shapes = [];

  function say(key, value) {
    return (words[key] || key).replace('{0}', value);
  }

  function typed() {
    return field.value.split(/[\s,;]+/).filter(function (s) { return s !== ''; });
  }

  function picks() {
    return Array.prototype.slice.call(document.querySelectorAll('input[name="pick"]'));
  }

  // Chosen: the typed codes and the ticked boxes, as the server reads them.
  function chosen() {
    var all = typed();
    picks().forEach(function (p) { if (p.checked && !p.disabled && all.indexOf(p.value) < 0) { all.push(p.value); } });
    return all;
  }

  function label(c) {
    return c.name + ', ' + c.state + ': ' + say('policy.' + c.detainerPolicy) + '; ' + say('campaign.' + c.campaignStatus);
  }

  // Everything that shows the choice follows it: the boxes, the chosen list, the map and the status line.
  function refresh() {
    var now = chosen();
    var inField = typed();
    picks().forEach(function (p) {
      if (inField.indexOf(p.value) >= 0) { p.checked = true; p.disabled = true; } else if (p.disabled) {
        p.disabled = false;
        p.checked = false;
      }
    });
    var list = document.getElementById('chosen-counties');
    var listed = {};
    list.querySelectorAll('li[data-fips]').forEach(function (li) {
      li.hidden = now.indexOf(li.dataset.fips) < 0;
      listed[li.dataset.fips] = true;
    });
    now.forEach(function (f) {   // chosen here: named in the list, taken away on the map or by unticking
      if (listed[f] || !byFips[f]) { return; }
      var li = document.createElement('li');
      li.dataset.fips = f;
      var text = document.createElement('span');
      text.textContent = byFips[f].name + ', ' + byFips[f].state + ' (' + f + '): ' + say('policy.' + byFips[f].detainerPolicy)
        + '; ' + say('campaign.' + byFips[f].campaignStatus);
      li.appendChild(text);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(removeButton(f));
      list.appendChild(li);
    });
    document.getElementById('chosen').hidden = now.length === 0;
    shapes.forEach(function (path) {
      var on = now.indexOf(path.dataset.fips) >= 0;
      path.setAttribute('aria-checked', on ? 'true' : 'false');
      path.setAttribute('stroke', on ? '#000' : '#5f5f66');
      path.setAttribute('stroke-width', on ? '3' : '0.75');
      path.setAttribute('fill-opacity', on ? '0.9' : '0.45');
      if (on && path.nextSibling) {   // a chosen outline above its neighbours' edges, the focus kept
        var focused = document.activeElement === path;
        path.parentNode.appendChild(path);
        if (focused) { path.focus(); }
      }
    });
    status.textContent = now.length === 0 ? say('none') : say('chosen', now.map(function (f) {
      return byFips[f] ? byFips[f].name + ', ' + byFips[f].state : f;
    }).join('; '));
  }

  // The same Remove as the server's rows, done here (no round trip); focus goes back to the counties field.
  function removeButton(fips) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'secondary';
    button.id = 'remove-' + fips;
    button.textContent = say('remove');
    button.setAttribute('aria-label', say('remove-one', byFips[fips].name + ', ' + byFips[fips].state));
    button.addEventListener('click', function () {
      if (chosen().indexOf(fips) >= 0) { toggle(fips); }
      field.focus();
    });
    return button;
  }

  function toggle(fips) {
    if (chosen().indexOf(fips) >= 0) {
      field.value = typed().filter(function (f) { return f !== fips; }).join(', ');
      picks().forEach(function (p) { if (p.value === fips) { p.disabled = false; p.checked = false; } });
    } else {
      field.value = typed().concat([fips]).join(', ');
    }
    refresh();
  }

  // A plain projection, fine for one state: longitude shrunk by the cosine of the middle latitude.
  function project(features, code) {
    var points = [];
    function lon(x) { return code === 'AK' && x > 0 ? x - 360 : x; }   // the Aleutians cross the 180th meridian
    function walk(coords, f) { if (typeof coords[0] === 'number') { f(coords); } else { coords.forEach(function (c) { walk(c, f); }); } }
    features.forEach(function (feature) { walk(feature.geometry.coordinates, function (p) { points.push(p); }); });
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    points.forEach(function (p) {
      minX = Math.min(minX, lon(p[0])); maxX = Math.max(maxX, lon(p[0]));
      minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
    });
    var k = Math.cos((minY + maxY) / 2 * Math.PI / 180);
    var scale = WIDTH / Math.max((maxX - minX) * k, 1e-6);
    return {
      height: Math.max((maxY - minY) * scale, 1),
      point: function (p) { return ((lon(p[0]) - minX) * k * scale).toFixed(1) + ' ' + ((maxY - p[1]) * scale).toFixed(1); }
    };
  }

  function pathOf(geometry, projection) {
    var polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return polygons.map(function (rings) {
      return rings.map(function (ring) { return 'M' + ring.map(projection.point).join('L') + 'Z'; }).join('');
    }).join('');
  }

  function draw(all, code) {
    canvas.innerHTML = '';
    shapes = [];
    var features = all.filter(function (f) { return byFips[f.id] && byFips[f.id].state === code && f.geometry; });
    if (!code || features.length === 0) {
      canvas.appendChild(document.createTextNode(code ? '' : say('choose')));
      refresh();
      return;
    }
    var projection = project(features, code);
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '-4 -4 ' + (WIDTH + 8) + ' ' + (projection.height + 8).toFixed(0));
    svg.setAttribute('width', '100%');
    svg.setAttribute('role', 'group');
    svg.setAttribute('aria-label', say('label', code));
    features.sort(function (a, b) { return byFips[a.id].name.localeCompare(byFips[b.id].name); }).forEach(function (f) {
      var c = byFips[f.id];
      var path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', pathOf(f.geometry, projection));
      path.setAttribute('class', 'pick-county');
      path.setAttribute('id', 'map-' + f.id);
      path.setAttribute('role', 'checkbox');
      path.setAttribute('tabindex', '0');
      path.setAttribute('aria-label', label(c));
      path.setAttribute('fill', FILL[c.detainerPolicy] || FILL.unknown);
      path.setAttribute('vector-effect', 'non-scaling-stroke');
      path.dataset.fips = f.id;
      path.addEventListener('click', function () { toggle(f.id); });
      path.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(f.id); }
      });
      svg.appendChild(path);
      shapes.push(path);
    });
    canvas.appendChild(svg);
    refresh();
  }

  function load(src) {
    return new Promise(function (resolve, reject) {
      var node = document.createElement('script');
      node.src = src;
      node.onload = resolve;
      node.onerror = reject;
      document.head.appendChild(node);
    });
  }

  function json(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) { throw new Error(url + ' ' + r.status); }
      return r.json();
    });
  }

  box.hidden = false;
  Promise.all([json(box.dataset.countyShapes), json(box.dataset.counties), load(box.dataset.topojson)])
    .then(function (loaded) {
      loaded[1].counties.forEach(function (c) { byFips[c.fips] = c; });
      var all = window.topojson.feature(loaded[0], loaded[0].objects.counties).features;
      draw(all, state.value);
      state.addEventListener('change', function () { draw(all, state.value); });
      field.addEventListener('input', refresh);
      picks().forEach(function (p) { p.addEventListener('change', refresh); });
      box.dataset.ready = 'true';
    })
    .catch(function () { status.textContent = say('failed'); });
})();
