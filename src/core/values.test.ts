import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDomainError } from './errors.js';
import {
  isCalendarDate,
  parseAgeRange,
  parseDate,
  parseHeadcount,
  parseWage,
  parseYesNo,
  parseYuan,
  todayInChina,
  unwrap,
  type ParseResult,
} from './values.js';

function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.reason.en}`);
  return result.value;
}

function reasonOf<T>(result: ParseResult<T>): string {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.reason.zh.length).toBeGreaterThan(0);
  return result.reason.en;
}

describe('unwrap', () => {
  it('returns the value or throws the shared invalid_input error', () => {
    expect(unwrap(parseYesNo('是'))).toBe(true);
    try {
      unwrap(parseYesNo('maybe'), '3', 'priority');
      expect.unreachable();
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      if (isDomainError(error)) expect(error.problem).toMatchObject({ code: 'invalid_input', record: '3', field: 'priority' });
    }
  });
});

describe('calendar helpers', () => {
  it('knows leap years', () => {
    expect(isCalendarDate(2000, 2, 29)).toBe(true);
    expect(isCalendarDate(1900, 2, 29)).toBe(false);
    expect(isCalendarDate(2024, 2, 29)).toBe(true);
    expect(isCalendarDate(2021, 2, 29)).toBe(false);
    expect(isCalendarDate(2021, 4, 31)).toBe(false);
  });

  it('gives today in Beijing, not in the server zone', () => {
    // 2021-01-05 17:00 UTC is already 6 January in Beijing.
    expect(todayInChina(new Date('2021-01-05T17:00:00Z'))).toBe('2021-01-06');
    expect(todayInChina(new Date('2021-01-05T15:59:59Z'))).toBe('2021-01-05');
  });
});

describe('parseYesNo', () => {
  it.each([
    ['是', true], ['否', false], ['Y', true], ['y', true], ['N', false], ['n', false],
    ['yes', true], ['YES', true], ['No', false], ['true', true], ['TRUE', true], ['False', false],
    ['1', true], ['0', false], ['１', true], [' 是 ', true], ['Ｙ', true], ['', false], ['   ', false],
  ])('%j → %s', (text, expected) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['maybe', '不是', '2', 'yes!', '√', '有'])('refuses %j', (text) => {
    expect(reasonOf(parseYesNo(text))).toMatch(/是 or 否/);
  });
});

describe('parseYuan', () => {
  it.each([
    ['4500', 4500], ['4500元', 4500], ['4,500', 4500], ['4，500', 4500], ['4.5k', 4500], ['4.5K', 4500],
    ['0.45万', 4500], ['0.45万元', 4500], ['4500.00', 4500], ['４５００', 4500],
    [' 4500 元 ', 4500], ['4500元/月', 4500], ['¥4500', 4500], ['￥4,500', 4500], ['4.5千', 4500],
    ['1.2w', 12000], ['0', 0], ['12,345', 12345], ['1,000,000', 1_000_000],
    // Floating point would make 1.005 × 1000 = 1004.999…; the digits are shifted instead.
    ['1.005k', 1005], ['0.0001万', 1],
  ])('%j → %d', (text, expected) => {
    expect(parseYuan(text)).toEqual({ ok: true, value: expected });
  });

  it('refuses text that is not an amount', () => {
    for (const text of ['面议', 'abc', '4500abc', '4,50', '45,00', '4.5kk', '1e4', '4 500 000元元']) {
      expect(reasonOf(parseYuan(text)), text).toMatch(/not an amount/);
    }
  });

  it('refuses an empty cell', () => {
    expect(reasonOf(parseYuan(''))).toMatch(/empty/);
  });

  it('refuses negative amounts', () => {
    expect(reasonOf(parseYuan('-4500'))).toMatch(/negative/);
    expect(reasonOf(parseYuan('－4500元'))).toMatch(/negative/);
  });

  it('refuses fractions of a yuan', () => {
    expect(reasonOf(parseYuan('4500.5'))).toMatch(/whole yuan/);
    expect(reasonOf(parseYuan('4.5001k'))).toMatch(/whole yuan/);
    expect(reasonOf(parseYuan('0.00001万'))).toMatch(/whole yuan/);
  });

  it('refuses amounts beyond any monthly wage', () => {
    expect(reasonOf(parseYuan('1000001'))).toMatch(/too large/);
    expect(reasonOf(parseYuan('45000000000000000000000'))).toMatch(/too large/);
  });
});

describe('parseWage', () => {
  it.each([
    ['4500', { min: 4500, max: 4500 }],
    ['5000-7000', { min: 5000, max: 7000 }],
    ['5000~7000', { min: 5000, max: 7000 }],
    ['5000～7000', { min: 5000, max: 7000 }],
    ['5000—7000', { min: 5000, max: 7000 }],
    ['5000至7000元', { min: 5000, max: 7000 }],
    ['5000到7000', { min: 5000, max: 7000 }],
    ['5000元-7000元', { min: 5000, max: 7000 }],
    ['5000 - 7000 元/月', { min: 5000, max: 7000 }],
    ['5k-7k', { min: 5000, max: 7000 }],
    ['4.5k-6k', { min: 4500, max: 6000 }],
    ['5-7k', { min: 5000, max: 7000 }],
    ['5-7千', { min: 5000, max: 7000 }],
    ['0.5-1万', { min: 5000, max: 10000 }],
    ['5000-7k', { min: 5000, max: 7000 }],
    ['6000-6000', { min: 6000, max: 6000 }],
    ['5000以上', { min: 5000 }],
    ['5000元以上', { min: 5000 }],
    ['4500起', { min: 4500 }],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseWage(text))).toEqual(expected);
  });

  it('refuses a reversed range', () => {
    expect(reasonOf(parseWage('7000-5000'))).toMatch(/lower end .* above/);
  });

  it('refuses what is not an amount or range', () => {
    for (const text of ['面议', '5000-', '-', '5000-7000-9000', 'abc-7000', '5000/7000']) {
      expect(reasonOf(parseWage(text)), text).toMatch(/not an amount/);
    }
  });

  it('refuses negatives, zero, fractions and empty text', () => {
    expect(reasonOf(parseWage('-5000'))).toMatch(/negative/);
    expect(reasonOf(parseWage('0'))).toMatch(/more than 0/);
    expect(reasonOf(parseWage('0-5000'))).toMatch(/more than 0/);
    expect(reasonOf(parseWage('5000.5-7000'))).toMatch(/whole yuan/);
    expect(reasonOf(parseWage('5000-7000.5'))).toMatch(/whole yuan/);
    expect(reasonOf(parseWage(''))).toMatch(/empty/);
  });
});

describe('parseHeadcount', () => {
  it.each([['30', 30], ['30人', 30], ['30 名', 30], ['1', 1], ['10000', 10000], ['10,000', 10000], ['３０人', 30], ['30.0', 30]])(
    '%j → %d',
    (text, expected) => {
      expect(parseHeadcount(text)).toEqual({ ok: true, value: expected });
    },
  );

  it('refuses 0 and more than 10000', () => {
    expect(reasonOf(parseHeadcount('0'))).toMatch(/from 1 to 10000/);
    expect(reasonOf(parseHeadcount('10001'))).toMatch(/from 1 to 10000/);
  });

  it('refuses text, fractions, negatives and empty cells', () => {
    for (const text of ['若干', '', '2.5', '-3', '30人以上', 'abc']) {
      expect(reasonOf(parseHeadcount(text)), text).toMatch(/whole number/);
    }
  });
});

describe('parseAgeRange', () => {
  it.each([
    ['18-45', { ageMin: 18, ageMax: 45 }],
    ['18至45岁', { ageMin: 18, ageMax: 45 }],
    ['18~45周岁', { ageMin: 18, ageMax: 45 }],
    ['18岁-45岁', { ageMin: 18, ageMax: 45 }],
    ['18到45', { ageMin: 18, ageMax: 45 }],
    ['１８－４５', { ageMin: 18, ageMax: 45 }],
    ['45岁以下', { ageMax: 45 }],
    ['45周岁以下', { ageMax: 45 }],
    ['45周岁及以下', { ageMax: 45 }],
    ['45岁以内', { ageMax: 45 }],
    ['18岁以上', { ageMin: 18 }],
    ['18周岁以上', { ageMin: 18 }],
    ['14-80', { ageMin: 14, ageMax: 80 }],
    ['30-30', { ageMin: 30, ageMax: 30 }],
    ['不限', {}],
    ['', {}],
    ['  ', {}],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseAgeRange(text))).toEqual(expected);
  });

  it('refuses a reversed range', () => {
    expect(reasonOf(parseAgeRange('45-18'))).toMatch(/lower age is above/);
  });

  it('refuses ages outside 14–80', () => {
    for (const text of ['13-45', '18-81', '13岁以上', '90岁以下', '0-45']) {
      expect(reasonOf(parseAgeRange(text)), text).toMatch(/from 14 to 80/);
    }
  });

  it('refuses what it does not understand', () => {
    for (const text of ['年轻', '18', '18-', '-45', '18-45-60', '约30岁']) {
      expect(reasonOf(parseAgeRange(text)), text).toMatch(/not understood/);
    }
  });
});

describe('parseDate', () => {
  it.each([
    ['2021-01-20', '2021-01-20'],
    ['2021-1-20', '2021-01-20'],
    ['2021/1/20', '2021-01-20'],
    ['2021/01/20', '2021-01-20'],
    ['2021年1月20日', '2021-01-20'],
    ['2021 年 1 月 20 日', '2021-01-20'],
    ['2021年1月20号', '2021-01-20'],
    ['2021.1.20', '2021-01-20'],
    ['20210120', '2021-01-20'],
    ['２０２１－０１－２０', '2021-01-20'],
    ['2021-01-20 08:30', '2021-01-20'],
    ['2021-01-20T08:30:00Z', '2021-01-20'],
    ['2020-02-29', '2020-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%j → %s', (text, expected) => {
    expect(parseDate(text)).toEqual({ ok: true, value: expected });
  });

  it('reads Excel serial numbers, with the 1900 leap-year bug', () => {
    expect(valueOf(parseDate(44216))).toBe('2021-01-20');
    expect(valueOf(parseDate('44216'))).toBe('2021-01-20');
    expect(valueOf(parseDate(44216.75))).toBe('2021-01-20');
    expect(valueOf(parseDate(1))).toBe('1900-01-01');
    expect(valueOf(parseDate(59))).toBe('1900-02-28');
    expect(reasonOf(parseDate(60))).toMatch(/1900-02-29/);
    expect(valueOf(parseDate(61))).toBe('1900-03-01');
    expect(valueOf(parseDate(43890))).toBe('2020-02-29');
    expect(valueOf(parseDate(2_958_465))).toBe('9999-12-31');
  });

  it('refuses serial numbers outside Excel’s range', () => {
    for (const serial of [0, -1, 0.5, 2_958_466, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(reasonOf(parseDate(serial)), String(serial)).toMatch(/not a valid date/);
    }
  });

  it('reads Date objects by their UTC day, as exceljs writes them', () => {
    expect(valueOf(parseDate(new Date(Date.UTC(2021, 0, 20))))).toBe('2021-01-20');
    expect(valueOf(parseDate(new Date('2021-01-20T23:59:59Z')))).toBe('2021-01-20');
    expect(reasonOf(parseDate(new Date('not a date')))).toMatch(/not a valid date/);
  });

  it('refuses impossible dates', () => {
    for (const text of ['2021-02-29', '2021-02-30', '2021-13-01', '2021-00-10', '2021-04-31', '1900-02-29', '2021年2月29日', '20210229']) {
      expect(reasonOf(parseDate(text)), text).toMatch(/no such date/);
    }
  });

  it('refuses text that is not a date', () => {
    for (const text of ['下周一', '2021-01', '21-01-20', '2021/1/20/5', 'abc', '1月20日']) {
      expect(reasonOf(parseDate(text)), text).toMatch(/not understood/);
    }
    expect(reasonOf(parseDate(''))).toMatch(/empty/);
  });
});

// ---------------------------------------------------------------------------
// Properties

// Arbitrary text, and text built from the pieces these cells are made of, so that the
// parsers' deeper branches are reached too.
const cellPieces = fc.constantFrom(
  ...'0123456789'.split(''),
  '.', ',', '-', '~', '至', '到', '元', 'k', 'K', '万', '千', '岁', '周岁', '以上', '以下', '人', '年', '月', '日',
  '/', ' ', '是', '否', '不限', '１', '－', '¥',
);
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.array(cellPieces, { maxLength: 12 }).map((pieces) => pieces.join('')),
);

describe('properties', () => {
  it('no parser throws on arbitrary text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const parse of [parseYesNo, parseYuan, parseWage, parseHeadcount, parseAgeRange, parseDate]) {
          const result: ParseResult<unknown> = parse(text);
          expect(typeof result.ok).toBe('boolean');
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('parseDate never throws on arbitrary numbers and dates', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.date()), (input) => {
        const result = parseDate(input);
        if (result.ok) expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('every accepted amount is a whole number of yuan within bounds', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const yuan = parseYuan(text);
        if (yuan.ok) expect(Number.isInteger(yuan.value) && yuan.value >= 0 && yuan.value <= 1_000_000).toBe(true);
        const wage = parseWage(text);
        if (wage.ok) {
          expect(wage.value.min).toBeGreaterThan(0);
          if (wage.value.max !== undefined) expect(wage.value.max).toBeGreaterThanOrEqual(wage.value.min);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('every accepted age range is within 14–80 and ordered', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const range = parseAgeRange(text);
        if (!range.ok) return;
        const { ageMin = 14, ageMax = 80 } = range.value;
        expect(ageMin).toBeGreaterThanOrEqual(14);
        expect(ageMax).toBeLessThanOrEqual(80);
        expect(ageMin).toBeLessThanOrEqual(ageMax);
      }),
      { numRuns: 3000 },
    );
  });

  it('a date written any of the accepted ways reads back to itself', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-03-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-').map(Number);
        for (const written of [iso, `${y}/${m}/${d}`, `${y}年${m}月${d}日`, `${y}.${m}.${d}`, date]) {
          expect(parseDate(written)).toEqual({ ok: true, value: iso });
        }
        const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
        expect(parseDate(serial)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});
