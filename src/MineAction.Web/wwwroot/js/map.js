// Small Leaflet bridge for the Blazor map component: one map per element, GeoJSON layers, fit to bounds.
window.mineActionMap = {
  maps: {},
  show(elementId, layers) {
    let entry = this.maps[elementId];
    if (!entry) {
      const map = L.map(elementId, { attributionControl: true });
      L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
        maxZoom: 19, attribution: '&copy; OpenStreetMap contributors'
      }).addTo(map);
      entry = { map, group: L.featureGroup().addTo(map) };
      this.maps[elementId] = entry;
    }
    entry.group.clearLayers();
    for (const layer of layers) {
      L.geoJSON(layer.geometry, {
        style: { color: layer.color, weight: 2, fillOpacity: layer.fillOpacity }
      }).bindTooltip(layer.label).addTo(entry.group);
    }
    const bounds = entry.group.getBounds();
    if (bounds.isValid()) entry.map.fitBounds(bounds, { padding: [16, 16] });
    return entry.group.getLayers().length;
  },
  dispose(elementId) {
    const entry = this.maps[elementId];
    if (entry) { entry.map.remove(); delete this.maps[elementId]; }
  }
};
