// Wirecoder's page: the store's events on a map, a timeline and a table, an article view and a paste box.
// Everything it loads comes from this server (vendor/ holds the npm packages); it talks only to /api.
'use strict';

const QUADS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
const QUAD_COLOUR = Object.fromEntries(QUADS.map(q => [q, getComputedStyle(document.documentElement)
  .getPropertyValue('--' + q.replace('_', '-')).trim()]));
// What a span's kind is called in the article view, in the order overlapping spans win.
const KINDS = ['trigger', 'count', 'date', 'actor', 'recipient', 'place'];
const TABLE_ROWS = 200;

const $ = id => document.getElementById(id);
// done counts finished user actions (load, filter, move, open, paste): a test waits for it to move on.
const state = { filters: {}, pastedLayer: null, pending: 0, loadMs: null, done: 0 };
window.wirecoder = state; // what the browser test and `bench --serve` read

// A failure anywhere is said where the user looks, not only in the console.
window.addEventListener('unhandledrejection', e => { $('status').textContent = 'Error: ' + (e.reason && e.reason.message || e.reason); });
window.addEventListener('error', e => { $('status').textContent = 'Error: ' + e.message; });

// ---- requests ---------------------------------------------------------------------------------------------------

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, v);
  return q.toString();
}

async function api(path, options) {
  state.pending++;
  document.body.dataset.state = 'loading';
  try {
    const r = await fetch(path, options);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || r.statusText);
    return body;
  } finally {
    if (--state.pending === 0) document.body.dataset.state = 'ready';
  }
}

// ---- map --------------------------------------------------------------------------------------------------------

// No tile layer (no network): the zoom range is the map's own, to the scale of a town.
const map = L.map('map', { preferCanvas: true, worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([25, 20], 2);
map.attributionControl.addAttribution('Country outlines: Natural Earth via world-atlas · Places: GeoNames (CC BY 4.0)');
// Markers are added in chunks so that 50,000 of them do not freeze the page. Each load gets a group of its own: a
// group's chunks go on after it is cleared, so a superseded load must not share the group the next one draws into.
let clusters = null;
let loads = 0;

function clusterGroup(drawn) {
  return L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false, maxClusterRadius: 50,
    iconCreateFunction: clusterIcon, chunkProgress: (done, total) => { if (done === total) drawn(); } });
}

const legend = L.control({ position: 'bottomleft' });
legend.onAdd = () => {
  const div = L.DomUtil.create('div', 'map-legend');
  div.innerHTML = QUADS.map(q => `<div><span class="swatch q-${q}"></span>${q.replace('_', ' ')}</div>`).join('');
  return div;
};
legend.addTo(map);

async function drawCountries() {
  const r = await fetch('vendor/world-atlas/countries-50m.json');
  const world = await r.json();
  const countries = topojson.feature(world, world.objects.countries);
  for (const f of countries.features) {
    const g = f.geometry;
    if (!g) continue;
    for (const polygon of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) polygon.forEach(unwrap);
  }
  L.geoJSON(countries, {
    interactive: false,
    style: { color: '#8a96a3', weight: 0.6, fillColor: '#f4f1ea', fillOpacity: 1 }
  }).addTo(map).bringToBack();
}

// A ring that crosses the antimeridian (Russia, Fiji) jumps from 180 to -180, which draws a line across the world;
// keeping each step under 180 degrees draws it whole, past the edge.
function unwrap(ring) {
  for (let i = 1; i < ring.length; i++) {
    while (ring[i][0] - ring[i - 1][0] > 180) ring[i][0] -= 360;
    while (ring[i][0] - ring[i - 1][0] < -180) ring[i][0] += 360;
  }
}

