// The form rules a browser can check before sending, taken from the very functions the
// import and the API use (src/core): identity numbers (GB 11643, check digit, birth date)
// and mobiles. The server checks everything again, catalogue and region names included.
import type { Rule } from 'antd/es/form';
import { parseIdNumber } from '../../../core/id-number';
import { parseMobile } from '../../../core/phone';
import type { ParseResult } from '../../../core/values';
import type { Language } from '../../i18n';

function ruleOf<T>(parse: (text: string) => ParseResult<T>, language: Language, optional: boolean): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '' && optional) return;
      const result = parse(text);
      if (!result.ok) throw new Error(language === 'en' ? result.reason.en : result.reason.zh);
    },
  };
}

export const idNumberRule = (language: Language): Rule => ruleOf((text) => parseIdNumber(text), language, false);
export const phoneRule = (language: Language): Rule => ruleOf(parseMobile, language, true);
