// The national map: the base map (or, without it, the country's boundaries filled as the base), and each chosen layer read from
// /api/v1/map/{layer} for the box on screen whenever the view settles. Records open their page from a popup; clusters zoom in.
window.mineActionNationalMap = {
  maps: {},

  open(elementId, options, page) {
    const element = document.getElementById(elementId);
    const map = L.map(element, { attributionControl: true, preferCanvas: false });
    map.createPane('boundaries').style.zIndex = 350;
    const entry = { map, options, page, element, groups: {}, visible: new Set(options.visible), requests: {}, offline: !options.tiles };
    this.maps[elementId] = entry;
    window.mineActionTiles.add(map, options.tiles, () => {
      entry.offline = true;
      this.restyleBoundaries(entry);
      page.invokeMethodAsync('BaseMapUnavailable');
    });
    for (const layer of options.layers) {
      entry.groups[layer.key] = L.layerGroup();
      if (entry.visible.has(layer.key)) entry.groups[layer.key].addTo(map);
    }
    map.on('moveend', () => this.refresh(entry));
    const b = options.bounds;
    if (b) map.fitBounds([[b[1], b[0]], [b[3], b[2]]], { padding: [8, 8] });
    else map.setView([0, 0], 2);
    return true;
  },

  setVisible(elementId, key, visible) {
    const entry = this.maps[elementId];
    if (!entry) return;
    const group = entry.groups[key];
    if (visible) {
      entry.visible.add(key);
      group.addTo(entry.map);
      this.load(entry, key);
    } else {
      entry.visible.delete(key);
      entry.map.removeLayer(group);
    }
  },

  refresh(entry) {
    for (const key of entry.visible) this.load(entry, key);
  },

  box(map) {
    const b = map.getBounds();
    const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
    const w = clamp(b.getWest(), -180, 179.999999), e = clamp(b.getEast(), w + 0.000001, 180);
    const s = clamp(b.getSouth(), -90, 89.999999), n = clamp(b.getNorth(), s + 0.000001, 90);
    return [w, s, e, n].map(v => v.toFixed(6)).join(',');
  },

  async load(entry, key) {
    const zoom = Math.round(entry.map.getZoom());
    const url = `/api/v1/map/${key}?bbox=${this.box(entry.map)}&zoom=${zoom}`;
    entry.requests[key] = url;
    entry.element.dataset.loading = key;
    try {
      const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } });
      if (entry.requests[key] !== url || !this.maps[entry.element.id]) return; // a newer view replaced this one
      if (!response.ok) throw new Error(`${response.status}`);
      const collection = await response.json();
      this.draw(entry, key, collection);
      const clusters = collection.features.filter(f => f.properties.cluster);
      const records = clusters.length ? clusters.reduce((n, f) => n + f.properties.count, 0) : collection.features.length;
      entry.element.dataset[this.dataName(key)] = `${records}`;
      await entry.page.invokeMethodAsync('LayerShown', key, records, clusters.length > 0, null);
    } catch (error) {
      if (entry.requests[key] === url) await entry.page.invokeMethodAsync('LayerShown', key, 0, false, `${error.message || error}`);
    } finally {
      if (entry.requests[key] === url) delete entry.element.dataset.loading;
    }
  },

  dataName(key) {
    return key.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
  },

  colour(entry, key, kind) {
    const style = entry.options.styles[key];
    return (kind && style.kinds && style.kinds[kind]) || style.colour;
  },

  draw(entry, key, collection) {
    const group = entry.groups[key];
    group.clearLayers();
    const boundaries = key === 'boundaries';
    const layer = L.geoJSON(collection, {
      pane: boundaries ? 'boundaries' : 'overlayPane',
      style: f => this.polygonStyle(entry, key, f),
      pointToLayer: (f, latlng) => f.properties.cluster
        ? L.marker(latlng, { icon: this.clusterIcon(entry, key, f.properties), keyboard: true, title: f.properties.label })
        : L.circleMarker(latlng, { radius: 6, color: '#ffffff', weight: 1, fillColor: this.colour(entry, key, f.properties.kind), fillOpacity: 0.9 }),
      onEachFeature: (f, shape) => this.bind(entry, key, f, shape)
    });
    layer.addTo(group);
  },

  polygonStyle(entry, key, feature) {
    if (key === 'boundaries') {
      const province = feature.properties.kind === '1';
      return { color: '#5d4037', weight: province ? 2 : 1, fill: entry.offline, fillColor: '#f3efe6', fillOpacity: entry.offline ? 1 : 0 };
    }
    const closed = feature.properties.status === 'ClosedReleased' || feature.properties.status === 'HandedOver';
    const colour = closed ? entry.options.styles[key].closed : this.colour(entry, key, feature.properties.kind);
    return { color: colour, weight: 2, fillColor: colour, fillOpacity: 0.35, dashArray: closed ? '4 4' : null,
      className: `map-record map-record-${feature.properties.id}` };
  },

  restyleBoundaries(entry) {
    entry.groups.boundaries.eachLayer(l => l.setStyle && l.setStyle(f => this.polygonStyle(entry, 'boundaries', f)));
  },

  clusterIcon(entry, key, p) {
    const size = Math.round(28 + Math.min(24, Math.log2(p.count) * 3));
    const html = document.createElement('span');
    html.className = 'map-cluster';
    html.style.borderColor = this.colour(entry, key, p.kind);
    html.style.width = html.style.height = `${size}px`;
    html.style.lineHeight = `${size - 10}px`;
    html.textContent = p.count >= 10000 ? `${Math.round(p.count / 1000)}k` : `${p.count}`;
    return L.divIcon({ html, className: '', iconSize: [size, size] });
  },

  bind(entry, key, feature, shape) {
    const p = feature.properties;
    if (p.cluster) {
      shape.on('click', () => entry.map.setView(shape.getLatLng(), Math.min(entry.map.getZoom() + 3, entry.map.getMaxZoom())));
      return;
    }
    if (key === 'boundaries') {
      shape.bindTooltip(p.label, { permanent: true, direction: 'center', className: 'map-area-label', interactive: false });
      return;
    }
    const popup = document.createElement('div');
    const label = document.createElement('div');
    label.className = 'map-popup-label';
    label.textContent = p.label;
    popup.appendChild(label);
    if (p.link) {
      const link = document.createElement('a');
      link.href = p.link;
      link.textContent = 'Open';
      link.dataset.testid = 'map-open';
      popup.appendChild(link);
    }
    shape.bindPopup(popup);
    shape.bindTooltip(p.label, { sticky: true });
  },

  dispose(elementId) {
    const entry = this.maps[elementId];
    if (entry) { entry.map.remove(); delete this.maps[elementId]; }
  }
};