// A cluster's ring shows the share of each quad class among its events.
function clusterIcon(cluster) {
  const counts = Object.fromEntries(QUADS.map(q => [q, 0]));
  for (const m of cluster.getAllChildMarkers()) counts[m.options.quad] = (counts[m.options.quad] || 0) + 1;
  const n = cluster.getChildCount();
  let at = 0;
  const stops = QUADS.filter(q => counts[q] > 0).map(q => {
    const from = at;
    at += 360 * counts[q] / n;
    return `${QUAD_COLOUR[q]} ${from}deg ${at}deg`;
  });
  const size = n < 10 ? 30 : n < 100 ? 36 : n < 1000 ? 42 : 48;
  return L.divIcon({
    html: `<div class="cluster" style="width:${size}px;height:${size}px;background:conic-gradient(${stops.join(',')})"><span>${n}</span></div>`,
    className: '', iconSize: [size, size]
  });
}

function marker(id, lat, lon, quad, pasted) {
  const m = L.circleMarker([lat, lon], {
    radius: pasted ? 8 : 6, weight: pasted ? 3 : 1, color: pasted ? '#1d2329' : '#fff',
    fillColor: QUAD_COLOUR[quad] || '#777', fillOpacity: 0.9, quad
  });
  m.eventId = id;
  return m;
}

async function loadPoints() {
  const load = ++loads;
  const body = await api('api/points?' + query(state.filters));
  if (load !== loads) return body; // a later filter's points are on their way
  const markers = body.points.map(([id, lat, lon, quad]) => {
    const m = marker(id, lat, lon, quad, false);
    m.on('click', () => showPopup(m));
    return m;
  });
  let group;
  const drawn = new Promise(resolve => { group = clusterGroup(resolve); });
  if (clusters) map.removeLayer(clusters);
  clusters = group;
  map.addLayer(clusters);
  if (markers.length) {
    clusters.addLayers(markers);
    await drawn;
  }
  if (load !== loads) return body;
  state.total = body.total;
  state.placed = body.placed;
  state.drawn = markers.length;
  return body;
}

async function showPopup(m) {
  const e = await api('api/event?' + query({ id: m.eventId }));
  const div = document.createElement('div');
  div.innerHTML = `<b>${esc(e.event_type)}</b> ${esc(e.mode || '')} · ${esc(e.date.first || 'no date')}<br>
    ${esc(e.actor.name || '?')} → ${esc(e.recipient.name || '?')}<br>${esc(e.location.name || '')} ${esc(e.location.country || '')}
    ${sizeText(e.size)}<br>${e.num_sources} source(s), ${e.num_mentions} report(s) · ${esc(e.factuality)}<br>`;
  const open = document.createElement('a');
  open.href = '#';
  open.textContent = 'Open the article';
  open.onclick = ev => { ev.preventDefault(); openEvent(e); };
  div.appendChild(open);
  m.bindPopup(div).openPopup();
}

// ---- timeline ---------------------------------------------------------------------------------------------------

const DAY = 86400000;
const timeline = $('timeline');
const brush = { start: null, end: null, scale: null };

async function loadTimeline() {
  const f = { ...state.filters };
  delete f.from;
  delete f.to;
  const body = await api('api/stats?' + query(f));
  drawTimeline(body.by_day);
}

// Bars of a day, a week or a month, whichever keeps a bar wider than a pixel or two over the span shown.
const BINS = [1, 7, 30];

