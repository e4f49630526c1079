/**
 * One error type with a stable code and a cause, for everything the product refuses or fails
 * at on purpose. Callers branch on `code`; operators read the message (one sentence naming
 * the setting or the record); the cause keeps the underlying error for the logs.
 */

/** Refused staff actions: nothing was changed. */
export type CaseErrorCode =
  | 'CASE_NOT_FOUND'
  | 'CASE_RESOLVED'
  | 'CASE_CLAIMED_BY_OTHER'
  | 'CASE_NOT_CLAIMED'
  | 'CASE_NOT_RESOLVED'
  | 'EMPTY_REPLY';

export type DeskErrorCode =
  | CaseErrorCode
  | 'CONFIG_INVALID'
  | 'KNOWLEDGE_INVALID'
  | 'DRAFT_NOT_PROMOTABLE'
  | 'STORE_LOCKED'
  | 'MODEL_BAD_RESPONSE'
  | 'NO_CHANNEL'
  | 'NO_STAFF_CHANNEL'
  | 'BAD_CONVERSATION'
  | 'BAD_JOB'
  | 'OUTBOX_MALFORMED'
  | 'ANSWERING_THREAD_STOPPED'
  | `HTTP_${number}`;

const CASE_ERROR_CODES: readonly string[] = [
  'CASE_NOT_FOUND',
  'CASE_RESOLVED',
  'CASE_CLAIMED_BY_OTHER',
  'CASE_NOT_CLAIMED',
  'CASE_NOT_RESOLVED',
  'EMPTY_REPLY',
];

export class DeskError<Code extends DeskErrorCode = DeskErrorCode> extends Error {
  override readonly name = 'DeskError';

  constructor(
    readonly code: Code,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** True for a DeskError, and (when codes are given) for one of those codes. */
export function isDeskError(error: unknown, ...codes: DeskErrorCode[]): error is DeskError {
  return error instanceof DeskError && (codes.length === 0 || codes.includes(error.code));
}

/** A refused staff action (`checkTransition`, unknown case, empty reply). */
export function isCaseError(error: unknown): error is DeskError<CaseErrorCode> {
  return error instanceof DeskError && CASE_ERROR_CODES.includes(error.code);
}
