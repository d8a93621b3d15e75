// The ops dashboard in a real browser (scripts/ci-dashboard): fills a fresh server through the HTTP
// API, opens /dashboard in the machine's Chromium (never a downloaded one), enters the token, and
// checks what the page shows against what was written. Usage: node dashboard-test.mjs BASE_URL PNG
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';

const [base, screenshot] = process.argv.slice(2);
const HEADERS = { 'X-Auth-Token': 'admin', 'OpenStack-API-Version': 'placement 1.39',
  'Content-Type': 'application/json', 'Accept': 'application/json' };

async function call(method, path, body, expected) {
  const r = await fetch(base + path, { method, headers: HEADERS, body: body && JSON.stringify(body) });
  if (r.status !== expected) {
    throw new Error(`${method} ${path}: ${r.status}, expected ${expected}: ${await r.text()}`);
  }
  return r;
}

async function provider(name, inventories) {
  const uuid = randomUUID();
  await call('POST', '/resource_providers', { name, uuid }, 200);
  const totals = Object.fromEntries(Object.entries(inventories).map(([rc, total]) => [rc, { total }]));
  await call('PUT', `/resource_providers/${uuid}/inventories`,
    { resource_provider_generation: 0, inventories: totals }, 200);
  return uuid;
}

async function claim(rp, resources, expected) {
  await call('PUT', `/allocations/${randomUUID()}`, { allocations: { [rp]: { resources } },
    project_id: randomUUID(), user_id: randomUUID(), consumer_generation: null, consumer_type: 'INSTANCE' },
    expected);
}

function check(condition, what) {
  if (!condition) {
    throw new Error('dashboard shows the wrong thing: ' + what);
  }
}

const a = await provider('compute-a', { VCPU: 16, MEMORY_MB: 32768, DISK_GB: 500 });
const b = await provider('compute-b', { VCPU: 8, MEMORY_MB: 16384 });
await provider('storage-1', { DISK_GB: 2000 });
await claim(a, { VCPU: 12, MEMORY_MB: 8192 }, 204);
await claim(b, { VCPU: 8, MEMORY_MB: 4096 }, 204);
await claim(a, { DISK_GB: 100 }, 204);
await claim(b, { VCPU: 1 }, 409); // compute-b has no VCPU left: a 409 for the conflicts series

const profile = mkdtempSync(join(tmpdir(), 'dashboard-chromium-'));
// A fresh profile (--user-data-dir, which Playwright passes for a persistent context).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors = [];
try {
  const page = await browser.newPage();
  page.on('pageerror', e => errors.push(e.message));
  // /audit/replay may not exist (the page then shows "not available"); the browser logs its 404 anyway
  page.on('console', m => {
    if (m.type() === 'error' && !m.location().url.endsWith('/audit/replay')) {
      errors.push(m.text() + ' ' + m.location().url);
    }
  });
  await page.goto(base + '/dashboard');
  check(await page.isHidden('#board'), 'data before a token was given');
  await page.fill('#token', 'admin');
  await page.click('#login button[type=submit]');
  await page.waitForSelector(`#providers [data-uuid="${a}"]`, { timeout: 15000 });
  await page.waitForSelector('#replay dd', { timeout: 15000 });

  const names = await page.$$eval('#providers .name', nodes => nodes.map(n => n.firstChild.textContent));
  check(['compute-a', 'compute-b', 'storage-1'].every(n => names.includes(n)), 'provider names ' + names);
  const pctOf = (uuid, rc) => page.textContent(`#providers [data-uuid="${uuid}"] [data-class="${rc}"] .pct`);
  check(await pctOf(a, 'VCPU') === '75%', 'compute-a VCPU ' + await pctOf(a, 'VCPU'));
  check(await pctOf(a, 'MEMORY_MB') === '25%', 'compute-a MEMORY_MB ' + await pctOf(a, 'MEMORY_MB'));
  check(await pctOf(a, 'DISK_GB') === '20%', 'compute-a DISK_GB ' + await pctOf(a, 'DISK_GB'));
  check(await pctOf(b, 'VCPU') === '100%', 'compute-b VCPU ' + await pctOf(b, 'VCPU'));
  const fullest = await page.$$eval('#fullest tbody tr', rows => rows.map(r => r.textContent));
  check(fullest[0] === 'compute-bVCPU100%', 'fullest first ' + fullest[0]);
  const events = await page.$$eval('#events tbody tr', rows => rows.map(r => r.children[2].textContent));
  check(events.includes('ResourcesClaimedEvent'), 'recent events ' + events);
  check(await page.$$eval('#rate-chart polyline', l => l.length) === 2, 'chart lines');
  check(Number(await page.textContent('#claims-rate')) > 0, 'claims/s');
  check(Number(await page.textContent('#conflicts-rate')) > 0, 'conflicts/s');
  // a fresh server has run no replay: GET /audit/replay answers, and its state is idle
  const replay = (await page.textContent('#replay dd')).trim();
  check(replay === 'idle', 'replay state ' + replay);
  check(errors.length === 0, 'browser errors: ' + errors.join('; '));
  await page.screenshot({ path: screenshot, fullPage: true });
  // noauth2: an auditor gives the role in the page's X-Roles field; without it the same user gets a 403
  await page.click('#forget');
  check(await page.isHidden('#board'), 'data after Forget');
  await page.fill('#token', 'eve');
  await page.click('#login button[type=submit]');
  // a selector, not waitForFunction: the page's Content-Security-Policy forbids the eval that needs
  await page.waitForSelector('#status.error', { timeout: 30000 });
  const refused = await page.textContent('#status');
  check(refused.startsWith('403'), 'a user without a role: ' + refused);
  check(await page.isHidden('#board'), 'data shown to a user without a role');
  await page.click('#forget');
  await page.fill('#token', 'eve');
  await page.fill('#roles', 'auditor');
  await page.click('#login button[type=submit]');
  await page.waitForSelector(`#providers [data-uuid="${a}"]`, { state: 'visible', timeout: 30000 });
  const cdp = await browser.newCDPSession(page);
  const version = (await cdp.send('Browser.getVersion')).product;
  console.log(`dashboard: ok in ${version}: ${names.length} providers, ${events.length} events,`
    + ` fullest ${fullest[0].replace('VCPU', ' VCPU ')}, replay ${replay}, auditor via X-Roles ok,`
    + ` screenshot ${screenshot}`);
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