function drawTimeline(days) {
  const w = timeline.clientWidth || 600, h = timeline.clientHeight || 104, pad = 14;
  timeline.innerHTML = '';
  if (days.length === 0) {
    svg('text', { x: 4, y: 20 }, 'no dated events');
    return;
  }
  const t0 = Date.parse(days[0].key), t1 = Date.parse(days[days.length - 1].key) + DAY;
  const bin = BINS.find(b => (t1 - t0) / (b * DAY) <= w / 3) || BINS[BINS.length - 1];
  const bins = new Map();
  for (const d of days) {
    const start = t0 + Math.floor((Date.parse(d.key) - t0) / (bin * DAY)) * bin * DAY;
    bins.set(start, (bins.get(start) || 0) + d.count);
  }
  const max = Math.max(...bins.values());
  const x = t => (t - t0) / (t1 - t0) * (w - 2) + 1;
  brush.scale = { t0, t1, w, x, t: px => t0 + (px - 1) / (w - 2) * (t1 - t0) };
  const bw = Math.max(1, x(t0 + bin * DAY) - x(t0) - 1);
  for (const [start, count] of bins) {
    const bh = Math.max(1, count / max * (h - pad - 4));
    svg('rect', { class: 'day', x: x(start), y: h - pad - bh, width: bw, height: bh, 'data-count': count })
      .appendChild(svgEl('title', `${day(start)}${bin > 1 ? ' +' + bin + ' days' : ''}: ${count}`));
  }
  const unit = bin === 1 ? 'day' : bin === 7 ? 'week' : '30 days';
  $('timeline-unit').textContent = `Events per ${unit} — drag to pick dates`;
  svg('text', { x: 2, y: h - 2 }, days[0].key);
  svg('text', { x: w - 2, y: h - 2, 'text-anchor': 'end' }, days[days.length - 1].key);
  svg('text', { x: 2, y: 10 }, `max ${max}/${unit}`);
  drawBrush();
}

function svgEl(name, text) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', name);
  if (text !== undefined) el.textContent = text;
  return el;
}

function svg(name, attrs, text) {
  const el = svgEl(name, text);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  timeline.appendChild(el);
  return el;
}

function drawBrush() {
  timeline.querySelectorAll('.brush').forEach(b => b.remove());
  const s = brush.scale;
  if (!s || !state.filters.from || !state.filters.to) return;
  const a = s.x(Date.parse(state.filters.from)), b = s.x(Date.parse(state.filters.to) + DAY);
  svg('rect', { class: 'brush', x: Math.min(a, b), y: 0, width: Math.max(2, Math.abs(b - a)), height: timeline.clientHeight - 14 });
}

function day(t) {
  return new Date(Math.floor(t / DAY) * DAY).toISOString().slice(0, 10);
}

const timelineX = e => e.clientX - timeline.getBoundingClientRect().left;

timeline.addEventListener('mousedown', ev => {
  if (!brush.scale) return;
  brush.start = timelineX(ev);
  const move = e => {
    brush.end = timelineX(e);
    const [a, b] = [brush.start, brush.end].sort((p, q) => p - q);
    state.filters.from = day(brush.scale.t(a));
    state.filters.to = day(brush.scale.t(b));
    drawBrush();
  };
  const up = e => {
    timeline.removeEventListener('mousemove', move);
    window.removeEventListener('mouseup', up);
    move(e);
    $('filter-from').value = state.filters.from;
    $('filter-to').value = state.filters.to;
    $('timeline-clear').hidden = false;
    refresh(false);
  };
  timeline.addEventListener('mousemove', move);
  window.addEventListener('mouseup', up);
});

$('timeline-clear').onclick = () => {
  $('filter-from').value = '';
  $('filter-to').value = '';
  readFilters();
  $('timeline-clear').hidden = true;
  refresh(false);
};

// ---- table of the events in view --------------------------------------------------------------------------------

let tables = 0;

async function loadTable() {
  const table = ++tables;
  const b = map.getBounds();
  const bbox = [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())]
    .map(v => v.toFixed(4)).join(',');
  const body = await api('api/events?' + query({ ...state.filters, bbox, limit: TABLE_ROWS, sort: '-date' }));
  if (table !== tables) return; // the map moved or the filters changed since
  const rows = body.events.map(e => {
    const tr = document.createElement('tr');
    tr.dataset.id = e.id;
    tr.innerHTML = `<td>${esc(e.date.first || '')}</td><td><span class="swatch q-${esc(e.quad_class)}"></span>${esc(e.event_type)}</td>
      <td>${esc(e.actor.name || '?')} → ${esc(e.recipient.name || '?')}</td><td>${esc(e.location.name || '')}</td>
      <td>${e.size.dead ?? ''}</td><td>${e.num_sources}</td>`;
    tr.onclick = () => openEvent(e);
    return tr;
  });
  $('event-table').tBodies[0].replaceChildren(...rows);
  status(body.total);
}

