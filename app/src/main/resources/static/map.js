// The map: listed congregations from /api/congregations.geojson as markers on a Leaflet map.
// Leaflet loads after the page has rendered. Markers closer than a cell on screen merge into one
// numbered marker (click to zoom in), so thousands stay readable and fast. No street address exists
// in the data; a contact appears only where the congregation consented.
(function () {
  'use strict';
  var el = document.getElementById('map');
  var status = document.getElementById('map-status');
  var t = window.Beloved.t;
  var CELL = 48;          // pixels: markers nearer than this merge
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

  function link(href, content) {
    var a = text('a', content);
    a.href = href;
    a.rel = 'noopener';
    return a;
  }

  // A popup for one or more congregations at one place, built as text: nothing from the data is HTML.
  function popup(features) {
    var box = document.createElement('div');
    features.forEach(function (f) {
      var p = f.properties;
      var entry = document.createElement('div');
      entry.className = 'place';
      entry.appendChild(text('strong', p.name));
      entry.appendChild(text('div', t('tradition.' + p.tradition)));
      entry.appendChild(text('div', p.city + ', ' + p.state));
      if (p.contactName || p.contactEmail || p.contactPhone || p.website) {
        var contact = text('div', t('map.contact') + ': ' + (p.contactName || ''));
        if (p.contactEmail) { contact.appendChild(text('span', ' ')); contact.appendChild(link('mailto:' + p.contactEmail, p.contactEmail)); }
        if (p.contactPhone) { contact.appendChild(text('span', ' ')); contact.appendChild(link('tel:' + p.contactPhone, p.contactPhone)); }
        if (p.website) {
          contact.appendChild(text('span', ' '));
          contact.appendChild(/^https?:\/\//i.test(p.website) ? link(p.website, p.website) : text('span', p.website));
        }
        entry.appendChild(contact);
      }
      box.appendChild(entry);
    });
    return box;
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
    var layer = L.layerGroup().addTo(map);
    status.textContent = features.length === 1 ? t('map.count-one') : t('map.count', { n: features.length });

    var drawn = null;   // the area the markers were last drawn for

    // A marker is a button: its name is the sentence, never a bare number.
    function add(marker, name) {
      marker.addTo(layer);
      marker.getElement().setAttribute('aria-label', name);
      return marker;
    }

    function count(n) {
      return '<span aria-hidden="true">' + n + '</span>';
    }

    function redraw() {
      var hadFocus = el.contains(document.activeElement) && document.activeElement !== el;
      layer.clearLayers();
      var zoom = map.getZoom();
      var bounds = map.getBounds().pad(0.5);
      drawn = { zoom: zoom, bounds: bounds };
      var cells = {};
      features.forEach(function (f) {
        var latlng = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
        if (!bounds.contains(latlng)) { return; }
        var point = map.project(latlng, zoom);
        var key = Math.floor(point.x / CELL) + ':' + Math.floor(point.y / CELL);
        (cells[key] = cells[key] || []).push({ feature: f, latlng: latlng });
      });
      Object.keys(cells).forEach(function (key) {
        var members = cells[key];
        var group = L.latLngBounds(members.map(function (m) { return m.latlng; }));
        var samePlace = group.getNorthEast().equals(group.getSouthWest());
        if (members.length === 1 || samePlace || zoom >= MAX_ZOOM) {
          var names = members.map(function (m) { return m.feature.properties.name; }).join(', ');
          add(L.marker(group.getCenter(), {
            title: names, alt: names, keyboard: true,
            icon: L.divIcon({ className: 'pin', html: members.length > 1 ? count(members.length) : '', iconSize: [22, 22] })
          }).bindPopup(popup(members.map(function (m) { return m.feature; }))), names);
        } else {
          var label = t('map.cluster', { n: members.length });
          var open = function () {   // at least two steps closer, so a click always opens the group up
            map.setView(group.getCenter(), Math.min(MAX_ZOOM, Math.max(zoom + 2, map.getBoundsZoom(group.pad(0.3)))));
          };
          add(L.marker(group.getCenter(), {
            title: label, alt: label, keyboard: true,
            icon: L.divIcon({ className: 'pin cluster', html: count(members.length), iconSize: [34, 34] })
          }).on('click', open).on('keypress', function (e) {
            var k = e.originalEvent.key;
            if (k === 'Enter' || k === ' ') { e.originalEvent.preventDefault(); open(); }
          }), label);
        }
      });
      if (hadFocus) { el.focus(); }   // the focused marker is gone: keep the keyboard on the map
    }
    // Markers are redrawn when the zoom changes or the view leaves the area drawn, not for a small
    // pan (such as a popup making room for itself), which would close the popup.
    map.on('moveend', function () {
      if (map.getZoom() !== drawn.zoom || !drawn.bounds.contains(map.getBounds())) { redraw(); }
    });
    // Keyboard: an opened popup takes the focus (its links are next), and gives it back when closed.
    map.on('popupopen', function (e) {
      var box = e.popup.getElement();
      var close = box.querySelector('.leaflet-popup-close-button');
      if (close) { close.setAttribute('aria-label', t('map.close')); close.title = t('map.close'); }
      var content = box.querySelector('.leaflet-popup-content');
      content.setAttribute('tabindex', '-1');
      content.focus();
    });
    map.on('popupclose', function (e) {
      var source = e.popup._source && e.popup._source.getElement && e.popup._source.getElement();
      if (source && document.body.contains(source)) { source.focus(); }
    });
    redraw();
    el.dataset.ready = 'true';
    if (window.performance && performance.mark) { performance.mark('beloved-map-ready'); }
  }

  Promise.all([
    load('link', { rel: 'stylesheet', href: '/webjars/leaflet/dist/leaflet.css' }),
    load('script', { src: '/webjars/leaflet/dist/leaflet.js' })
  ]).then(function () {
    return fetch('/api/congregations.geojson').then(function (r) {
      if (!r.ok) { throw new Error('geojson ' + r.status); }
      return r.json();
    });
  }).then(draw).catch(function () { status.textContent = t('map.failed'); });
})();
