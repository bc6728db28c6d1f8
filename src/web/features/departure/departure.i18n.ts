// Departure day in the console: live board, needs attention, rebooking, reconciliation.
import type { Strings } from '../../i18n/strings';

export const departureZh = {
  title: '发车日',
} as const;

export const departureEn: Strings<typeof departureZh> = {
  title: 'Departure day',
};
