/**
 * Pictures for the demo posts, drawn here (no picture files in the repository, nothing fetched):
 * simple scenes — a harbour at dawn, a snowy fell, a city at night — as PNGs, through Node's zlib.
 * A PNG is a signature and three chunks (IHDR, IDAT with the deflated rows, IEND), each with a
 * CRC-32 (PNG specification, ISO/IEC 15948 §5); that is all this writes.
 */
import { deflateSync } from 'zlib';

export type DemoScene = 'harbour' | 'fell' | 'city';

export const DEMO_PICTURE_SIZE = { width: 960, height: 540 } as const;

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

type Rgb = [number, number, number];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * Math.max(0, Math.min(1, t)))) as Rgb;

/** The colour of one pixel of a scene (x, y in 0..1). */
function pixel(scene: DemoScene, x: number, y: number): Rgb {
  if (scene === 'harbour') {
    const sunDistance = Math.hypot(x - 0.7, (y - 0.42) * 0.56);
    if (y < 0.55) return sunDistance < 0.06 ? [255, 214, 140] : mix([247, 181, 124], [92, 128, 188], 1 - y / 0.55);
    const pier = y > 0.62 && y < 0.66 && x > 0.08 && x < 0.45;
    if (pier) return [60, 45, 40];
    const wave = Math.sin(x * 80 + y * 30) * 0.04;
    return mix([70, 110, 160], [20, 50, 90], (y - 0.55) / 0.45 + wave);
  }
  if (scene === 'fell') {
    const ridge = 0.45 + 0.18 * Math.abs(Math.sin(x * 3.1 + 0.4)) - 0.1 * x;
    if (y < ridge) return mix([215, 230, 245], [120, 160, 210], 1 - y / ridge);
    const snow = y < ridge + 0.05;
    return snow ? [250, 250, 252] : mix([235, 240, 245], [170, 185, 200], (y - ridge) / (1 - ridge));
  }
  // A city at night: a dark sky, blocks of buildings, lit windows.
  const column = Math.floor(x * 16);
  const top = 0.35 + (0.3 * ((column * 37) % 11)) / 11;
  if (y < top) return mix([10, 14, 40], [40, 40, 90], y / top);
  const lit = Math.floor(x * 160) % 4 === 1 && Math.floor(y * 90) % 3 === 1 && (column * 7 + Math.floor(y * 90)) % 5 !== 0;
  return lit ? [255, 220, 120] : [25, 28, 38];
}

/** A scene as PNG bytes (RGB, 8 bits a channel). */
export function demoPicture(scene: DemoScene): ArrayBuffer {
  const { width, height } = DEMO_PICTURE_SIZE;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const start = y * (width * 3 + 1);
    rows[start] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b] = pixel(scene, x / width, y / height);
      rows[start + 1 + x * 3] = r;
      rows[start + 2 + x * 3] = g;
      rows[start + 3 + x * 3] = b;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ]);
  return png.buffer.slice(png.byteOffset, png.byteOffset + png.byteLength) as ArrayBuffer;
}
