// Drawing a polygon on a map (Leaflet-Geoman, vendored): the record's polygon is drawn, edited, dragged or removed; what is already
// there (the hazard, land released before) is shown for reference and snapped to, never edited. Each change goes back to the Blazor
// component as a GeoJSON Polygon (one shape) or MultiPolygon (several).
window.mineActionDrawer = {
  maps: {},

  open(elementId, options, component) {
    const map = L.map(elementId, { attributionControl: true });
    map.createPane('boundaries').style.zIndex = 350;
    const entry = {
      map, component, options, offline: !options.tiles,
      boundaries: L.layerGroup().addTo(map),
      context: L.featureGroup().addTo(map),
      drawn: L.featureGroup().addTo(map)
    };
    this.maps[elementId] = entry;
    window.mineActionTiles.add(map, options.tiles, () => {
      entry.offline = true;
      entry.boundaries.eachLayer(l => l.setStyle && l.setStyle(this.boundaryStyle(entry)));
      component.invokeMethodAsync('BaseMapUnavailable');
    });
    for (const layer of options.context || []) {
      L.geoJSON(layer.geometry, {
        pmIgnore: true, snapIgnore: false, interactive: false,
        style: { color: layer.color, weight: 2, fillOpacity: layer.fillOpacity, dashArray: '6 4' }
      }).bindTooltip(layer.label).addTo(entry.context);
    }
    this.show(entry, options.value);
    if (!options.disabled) {
      map.pm.setGlobalOptions({ layerGroup: entry.drawn, snappable: true, snapDistance: 15, allowSelfIntersection: false });
      map.pm.addControls({
        position: 'topleft', drawMarker: false, drawCircleMarker: false, drawPolyline: false, drawCircle: false, drawText: false,
        drawRectangle: true, drawPolygon: true, editMode: true, dragMode: true, cutPolygon: false, removalMode: true, rotateMode: false
      });
      // The toolbar's buttons are links without text: give each its title as an accessible name.
      map.getContainer().querySelectorAll('.button-container[title] .leaflet-buttons-control-button')
        .forEach(a => a.setAttribute('aria-label', a.parentElement.getAttribute('title')));
      map.on('pm:create', e => { this.watch(entry, e.layer); this.changed(entry); });
      map.on('pm:remove', () => this.changed(entry));
    }
    map.on('moveend', () => this.loadBoundaries(entry));
    this.fit(entry);
    return true;
  },

  // Replaces the drawn shapes by the value (an upload, a reset after saving); nothing is sent back.
  setValue(elementId, text) {
    const entry = this.maps[elementId];
    if (!entry) return;
    this.show(entry, text);
    if (entry.drawn.getLayers().length) this.fit(entry);
  },

  show(entry, text) {
    entry.drawn.clearLayers();
    let geometry = null;
    try { geometry = text ? JSON.parse(text) : null; } catch { geometry = null; }
    if (!geometry) return;
    L.geoJSON(geometry, { style: { color: '#1565c0', weight: 3, fillOpacity: 0.25 } }).eachLayer(layer => {
      layer.addTo(entry.drawn);
      this.watch(entry, layer);
    });
  },

  watch(entry, layer) {
    layer.on('pm:edit', () => this.changed(entry));
    layer.on('pm:dragend', () => this.changed(entry));
  },

  changed(entry) {
    const polygons = [];
    entry.drawn.eachLayer(layer => {
      const geometry = layer.toGeoJSON(15).geometry;
      if (geometry.type === 'Polygon') polygons.push(geometry.coordinates);
      else if (geometry.type === 'MultiPolygon') polygons.push(...geometry.coordinates);
    });
    const geometry = polygons.length === 0 ? null
      : polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] }
      : { type: 'MultiPolygon', coordinates: polygons };
    document.getElementById(entry.map.getContainer().id).dataset.shapes = `${polygons.length}`;
    entry.component.invokeMethodAsync('Drawn', geometry ? JSON.stringify(geometry) : null);
  },

  async fit(entry) {
    const bounds = entry.drawn.getBounds().isValid() ? entry.drawn.getBounds() : entry.context.getBounds();
    if (bounds.isValid()) {
      entry.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 17 });
      return;
    }
    entry.map.setView([0, 0], 2);
    try {
      const response = await fetch('/api/v1/map', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      const b = response.ok ? (await response.json()).bounds : null;
      if (b && !entry.drawn.getBounds().isValid()) entry.map.fitBounds([[b[1], b[0]], [b[3], b[2]]]);
    } catch { /* the map stays on the world */ }
  },

  boundaryStyle(entry) {
    return { color: '#5d4037', weight: 1, fill: entry.offline, fillColor: '#f3efe6', fillOpacity: entry.offline ? 1 : 0 };
  },

  async loadBoundaries(entry) {
    const url = `/api/v1/map/boundaries?bbox=${window.mineActionNationalMap.box(entry.map)}&zoom=${Math.round(entry.map.getZoom())}`;
    entry.boundariesUrl = url;
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } });
      if (!response.ok || entry.boundariesUrl !== url) return;
      const collection = await response.json();
      entry.boundaries.clearLayers();
      L.geoJSON(collection, { pane: 'boundaries', pmIgnore: true, snapIgnore: true, interactive: false, style: () => this.boundaryStyle(entry) })
        .addTo(entry.boundaries);
    } catch { /* boundaries are a help, not a need */ }
  },

  dispose(elementId) {
    const entry = this.maps[elementId];
    if (entry) { entry.map.remove(); delete this.maps[elementId]; }
  }
};
