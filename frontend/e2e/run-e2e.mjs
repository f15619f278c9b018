// Browser tests against the running local platform (gateway URL, default http://localhost:8080): Debian's
// chromium driven by playwright-core, the real Keycloak login, axe-core scans, the performance budget and
// a screenshot of each role's main page. Writes test-results/browser-summary.txt ("passed failed skipped"); screenshots go to test-results/browser/.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const BASE = (process.env.E2E_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const OUT = new URL('../test-results/browser/', import.meta.url).pathname;
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BUDGET_KB = 350;
const USABLE_MS = 1500;
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

const results = [];
const report = [];
function note(line) {
  report.push(line);
  console.log(line);
}

async function test(name, fn) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const started = Date.now();
  try {
    await fn(page, context);
    if (errors.length) throw new Error(`uncaught errors in the page: ${errors.join(' | ')}`);
    results.push({ name, ok: true });
    note(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false });
    note(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await page.screenshot({ path: `${OUT}failure-${name.replace(/\W+/g, '-')}.png` }).catch(() => {});
  } finally {
    await context.close();
  }
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function axe(page, where) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' ') }));
  });
  const serious = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  note(`  axe ${where}: ${result.length} violations, ${serious.length} serious or critical${result.length ? ': ' + result.map((v) => `${v.id}(${v.impact}×${v.nodes})`).join(', ') : ''}`);
  expect(serious.length === 0, `axe on ${where}: ${serious.map((v) => `${v.id} at ${v.target}`).join('; ')}`);
}

async function login(page, username, landing) {
  await page.goto(`${BASE}/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.locator('#username').fill(username);
  await page.locator('#password').fill('demo');
  await page.locator('#kc-login').click();
  await page.getByTestId('caller').waitFor({ timeout: 60000 });
  await page.waitForURL((u) => u.hash.startsWith(`#${landing}`), { timeout: 15000 });
}

async function shot(page, name) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.screenshot({ path: `${OUT}${name}.png`, fullPage: false });
}

// ---------------------------------------------------------------------------------------------- public

