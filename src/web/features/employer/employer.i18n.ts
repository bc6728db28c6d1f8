// The employer portal's and the approval queue's strings (zh-CN first; en has the same keys).
import type { Strings } from '../../i18n/strings';

export const employerZh = {
  title: '企业工作台',
} as const;

export const employerEn: Strings<typeof employerZh> = {
  title: 'Employer portal',
};
