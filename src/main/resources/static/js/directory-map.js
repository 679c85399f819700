// The directory map: Leaflet, clusters counted by the server (GeoJSON API), markercluster for the
// individual organisations of a zoomed-in view. The page works without this file (filters + list).
(function () {
  'use strict';
  var element = document.getElementById('map');
  if (!element || typeof L === 'undefined') { return; }
  var fallback = element.querySelector('.map-fallback');
  if (fallback) { fallback.remove(); }
  var form = document.getElementById('map-filters');
  var count = document.getElementById('map-count');
  var map = L.map(element, { minZoom: 3 }).setView([45.42, 4.5], 9);
  L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution }).addTo(map);
  var points = L.markerClusterGroup({ maxClusterRadius: 40 });
  var clusters = L.layerGroup();
  map.addLayer(points);
  map.addLayer(clusters);
  var pending = null;

  function parameters() {
    var params = new URLSearchParams(new FormData(form));
    var b = map.getBounds();
    params.set('bbox', [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(','));
    params.set('zoom', map.getZoom());
    return params;
  }

  function clusterIcon(n) {
    var size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 44 : 52;
    return L.divIcon({ html: '<span>' + n.toLocaleString('fr-FR') + '</span>', className: 'map-cluster', iconSize: [size, size] });
  }

  function load() {
    if (pending) { pending.abort(); }
    pending = new AbortController();
    fetch(element.dataset.geojson + '?' + parameters().toString(), { signal: pending.signal, headers: { Accept: 'application/geo+json' } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        points.clearLayers();
        clusters.clearLayers();
        data.features.forEach(function (feature) {
          var c = feature.geometry.coordinates;
          var p = feature.properties;
          if (p.cluster) {
            var marker = L.marker([c[1], c[0]], { icon: clusterIcon(p.count), title: p.count + ' ' + element.dataset.organisations, keyboard: true });
            marker.on('click', function () { map.setView([c[1], c[0]], Math.min(map.getZoom() + 2, 18)); });
            clusters.addLayer(marker);
          } else {
            var link = document.createElement('a');
            link.href = p.url;
            link.textContent = p.name;
            points.addLayer(L.marker([c[1], c[0]], { title: p.name, alt: p.name }).bindPopup(link));
          }
        });
        if (count) { count.textContent = count.textContent.replace(/^[\d\s\u202f\u00a0]+/, data.total.toLocaleString('fr-FR') + ' '); }
      })
      .catch(function (error) { if (error.name !== 'AbortError') { console.warn(error); } });
  }

  map.on('moveend', load);
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    history.replaceState(null, '', '?' + new URLSearchParams(new FormData(form)).toString());
    load();
  });
  load();
}());
