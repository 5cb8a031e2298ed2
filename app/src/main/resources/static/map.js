// The map: listed congregations from /api/congregations.geojson as markers on a Leaflet map.
// Leaflet and its Leaflet.markercluster plugin load after the page has rendered. Nearby markers
// merge into one numbered marker (choose it to zoom in); congregations sharing a ZIP centroid
// spread apart (spiderfy). No street address exists in the data; a contact appears only where the
// congregation consented. A partner search moves the map (the "beloved:search" event of home.js).
(function () {
  'use strict';
  var el = document.getElementById('map');
  var status = document.getElementById('map-status');
  var t = window.Beloved.t;
  var MAX_ZOOM = 18;

  function load(tag, attributes) {
    return new Promise(function (resolve, reject) {
      var node = document.createElement(tag);
      Object.keys(attributes).forEach(function (k) { node[k] = attributes[k]; });
      node.onload = resolve;
      node.onerror = reject;
      document.head.appendChild(node);
    });
  }

  function text(tag, content, className) {
    var node = document.createElement(tag);
    node.textContent = content;
    if (className) { node.className = className; }
    return node;
  }

  // A popup for one congregation, built as text: nothing from the data is HTML.
  function popup(f) {
    var p = f.properties;
    var entry = document.createElement('div');
    entry.className = 'place';
    entry.appendChild(text('strong', p.name));
    entry.appendChild(text('div', t('tradition.' + p.tradition)));
    entry.appendChild(text('div', p.city + ', ' + p.state));
    var contact = window.Beloved.contact(p);
    if (contact) { entry.appendChild(contact); }
    var ask = window.Beloved.connect(p);
    if (ask) { entry.appendChild(ask); }
    return entry;
  }

  function draw(collection) {
    var L = window.L;
    var features = collection.features;
    var map = L.map(el, { scrollWheelZoom: false, maxZoom: MAX_ZOOM, zoomControl: false });
    L.control.zoom({ zoomInTitle: t('map.zoom-in'), zoomOutTitle: t('map.zoom-out') }).addTo(map);
    if (features.length) {   // a region's deployment opens on its region, not the whole country
      map.fitBounds(L.latLngBounds(features.map(function (f) {
        return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      })).pad(0.1), { maxZoom: 10, animate: false });
    } else {
      map.setView([39.5, -98.35], 4);
    }
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: MAX_ZOOM, attribution: el.dataset.attribution }).addTo(map);
    }
    status.textContent = features.length === 1 ? t('map.count-one') : t('map.count', { n: features.length });

    // A marker is a button: its name is the sentence, never a bare number.
    var NamedIcon = L.DivIcon.extend({
      createIcon: function (old) {
        var div = L.DivIcon.prototype.createIcon.call(this, old);
        div.setAttribute('aria-label', this.options.label);
        div.title = this.options.label;
        return div;
      }
    });
    var layer = L.markerClusterGroup({
      maxClusterRadius: 48,
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: function (cluster) {
        var n = cluster.getChildCount();
        return new NamedIcon({ className: 'pin cluster', html: '<span aria-hidden="true">' + n + '</span>',
          iconSize: [34, 34], label: t('map.cluster', { n: n }) });
      }
    });
    layer.addLayers(features.map(function (f) {
      var name = f.properties.name;
      return L.marker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
        title: name, keyboard: true, icon: new NamedIcon({ className: 'pin', html: '', iconSize: [22, 22], label: name })
      }).bindPopup(popup(f), { autoPanPaddingTopLeft: [50, 90], autoPanPaddingBottomRight: [20, 20] });
    }));
    map.addLayer(layer);

    // Keyboard: Enter on a numbered marker opens it up as a click does; the focus then stays on the map.
    layer.on('clusterkeypress', function (e) {
      var k = e.originalEvent.key;
      if (k === 'Enter' || k === ' ') {
        e.originalEvent.preventDefault();
        layer.fire('click', { layer: e.layer, originalEvent: { keyCode: 13 } });   // the group makes it a clusterclick
      }
    });
    map.on('zoomstart', function () {
      if (el.contains(document.activeElement) && document.activeElement !== el) { el.focus(); }
    });
    // Keyboard: an opened popup takes the focus (its links are next), closes with Escape, and gives the focus back.
    map.on('popupopen', function (e) {
      var box = e.popup.getElement();
      var close = box.querySelector('.leaflet-popup-close-button');
      if (close) { close.setAttribute('aria-label', t('map.close')); close.title = t('map.close'); }
      var content = box.querySelector('.leaflet-popup-content');
      content.setAttribute('tabindex', '-1');
      content.onkeydown = function (k) { if (k.key === 'Escape') { map.closePopup(); } };   // the map's own keys need its focus
      content.focus();
    });
    // A popup opened from a control outside the map (a county's card) names it as returnFocus.
    map.on('popupclose', function (e) {
      var source = e.popup.options.returnFocus
        || (e.popup._source && e.popup._source.getElement && e.popup._source.getElement());
      if (source && document.body.contains(source)) { source.focus(); }
    });
    // A partner search moves the map to its ZIP, showing the searched radius.
    function moveTo(where) {
      map.fitBounds(L.latLng(where.latitude, where.longitude).toBounds(where.radiusMiles * 1609.34 * 2),
        { maxZoom: 12 });
    }
    document.addEventListener('beloved:search', function (e) { moveTo(e.detail); });
    if (window.Beloved.lastSearch) { moveTo(window.Beloved.lastSearch); }
    window.Beloved.map = map;   // for the county layer (counties.js)
    document.dispatchEvent(new CustomEvent('beloved:map', { detail: map }));
    el.dataset.ready = 'true';
    if (window.performance && performance.mark) { performance.mark('beloved-map-ready'); }
  }

  Promise.all([
    load('link', { rel: 'stylesheet', href: '/webjars/leaflet/dist/leaflet.css' }),
    load('link', { rel: 'stylesheet', href: '/webjars/leaflet-markercluster/MarkerCluster.css' }),
    load('script', { src: '/webjars/leaflet/dist/leaflet.js' })
  ]).then(function () {
    return load('script', { src: '/webjars/leaflet-markercluster/leaflet.markercluster.js' });
  }).then(function () {
    return fetch('/api/congregations.geojson').then(function (r) {
      if (!r.ok) { throw new Error('geojson ' + r.status); }
      return r.json();
    });
  }).then(draw).catch(function () { status.textContent = t('map.failed'); });
})();
