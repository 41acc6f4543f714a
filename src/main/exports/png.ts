/** A PNG file from RGB pixels: the chart fallback inside a DOCX. */
import { promisify } from 'node:util';
import { crc32, deflate, deflateSync } from 'node:zlib';
import type { RasterImage } from '../../shared/exports/raster/rasterize';

const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
const deflateAsync = promisify(deflate);
/** The same settings either way, so both give the same bytes. */
const compression = { level: 6 };

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, checksum]);
}

/** Encodes 8-bit RGB pixels, each row unfiltered. */
export function encodePng(image: RasterImage): Buffer {
  return png(image, deflateSync(rows(image), compression));
}

/**
 * `encodePng`, compressing on libuv's thread pool while the caller goes on with other work. One
 * output chunk larger than a chart's PNG keeps it one job: with the default 16 KiB, each chunk
 * waits for the main thread to ask for the next, which a caller busy meanwhile does not.
 */
export async function encodePngAsync(image: RasterImage): Promise<Buffer> {
  return png(image, await deflateAsync(rows(image), { ...compression, chunkSize: 1024 * 1024 }));
}

/** The pixel rows, each after its filter byte (0: none). */
function rows(image: RasterImage): Buffer {
  const stride = image.width * 3;
  const raw = Buffer.alloc((stride + 1) * image.height);
  for (let row = 0; row < image.height; row += 1) {
    raw[row * (stride + 1)] = 0;
    raw.set(image.rgb.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  return raw;
}

function png(image: RasterImage, compressed: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', compressed), chunk('IEND', Buffer.alloc(0))]);
}
