/** The attachment the upload route answers with (unclaimed until an idea is saved with it). */
export interface UploadedImage {
  id: string;
  url: string;
  contentType: string;
  width: number;
  height: number;
  bytes: number;
  /** Text alternative typed by the author (saved with the idea). */
  description?: string | null;
}

/** Why an upload failed, as the route's `extensions.reason` or our own. */
export type UploadProblem =
  | 'TOO_LARGE'
  | 'UNSUPPORTED_TYPE'
  | 'TYPE_MISMATCH'
  | 'CORRUPT_IMAGE'
  | 'TOO_MANY_PIXELS'
  | 'EMPTY_FILE'
  | 'UNAUTHENTICATED'
  | 'NETWORK'
  | 'UNKNOWN';

export class UploadFailed extends Error {
  constructor(public readonly problem: UploadProblem) {
    super(problem);
    this.name = 'UploadFailed';
  }
}

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/**
 * Sends the image bytes to POST /api/uploads/images with the same CSRF header the Apollo client
 * sends (`apollo-require-preflight`); XMLHttpRequest because fetch cannot report upload progress.
 */
export function uploadImage(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedImage> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/uploads/images');
    xhr.withCredentials = true;
    xhr.setRequestHeader('apollo-require-preflight', 'true');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new UploadFailed('NETWORK'));
    xhr.onabort = () => reject(new UploadFailed('NETWORK'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's error page): handled below.
      }
      if (xhr.status === 201 && body && typeof (body as UploadedImage).id === 'string') {
        onProgress(1);
        resolve(body as UploadedImage);
        return;
      }
      reject(new UploadFailed(problemOf(xhr.status, body)));
    };
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}

const KNOWN: readonly UploadProblem[] = [
  'TOO_LARGE',
  'UNSUPPORTED_TYPE',
  'TYPE_MISMATCH',
  'CORRUPT_IMAGE',
  'TOO_MANY_PIXELS',
  'EMPTY_FILE',
];

export function problemOf(status: number, body: unknown): UploadProblem {
  const extensions = (body as { errors?: { extensions?: { code?: string; reason?: string } }[] })
    ?.errors?.[0]?.extensions;
  const reason = extensions?.reason as UploadProblem | undefined;
  if (reason && KNOWN.includes(reason)) return reason;
  if (status === 401 || extensions?.code === 'UNAUTHENTICATED') return 'UNAUTHENTICATED';
  if (status === 413) return 'TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_TYPE';
  return 'UNKNOWN';
}
