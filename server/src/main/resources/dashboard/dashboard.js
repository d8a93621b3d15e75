// The ops dashboard (docs/operations.md): asks for a token, keeps it in this tab's sessionStorage and
// sends it as X-Auth-Token to /dashboard/data (and /audit/replay when that route exists) every few
// seconds. Everything is drawn with DOM calls and textContent: no library, no CDN, no HTML from data.
'use strict';

const TOKEN_KEY = 'placement-dashboard-token';
// noauth2 reads roles from X-Roles (a browser cannot add that header to the page itself); Keystone
// tokens carry their own roles and ignore it.
const ROLES_KEY = 'placement-dashboard-roles';
const REFRESH_MS = 5000;
const SVG = 'http://www.w3.org/2000/svg';
let timer = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach(c => node.append(c));
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
  return node;
}

function pct(share) {
  return Math.round(share * 100) + '%';
}

function status(text, error) {
  const node = document.getElementById('status');
  node.textContent = text;
  node.className = error ? 'error' : '';
}

async function get(path, token) {
  const headers = { 'X-Auth-Token': token, 'Accept': 'application/json' };
  const roles = sessionStorage.getItem(ROLES_KEY);
  if (roles) {
    headers['X-Roles'] = roles;
  }
  return fetch(path, { headers: headers, cache: 'no-store' });
}

/** The detail of a Placement error body, or the status line. */
async function errorText(response) {
  try {
    const body = await response.json();
    return response.status + ' ' + body.errors[0].title + ': ' + body.errors[0].detail.trim();
  } catch (e) {
    return response.status + ' ' + response.statusText;
  }
}

async function refresh() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (!token) {
    return;
  }
  let response;
  try {
    response = await get('/dashboard/data', token);
  } catch (e) {
    status('The server does not answer: ' + e.message, true);
    return;
  }
  if (!response.ok) {
    status(await errorText(response), true);
    document.getElementById('board').hidden = true;
    return;
  }
  const data = await response.json();
  status('Signed in; refreshing every ' + REFRESH_MS / 1000 + ' s.', false);
  render(data);
  renderReplay(token);
  document.getElementById('board').hidden = false;
  document.getElementById('updated').textContent = 'Data of ' + data.generated_at;
}

function render(data) {
  renderRates(data.rates);
  renderFullest(data.fullest);
  renderLag(data.projection_lag);
  renderProviders(data.providers, data.provider_count);
  renderEvents(data.recent_events);
}

function renderRates(rates) {
  document.getElementById('claims-rate').textContent = rates.claims_per_second.toFixed(2);
  document.getElementById('conflicts-rate').textContent = rates.conflicts_per_second.toFixed(2);
  const w = 900, h = 180, left = 44, bottom = 22, top = 8;
  const perSecond = rates.buckets.map(b => ({
    start: b.start, claims: b.claims / rates.bucket_seconds, conflicts: b.conflicts / rates.bucket_seconds }));
  const max = Math.max(0.1, ...perSecond.map(b => Math.max(b.claims, b.conflicts)));
  const x = i => left + (i * (w - left - 4)) / Math.max(1, perSecond.length - 1);
  const y = v => top + (h - top - bottom) * (1 - v / max);
  const chart = svg('svg', { viewBox: `0 0 ${w} ${h}`, preserveAspectRatio: 'none', id: 'rate-chart',
    role: 'img', 'aria-label': 'claims and conflicts per second' });
  [0, 0.5, 1].forEach(f => {
    chart.append(svg('line', { class: 'axis', x1: left, x2: w, y1: y(max * f), y2: y(max * f) }));
    const label = svg('text', { x: left - 6, y: y(max * f) + 4, 'text-anchor': 'end' });
    label.textContent = (max * f).toFixed(max < 2 ? 2 : 1);
    chart.append(label);
  });
  [0, perSecond.length - 1].forEach((i, n) => {
    const label = svg('text', { x: x(i), y: h - 6, 'text-anchor': n ? 'end' : 'start' });
    label.textContent = n ? 'now' : '-' + Math.round(perSecond.length * rates.bucket_seconds / 60) + ' min';
    chart.append(label);
  });
  ['claims', 'conflicts'].forEach(series => {
    const points = perSecond.map((b, i) => x(i).toFixed(1) + ',' + y(b[series]).toFixed(1)).join(' ');
    chart.append(svg('polyline', { class: series, points, 'data-series': series }));
  });
  document.getElementById('chart').replaceChildren(chart);
}

function level(share) {
  return share >= 0.9 ? 'full' : share >= 0.7 ? 'warn' : '';
}

