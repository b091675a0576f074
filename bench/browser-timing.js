// Times, in headless Chromium, with the runs cached (a warm-up visit first): the 7-run hidden-size comparison
// until every chart is drawn; the lab page until the charts in view are drawn (cost, accuracy) and until
// everything on it is (the charts below, the boundary, the network's diagram and hidden space). Each time is the
// page's own clock (performance.now(), from the navigation's start) at the animation frame that paints what was
// drawn: not the load event, which Playwright's goto would otherwise add. Also one step of the lab's timeline (its
// slider's input handler: the boundary, the charts' cursors, the network and the hidden space redrawn), on a desktop
// and on a phone (390 px, 3 device pixels per CSS pixel, the CPU throttled 4× as DevTools' mid-tier phone), median
// of 15 steps. Run by bench/browser.sh.
const { chromium } = require('playwright-core');
(async () => {
  const base = process.argv[2] || 'http://localhost:7070', rounds = Number(process.argv[3] || 5);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    const drawn = (ids) => ids.every((id) => !document.getElementById(id) || document.getElementById(id).dataset.drawn === 'true');
    const conditions = {
      compare: () => document.getElementById('comparison') && document.getElementById('comparison').dataset.complete === 'true'
        && drawn(['cost-chart', 'accuracy-chart', 'gradient-chart']),
      labCharts: () => !!document.getElementById('cost-chart') && drawn(['cost-chart', 'accuracy-chart']),
      labDone: () => !!document.getElementById('cost-chart') && drawn(['cost-chart', 'accuracy-chart', 'gradient-chart', 'boundary', 'hidden-space'])
    };
    window.__paintedAt = {};
    new MutationObserver(() => {
      Object.entries(conditions).forEach(([name, holds]) => {
        if (window.__paintedAt[name] === undefined && holds()) {
          window.__paintedAt[name] = null;   // met; its frame is next
          requestAnimationFrame(() => { window.__paintedAt[name] = performance.now(); });
        }
      });
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn', 'data-complete'] });
  });
  const median = (a) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  /** Milliseconds from the navigation's start to the frame painting each named condition, once all are met. */
  const times = async (url, ...names) => {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((ns) => ns.every((n) => typeof window.__paintedAt[n] === 'number'), names, { timeout: 60000 });
    return page.evaluate((ns) => ns.map((n) => Math.round(window.__paintedAt[n])), names);
  };
  const compare = base + '/compare?vary=hidden:1,2,3,4,5,20,50';
  await times(compare, 'compare'); await times(base + '/', 'labDone');   // warm the server's caches
  const c = [], l = [], all = [];
  for (let i = 0; i < rounds; i++) {
    c.push((await times(compare, 'compare'))[0]);
    const [charts, done] = await times(base + '/', 'labCharts', 'labDone');
    l.push(charts); all.push(done);
  }
  const desktopStep = await timelineStep(page, base, 1), phone = await browser.newContext({ viewport: { width: 390,
    height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
  const phoneStep = await timelineStep(await phone.newPage(), base, 4);
  console.log(`compare_7_runs_ms median ${median(c)} ${JSON.stringify(c)}`);
  console.log(`lab_charts_ms median ${median(l)} ${JSON.stringify(l)}`);
  console.log(`lab_all_drawn_ms median ${median(all)} ${JSON.stringify(all)}`);
  console.log(`timeline_step_desktop_ms median ${desktopStep}`);
  console.log(`timeline_step_phone_3x_cpu_4x_ms median ${phoneStep}`);
  await browser.close();
})();

/** The median time of 15 steps of the lab's timeline on page, the CPU slowed `throttle` times. */
async function timelineStep(page, base, throttle) {
  await page.goto(base + '/');
  await page.waitForFunction(() => document.getElementById('hidden-space')
    && document.getElementById('hidden-space').dataset.drawn === 'true', null, { timeout: 60000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const ms = await page.evaluate(() => {
    const slider = document.getElementById('timeline'), out = [];
    for (let k = 0; k < 15; k++) {
      slider.value = String((Number(slider.value) + 1) % (Number(slider.max) + 1));
      const t0 = performance.now();
      slider.dispatchEvent(new Event('input'));
      out.push(performance.now() - t0);
    }
    return out.sort((x, y) => x - y)[7];
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return ms.toFixed(1);
}
