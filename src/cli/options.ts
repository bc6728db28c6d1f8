// Option values checked where the CLI reads them, so a mistyped id is bad input (exit 2)
// with the option named, not a database error.
import { invalidInput } from '../core/errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id option (`--campaign`, `--trip`): a UUID, or the bilingual refusal naming the option. */
export function idOption(value: string, option: string, what: { zh: string; en: string }): string {
  if (!UUID.test(value)) {
    throw invalidInput(option, option.replace(/^--/, ''), {
      zh: `${what.zh} id 格式不对（应为 UUID，如 3f2c…-…）：“${value.slice(0, 100)}”`,
      en: `not a ${what.en} id (a UUID such as 3f2c…-…): "${value.slice(0, 100)}"`,
    });
  }
  return value.toLowerCase();
}

export const campaignOption = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : idOption(value, '--campaign', { zh: '输出活动', en: 'campaign' });
