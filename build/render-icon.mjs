// Renders build/icon.svg to build/icon.png (512x512, transparent corners) with Debian's Chromium.
// Usage: node build/render-icon.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const dir = path.dirname(fileURLToPath(import.meta.url));
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 512, height: 512 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
  await page.screenshot({ path: path.join(dir, 'icon.png'), omitBackground: true, clip: { x: 0, y: 0, width: 512, height: 512 } });
  console.log('wrote build/icon.png');
} finally {
  await browser.close();
}
