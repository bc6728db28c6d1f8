// One error type for the whole product. Domain and engine code throw it; the API maps
// it to application/problem+json and the CLI to one line and an exit status, at the edge.

export type ErrorCode =
  | 'invalid_input' // a record or field breaks a rule (4xx / exit 2)
  | 'bad_file' // a file can't be read at all (exit 2)
  | 'not_found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too_many_requests'
  | 'payload_too_large';

export type Bilingual = { zh: string; en: string };

export type Problem = Bilingual & {
  code: ErrorCode;
  /** Which record: a row number, an id, a file name. */
  record?: string;
  /** Which field of that record. */
  field?: string;
  /** Every broken field, when a form sent several at once (the first is also `field`). */
  issues?: (Bilingual & { field: string })[];
};

export type DomainError = Error & { problem: Problem };

export function domainError(problem: Problem): DomainError {
  const error = new Error(formatProblem(problem)) as DomainError;
  error.name = 'DomainError';
  error.problem = problem;
  return error;
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof Error && 'problem' in value && typeof (value as DomainError).problem === 'object';
}

/** "record w3, field age: 年龄必须是整数 / age must be an integer" */
export function formatProblem(problem: Problem): string {
  const where = [problem.record ? `record ${problem.record}` : '', problem.field ? `field ${problem.field}` : '']
    .filter(Boolean)
    .join(', ');
  return `${where ? `${where}: ` : ''}${problem.zh} / ${problem.en}`;
}

export function invalidInput(record: string | undefined, field: string | undefined, text: Bilingual): DomainError {
  return domainError({ code: 'invalid_input', record, field, ...text });
}
