// Renders the SVG icons to the PNG, ICO and ICNS files electron-builder packs (assets/build/).
// Run once after editing an SVG: `node assets/icons/render.mjs`; the outputs are committed.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Without these flags Debian's Chromium keeps dialling a network this machine does not have.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @param {import('playwright-core').Page} page @param {string} svg @param {number} size */
const renderPng = async (page, svg, size) => {
  await page.setViewportSize({ width: size, height: size });
  const source = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img src="${source}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.locator('img').evaluate((img) => img.decode());
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
};

/** Windows icon: PNG-compressed entries (Vista and later), 256 px stored as width 0. */
const toIco = (pngs) => {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(({ png }) => png)]);
};

/** macOS icon: PNG entries keyed by OSType (ic07 = 128, ic08 = 256, ic09 = 512 px). */
const ICNS_TYPES = { 128: 'ic07', 256: 'ic08', 512: 'ic09' };
const toIcns = (pngs) => {
  const entries = pngs.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(ICNS_TYPES[size], 0, 'ascii');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const appSvg = await readFile(here('./app-icon.svg'), 'utf8');
  const fileSvg = await readFile(here('./cxmap-file.svg'), 'utf8');

  await writeFile(here('../build/icon.png'), await renderPng(page, appSvg, 512));

  // One page, so one size at a time: each render resizes the viewport.
  const fileIcons = new Map();
  for (const size of [16, 32, 48, 128, 256, 512])
    fileIcons.set(size, { size, png: await renderPng(page, fileSvg, size) });
  const sizes = (...wanted) => wanted.map((size) => fileIcons.get(size));
  await writeFile(here('../build/cxmap.png'), fileIcons.get(256).png);
  await writeFile(here('../build/cxmap.ico'), toIco(sizes(16, 32, 48, 256)));
  await writeFile(here('../build/cxmap.icns'), toIcns(sizes(128, 256, 512)));
} finally {
  await browser.close();
}
console.log('Icons written to assets/build/.');
