// The dashboard map: Leaflet (global L, loaded from wwwroot/lib/leaflet), bundled GeoJSON layers, no network needed.
// Every clickable feature is a keyboard-focusable button named after its place, so people and tests can select it.
// Places of the events in view and of the selected event carry aria-current="true".

const emptyFill = '#e8ecef';
const highlightColor = '#e8710a';
const selectedColor = '#b3261e';
const hoverColor = '#1f4e79';
const cardHoverColor = '#6a1b9a';
// Above this many point places, the smaller ones are drawn on one canvas (cheap, clickable, not focusable); the
// largest `svgMarkers` stay SVG buttons.
const canvasAbove = 1000;
const svgMarkers = 500;
const reportMoveMs = 400;

// The payloads arrive as JSON text (see MapInterop.cs: typed payloads would cost every circuit their serializer metadata).
const fromJson = value => typeof value === 'string' ? JSON.parse(value) : value;

export async function createMap(element, callbacks, setupJson, viewJson) {
    const setup = fromJson(setupJson);
    const view = fromJson(viewJson);
    const map = L.map(element, { zoomSnap: 0.25, worldCopyJump: true, attributionControl: true });
    map.createPane('areas').style.zIndex = 405;
    map.createPane('districts').style.zIndex = 410;
    map.createPane('points').style.zIndex = 420;
    let quiet = 0;
    let moveTimer = 0;
    // Moves the page asks for (first framing, a view from the URL, flying to a selection) are not reported back.
    function quietly(move) {
        quiet++;
        move();
    }
    map.on('moveend', () => {
        if (quiet > 0) {
            quiet--;
            return;
        }
        if (moveTimer) clearTimeout(moveTimer);
        moveTimer = setTimeout(() => {
            moveTimer = 0;
            const c = map.getCenter();
            callbacks.invokeMethodAsync('MapMoved', c.lat, c.lng, map.getZoom()).catch(() => { });
        }, reportMoveMs);
    });
    quietly(() => view ? map.setView([view.latitude, view.longitude], view.zoom, { animate: false }) : map.setView([34.5, 40.5], 5));
    if (setup.tileUrl) {
        L.tileLayer(setup.tileUrl, { attribution: setup.tileAttribution ?? '' }).addTo(map);
    }
    map.attributionControl.addAttribution('Boundaries: Natural Earth');

    let state = { regions: [], points: [], districts: [], areas: [], selected: null, maxCount: 0 };
    let counts = new Map();
    let marked = new Set();
    let chosen = new Set();
    let hovered = null;
    let cardPlaces = new Set();
    const indexed = new WeakMap(); // see pointsOf
    const regionLayers = new Map();
    const districtLayers = new Map();
    const pointLayers = new Map();
    const areaLayers = new Map();
    const select = id => callbacks.invokeMethodAsync('PlaceClicked', id);

    const [countries, regions, areas] = await Promise.all([fetchJson(setup.countriesUrl), fetchJson(setup.regionsUrl), fetchJson(setup.areasUrl)]);
    const areaShapes = new Map((areas?.features ?? []).filter(f => /Polygon/.test(f.geometry?.type ?? '')).map(f => [f.id, f]));
    if (countries) {
        L.geoJSON(countries, {
            interactive: false,
            style: { color: '#9aa5ad', weight: 1, fillColor: '#f6f7f8', fillOpacity: 1 },
        }).addTo(map);
    }

    if (regions) {
        L.geoJSON(regions, {
            style: feature => regionStyle(feature.id),
            onEachFeature: (feature, layer) => {
                regionLayers.set(feature.id, layer);
                hoverable(layer, feature.id, nameOf(feature), () => regionStyle(feature.id));
                layer.on('click', () => select(feature.id));
                layer.on('add', () => makeButton(layer.getElement(), nameOf(feature), () => select(feature.id), false));
            },
        }).addTo(map);
    }
    const areaLayer = L.layerGroup().addTo(map);
    const districtLayer = L.layerGroup().addTo(map);
    const pointLayer = L.layerGroup().addTo(map);
    let districtsUrl = null;
    let districtShapes = null;
    let canvas = null;
    let fitted = !!view;

    function outline(id, base) {
        if (state.selected === id) return { color: selectedColor, weight: 3 };
        if (chosen.has(id)) return { color: selectedColor, weight: 2.5 };
        if (cardPlaces.has(id)) return { color: cardHoverColor, weight: 3 };
        if (marked.has(id)) return { color: highlightColor, weight: 2.5 };
        if (hovered === id) return { color: hoverColor, weight: 2 };
        return base;
    }

    // Hovering a region or district outlines it and names it with its count (read when the tooltip opens, so it
    // follows the filter); the outline goes when the pointer leaves. Done in the page: no server round trip.
    function hoverable(layer, id, name, style) {
        layer.bindTooltip(() => {
            const count = counts.get(id) ?? 0;
            return `${name}: ${count} event${count === 1 ? '' : 's'}`;
        }, { sticky: true });
        layer.on('mouseover', () => {
            hovered = id;
            layer.setStyle(style());
        });
        layer.on('mouseout', () => {
            if (hovered === id) hovered = null;
            layer.setStyle(style());
        });
    }

    function regionStyle(id) {
        const count = counts.get(id) ?? 0;
        return {
            ...outline(id, { color: '#6b7780', weight: 0.6 }),
            fillColor: count > 0 ? shade(count, state.maxCount) : emptyFill,
            fillOpacity: count > 0 ? 0.8 : 0.35,
        };
    }

    function districtStyle(id) {
        const count = counts.get(id) ?? 0;
        return {
            ...outline(id, { color: '#34414a', weight: 1, dashArray: '3 3' }),
            pane: 'districts',
            fillColor: count > 0 ? shade(count, state.maxCount) : '#ffffff',
            fillOpacity: count > 0 ? 0.85 : 0.25,
        };
    }

    function pointStyle(p, max, district) {
        return {
            ...outline(p.id, { color: district ? '#34414a' : '#1f4e79', weight: 1.5 }),
            radius: 5 + 9 * Math.sqrt(p.count / max),
            fillColor: district ? '#6baed6' : '#2f7bbf',
            fillOpacity: 0.75,
            dashArray: district ? '3 2' : null,
        };
    }

    function describe(el, id, focusable) {
        if (!el) return;
        const count = counts.get(id) ?? 0;
        el.setAttribute('aria-pressed', String(state.selected === id));
        el.setAttribute('aria-description', `${count} event${count === 1 ? '' : 's'}`);
        if (focusable !== undefined) el.setAttribute('tabindex', focusable ? '0' : '-1');
        if (marked.has(id) || chosen.has(id)) el.setAttribute('aria-current', 'true');
        else el.removeAttribute('aria-current');
    }

    // The count layers come by URL (fetched once per filter, shared by the server) or inline as next.counts.
    let countsUrl = null;
    let countLayers = { regions: [], points: [], areas: [], maxCount: 0 };
    let updates = 0;

    async function update(next) {
        const current = ++updates;
        if (next.countsUrl && next.countsUrl !== countsUrl) {
            const fetched = await fetchJson(next.countsUrl);
            if (current !== updates) return; // a newer update came in meanwhile
            countsUrl = fetched ? next.countsUrl : null; // a failed fetch is tried again with the next update
            countLayers = fetched ?? { regions: [], points: [], areas: [], maxCount: 0 };
        } else if (!next.countsUrl) {
            countsUrl = null;
            countLayers = next.counts ?? countLayers;
        }
        next = { ...next, ...countLayers };
        state = next;
        counts = new Map([...next.regions, ...next.districts, ...next.areas, ...next.points].map(r => [r.id, r.count]));
        restyleRegions();
        drawAreas();
        await drawDistricts();
        drawPoints();
        if (!fitted) {
            fitted = fitToData();
        }
    }

    function restyleRegions() {
        // Thousands of regions: only those of countries with events are tab stops; all stay clickable buttons.
        const withEvents = new Set(state.regions.map(r => regionLayers.get(r.id)?.feature.properties?.country).filter(c => c));
        for (const [id, layer] of regionLayers) {
            layer.setStyle(regionStyle(id));
            describe(layer.getElement(), id, withEvents.has(layer.feature.properties?.country) || state.selected === id);
        }
    }

    // Named regions that events mention ("northeast Syria"): a light shade over the admin-1 layer that lets clicks
    // through, and a dashed outline that is the button.
    function drawAreas() {
        areaLayer.clearLayers();
        areaLayers.clear();
        for (const a of state.areas) {
            const feature = areaShapes.get(a.id);
            if (!feature) continue;
            L.geoJSON(feature, { pane: 'areas', interactive: false, style: { stroke: false, fillColor: '#7b5ea7', fillOpacity: 0.15 } }).addTo(areaLayer);
            const edge = L.geoJSON(feature, { pane: 'areas', style: () => areaStyle(a.id) }).getLayers()[0];
            edge.bindTooltip(`${nameOf(feature)}: ${a.count} event${a.count === 1 ? '' : 's'} naming the region`, { sticky: true });
            edge.on('click', () => select(a.id));
            edge.on('add', () => {
                makeButton(edge.getElement(), nameOf(feature), () => select(a.id), true);
                describe(edge.getElement(), a.id);
            });
            edge.addTo(areaLayer);
            areaLayers.set(a.id, edge);
        }
    }

    function areaStyle(id) {
        return { ...outline(id, { color: '#5b3f8c', weight: 2 }), dashArray: '6 4', fill: false };
    }

    // Drill-down: the districts of the selected admin-1, as polygons where boundaries were imported, else as markers.
    async function drawDistricts() {
        if (state.districtsUrl !== districtsUrl) {
            districtsUrl = state.districtsUrl;
            districtShapes = districtsUrl ? await fetchJson(districtsUrl) : null;
        }
        districtLayer.clearLayers();
        districtLayers.clear();
        const drawn = new Set();
        if (districtShapes) {
            L.geoJSON(districtShapes, {
                pane: 'districts',
                style: feature => districtStyle(feature.id),
                onEachFeature: (feature, layer) => {
                    drawn.add(feature.id);
                    districtLayers.set(feature.id, layer);
                    hoverable(layer, feature.id, `${nameOf(feature)} (district)`, () => districtStyle(feature.id));
                    layer.on('click', () => select(feature.id));
                    layer.on('add', () => {
                        makeButton(layer.getElement(), nameOf(feature), () => select(feature.id), true);
                        describe(layer.getElement(), feature.id);
                    });
                },
            }).addTo(districtLayer);
        }
        const { max } = pointsOf(true);
        for (const d of state.districts.filter(d => !drawn.has(d.id))) {
            addMarker(d, max, true, districtLayer, districtLayers, null);
        }
    }

    function drawPoints() {
        pointLayer.clearLayers();
        pointLayers.clear();
        const { max } = pointsOf(false);
        const many = state.points.length > canvasAbove;
        if (many && !canvas) canvas = L.canvas({ pane: 'points' });
        state.points.forEach((p, i) => addMarker(p, max, false, pointLayer, pointLayers, many && i >= svgMarkers ? canvas : null));
    }

    function addMarker(p, max, district, group, index, renderer) {
        const marker = L.circleMarker([p.lat, p.lon], { ...pointStyle(p, max, district), pane: 'points', ...(renderer ? { renderer } : {}) });
        marker.placeId = p.id;
        marker.bindTooltip(`${p.name}${district ? ' (district)' : ''}: ${p.count} event${p.count === 1 ? '' : 's'}`);
        marker.on('click', () => select(p.id));
        marker.on('add', () => {
            makeButton(marker.getElement(), p.name, () => select(p.id), true);
            describe(marker.getElement(), p.id);
        });
        marker.addTo(group);
        index.set(p.id, marker);
    }

    // The points (or districts) of the current state by id, with the largest count (the markers' size scale); built
    // once per list.
    function pointsOf(district) {
        const list = district ? state.districts : state.points;
        let index = indexed.get(list);
        if (!index) {
            index = { byId: new Map(list.map(p => [p.id, p])), max: Math.max(1, ...list.map(p => p.count)) };
            indexed.set(list, index);
        }
        return index;
    }

    // A point marker, or a district drawn as a polygon, in its current style.
    function restyleMarker(layer, id, district) {
        if (layer instanceof L.CircleMarker) {
            const { byId, max } = pointsOf(district);
            const p = byId.get(id);
            if (p) layer.setStyle(pointStyle(p, max, district));
        } else {
            layer.setStyle(districtStyle(id));
        }
    }

    function restyleMarkers() {
        for (const [group, district] of [[pointLayers, false], [districtLayers, true]]) {
            for (const [id, layer] of group) {
                restyleMarker(layer, id, district);
                describe(layer.getElement(), id);
            }
        }
    }

    function layerOf(id) {
        return pointLayers.get(id) ?? districtLayers.get(id) ?? areaLayers.get(id) ?? regionLayers.get(id);
    }

    // A place is pointed out on its own layer when the map draws it, else on its admin-1 (a country is not pointed out).
    function drawnIds(places) {
        const ids = new Set();
        for (const p of places ?? []) {
            if (layerOf(p.id)) ids.add(p.id);
            else if (p.admin1Id && layerOf(p.admin1Id)) ids.add(p.admin1Id);
        }
        return ids;
    }

    function highlight(inView, selection) {
        marked = drawnIds(inView);
        chosen = drawnIds(selection);
        restyleRegions();
        restyleMarkers();
        for (const [id, layer] of areaLayers) {
            layer.setStyle(areaStyle(id));
            describe(layer.getElement(), id);
        }
    }

    // A card hovered in the timeline points out its places (timeline.js sends their ids as a 'timeline-hover' event of
    // the page; no server round trip). Only the features whose outline changes are restyled.
    function restyleOne(id) {
        const region = regionLayers.get(id);
        if (region) region.setStyle(regionStyle(id));
        const area = areaLayers.get(id);
        if (area) area.setStyle(areaStyle(id));
        for (const [group, district] of [[pointLayers, false], [districtLayers, true]]) {
            const layer = group.get(id);
            if (layer) restyleMarker(layer, id, district);
        }
    }

    function onCardHover(e) {
        const before = cardPlaces;
        cardPlaces = new Set((e.detail ?? []).filter(id => layerOf(id)));
        for (const id of new Set([...before, ...cardPlaces])) restyleOne(id);
    }
    document.addEventListener('timeline-hover', onCardHover);

    function flyTo(places) {
        const bounds = L.latLngBounds([]);
        for (const p of places) {
            const layer = layerOf(p.id);
            if (layer?.getBounds) bounds.extend(layer.getBounds());
            else if (layer?.getLatLng) bounds.extend(layer.getLatLng());
            else bounds.extend([p.lat, p.lon]);
        }
        if (!bounds.isValid()) return;
        quietly(() => map.flyToBounds(bounds.pad(0.3), { maxZoom: 8, duration: 0.6 }));
    }

    function showView(v) {
        quietly(() => map.setView([v.latitude, v.longitude], v.zoom, { animate: false }));
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
        quietly(() => map.fitBounds(bounds.pad(0.1), { maxZoom: 7, animate: false }));
        return true;
    }

    function dispose() {
        document.removeEventListener('timeline-hover', onCardHover);
        if (moveTimer) clearTimeout(moveTimer);
        map.remove();
    }

    return {
        update: next => update(fromJson(next)),
        highlight: (inView, selection) => highlight(fromJson(inView), fromJson(selection)),
        flyTo: places => flyTo(fromJson(places)),
        showView: v => showView(fromJson(v)),
        dispose,
    };
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
