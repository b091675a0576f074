// Times, in headless Chromium: the 7-run hidden-size comparison from navigation until every chart is drawn, and
// the lab page until its charts are drawn, both with the runs cached (a warm-up visit first). Run by bench/browser.sh.
const { chromium } = require('playwright-core');
(async () => {
  const base = process.argv[2] || 'http://localhost:7070', rounds = Number(process.argv[3] || 5);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  const time = async (url, ready) => {
    const t0 = Date.now();
    await page.goto(url);
    await page.waitForFunction(ready, null, { timeout: 60000, polling: 'raf' });
    return Date.now() - t0;
  };
  const compare = base + '/compare?vary=hidden:1,2,3,4,5,20,50';
  const compareReady = () => document.getElementById('comparison').dataset.complete === 'true'
    && ['cost-chart', 'accuracy-chart', 'gradient-chart'].every((id) => document.getElementById(id).dataset.drawn === 'true');
  const labReady = () => ['cost-chart', 'accuracy-chart'].every((id) => document.getElementById(id).dataset.drawn === 'true');
  await time(compare, compareReady); await time(base + '/', labReady);   // warm the server's caches
  const c = [], l = [];
  for (let i = 0; i < rounds; i++) { c.push(await time(compare, compareReady)); l.push(await time(base + '/', labReady)); }
  console.log(`compare_7_runs_ms median ${median(c)} ${JSON.stringify(c)}`);
  console.log(`lab_charts_ms median ${median(l)} ${JSON.stringify(l)}`);
  await browser.close();
})();
