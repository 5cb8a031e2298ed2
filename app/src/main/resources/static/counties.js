// The map's county layer: every county's shape (counties-10m.json, Census shapes from us-atlas, read
// with topojson-client; both are this site's own static files) filled by its jail's answer to ICE
// detainer requests and outlined by our campaign there, from GET /api/counties. It loads after the
// congregations' map is ready. A county's card opens by clicking its shape, or from the keyboard and
// screen readers through the state and county lists under the map; the legend there says in words
// what each fill and outline means. A county without a shape still has its card, under the lists.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var panel = document.getElementById('county-panel');
  var status = document.getElementById('county-status');
  var form = document.getElementById('county-find');
  var stateList = document.getElementById('county-state');
  var countyList = document.getElementById('county-pick');
  var toggle = document.getElementById('county-layer');
  var t = window.Beloved.t;
  var lang = window.Beloved.lang;

  // Fill by detainer policy, outline by campaign status; the legend's swatches (style.css) match.
  var FILL = { 'honors': '#c0392b', 'state-requires': '#7b241c', 'limits': '#e0a030', 'declines': '#2e8b57',
    'unknown': '#a8a8a8' };
  var OUTLINE = {
    'none': { color: '#5f5f66', weight: 0.4, dashArray: null },
    'forming': { color: '#7a2e8e', weight: 2, dashArray: '4 3' },
    'active': { color: '#7a2e8e', weight: 3, dashArray: null },
    'won': { color: '#0b5d1e', weight: 3, dashArray: null }
  };

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

  function text(tag, content, className) {
    var node = document.createElement(tag);
    node.textContent = content;
    if (className) { node.className = className; }
    return node;
  }

  function stateName(code) {
    var name = t('state.' + code);
    return name === 'state.' + code ? code : name;
  }

  // "Travis County, Texas", "Orleans Parish, Louisiana", "San Juan Municipio, PR"; names that say what
  // they are (and the Virgin Islands' islands) stay as they are.
  function countyName(c) {
    var kind = /county|city|borough|parish|census area|municipality|region/i.test(c.name) || c.state === 'AK'
      || c.state === 'VI' ? 'county.name'
      : c.state === 'LA' ? 'county.name.parish' : c.state === 'PR' ? 'county.name.municipio' : 'county.name.county';
    return t(kind, { name: c.name, state: stateName(c.state) });
  }

  // The instant of a local wall-clock time in a zone (the zone's offset there, found with Intl).
  function instant(start, zone) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(start);
    if (!m) { return null; }
    var wall = Date.UTC(+m[1], m[2] - 1, +m[3], +m[4], +m[5]);
    var parts = {};
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric',
        day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(new Date(wall))
        .forEach(function (p) { parts[p.type] = +p.value; });
    } catch (e) {
      return null;
    }
    var seen = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute);
    return new Date(wall - (seen - wall));
  }

  // "Tue, Dec 8, 7:00 PM CST": the meeting's own local time, with its zone.
  function when(meeting) {
    var at = window.Intl && instant(meeting.start, meeting.timeZone);
    if (!at) { return meeting.start.replace('T', ' ') + ' ' + meeting.timeZone; }
    return new Intl.DateTimeFormat(lang, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric',
      minute: '2-digit', timeZone: meeting.timeZone, timeZoneName: 'short' }).format(at);
  }

  // A county's card, built as text: nothing from the data is HTML.
  function card(c) {
    var box = document.createElement('div');
    box.className = 'county-card';
    box.appendChild(text('strong', countyName(c)));
    box.appendChild(text('div', t('county.policy') + ': ' + t('county.policy.' + c.detainerPolicy)));
    box.appendChild(text('div', t('county.287g') + ': ' + t('county.287g.' + c.agreement287g)));
    box.appendChild(text('div', t('county.campaign') + ': ' + t('county.campaign.' + c.campaignStatus)));
    box.appendChild(text('div', c.congregations === 1 ? t('county.congregations-one')
      : t('county.congregations', { n: c.congregations })));
    if (c.nextMeeting) {
      box.appendChild(text('div', t('county.meeting') + ': ' + c.nextMeeting.body + ', ' + when(c.nextMeeting)));
    }
    if (!c.recorded) { box.appendChild(text('div', t('county.default'), 'hint')); }
    var more = text('a', t('county.more'));
    more.href = '/county/' + encodeURIComponent(c.fips) + '?lang=' + lang;
    box.appendChild(more);
    return box;
  }

  function fill(options, list) {
    list.innerHTML = '';
    options.forEach(function (o) {
      var option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.label;
      list.appendChild(option);
    });
  }

  function draw(map, topology, counties) {
    var L = window.L;
    var byFips = {};
    counties.forEach(function (c) { byFips[c.fips] = c; });
    var shapes = {};
    var layer = L.geoJSON(window.topojson.feature(topology, topology.objects.counties), {
      filter: function (f) { return !!byFips[f.id]; },
      style: function (f) {
        var c = byFips[f.id];
        var line = OUTLINE[c.campaignStatus] || OUTLINE.none;
        return { fillColor: FILL[c.detainerPolicy] || FILL.unknown, fillOpacity: 0.45, color: line.color,
          weight: line.weight, dashArray: line.dashArray, opacity: 0.9 };
      },
      onEachFeature: function (f, shape) {
        shapes[f.id] = shape;
        shape.options.className = 'county fips-' + f.id;   // read when the shape's path is made
        shape.bindPopup(function () { return card(byFips[f.id]); },
          { autoPanPaddingTopLeft: [50, 90], autoPanPaddingBottomRight: [20, 20] });
        shape.on('click', function () { shape.getPopup().options.returnFocus = null; });
      }
    });
    // Campaign outlines above the plain ones: a thick edge is not hidden under a neighbour's thin one.
    layer.eachLayer(function (shape) {
      if (byFips[shape.feature.id].campaignStatus !== 'none') { shape.bringToFront(); }
    });
    layer.addTo(map);
    toggle.addEventListener('change', function () {
      if (toggle.checked) { layer.addTo(map); } else { map.closePopup(); layer.remove(); }
    });

    var states = {};
    counties.forEach(function (c) { (states[c.state] = states[c.state] || []).push(c); });
    fill(Object.keys(states).map(function (s) { return { value: s, label: stateName(s) }; })
      .sort(function (a, b) { return a.label.localeCompare(b.label, lang); }), stateList);
    function listCounties() {
      fill((states[stateList.value] || []).slice().sort(function (a, b) {
        return a.name.localeCompare(b.name, lang);
      }).map(function (c) { return { value: c.fips, label: c.name }; }), countyList);
    }
    stateList.addEventListener('change', listCounties);
    listCounties();

    // A county the shapes do not have (us-atlas predates Connecticut's planning regions and Alaska's
    // newest census areas) gets its card under the list instead of on the map.
    var panelCard = document.getElementById('county-card');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var shape = shapes[countyList.value];
      panelCard.hidden = true;
      if (!shape) {
        if (!byFips[countyList.value]) { return; }
        map.closePopup();
        panelCard.innerHTML = '';
        panelCard.appendChild(card(byFips[countyList.value]));
        panelCard.hidden = false;
        panelCard.focus();
        return;
      }
      if (!toggle.checked) { toggle.checked = true; layer.addTo(map); }
      map.fitBounds(shape.getBounds(), { maxZoom: 9, animate: false });
      shape.getPopup().options.returnFocus = countyList;   // closing the card comes back to the list
      shape.openPopup(shape.getBounds().getCenter());
    });
    form.querySelector('button').disabled = false;
    var campaigns = counties.filter(function (c) { return c.campaignStatus !== 'none'; }).length;
    status.textContent = campaigns === 1 ? t('county.campaigns-one') : t('county.campaigns', { n: campaigns });
    el.dataset.counties = 'ready';
    if (window.performance && performance.mark) { performance.mark('beloved-counties-ready'); }
  }

  function start(map) {
    panel.hidden = false;
    Promise.all([
      json(el.dataset.countyShapes),
      json('/api/counties').then(function (body) { return body.counties; }),
      load(el.dataset.topojson)
    ]).then(function (all) { draw(map, all[0], all[1]); })
      .catch(function () { status.textContent = t('county.failed'); });
  }

  if (window.Beloved.map) {
    start(window.Beloved.map);
  } else {
    document.addEventListener('beloved:map', function (e) { start(e.detail); }, { once: true });
  }
})();
