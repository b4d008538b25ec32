import exifReader from 'exif-reader';
import sharp from 'sharp';
import { gif, jpegWithGps, png, SVG, webp } from '../../testing';
import { ImageRejectedError, processImage, sniffImageType } from './image-processor';

const LIMITS = { maxEdge: 2560, maxPixels: 40_000_000 };

async function rejection(p: Promise<unknown>): Promise<string> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ImageRejectedError);
  return (e as ImageRejectedError).reason;
}

describe('sniffImageType', () => {
  it('knows JPEG, PNG and WebP by their first bytes, nothing else', async () => {
    expect(sniffImageType(await jpegWithGps())).toBe('image/jpeg');
    expect(sniffImageType(await png())).toBe('image/png');
    expect(sniffImageType(await webp())).toBe('image/webp');
    expect(sniffImageType(await gif())).toBeNull();
    expect(sniffImageType(SVG)).toBeNull();
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(Buffer.alloc(0))).toBeNull();
  });
});

describe('processImage', () => {
  it('drops EXIF (GPS, camera) and applies the orientation to the pixels', async () => {
    const input = await jpegWithGps(40, 20);
    const before = await sharp(input).metadata();
    expect(exifReader(before.exif!).GPSInfo?.GPSLatitude).toEqual([52, 5, 30]);
    expect(before.orientation).toBe(6);

    const out = await processImage(input, 'image/jpeg', LIMITS);
    expect(out.contentType).toBe('image/jpeg');
    // Orientation 6 is a quarter turn: 40×20 stored as 20×40.
    expect([out.width, out.height]).toEqual([20, 40]);
    const after = await sharp(out.data).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(out.data.includes(Buffer.from('Exif\0\0'))).toBe(false);
    expect(out.data.includes(Buffer.from('InspraakTestCam'))).toBe(false);
  });

  it('keeps PNG and WebP in their format and scales large images down to the edge limit', async () => {
    const p = await processImage(await png(300, 150), 'image/png', { ...LIMITS, maxEdge: 256 });
    expect([p.contentType, p.width, p.height]).toEqual(['image/png', 256, 128]);
    expect((await sharp(p.data).metadata()).format).toBe('png');
    const w = await processImage(await webp(10, 30), 'application/octet-stream', LIMITS);
    expect([w.contentType, w.extension, w.width, w.height]).toEqual(['image/webp', 'webp', 10, 30]);
  });

  it('refuses other types, a wrong claimed type, damage, emptiness and too many pixels', async () => {
    expect(await rejection(processImage(SVG, 'image/svg+xml', LIMITS))).toBe('UNSUPPORTED_TYPE');
    expect(await rejection(processImage(await gif(), 'image/gif', LIMITS))).toBe(
      'UNSUPPORTED_TYPE',
    );
    // A PNG renamed to .jpg: the browser claims image/jpeg.
    expect(await rejection(processImage(await png(), 'image/jpeg', LIMITS))).toBe('TYPE_MISMATCH');
    const jpeg = await jpegWithGps(64, 64);
    expect(await rejection(processImage(jpeg.subarray(0, 200), 'image/jpeg', LIMITS))).toBe(
      'CORRUPT_IMAGE',
    );
    const garbage = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(500, 7)]);
    expect(await rejection(processImage(garbage, 'image/jpeg', LIMITS))).toBe('CORRUPT_IMAGE');
    expect(await rejection(processImage(Buffer.alloc(0), 'image/png', LIMITS))).toBe('EMPTY_FILE');
    expect(
      await rejection(
        processImage(await png(100, 100), 'image/png', { ...LIMITS, maxPixels: 9999 }),
      ),
    ).toBe('TOO_MANY_PIXELS');
  });
});
