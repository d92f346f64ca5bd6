import lighthouse from 'lighthouse';
import { spawn } from 'node:child_process';
import { startServer } from './serve-dist.mjs';
const server = await startServer({ port: 0, precompressed: true });
const child = spawn('/usr/bin/chromium', ['--headless=new','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--remote-debugging-port=9334','--user-data-dir=/tmp/lhdump2','about:blank'], { stdio: 'ignore' });
try {
await new Promise(r => setTimeout(r, 2000));
const { lhr } = await lighthouse(server.url, { port: 9334, logLevel: 'error', onlyCategories: ['performance'] });
const m = lhr.audits.metrics.details.items[0];
console.log(Object.fromEntries(Object.entries(m).filter(([k]) => /ContentfulPaint|observedDomContentLoaded|observedLoad|Interactive/i.test(k))));
const nr = lhr.audits['network-requests'].details.items.map(i => [i.url.replace(server.url,''), Math.round(i.networkRequestTime), Math.round(i.networkEndTime)]);
console.log(nr);
} finally { child.kill(); await server.close(); }
