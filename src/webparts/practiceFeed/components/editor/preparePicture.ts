/**
 * A picture made ready for a post in the browser, before anything leaves the device: decoded
 * (`createImageBitmap`, which also turns a phone photo upright by its orientation tag), scaled
 * so that its longest side is at most MAX_PICTURE_SIDE pixels, and drawn anew on a canvas that
 * `toBlob` encodes. A re-encoded picture carries none of the original file's metadata — no EXIF,
 * no GPS position, no camera serial, no XMP — which is the action plan's privacy rule for
 * pictures people take on their phones. A photo becomes a JPEG; a PNG, GIF or WebP becomes a PNG
 * (screenshots and logos stay sharp, transparency is kept).
 *
 * Written here rather than taken from a library: the browser does each step itself, and the
 * well-kept packages for it (browser-image-compression, compressorjs) add 10–20 KB to the editor
 * for options we would not use. The canvas work runs only in a browser (jsdom has no canvas);
 * tests/e2e/pictures.test.ts proves it in Chromium on a photo with a GPS position.
 */
import type { PreparedPicture } from '../../../../data/feed';

export const MAX_PICTURE_SIDE = 1600;
/** A phone photo is 3–12 MB; anything much larger is not a photo for a post (and would strain a phone's memory). */
export const MAX_PICTURE_INPUT_MB = 40;
export const PICTURE_INPUT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

export type PictureRefusal = 'notAPicture' | 'tooLarge' | 'unreadable';

/** The picture cannot be used; `code` says why, for a translated message. */
export class PictureRefused extends Error {
  public constructor(public readonly code: PictureRefusal) {
    super(`The picture cannot be used: ${code}`);
    this.name = 'PictureRefused';
  }
}

/** The size a picture is drawn at: its own, or scaled down so that the longer side is `max`. */
export function fittedSize(width: number, height: number, max: number = MAX_PICTURE_SIDE): { width: number; height: number } {
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function preparePicture(file: Blob): Promise<PreparedPicture> {
  if ((PICTURE_INPUT_TYPES as readonly string[]).indexOf(file.type) < 0) throw new PictureRefused('notAPicture');
  if (file.size > MAX_PICTURE_INPUT_MB * 1024 * 1024) throw new PictureRefused('tooLarge');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PictureRefused('unreadable');
  }
  try {
    const size = fittedSize(bitmap.width, bitmap.height);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) throw new PictureRefused('unreadable');
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const type: PreparedPicture['type'] = file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    const bytes = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.85));
    if (!bytes) throw new PictureRefused('unreadable');
    return { bytes, type, width: size.width, height: size.height };
  } finally {
    bitmap.close();
  }
}
