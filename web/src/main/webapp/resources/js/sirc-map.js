/* Ciudad Digital — SIRC maps (Leaflet). Every element with class cd-map is a map configured by its
 * data-* attributes; no inline script (the Content Security Policy allows scripts from 'self' only).
 *   data-mode      point | pick | reports
 *   data-colonias  URL of the colonias GeoJSON: the base layer when no tile server is configured
 *   data-tiles     optional tile URL template ({z}/{x}/{y}); empty: colonias only (always usable)
 *   point:   data-lat, data-lon
 *   pick:    data-lat-input, data-lon-input (ids of the inputs the click fills)
 *   reports: data-source (URL of the markers JSON), data-link (URL prefix of a report, + folio or id)
 */
(function () {
  'use strict';
  var COLOURS = {
    RECIBIDO: '#c62828', ASIGNADO: '#ef6c00', EN_PROCESO: '#ef6c00',
    RESUELTO: '#2e7d32', RECHAZADO: '#616161', CERRADO: '#616161'
  };
  var CENTRE = [19.18, -96.16];

  function get(url, done) {
    var x = new XMLHttpRequest();
    x.open('GET', url);
    x.setRequestHeader('Accept', 'application/json');
    x.onload = function () { if (x.status === 200) { done(JSON.parse(x.responseText)); } };
    x.send();
  }

  function base(el, map, fit) {
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 19, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    if (el.dataset.colonias) {
      get(el.dataset.colonias, function (geo) {
        var layer = L.geoJSON(geo, {
          style: { color: '#5c6bc0', weight: 1, fillColor: '#e8eaf6', fillOpacity: 0.35 },
          onEachFeature: function (f, l) { l.bindTooltip(f.properties.nombre, { sticky: true }); }
        }).addTo(map);
        layer.bringToBack();
        if (fit) { map.fitBounds(layer.getBounds()); }
        el.dataset.ready = 'true';
      });
    } else {
      el.dataset.ready = 'true';
    }
  }

  function marker(lat, lon, status) {
    return L.circleMarker([lat, lon], {
      radius: 8, weight: 2, color: '#ffffff', fillOpacity: 0.9, fillColor: COLOURS[status] || '#1565c0'
    });
  }

  function point(el) {
    var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
    var map = L.map(el, { maxZoom: 19 }).setView([lat, lon], 16);
    base(el, map, false);
    marker(lat, lon, el.dataset.status).addTo(map);
  }

  function pick(el) {
    var latInput = document.getElementById(el.dataset.latInput);
    var lonInput = document.getElementById(el.dataset.lonInput);
    var map = L.map(el, { maxZoom: 19 }).setView(CENTRE, 13);
    var pin = null;
    function place(lat, lon) {
      if (pin) { pin.setLatLng([lat, lon]); } else {
        pin = L.marker([lat, lon], { draggable: true, keyboard: true, icon: L.divIcon({ className: 'cd-pin', iconSize: [22, 22] }) }).addTo(map);
        pin.on('dragend', function () { var p = pin.getLatLng(); fill(p.lat, p.lng); });
      }
    }
    function fill(lat, lon) {
      latInput.value = lat.toFixed(6);
      lonInput.value = lon.toFixed(6);
      latInput.dispatchEvent(new Event('change'));
    }
    base(el, map, !latInput.value);
    if (latInput.value && lonInput.value) {
      place(parseFloat(latInput.value), parseFloat(lonInput.value));
      map.setView([parseFloat(latInput.value), parseFloat(lonInput.value)], 16);
    }
    map.on('click', function (e) { place(e.latlng.lat, e.latlng.lng); fill(e.latlng.lat, e.latlng.lng); });
    [latInput, lonInput].forEach(function (i) {
      i.addEventListener('change', function () {
        var lat = parseFloat(latInput.value), lon = parseFloat(lonInput.value);
        if (!isNaN(lat) && !isNaN(lon)) { place(lat, lon); }
      });
    });
    // "Buscar en el mapa": the server found the address's colonia; put the pin there, once per answer
    var applied = null;
    function found() {
      var r = el.dataset.found && document.getElementById(el.dataset.found);
      if (!r || !r.dataset.lat || r.dataset.stamp === applied) { return; }
      applied = r.dataset.stamp;
      var lat = parseFloat(r.dataset.lat), lon = parseFloat(r.dataset.lon);
      if (isNaN(lat) || isNaN(lon)) { return; }
      place(lat, lon);
      fill(lat, lon);
      map.setView([lat, lon], 16);
    }
    document.addEventListener('pfAjaxComplete', found);
    if (window.jQuery) { window.jQuery(document).on('pfAjaxComplete', found); }
  }

  function reports(el) {
    var map = L.map(el, { maxZoom: 19 }).setView(CENTRE, 12);
    base(el, map, true);
    var cluster = L.markerClusterGroup ? L.markerClusterGroup({ maxClusterRadius: 50 }) : L.layerGroup();
    cluster.addTo(map);
    function load() {
      var form = el.dataset.filters ? document.getElementById(el.dataset.filters) : null;
      var url = el.dataset.source;
      if (form) {
        var q = [];
        form.querySelectorAll('select,input').forEach(function (i) {
          if (i.name && i.value) { q.push(encodeURIComponent(i.name) + '=' + encodeURIComponent(i.value)); }
        });
        if (q.length) { url += (url.indexOf('?') < 0 ? '?' : '&') + q.join('&'); }
      }
      get(url, function (rows) {
        cluster.clearLayers();
        rows.forEach(function (r) {
          var m = marker(r.lat, r.lon, r.status);
          var link = el.dataset.link ? '<br><a href="' + el.dataset.link + encodeURIComponent(r.link) + '">' + r.folio + '</a>' : '<br>' + r.folio;
          m.bindPopup('<strong>' + escapeHtml(r.service) + '</strong><br>' + escapeHtml(r.statusLabel) + link);
          cluster.addLayer(m);
        });
        el.dataset.markers = String(rows.length);
      });
    }
    if (el.dataset.filters) {
      var f = document.getElementById(el.dataset.filters);
      if (f) { f.addEventListener('change', load); }
    }
    load();
  }

  function escapeHtml(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function init() {
    document.querySelectorAll('.cd-map').forEach(function (el) {
      if (el.dataset.initialised) { return; }
      el.dataset.initialised = 'true';
      if (el.dataset.mode === 'pick') { pick(el); } else if (el.dataset.mode === 'reports') { reports(el); } else { point(el); }
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
  document.addEventListener('pfAjaxComplete', init);
  if (window.jQuery) { window.jQuery(document).on('pfAjaxComplete', init); }
})();
