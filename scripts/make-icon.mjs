#!/usr/bin/env node
// Draws the marketplace icon, images/icon.png (128 x 128), with no image tool: shapes are signed
// distance fields, anti-aliased by pixel coverage, written as an RGBA PNG with zlib and CRC-32.
//
//   node scripts/make-icon.mjs                       writes images/icon.png
//   node scripts/make-icon.mjs --size 512 --out x.png   a larger copy, to look at the details
//
// The mark: a rounded square in a teal-to-indigo gradient, a white eye (the vision) whose iris
// carries a check (the lint).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : fallback;
};
const SIZE = Number(opt('--size', '128'));
const OUT = path.resolve(opt('--out', path.join(ROOT, 'images', 'icon.png')));

// ---- geometry, in a 128-unit design space --------------------------------------------------------

const U = SIZE / 128; // pixels per design unit
const TEAL = [15, 160, 150]; // #0FA096
const INDIGO = [79, 70, 229]; // #4F46E5

const clamp = (x, lo = 0, hi = 1) => Math.min(hi, Math.max(lo, x));
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

/** Rounded box centred on (cx, cy) with half sizes (hx, hy) and corner radius r. */
function sdRoundBox(x, y, cx, cy, hx, hy, r) {
  const qx = Math.abs(x - cx) - hx + r;
  const qy = Math.abs(y - cy) - hy + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}
const sdCircle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;

/** Distance to the segment from (ax, ay) to (bx, by). */
function sdSegment(x, y, ax, ay, bx, by) {
  const px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const h = clamp((px * dx + py * dy) / (dx * dx + dy * dy));
  return Math.hypot(px - dx * h, py - dy * h);
}

// The eye: a lens, the intersection of two discs, pointed at both ends.
const EYE = { cx: 64, cy: 64, halfWidth: 43, halfHeight: 26, stroke: 7.5 };
const LENS_R = (EYE.halfWidth ** 2 + EYE.halfHeight ** 2) / (2 * EYE.halfHeight);
function sdLens(x, y) {
  const offset = LENS_R - EYE.halfHeight;
  const upper = sdCircle(x, y, EYE.cx, EYE.cy + offset, LENS_R); // its top arc is the upper lid
  const lower = sdCircle(x, y, EYE.cx, EYE.cy - offset, LENS_R);
  return Math.max(upper, lower);
}
const IRIS = { cx: 64, cy: 64, r: 17.5 };
const CHECK = { points: [[55.2, 64.6], [61.6, 70.8], [73.4, 57.6]], width: 5.6 };

/** Coverage of a shape whose signed distance at the pixel centre is d (in design units). */
const cover = (d) => clamp(0.5 - d * U);

function shade(x, y) {
  // Background: a rounded square, gradient from the top-left (teal) to the bottom-right (indigo),
  // with a faint light from the top.
  const bg = cover(sdRoundBox(x, y, 64, 64, 62, 62, 28));
  if (bg <= 0) return [0, 0, 0, 0];
  const t = clamp(((x - 2) + (y - 2)) / 248);
  let rgb = mix(TEAL, INDIGO, t * t * (3 - 2 * t));
  const glow = clamp(1 - y / 70) * 0.10;
  rgb = mix(rgb, [255, 255, 255], glow);

  // White: the eye's outline and the iris, with the check knocked out of the iris.
  const outline = cover(Math.abs(sdLens(x, y)) - EYE.stroke / 2);
  const [[ax, ay], [bx, by], [cx2, cy2]] = CHECK.points;
  const checkD = Math.min(sdSegment(x, y, ax, ay, bx, by), sdSegment(x, y, bx, by, cx2, cy2)) - CHECK.width / 2;
  const iris = cover(sdCircle(x, y, IRIS.cx, IRIS.cy, IRIS.r)) * (1 - cover(checkD));
  const white = Math.max(outline, iris);
  rgb = mix(rgb, [255, 255, 255], white);
  return [...rgb.map((v) => Math.round(v)), Math.round(bg * 255)];
}

// ---- rasterise with 4 x 4 samples a pixel on top of the analytic coverage -------------------------

const SAMPLES = 4;
const pixels = Buffer.alloc(SIZE * SIZE * 4);
for (let py = 0; py < SIZE; py++) {
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const x = (px + (sx + 0.5) / SAMPLES) / U;
        const y = (py + (sy + 0.5) / SAMPLES) / U;
        const [cr, cg, cb, ca] = shade(x, y);
        r += cr * ca; g += cg * ca; b += cb * ca; a += ca; // premultiplied, so edges do not darken
      }
    }
    const o = (py * SIZE + px) * 4;
    if (a > 0) {
      pixels[o] = Math.round(r / a);
      pixels[o + 1] = Math.round(g / a);
      pixels[o + 2] = Math.round(b / a);
    }
    pixels[o + 3] = Math.round(a / (SAMPLES * SAMPLES));
  }
}

// ---- PNG ---------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0; // deflate, adaptive filtering, no interlace

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  pixels.copy(raw, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
}

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(path.dirname(OUT), { recursive: true });
writeFileSync(OUT, png);
console.log(`make-icon: wrote ${path.relative(process.cwd(), OUT) || OUT} (${SIZE} x ${SIZE}, ${png.length} bytes)`);
