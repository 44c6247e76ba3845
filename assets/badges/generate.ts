// Writes the badge images the milestone catalog names (/assets/badges/<x>.png): `npx tsx assets/badges/generate.ts`.
// A 96×96 RGBA PNG per entry: a disc in the type's colour, a light centre and one dot per tier around it.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { milestoneCatalog } from '../../subgraphs/milestones/seed.js';

const SIZE = 96;
const colours: Record<string, [number, number, number]> = {
  hours_logged: [0x1f, 0x6f, 0xb2],
  contacts_helped: [0x2e, 0x8b, 0x57],
  activity_count: [0xc0, 0x6c, 0x14],
};

const crcTable = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0; // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Draws one badge: disc, light centre, `tier` dots on a ring. */
function badge(colour: [number, number, number], tier: number, tiers: number): Uint8Array {
  const px = new Uint8Array(SIZE * SIZE * 4);
  const c = SIZE / 2;
  const dots = Array.from({ length: tier }, (_v, i) => {
    const a = -Math.PI / 2 + (2 * Math.PI * i) / tiers;
    return [c + Math.cos(a) * 36, c + Math.sin(a) * 36];
  });
  for (let y = 0; y < SIZE; y++) {
    for (let x = 0; x < SIZE; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      let rgb: [number, number, number] | null = null;
      if (d <= 46) rgb = colour;
      if (d <= 28) rgb = [255, 255, 255];
      if (d <= 20) rgb = colour;
      for (const [dx, dy] of dots) if (Math.hypot(x + 0.5 - dx, y + 0.5 - dy) <= 5) rgb = [255, 215, 0];
      if (rgb) px.set([...rgb, 255], (y * SIZE + x) * 4);
    }
  }
  return px;
}

for (const def of milestoneCatalog) {
  const sameType = milestoneCatalog
    .filter((d) => d.type === def.type)
    .map((d) => d.threshold)
    .sort((a, b) => a - b);
  const file = new URL(`./${def.badgeImage.split('/').pop()}`, import.meta.url);
  writeFileSync(
    file,
    encodePng(SIZE, SIZE, badge(colours[def.type], sameType.indexOf(def.threshold) + 1, sameType.length)),
  );
}