function status(inView) {
  const unplaced = state.total - state.placed;
  $('status').textContent = `${state.total.toLocaleString()} events match` +
    (unplaced > 0 ? ` (${unplaced.toLocaleString()} without a place)` : '') +
    ` · ${inView.toLocaleString()} in view` + (inView > TABLE_ROWS ? `, latest ${TABLE_ROWS} listed` : '');
}

// ---- article view -----------------------------------------------------------------------------------------------

async function openEvent(e) {
  const full = e.mentions ? e : await api('api/event?' + query({ id: e.id }));
  const first = full.mentions[0];
  if (full.location && full.location.lat != null) map.setView([full.location.lat, full.location.lon], Math.max(map.getZoom(), 6));
  const article = await api('api/article?' + query({ id: first.article, explain: true }));
  showArticle(article, first.event);
  state.done++;
}

function showArticle(a, focus) {
  $('table-box').hidden = true;
  $('article-view').hidden = false;
  $('article-title').textContent = a.title || a.id;
  $('article-meta').textContent = [a.source, a.published, a.url].filter(Boolean).join(' · ') +
    (a.explained ? '' : ' · stored without its rule trace (ingested by an older version)');
  $('article-text').replaceChildren(...highlight(a.text || '', a.annotations));
  $('article-events').replaceChildren(...a.events.map(e => {
    const li = document.createElement('li');
    li.dataset.event = e.id;
    li.innerHTML = `<span class="swatch q-${esc(e.quad_class)}"></span><b>${esc(e.event_type)}</b>
      ${esc(names(e.actor))} → ${esc(names(e.recipient))} · ${esc(e.date.value || 'no date')} ·
      ${esc(e.location ? e.location.name : 'no place')} ${sizeText(e.size)} · ${esc(e.factuality)}`;
    li.onclick = () => focusEvent(e.id);
    return li;
  }));
  if (focus) focusEvent(focus);
  $('right').scrollTop = 0;
}

function focusEvent(id) {
  document.querySelectorAll('#article-view .focus').forEach(el => el.classList.remove('focus'));
  document.querySelectorAll(`#article-view [data-event="${CSS.escape(id)}"]`).forEach(el => el.classList.add('focus'));
  const first = document.querySelector(`#article-text mark[data-event="${CSS.escape(id)}"]`);
  if (first) first.scrollIntoView({ block: 'center' });
}

// The text with its spans marked; where spans overlap, the kind earlier in KINDS wins, then the longer span.
function highlight(text, spans) {
  const chosen = [];
  const sorted = [...spans].sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || (b.end - b.start) - (a.end - a.start));
  for (const s of sorted) if (!chosen.some(c => s.start < c.end && c.start < s.end)) chosen.push(s);
  chosen.sort((a, b) => a.start - b.start);
  const out = [];
  let at = 0;
  for (const s of chosen) {
    if (s.start > at) out.push(document.createTextNode(text.slice(at, s.start)));
    const m = document.createElement('mark');
    m.className = 'k-' + s.kind;
    m.title = s.kind + ': ' + s.note;
    if (s.event) m.dataset.event = s.event;
    m.textContent = text.slice(s.start, s.end);
    out.push(m);
    at = s.end;
  }
  out.push(document.createTextNode(text.slice(at)));
  return out;
}

$('article-close').onclick = () => {
  $('article-view').hidden = true;
  $('table-box').hidden = false;
};

// ---- paste an article -------------------------------------------------------------------------------------------

$('paste-open').onclick = () => {
  $('paste-error').textContent = '';
  $('paste-dialog').showModal();
};

