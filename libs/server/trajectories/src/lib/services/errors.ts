import { ErrorCode } from '@inspraak/contracts';
import { AppError, FieldError, ValidationError } from '@inspraak/server-errors';

/**
 * The trajectory's state does not allow the change yet (a phase precondition, a locked
 * criterion). `fields` lists every reason with a stable code for the client to translate.
 */
export class PreconditionError extends AppError {
  constructor(reasons: { code: string; message: string; field?: string }[], field = 'input') {
    super(
      ErrorCode.PreconditionFailed,
      reasons.map((r) => r.message).join('; '),
      reasons.map((r): FieldError => ({
        field: r.field ?? field,
        code: r.code,
        message: r.message,
      })),
    );
  }
}

export const invalid = (field: string, code: string, message: string) =>
  new ValidationError([{ field, code, message }]);
