// The projects map: one marker per project at its territory's centroid (data embedded in the page
// as JSON), clustered. The page lists the same projects below, so it works without this file.
(function () {
  'use strict';
  var element = document.getElementById('map');
  var data = document.getElementById('project-pins');
  if (!element || !data || typeof L === 'undefined') { return; }
  var fallback = element.querySelector('.map-fallback');
  if (fallback) { fallback.remove(); }
  var pins = JSON.parse(data.textContent || '[]');
  var map = L.map(element, { minZoom: 3 }).setView([45.42, 4.5], 9);
  L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution }).addTo(map);
  var group = L.markerClusterGroup({ maxClusterRadius: 40 });
  pins.forEach(function (pin) {
    var link = document.createElement('a');
    link.href = pin.url;
    link.textContent = pin.title;
    var popup = document.createElement('div');
    popup.appendChild(link);
    popup.appendChild(document.createTextNode(' — ' + pin.status));
    group.addLayer(L.marker([pin.lat, pin.lon], { title: pin.title, keyboard: true }).bindPopup(popup));
  });
  map.addLayer(group);
  if (pins.length > 0) { map.fitBounds(group.getBounds(), { maxZoom: 12, padding: [20, 20] }); }
})();