$('paste-submit').onclick = async () => {
  const text = $('paste-text').value;
  if (!text.trim()) {
    $('paste-error').textContent = 'Paste an article first.';
    return;
  }
  $('paste-submit').disabled = true;
  $('paste-error').textContent = 'Coding… (the first time loads the models)';
  try {
    const body = { id: 'pasted', text };
    if ($('paste-published').value) body.published = $('paste-published').value;
    const r = await api('api/extract', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    $('paste-dialog').close();
    showPasted(r);
    state.done++;
  } catch (err) {
    $('paste-error').textContent = err.message;
  } finally {
    $('paste-submit').disabled = false;
  }
};

function showPasted(r) {
  if (state.pastedLayer) map.removeLayer(state.pastedLayer);
  const placed = r.events.filter(e => e.location && e.location.lat != null);
  state.pastedLayer = L.featureGroup(placed.map(e => {
    const m = marker(e.id, e.location.lat, e.location.lon, e.quad_class, true);
    m.bindTooltip(esc(`${e.event_type}: ${names(e.actor)} → ${names(e.recipient)}`));
    m.on('click', () => showArticle(r, e.id));
    return m;
  })).addTo(map);
  if (placed.length) map.fitBounds(state.pastedLayer.getBounds(), { maxZoom: 7, padding: [40, 40] });
  r.title = `Pasted article: ${r.events.length} event(s), ${placed.length} on the map`;
  showArticle(r, r.events.length ? r.events[0].id : null);
}

// ---- filters ----------------------------------------------------------------------------------------------------

function readFilters() {
  const f = {};
  for (const name of ['type', 'actor', 'country', 'from', 'to', 'factuality']) {
    const v = $('filter-' + name).value.trim();
    if (v) f[name] = name === 'country' ? v.toUpperCase() : v;
  }
  state.filters = f;
  $('timeline-clear').hidden = !(f.from && f.to);
}

async function refresh(withTimeline) {
  try {
    await Promise.all([loadPoints(), withTimeline ? loadTimeline() : Promise.resolve()]);
    drawBrush();
    await loadTable();
  } catch (err) {
    $('status').textContent = 'Error: ' + err.message;
  }
  state.done++;
}

$('filters').onsubmit = ev => {
  ev.preventDefault();
  readFilters();
  refresh(true);
};

$('clear-filters').onclick = () => {
  $('filters').reset();
  readFilters();
  refresh(true);
};

let moveTimer = null;
map.on('moveend', () => {
  clearTimeout(moveTimer);
  moveTimer = setTimeout(() => {
    if (state.total === undefined) return;
    loadTable().catch(err => { $('status').textContent = 'Error: ' + err.message; }).finally(() => state.done++);
  }, 150);
});

async function loadChoices() {
  const s = await api('api/stats');
  for (const t of s.by_type) $('filter-type').add(new Option(`${t.key} (${t.count})`, t.key));
  $('countries').replaceChildren(...s.by_country.filter(c => c.key).map(c => new Option(`${c.count} events`, c.key)));
  $('actors').replaceChildren(...s.by_actor.filter(a => a.key).map(a => new Option(`${a.count} events`, a.key)));
  drawTimeline(s.by_day);
}

// ---- helpers ----------------------------------------------------------------------------------------------------

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function names(side) {
  return side.length ? side.map(a => a.name).join(', ') : '?';
}

function sizeText(s) {
  if (!s) return '';
  const parts = ['dead', 'injured', 'arrested', 'captured'].filter(k => s[k] != null).map(k => `${s[k]} ${k}`);
  return parts.length ? '· ' + esc(parts.join(', ')) : '';
}

(async () => {
  const t0 = performance.now();
  try {
    await Promise.all([drawCountries(), loadChoices(), loadPoints()]);
    await loadTable();
  } catch (err) {
    $('status').textContent = 'Error: ' + err.message;
  }
  state.loadMs = performance.now();
  state.scriptMs = state.loadMs - t0;
  state.done++;
})();
