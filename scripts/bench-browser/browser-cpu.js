// A fixed browser workload, to compare the processor time Chromium builds and settings cost (docs/benchmarks.md,
// "Browser tests"). Against a running demo site (BASE, default https://127.0.0.1:5443): three people sign in and read
// eight pages, each checked with axe as the browser tests do. EXE: the Chromium binary; ARGS: extra switches;
// NOAXE=1: pages only. Measure the whole process tree with ./cpu-of.sh (a cpuacct cgroup; needs root).
const { chromium } = require('playwright-core');
const fs = require('fs');
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const base = process.env.BASE || 'https://127.0.0.1:5443';
const exe = process.env.EXE || '/usr/bin/chromium';
const extra = (process.env.ARGS || '').split(' ').filter(Boolean);
const skipAxe = process.env.NOAXE === '1';
(async () => {
  const browser = await chromium.launch({ executablePath: exe, args: ['--no-sandbox', '--disable-gpu', ...extra] });
  let axeMs = 0;
  for (const [user, pages] of [['head.of.improvement', ['/home', '/plan', '/reports/1', '/guidance']], ['executive.member', ['/departments/1/self-assessments/75', '/dashboard']], ['cpeg.member', ['/cpeg', '/concerns']]]) {
    const ctx = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.goto(base + '/account/sign-in');
    await page.getByLabel('User name or email address').fill(user);
    await page.getByLabel('Password', { exact: true }).fill('Driving-Success-2008');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(u => !u.pathname.endsWith('/account/sign-in'));
    for (const p of pages) {
      await page.goto(base + p);
      if (skipAxe) continue;
      const t = Date.now();
      await page.evaluate(axeSource);
      await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] }).then(r => r.violations.length));
      axeMs += Date.now() - t;
    }
    await ctx.close();
  }
  await browser.close();
  console.log('axe wall ms', axeMs);
})().catch(e => { console.error(e); process.exit(1); });
