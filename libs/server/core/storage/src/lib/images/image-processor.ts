import sharp from 'sharp';
import type { Metadata, SharpOptions } from 'sharp';

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export const IMAGE_TYPES: readonly ImageType[] = ['image/jpeg', 'image/png', 'image/webp'];

/** Why an upload was refused; the client translates these. */
export type ImageRejection =
  'UNSUPPORTED_TYPE' | 'TYPE_MISMATCH' | 'CORRUPT_IMAGE' | 'TOO_MANY_PIXELS' | 'EMPTY_FILE';

export class ImageRejectedError extends Error {
  constructor(
    public readonly reason: ImageRejection,
    message: string,
  ) {
    super(message);
    this.name = 'ImageRejectedError';
  }
}

export interface ProcessedImage {
  data: Buffer;
  contentType: ImageType;
  extension: 'jpg' | 'png' | 'webp';
  width: number;
  height: number;
}

export interface ImageLimits {
  /** Longest side of the stored image; larger images are scaled down. */
  maxEdge: number;
  /** Most pixels (width × height) an input may have before it is decoded. */
  maxPixels: number;
}

const SHARP_FORMAT: Record<ImageType, string> = {
  'image/jpeg': 'jpeg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/**
 * The type from the first bytes (magic numbers), whatever name or type the browser claims:
 * JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, WebP `RIFF....WEBP`. Anything else (SVG,
 * GIF, HEIC, PDF, HTML, …) is null.
 */
export function sniffImageType(data: Buffer): ImageType | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return 'image/jpeg';
  }
  if (
    data.length >= 8 &&
    data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ) {
    return 'image/png';
  }
  if (
    data.length >= 12 &&
    data.toString('latin1', 0, 4) === 'RIFF' &&
    data.toString('latin1', 8, 12) === 'WEBP'
  ) {
    return 'image/webp';
  }
  return null;
}

/**
 * Checks an uploaded image by its content and re-encodes it: orientation applied to the pixels,
 * scaled to fit `maxEdge`, and every piece of metadata (EXIF with GPS location and camera serial,
 * XMP, IPTC, comments, ICC profiles after conversion to sRGB) dropped, because the output is
 * written from the decoded pixels only.
 *
 * `claimedType` is the request's Content-Type: an image type that is not what the bytes are
 * (a PNG renamed to .jpg) is refused; `application/octet-stream` claims nothing.
 */
export async function processImage(
  input: Buffer,
  claimedType: string | null,
  limits: ImageLimits,
): Promise<ProcessedImage> {
  if (input.length === 0) throw new ImageRejectedError('EMPTY_FILE', 'The file is empty.');
  const type = sniffImageType(input);
  if (!type) {
    throw new ImageRejectedError(
      'UNSUPPORTED_TYPE',
      'Only JPEG, PNG and WebP images can be uploaded.',
    );
  }
  if (claimedType && claimedType !== 'application/octet-stream' && claimedType !== type) {
    throw new ImageRejectedError(
      'TYPE_MISMATCH',
      `The file is a ${type.slice(6).toUpperCase()} image but was sent as ${claimedType}; check the file name extension.`,
    );
  }
  const options: SharpOptions = {
    limitInputPixels: limits.maxPixels,
    // Truncated or damaged files are refused rather than half decoded.
    failOn: 'warning',
    animated: false,
  };
  let meta: Metadata;
  try {
    // Reads the header only (no decoding), so the pixel count can be checked first.
    meta = await sharp(input, { ...options, limitInputPixels: false }).metadata();
  } catch {
    throw new ImageRejectedError('CORRUPT_IMAGE', 'The image could not be read.');
  }
  if (meta.format !== SHARP_FORMAT[type] || !meta.width || !meta.height) {
    throw new ImageRejectedError('CORRUPT_IMAGE', 'The image could not be read.');
  }
  if (meta.width * meta.height > limits.maxPixels) {
    throw new ImageRejectedError(
      'TOO_MANY_PIXELS',
      `The image has too many pixels (at most ${Math.floor(limits.maxPixels / 1e6)} million).`,
    );
  }
  let pipeline = sharp(input, options).rotate().resize({
    width: limits.maxEdge,
    height: limits.maxEdge,
    fit: 'inside',
    withoutEnlargement: true,
  });
  if (type === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 85, mozjpeg: true });
  else if (type === 'image/png') pipeline = pipeline.png({ compressionLevel: 9 });
  else pipeline = pipeline.webp({ quality: 85 });
  try {
    const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
    return {
      data,
      contentType: type,
      extension: type === 'image/jpeg' ? 'jpg' : type === 'image/png' ? 'png' : 'webp',
      width: info.width,
      height: info.height,
    };
  } catch {
    throw new ImageRejectedError('CORRUPT_IMAGE', 'The image could not be read.');
  }
}