await test('public: first page within the performance budget', async (page) => {
  const scripts = [];
  page.on('response', async (res) => {
    if (res.request().resourceType() === 'script') scripts.push(res);
  });
  const t0 = Date.now();
  await page.goto(`${BASE}/#/public/plans`);
  await page.getByRole('cell', { name: /2024年度新乡市司法鉴定行业/ }).first().waitFor({ timeout: 15000 });
  const usable = Date.now() - t0;
  let raw = 0;
  let gz = 0;
  for (const res of scripts) {
    const body = await res.body();
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  const kb = (n) => Math.round((n / 1024) * 10) / 10;
  note(`  first page: ${scripts.length} scripts, ${kb(raw)} KB raw, ${kb(gz)} KB gzipped (budget ${BUDGET_KB} KB), usable after ${usable} ms (budget ${USABLE_MS} ms)`);
  writeFileSync(`${OUT}performance.txt`, `scripts=${scripts.length}\nraw_kb=${kb(raw)}\ngzip_kb=${kb(gz)}\nusable_ms=${usable}\n`);
  expect(gz / 1024 <= BUDGET_KB, `first-page JavaScript ${kb(gz)} KB gzipped > ${BUDGET_KB} KB`);
  // Time to usable is reported, not asserted: on the shared 2-core CI machine it depends on the load of
  // everything else running (see frontend/README.md). E2E_ASSERT_USABLE=1 makes it a failure.
  if (process.env.E2E_ASSERT_USABLE === '1') expect(usable <= USABLE_MS, `first page usable after ${usable} ms > ${USABLE_MS} ms`);
  else if (usable > USABLE_MS) note(`  WARNING: first page usable after ${usable} ms, over the ${USABLE_MS} ms goal`);
});

await test('public: plans, agency directory and templates without login, accessible', async (page) => {
  await page.goto(`${BASE}/#/public/plans`);
  await page.getByRole('cell', { name: /2024年度新乡市司法鉴定行业/ }).first().waitFor();
  await axe(page, 'public plans');
  await shot(page, 'public-plans');
  await page.goto(`${BASE}/#/public/agencies`);
  await page.getByRole('cell', { name: /新乡正衡司法鉴定所01/ }).waitFor();
  await axe(page, 'agency directory');
  await page.goto(`${BASE}/#/public/templates`);
  await page.getByRole('cell', { name: /鄂州市2025年/ }).first().waitFor();
});

await test('public: the 新乡 draw record verifies in the browser, step by step', async (page) => {
  await page.goto(`${BASE}/#/public/plans/demo-xinxiang-2024/draw`);
  await page.getByRole('button', { name: '在本浏览器中复核' }).click();
  const verdict = page.getByTestId('verifier-verdict');
  await verdict.waitFor();
  expect((await verdict.innerText()).includes('复核通过'), await verdict.innerText());
  const mismatches = await page.getByTestId('verifier').getByText('不一致').count();
  expect(mismatches === 0, `${mismatches} steps MISMATCH`);
  expect((await page.getByTestId('step-team-demo-xx-01').innerText()) === '一致', 'team step of demo-xx-01');
  await axe(page, 'draw record');
  await shot(page, 'public-draw-verified');
});

await test('public: a tampered draw record shows MISMATCH at the right step', async (page) => {
  await page.route('**/api/public/inspections/plans/demo-xinxiang-2024/draw', async (route) => {
    const res = await route.fetch();
    const record = await res.json();
    record.result.agencies[0].team[0].personId = 'demo-insp-01';
    await route.fulfill({ response: res, json: record });
  });
  await page.goto(`${BASE}/#/public/plans/demo-xinxiang-2024/draw`);
  await page.getByRole('button', { name: '在本浏览器中复核' }).click();
  await page.getByTestId('verifier-verdict').waitFor();
  expect((await page.getByTestId('verifier-verdict').innerText()).includes('复核未通过'), 'verdict');
  expect((await page.getByTestId('step-commitment').innerText()) === '一致', 'commitment stays OK');
  expect((await page.getByTestId('step-team-demo-xx-01').innerText()) === '不一致', 'team demo-xx-01 MISMATCH');
  expect((await page.getByTestId('step-team-demo-xx-02').innerText()) === '一致', 'team demo-xx-02 OK');
});

await test('public: English switch', async (page) => {
  await page.goto(`${BASE}/#/public/plans`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Published plans' }).waitFor();
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
});

// ------------------------------------------------------------------------------------------------ city

await test('city: real Keycloak login, registry with flags, name and region in the header', async (page) => {
  await login(page, 'xinxiang-city', '/registry');
  const caller = await page.getByTestId('caller').innerText();
  expect(caller.includes('新乡市司法局') && caller.includes('新乡市'), `header: ${caller}`);
  await page.getByRole('cell', { name: /新乡正衡司法鉴定所01/ }).waitFor();
  expect((await page.getByText('许可证已过期').count()) > 0, 'flags shown');
  await axe(page, 'city registry');
  await shot(page, 'role-city-registry');
  for (const [tab, cell] of [['鉴定人', /演示鉴定人/], ['执法检查人员', /演示检查员/], ['鉴定专家', /演示专家/], ['利益冲突申报', /demo-/]]) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tabpanel').getByRole('cell', { name: cell }).first().waitFor();
  }
  expect(!(await page.getByRole('menuitem', { name: '全省概览' }).count()), 'the city is not offered the province dashboard');
});

await test('city: creates and publishes a plan, commits, draws, verifies in the browser', async (page) => {
  await login(page, 'xinxiang-city', '/registry');
  await page.getByRole('menuitem', { name: '抽查计划', exact: true }).click();
  await page.getByRole('button', { name: '新建计划' }).click();
  const title = `端到端测试计划 ${new Date().toISOString()}`;
  const form = page.getByRole('dialog');
  await form.getByLabel('标题').fill(title);
  await form.getByLabel('年度').fill('2025');
  await form.getByLabel('开始日期').fill('2025-06-02');
  await form.getByLabel('结束日期').fill('2025-06-30');
  await form.getByLabel('自查报告截止日期').fill('2025-09-30');
  await form.getByLabel('依据', { exact: true }).fill('《司法鉴定机构登记管理办法》（端到端测试）');
  await form.getByLabel('检查模板').click();
  await page.getByTitle(/新乡/).first().click();
  await form.getByRole('button', { name: '创建草稿' }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await row.waitFor();
  await row.getByRole('button', { name: '公布' }).click();
  await page.getByRole('button', { name: '公布' }).last().click();
  await row.getByRole('link', { name: '抽取' }).click();
  await page.getByRole('button', { name: '生成承诺值' }).click();
  await page.getByLabel('随机种子').fill('E2E-公证-0001');
  await page.getByRole('button', { name: '抽取', exact: true }).click();
  await page.getByTestId('verifier').waitFor({ timeout: 20000 });
  await page.getByRole('button', { name: '在本浏览器中复核' }).click();
  expect((await page.getByTestId('verifier-verdict').innerText()).includes('复核通过'), 'verified');
  await page.getByRole('button', { name: '服务器复核' }).click();
  await page.getByText('复核通过').nth(1).waitFor();
  await shot(page, 'city-draw');
});

await test('city: logout returns to the public site', async (page) => {
  await login(page, 'xinxiang-city', '/registry');
  await page.getByRole('button', { name: '退出' }).click();
  await page.getByRole('button', { name: '登录' }).waitFor({ timeout: 20000 });
  expect(!(await page.getByTestId('caller').count()), 'no caller after logout');
});

// -------------------------------------------------------------------------------------------- province

await test('province: dashboard with the province map (ECharts loaded on this route only)', async (page) => {
  const scripts = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await login(page, 'henan-province', '/province/dashboard');
  const caller = await page.getByTestId('caller').innerText();
  expect(caller.includes('河南省司法厅') && caller.includes('河南省'), `header: ${caller}`);
  await page.locator('canvas').first().waitFor();
  await page.getByRole('cell', { name: '新乡市' }).waitFor();
  expect(scripts.some((u) => u.includes('DashboardPage')), 'dashboard chunk loaded');
  await page.waitForTimeout(800);
  await axe(page, 'province dashboard');
  await shot(page, 'role-province-dashboard');
  expect(!(await page.getByRole('menuitem', { name: '名录库' }).count()), 'the province is not offered the city registry');
});

// ------------------------------------------------------------------------------------ other roles' pages

for (const [username, landing, text, file] of [
  ['yuanyang-county', '/agencies', '原阳', 'role-county-agencies'],
  ['xinxiang-inspector-1', '/onsite', '检查任务', 'role-inspector-tasks'],
  ['xinxiang-expert-1', '/onsite', '检查任务', 'role-expert-tasks'],
  ['xinxiang-agency-1', '/my-agency', '新乡', 'role-agency-profile'],
]) {
  await test(`${username}: main page`, async (page) => {
    await login(page, username, landing);
    await page.getByText(text).first().waitFor();
    await page.waitForTimeout(1000);
    await shot(page, file);
  });
}

// ----------------------------------------------- after the draw: the demo story's inspections (DemoStory)

const task = (agency) => `${BASE}/#/inspections/${encodeURIComponent(`demo-xinxiang-2024:${agency}`)}`;

await test('inspector on site: the inspection being checked opens with its checklist and photos', async (page) => {
  await login(page, 'xinxiang-inspector-1', '/onsite');
  await page.getByText(/新乡衡平司法鉴定所19/).first().waitFor({ timeout: 20000 });
  await page.goto(task('demo-xx-19'));
  await page.getByRole('tab', { name: '检查表' }).waitFor({ timeout: 20000 });
  await page.getByText(/未填写 \d+ \/ 21 项/).first().waitFor({ timeout: 20000 });
  await page.getByRole('tab', { name: '现场照片' }).click();
  await page.waitForTimeout(800);
  await shot(page, 'role-inspector-onsite');
  await axe(page, 'on-site task page');
});

await test('inspector: another team\'s inspection is not offered', async (page) => {
  await login(page, 'xinxiang-inspector-2', '/onsite');
  await page.getByText(/新乡求真司法鉴定所02/).first().waitFor({ timeout: 20000 });
  expect(!(await page.getByText(/新乡衡平司法鉴定所19/).count()), 'inspector-2 does not see inspector-1\'s task');
});

await test('city: the published inspection shows its conclusion and publication', async (page) => {
  await login(page, 'xinxiang-city', '/registry');
  await page.goto(task('demo-xx-01'));
  await page.getByRole('tab', { name: '检查结论' }).click({ timeout: 20000 });
  await page.getByText('检查结果已公开').first().waitFor({ timeout: 20000 });
  await shot(page, 'role-city-conclusion');
});

await test('province: the review queue lists the refused fact sheet sent for 复核研判', async (page) => {
  await login(page, 'henan-province', '/province/dashboard');
  await page.goto(`${BASE}/#/province/reviews`);
  await page.getByRole('cell', { name: /新乡求真司法鉴定所02/ }).first().waitFor({ timeout: 20000 });
  await shot(page, 'role-province-reviews');
});

await test('public: published results show the published inspection only', async (page) => {
  await page.goto(`${BASE}/#/public/results`);
  await page.getByRole('cell', { name: /新乡正衡司法鉴定所01/ }).first().waitFor({ timeout: 20000 });
  expect(!(await page.getByRole('cell', { name: /新乡求真司法鉴定所02/ }).count()), 'an unpublished result is not public');
  await axe(page, 'public results');
});

await browser.close();
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(`${OUT}summary.txt`, `${passed} ${failed} 0\n`);
writeFileSync(new URL('../test-results/browser-summary.txt', import.meta.url), `${passed} ${failed} 0\n`);
writeFileSync(`${OUT}e2e-report.txt`, report.join('\n') + '\n');
console.log(`browser tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
