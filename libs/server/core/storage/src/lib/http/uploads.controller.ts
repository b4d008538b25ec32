import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Logger,
  Param,
  Post,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream';
import { ErrorCode, Permission } from '@inspraak/contracts';
import { Authorize, CurrentUser, Principal, Public } from '@inspraak/server-auth';
import { APP_CONFIG, AppConfig } from '@inspraak/server-config';
import { AttachmentService } from '../attachments/attachment.service';
import type { AttachmentView } from '../attachments/attachment.object';
import { ObjectStorage } from '../drivers/object-storage';
import { ImageRejectedError, processImage } from '../images/image-processor';
import { notFound, UploadError, UploadErrorFilter } from './upload-errors';

/**
 * The header a state-changing request outside GraphQL must carry, the same one Apollo's CSRF
 * prevention accepts on /graphql (ADR 0004): a cross-site page can only send a custom header
 * after a CORS preflight, which the API never approves.
 */
export const CSRF_HEADER = 'apollo-require-preflight';

/** Content types a plain HTML form or a fetch without preflight can send. */
const SIMPLE_TYPES = new Set([
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
]);

/** Content types an upload may claim (aliases of JPEG some clients send included). */
const CLAIMABLE_TYPES = new Map([
  ['image/jpeg', 'image/jpeg'],
  ['image/jpg', 'image/jpeg'],
  ['image/pjpeg', 'image/jpeg'],
  ['image/png', 'image/png'],
  ['image/webp', 'image/webp'],
  ['application/octet-stream', 'application/octet-stream'],
]);

const REJECTION_STATUS: Record<ImageRejectedError['reason'], number> = {
  UNSUPPORTED_TYPE: 415,
  TYPE_MISMATCH: 415,
  CORRUPT_IMAGE: 400,
  TOO_MANY_PIXELS: 413,
  EMPTY_FILE: 400,
};

/**
 * Uploads outside GraphQL, so /graphql keeps its small body limit:
 * - `POST /api/uploads/images`: the raw image bytes as the body (Content-Type: the image type or
 *   application/octet-stream) plus the CSRF header; answers 201 with the unclaimed attachment.
 * - `GET /api/uploads/:id`: the file, for viewers the owner kind allows (unclaimed: the
 *   uploader); everyone else gets the same 404 as for an unknown id.
 */
@Controller('api/uploads')
@UseFilters(UploadErrorFilter)
export class UploadsController {
  private readonly logger = new Logger('Uploads');

  constructor(
    private readonly attachments: AttachmentService,
    private readonly storage: ObjectStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('images')
  @HttpCode(201)
  @Authorize(Permission.TRAJECTORY_CONTRIBUTE)
  async uploadImage(
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
    @CurrentUser() user: Principal,
  ): Promise<AttachmentView> {
    res.setHeader('Cache-Control', 'no-store');
    const claimed = mediaType(req.headers['content-type']);
    const header = req.headers[CSRF_HEADER];
    if (!header || SIMPLE_TYPES.has(claimed ?? '') || !claimed) {
      throw new UploadError(
        400,
        ErrorCode.BadUserInput,
        `Send the image bytes as the body with its image Content-Type and a "${CSRF_HEADER}" header.`,
        'CSRF_PREVENTION',
      );
    }
    const claimedType = CLAIMABLE_TYPES.get(claimed);
    if (!claimedType) {
      throw new UploadError(
        415,
        ErrorCode.BadUserInput,
        'Only JPEG, PNG and WebP images can be uploaded.',
        'UNSUPPORTED_TYPE',
      );
    }
    const limit = this.config.uploadMaxMb * 1024 * 1024;
    const body = await readBody(req, res, limit, this.config.uploadMaxMb);
    try {
      const image = await processImage(body, claimedType, {
        maxEdge: this.config.uploadImageMaxEdge,
        maxPixels: this.config.uploadImageMaxMegapixels * 1_000_000,
      });
      return await this.attachments.createUpload(user.userId, image).catch((e: unknown) => {
        throw storageUnavailable(e, this.logger);
      });
    } catch (e) {
      if (e instanceof ImageRejectedError) {
        throw new UploadError(
          REJECTION_STATUS[e.reason],
          ErrorCode.BadUserInput,
          e.message,
          e.reason,
        );
      }
      throw e;
    }
  }

  @Get(':id')
  @Public()
  async serve(
    @Param('id') id: string,
    @CurrentUser() viewer: Principal | null,
    @Res() res: Response,
  ): Promise<void> {
    const row = await this.attachments.findVisible(id, viewer);
    if (!row) throw notFound();
    const object = await this.storage.get(row.storageKey).catch((e: unknown) => {
      throw storageUnavailable(e, this.logger);
    });
    if (!object) {
      this.logger.warn(`attachment ${row.id} has no stored file`);
      throw notFound();
    }
    res.status(200);
    res.setHeader('Content-Type', row.contentType);
    if (object.bytes !== null) res.setHeader('Content-Length', String(object.bytes));
    res.setHeader('Cache-Control', 'private, max-age=600');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Disposition', 'inline');
    // Opened directly, the image runs nothing and loads nothing else.
    res.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
    pipeline(object.stream, res, (err) => {
      if (err) this.logger.warn(`streaming attachment ${row.id} failed: ${err.message}`);
    });
  }
}

/** The folder or bucket failed (disk full, S3 down): a typed 503, the cause only in the log. */
function storageUnavailable(e: unknown, logger: Logger): UploadError {
  logger.error(`storage failed: ${(e as Error).message}`);
  return new UploadError(
    503,
    ErrorCode.ServiceUnavailable,
    'The file storage is temporarily unavailable, try again shortly.',
  );
}

/** The media type without parameters, lower-case (`image/jpeg; x=y` → `image/jpeg`). */
function mediaType(header: string | undefined): string | null {
  if (!header) return null;
  const type = header.split(';')[0].trim().toLowerCase();
  return type || null;
}

function tooLarge(maxMb: number) {
  return new UploadError(
    413,
    ErrorCode.BadUserInput,
    `The image is too large: at most ${maxMb} MB.`,
    'TOO_LARGE',
  );
}

/** Reads the request body up to `limit` bytes; refuses a larger one without buffering it. */
function readBody(req: Request, res: Response, limit: number, maxMb: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    // Node discards the unread body after the answer, keeping the connection usable.
    return Promise.reject(tooLarge(maxMb));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (err?: Error) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', done);
      req.off('aborted', onAborted);
      if (err) reject(err);
      else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.pause();
        // The rest of the body stays unread: close the connection after the answer.
        res.setHeader('Connection', 'close');
        done(tooLarge(maxMb));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => done();
    const onAborted = () =>
      done(new UploadError(400, ErrorCode.BadUserInput, 'The upload was interrupted.', 'ABORTED'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', done);
    req.on('aborted', onAborted);
  });
}
