// A date field of a request or a form (browser-safe): 'YYYY-MM-DD' naming a real day. The pattern alone let 2021-13-06
// through to the database, which answered with a 500; every route's date is this one.
import { z } from 'zod';
import { splitIsoDate } from './values.js';

export function calendarDate(message = '日期格式为 YYYY-MM-DD，且须为真实日期 / a date is YYYY-MM-DD and a real day') {
  return z.string().refine((text) => splitIsoDate(text) !== undefined, message);
}
