/* Choropleth of an indicator by colonia: each .cd-kpi-map reads the colonias' GeoJSON
   (data-colonias) and the values by colonia id (data-values, JSON); a click opens data-link + id
   when there is one. Suppressed or missing colonias are grey. No inline script (CSP). */
(function () {
  'use strict';
  function colour(v, unit) {
    if (v === undefined || v === null) { return '#cfd8dc'; }
    if (unit === '%') { return v >= 85 ? '#2e7d32' : v >= 60 ? '#f9a825' : '#c62828'; }
    return '#1f4e79';
  }
  function format(v, unit) {
    if (v === undefined || v === null) { return 'sin dato'; }
    var n = Number(v).toLocaleString('es-MX', { maximumFractionDigits: 1 });
    return unit === '%' ? n + ' %' : n;
  }
  function draw(el) {
    if (el.dataset.drawn) { return; }
    el.dataset.drawn = 'true';
    var values = {};
    try { values = JSON.parse(el.dataset.values || '{}'); } catch (e) { values = {}; }
    var unit = el.dataset.unit || '';
    var map = L.map(el, { maxZoom: 17, attributionControl: false }).setView([19.17, -96.15], 12);
    var x = new XMLHttpRequest();
    x.open('GET', el.dataset.colonias);
    x.setRequestHeader('Accept', 'application/json');
    x.onload = function () {
      if (x.status !== 200) { return; }
      var layer = L.geoJSON(JSON.parse(x.responseText), {
        style: function (f) {
          return { color: '#455a64', weight: 1, fillColor: colour(values[String(f.properties.id)], unit), fillOpacity: 0.7 };
        },
        onEachFeature: function (f, l) {
          var id = String(f.properties.id);
          l.bindTooltip(f.properties.nombre + ': ' + format(values[id], unit), { sticky: true });
          if (el.dataset.link && values[id] !== undefined) {
            l.on('click', function () { window.location.href = el.dataset.link + encodeURIComponent(id); });
          }
        }
      }).addTo(map);
      map.fitBounds(layer.getBounds());
      el.dataset.ready = 'true';
    };
    x.send();
  }
  function all() { document.querySelectorAll('.cd-kpi-map').forEach(draw); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', all); } else { all(); }
})();
