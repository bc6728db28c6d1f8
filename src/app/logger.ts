// Structured logs with pino. Personal data never reaches a log line: the redact paths
// below are a second line of defence; the first is that code logs ids, not people.
import pino, { type Logger } from 'pino';

const REDACT = ['*.idNumber', '*.id_number', '*.phone', '*.contact_phone', 'idNumber', 'phone', 'req.headers.cookie'];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, destination ?? pino.destination(2));
}
