// The dashboard map: Leaflet (global L, loaded from wwwroot/lib/leaflet), bundled GeoJSON layers, no network needed.
// Every clickable feature is a keyboard-focusable button named after its place, so people and tests can select it.

const emptyFill = '#e8ecef';

export async function createMap(element, callbacks, setup) {
    const map = L.map(element, { zoomSnap: 0.25, worldCopyJump: true, attributionControl: true });
    map.setView([34.5, 40.5], 5);
    if (setup.tileUrl) {
        L.tileLayer(setup.tileUrl, { attribution: setup.tileAttribution ?? '' }).addTo(map);
    }
    map.attributionControl.addAttribution('Boundaries: Natural Earth');

    let state = { regions: [], points: [], selected: null, maxCount: 0 };
    let counts = new Map();
    const regionLayers = new Map();
    const select = id => callbacks.invokeMethodAsync('PlaceClicked', id);

    const [countries, regions] = await Promise.all([fetchJson(setup.countriesUrl), fetchJson(setup.regionsUrl)]);
    if (countries) {
        L.geoJSON(countries, {
            interactive: false,
            style: { color: '#9aa5ad', weight: 1, fillColor: '#f6f7f8', fillOpacity: 1 },
        }).addTo(map);
    }

    let regionLayer = null;
    if (regions) {
        regionLayer = L.geoJSON(regions, {
            style: feature => regionStyle(feature.id),
            onEachFeature: (feature, layer) => {
                regionLayers.set(feature.id, layer);
                layer.on('click', () => select(feature.id));
                layer.on('add', () => makeButton(layer.getElement(), nameOf(feature), () => select(feature.id), false));
            },
        }).addTo(map);
    }
    const pointLayer = L.layerGroup().addTo(map);
    let fitted = false;

    function regionStyle(id) {
        const count = counts.get(id) ?? 0;
        const selected = state.selected === id;
        return {
            color: selected ? '#b3261e' : '#6b7780',
            weight: selected ? 3 : 0.6,
            fillColor: count > 0 ? shade(count, state.maxCount) : emptyFill,
            fillOpacity: count > 0 ? 0.8 : 0.35,
        };
    }

    function update(next) {
        state = next;
        counts = new Map(next.regions.map(r => [r.id, r.count]));
        // Thousands of regions: only those of countries with events are tab stops; all stay clickable buttons.
        const countries = new Set(next.regions.map(r => regionLayers.get(r.id)?.feature.properties?.country).filter(c => c));
        for (const [id, layer] of regionLayers) {
            layer.setStyle(regionStyle(id));
            const el = layer.getElement();
            if (el) {
                const count = counts.get(id) ?? 0;
                el.setAttribute('aria-pressed', String(state.selected === id));
                el.setAttribute('aria-description', `${count} event${count === 1 ? '' : 's'}`);
                el.setAttribute('tabindex', countries.has(layer.feature.properties?.country) || state.selected === id ? '0' : '-1');
            }
        }
        pointLayer.clearLayers();
        const max = Math.max(1, ...next.points.map(p => p.count));
        for (const p of next.points) {
            const marker = L.circleMarker([p.lat, p.lon], {
                radius: 5 + 9 * Math.sqrt(p.count / max),
                color: state.selected === p.id ? '#b3261e' : '#1f4e79',
                weight: state.selected === p.id ? 3 : 1.5,
                fillColor: '#2f7bbf',
                fillOpacity: 0.75,
            });
            marker.bindTooltip(`${p.name}: ${p.count} event${p.count === 1 ? '' : 's'}`);
            marker.on('click', () => select(p.id));
            marker.on('add', () => {
                makeButton(marker.getElement(), p.name, () => select(p.id), true);
                marker.getElement()?.setAttribute('aria-pressed', String(state.selected === p.id));
            });
            marker.addTo(pointLayer);
        }
        if (!fitted) {
            fitted = fitToData();
        }
    }

    // The first view frames where most events are: places far from the count-weighted median (a stray mention on
    // another continent) do not zoom the map out to the whole world.
    function fitToData() {
        const items = [];
        for (const r of state.regions) {
            const layer = regionLayers.get(r.id);
            if (layer) items.push({ bounds: layer.getBounds(), count: r.count });
        }
        for (const p of state.points) items.push({ bounds: L.latLngBounds([[p.lat, p.lon], [p.lat, p.lon]]), count: p.count });
        if (items.length === 0) return false;
        const lat = weightedMedian(items.map(i => [i.bounds.getCenter().lat, i.count]));
        const lon = weightedMedian(items.map(i => [i.bounds.getCenter().lng, i.count]));
        const bounds = L.latLngBounds([]);
        for (const i of items) {
            const c = i.bounds.getCenter();
            if (Math.abs(c.lat - lat) <= 15 && Math.abs(c.lng - lon) <= 20) bounds.extend(i.bounds);
        }
        if (!bounds.isValid()) return false;
        map.fitBounds(bounds.pad(0.1), { maxZoom: 7, animate: false });
        return true;
    }

    function dispose() {
        map.remove();
    }

    return { update, dispose };
}

function nameOf(feature) {
    return feature.properties?.name ?? feature.id;
}

function makeButton(element, name, activate, focusable) {
    if (!element || element.dataset.button) return;
    element.dataset.button = 'true';
    element.setAttribute('role', 'button');
    element.setAttribute('tabindex', focusable ? '0' : '-1');
    element.setAttribute('aria-label', name);
    element.addEventListener('keydown', e => {
        if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            activate();
        }
    });
}

function weightedMedian(pairs) {
    pairs.sort((a, b) => a[0] - b[0]);
    const half = pairs.reduce((sum, p) => sum + p[1], 0) / 2;
    let seen = 0;
    for (const [value, weight] of pairs) {
        seen += weight;
        if (seen >= half) return value;
    }
    return pairs[pairs.length - 1][0];
}

// Sequential blues from light to dark by the share of the largest count.
function shade(count, max) {
    const scale = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];
    const t = max > 1 ? Math.log(count) / Math.log(max) : 1;
    return scale[Math.min(scale.length - 1, Math.floor(t * (scale.length - 1) + 0.0001))];
}

async function fetchJson(url) {
    try {
        const response = await fetch(url);
        return response.ok ? await response.json() : null;
    } catch {
        return null;
    }
}
