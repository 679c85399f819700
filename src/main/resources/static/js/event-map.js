// Event maps. On an event page: one marker at the commune's centroid. On the agenda map: one
// marker per event (data embedded in the page as JSON), clustered. Both pages give the same
// information as text, so they work without this file.
(function () {
  'use strict';
  if (typeof L === 'undefined') { return; }

  function start(element) {
    var fallback = element.querySelector('.map-fallback');
    if (fallback) { fallback.remove(); }
    var map = L.map(element, { minZoom: 3 }).setView([45.42, 4.5], 9);
    L.tileLayer(element.dataset.tiles, { maxZoom: 18, attribution: element.dataset.attribution }).addTo(map);
    return map;
  }

  var single = document.getElementById('event-map');
  if (single) {
    var position = [parseFloat(single.dataset.lat), parseFloat(single.dataset.lon)];
    var map = start(single);
    L.marker(position, { title: single.dataset.label, alt: single.dataset.label, keyboard: true }).addTo(map);
    map.setView(position, 12);
  }

  var agenda = document.getElementById('agenda-map');
  var data = document.getElementById('event-pins');
  if (agenda && data && typeof L.markerClusterGroup === 'function') {
    var pins = JSON.parse(data.textContent || '[]');
    var all = start(agenda);
    var group = L.markerClusterGroup({ maxClusterRadius: 40 });
    pins.forEach(function (pin) {
      var link = document.createElement('a');
      link.href = pin.url;
      link.textContent = pin.title;
      var popup = document.createElement('div');
      popup.appendChild(link);
      popup.appendChild(document.createTextNode(' — ' + pin.when + ', ' + pin.place));
      group.addLayer(L.marker([pin.lat, pin.lon], { title: pin.title, alt: pin.title, keyboard: true }).bindPopup(popup));
    });
    all.addLayer(group);
    if (pins.length > 0) { all.fitBounds(group.getBounds(), { maxZoom: 12, padding: [20, 20] }); }
  }
})();