function bar(share) {
  const fill = el('div', { class: level(share) });
  fill.style.width = Math.min(100, share * 100).toFixed(1) + '%';
  return el('div', { class: 'bar' }, fill);
}

function renderFullest(fullest) {
  const rows = fullest.map(p => el('tr', {},
    el('td', { title: p.uuid }, p.name), el('td', {}, p.resource_class || ''),
    el('td', { class: 'num' }, pct(p.max_utilization))));
  if (!rows.length) {
    rows.push(el('tr', {}, el('td', { class: 'none', colspan: '3' }, 'no provider has inventory')));
  }
  document.querySelector('#fullest tbody').replaceChildren(...rows);
}

function pairs(target, entries) {
  const nodes = [];
  entries.forEach(([k, v]) => nodes.push(el('dt', {}, k), el('dd', {}, v == null ? '–' : String(v))));
  document.getElementById(target).replaceChildren(...nodes);
}

function renderLag(lag) {
  const index = lag.candidate_index;
  const last = lag.last_event;
  pairs('lag', [
    ['read models', lag.read_models.lag_events + ' events (' + lag.read_models.updated + ')'],
    ['candidate index', index.last_delay_ms.toFixed(2) + ' ms last, ' + index.max_delay_ms.toFixed(2) + ' ms max'],
    ['index changes', index.changes_applied + ' applied since start'],
    ['other nodes\' writes', index.follower_events_behind + ' events behind (' + index.follower_seconds_behind.toFixed(1) + ' s)'],
    ['last event', last ? '#' + last.position + ', ' + last.age_seconds.toFixed(1) + ' s ago' : 'none yet'],
  ]);
}

async function renderReplay(token) {
  let response;
  try {
    response = await get('/audit/replay', token);
  } catch (e) {
    response = null;
  }
  if (!response || response.status !== 200) {
    pairs('replay', [['state', 'not available']]);
    return;
  }
  const replay = await response.json();
  const entries = Object.entries(replay).filter(([, v]) => v === null || typeof v !== 'object');
  const done = replay.total ? ' (' + pct(replay.processed / replay.total) + ')' : '';
  pairs('replay', entries.map(([k, v]) => [k.replace(/_/g, ' '), k === 'processed' ? v + done : v]));
}

function renderProviders(providers, count) {
  document.getElementById('provider-count').textContent =
    count > providers.length ? `first ${providers.length} of ${count} by name` : `${count}`;
  const rows = providers.map(p => {
    const classes = p.resources.map(r => el('div', { class: 'cls', 'data-class': r.resource_class },
      el('span', { class: 'label', title: `${r.used} of ${r.capacity}` }, r.resource_class),
      bar(r.utilization), el('span', { class: 'pct' }, pct(r.utilization))));
    if (!classes.length) {
      classes.push(el('span', { class: 'none' }, 'no inventory'));
    }
    return el('div', { class: 'provider', 'data-uuid': p.uuid },
      el('div', { class: 'name', title: p.uuid }, p.name, el('small', {}, p.uuid)),
      el('div', { class: 'classes' }, ...classes));
  });
  if (!rows.length) {
    rows.push(el('p', { class: 'none' }, 'no providers yet'));
  }
  document.getElementById('providers').replaceChildren(...rows);
}

function renderEvents(events) {
  const rows = events.map(e => el('tr', {},
    el('td', { class: 'num' }, String(e.position)), el('td', {}, e.timestamp), el('td', {}, e.type),
    el('td', { title: e.aggregate_id }, e.aggregate_type + ' ' + e.aggregate_id.slice(0, 8)),
    el('td', {}, e.request_id || '')));
  document.querySelector('#events tbody').replaceChildren(...rows);
}

function start() {
  clearInterval(timer);
  refresh();
  timer = setInterval(refresh, REFRESH_MS);
}

document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('login').addEventListener('submit', event => {
    event.preventDefault();
    const token = document.getElementById('token').value.trim();
    if (token) {
      sessionStorage.setItem(TOKEN_KEY, token);
      const roles = document.getElementById('roles').value.trim();
      if (roles) {
        sessionStorage.setItem(ROLES_KEY, roles);
      } else {
        sessionStorage.removeItem(ROLES_KEY);
      }
      document.getElementById('token').value = '';
      status('Loading…', false);
      start();
    }
  });
  document.getElementById('forget').addEventListener('click', () => {
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(ROLES_KEY);
    clearInterval(timer);
    document.getElementById('board').hidden = true;
    status('Token forgotten.', false);
  });
  if (sessionStorage.getItem(TOKEN_KEY)) {
    start();
  }
});
