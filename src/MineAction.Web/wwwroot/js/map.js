// Small Leaflet bridge for the Blazor map components: the base map from the configured tile address (dropped when its tiles cannot be
// reached), and one map per element showing GeoJSON layers fitted to their bounds.
window.mineActionTiles = {
  // Adds the base map; calls onUnavailable() and removes it when the first tiles all fail (offline, or the address is wrong).
  add(map, tiles, onUnavailable) {
    if (!tiles || !tiles.url) return null;
    const layer = L.tileLayer(tiles.url, { maxZoom: 19, attribution: tiles.attribution || '' });
    let loaded = 0, failed = 0;
    layer.on('tileload', () => { loaded++; });
    layer.on('tileerror', () => {
      failed++;
      if (loaded === 0 && failed >= 4 && map.hasLayer(layer)) {
        map.removeLayer(layer);
        if (onUnavailable) onUnavailable();
      }
    });
    return layer.addTo(map);
  }
};

window.mineActionMap = {
  maps: {},
  show(elementId, layers, tiles) {
    let entry = this.maps[elementId];
    if (!entry) {
      const map = L.map(elementId, { attributionControl: true });
      window.mineActionTiles.add(map, tiles, null);
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
