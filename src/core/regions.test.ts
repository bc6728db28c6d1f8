import { describe, expect, it } from 'vitest';
import {
  type Region,
  type RegionResolution,
  buildRegionIndex,
  cityOf,
  fullName,
  getRegion,
  inScope,
  isRegionCode,
  provinceOf,
  regionIndex,
  regionLevel,
  regionPrefix,
  regionsUnder,
  resolveRegion,
  shortRegionName,
  siteMatches,
} from './regions.js';

function code(result: RegionResolution): string | undefined {
  return result.ok ? result.region.code : undefined;
}

function region(code: string, name: string, parent: string): Region {
  const level = code.endsWith('0000') ? 'province' : code.endsWith('00') ? 'city' : 'county';
  return { code, name, level, parent, lat: 0, lon: 0, approx: false };
}

describe('code arithmetic', () => {
  it('recognises mainland codes by shape', () => {
    expect(isRegionCode('141124')).toBe(true);
    expect(isRegionCode('14112')).toBe(false);
    expect(isRegionCode('1411240')).toBe(false);
    expect(isRegionCode('991124')).toBe(false);
    expect(isRegionCode('810000')).toBe(false); // Hong Kong is outside mainland codes
    expect(isRegionCode('14112x')).toBe(false);
  });

  it('reads the level, province and city from the code', () => {
    expect(regionLevel('140000')).toBe('province');
    expect(regionLevel('141100')).toBe('city');
    expect(regionLevel('141124')).toBe('county');
    expect(regionLevel('abc')).toBeUndefined();
    expect(provinceOf('141124')).toBe('140000');
    expect(cityOf('141124')).toBe('141100');
    expect(cityOf('141100')).toBe('141100');
    expect(cityOf('140000')).toBeUndefined();
    expect(cityOf('110105')).toBe('110000'); // municipality district
    expect(cityOf('500237')).toBe('500000');
    expect(cityOf('110000')).toBe('110000');
    expect(cityOf('419001')).toBe('419001'); // 济源, administered by the province
  });

  it('strips trailing 00 pairs for prefixes', () => {
    expect(regionPrefix('320000')).toBe('32');
    expect(regionPrefix('440300')).toBe('4403');
    expect(regionPrefix('141123')).toBe('141123');
    expect(regionPrefix('110000')).toBe('11');
  });

  it('matches sites per the matching contract', () => {
    expect(siteMatches('320000', '320505')).toBe(true);
    expect(siteMatches('440300', '440305')).toBe(true);
    expect(siteMatches('440300', '440105')).toBe(false);
    expect(siteMatches('320505', '320505')).toBe(true);
    expect(siteMatches('320505', '320506')).toBe(false);
  });

  it('checks scopes', () => {
    expect(inScope('', '141124')).toBe(true);
    expect(inScope('14', '141124')).toBe(true);
    expect(inScope('1411', '141124')).toBe(true);
    expect(inScope('141123', '141124')).toBe(false);
    expect(inScope('15', '141124')).toBe(false);
    expect(inScope('140000', '141124')).toBe(true);
  });
});

describe('short names', () => {
  it('drops the administrative suffix', () => {
    expect(shortRegionName('苏州市')).toBe('苏州');
    expect(shortRegionName('江苏省')).toBe('江苏');
    expect(shortRegionName('吴中区')).toBe('吴中');
    expect(shortRegionName('浦东新区')).toBe('浦东');
    expect(shortRegionName('神农架林区')).toBe('神农架');
    expect(shortRegionName('阿里地区')).toBe('阿里');
    expect(shortRegionName('锡林郭勒盟')).toBe('锡林郭勒');
  });

  it('drops ethnic groups of autonomous units', () => {
    expect(shortRegionName('恩施土家族苗族自治州')).toBe('恩施');
    expect(shortRegionName('新疆维吾尔自治区')).toBe('新疆');
    expect(shortRegionName('内蒙古自治区')).toBe('内蒙古');
    expect(shortRegionName('广西壮族自治区')).toBe('广西');
    expect(shortRegionName('伊犁哈萨克自治州')).toBe('伊犁');
    expect(shortRegionName('克孜勒苏柯尔克孜自治州')).toBe('克孜勒苏');
    expect(shortRegionName('积石山保安族东乡族撒拉族自治县')).toBe('积石山');
    expect(shortRegionName('长白朝鲜族自治县')).toBe('长白');
    expect(shortRegionName('鄂伦春自治旗')).toBe('鄂伦春');
  });

  it('keeps names whose stem would be one character', () => {
    expect(shortRegionName('临县')).toBe('临县');
    expect(shortRegionName('城区')).toBe('城区');
    expect(shortRegionName('矿区')).toBe('矿区');
  });
});

describe('the shipped data', () => {
  it('has the three levels and sane counts', () => {
    const all = regionIndex().regions;
    const count = (level: string): number => all.filter((r) => r.level === level).length;
    expect(count('province')).toBe(31);
    expect(count('city')).toBeGreaterThanOrEqual(330);
    expect(count('county')).toBeGreaterThanOrEqual(2800);
    const misplaced = all.filter((r) => !isRegionCode(r.code) || r.lat < 3 || r.lat > 54 || r.lon < 73 || r.lon > 136);
    expect(misplaced).toEqual([]);
    // Only a handful of counties lack a point of their own in the sources.
    expect(all.filter((r) => r.approx).length).toBeLessThan(40);
  });

  it('knows Shanxi and Suzhou', () => {
    expect(regionsUnder('14', 'city')).toHaveLength(11);
    expect(getRegion('140100')?.name).toBe('太原市');
    expect(getRegion('141100')?.name).toBe('吕梁市');
    expect(getRegion('141124')?.name).toBe('临县');
    expect(getRegion('141123')?.name).toBe('兴县');
    expect(getRegion('320500')?.name).toBe('苏州市');
    expect(getRegion('320506')?.name).toBe('吴中区');
    expect(regionsUnder('1411', 'county').map((r) => r.code)).toContain('141124');
    expect(regionsUnder('141100').every((r) => r.level === 'county')).toBe(true);
    expect(regionsUnder('').length).toBe(regionIndex().regions.length);
  });

  it('places 临县 at its seat, about 48 km north-west of 离石', () => {
    const linxian = getRegion('141124');
    expect(linxian?.approx).toBe(false);
    expect(linxian?.lat).toBeCloseTo(37.95, 1);
    expect(linxian?.lon).toBeCloseTo(110.99, 1);
    expect(getRegion('140000')?.lat).toBeCloseTo(getRegion('140100')?.lat ?? 0, 5); // capital
  });

  it('models municipalities and province-administered units', () => {
    expect(getRegion('110105')?.parent).toBe('110000');
    expect(getRegion('500237')?.parent).toBe('500000');
    expect(getRegion('110100')).toBeUndefined();
    expect(getRegion('419001')?.parent).toBe('410000');
    expect(getRegion('429004')?.name).toBe('仙桃市');
    expect(fullName('429004')).toBe('湖北省仙桃市');
    expect(fullName('110105')).toBe('北京市朝阳区');
  });

  it('leaves out statistics-only units', () => {
    expect(getRegion('320571')).toBeUndefined(); // 苏州工业园区
    expect(getRegion('320576')).toBeUndefined();
  });

  it('gives full names', () => {
    expect(fullName('141124')).toBe('山西省吕梁市临县');
    expect(fullName('141100')).toBe('山西省吕梁市');
    expect(fullName('140000')).toBe('山西省');
    expect(fullName('999999')).toBeUndefined();
  });
});

describe('resolveRegion', () => {
  const county = { levels: ['county'] as const };

  it('resolves by code', () => {
    expect(code(resolveRegion('141124'))).toBe('141124');
    expect(code(resolveRegion(' １４１１２４ '))).toBe('141124');
    const unknown = resolveRegion('141199');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.reason.en).toContain('141199');
  });

  it('resolves names with or without their parents', () => {
    for (const text of ['临县', '吕梁市临县', '山西省吕梁市临县', '山西临县', '吕梁临县', '山西省临县', '山西吕梁临县', '山西省 吕梁市 临县']) {
      expect(code(resolveRegion(text, county)), text).toBe('141124');
    }
    expect(code(resolveRegion('兴县', county))).toBe('141123');
    expect(code(resolveRegion('苏州市吴中区', county))).toBe('320506');
    expect(code(resolveRegion('吴中', county))).toBe('320506');
  });

  it('normalises full-width input', () => {
    expect(code(resolveRegion('　山西省吕梁市临县　', county))).toBe('141124');
  });

  it('accepts short names where unambiguous', () => {
    expect(code(resolveRegion('苏州'))).toBe('320500');
    expect(code(resolveRegion('江苏'))).toBe('320000');
    expect(code(resolveRegion('江苏省'))).toBe('320000');
    expect(code(resolveRegion('北京'))).toBe('110000');
    expect(code(resolveRegion('内蒙古'))).toBe('150000');
    expect(code(resolveRegion('Jiangsu'))).toBe('320000');
  });

  it('lists candidates for an ambiguous name', () => {
    const result = resolveRegion('城区', county);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.candidates?.map((r) => r.code).sort()).toEqual(['140302', '140502', '441502']);
    expect(result.reason.zh).toContain('山西省阳泉市城区 140302');
    expect(result.reason.en).toContain('山西省晋城市城区 140502');

    const chaoyang = resolveRegion('朝阳区', county);
    expect(chaoyang.ok).toBe(false);
    if (!chaoyang.ok) expect(chaoyang.candidates?.map((r) => r.code).sort()).toEqual(['110105', '220104']);
    expect(code(resolveRegion('北京市朝阳区', county))).toBe('110105');
    expect(code(resolveRegion('阳泉城区', county))).toBe('140302');
  });

  it('refuses unknown names', () => {
    const result = resolveRegion('火星市', county);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.zh).toContain('火星市');
      expect(result.candidates).toBeUndefined();
    }
    expect(resolveRegion('', county).ok).toBe(false);
  });

  it('refuses a region of a level not allowed, saying so', () => {
    const city = resolveRegion('吕梁市', county);
    expect(city.ok).toBe(false);
    if (!city.ok) {
      expect(city.reason.zh).toContain('地级');
      expect(city.reason.en).toContain('county-level');
    }
    const byCode = resolveRegion('140000', county);
    expect(byCode.ok).toBe(false);
    if (!byCode.ok) expect(byCode.reason.en).toContain('province-level');
    expect(resolveRegion('临县', { levels: ['province', 'city'] }).ok).toBe(false);
  });

  it('takes the bigger namesake of a short name, never a smaller one', () => {
    // "河南" is the province, and also 河南蒙古族自治县 in Qinghai.
    const result = resolveRegion('河南', county);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.candidates?.map((r) => r.code)).toContain('410000');
    expect(code(resolveRegion('河南', { levels: ['province', 'city'] }))).toBe('410000');
    expect(code(resolveRegion('朝阳', { levels: ['city'] }))).toBe('211300');
    expect(resolveRegion('朝阳', county).ok).toBe(false);
    expect(resolveRegion('吉林', { levels: ['city'] }).ok).toBe(false);
    expect(code(resolveRegion('河南省', { levels: ['province'] }))).toBe('410000');
  });

  it('lets municipalities serve as cities and cities without counties as counties', () => {
    expect(code(resolveRegion('北京市', { levels: ['city', 'county'] }))).toBe('110000');
    expect(code(resolveRegion('东莞市', county))).toBe('441900');
    expect(code(resolveRegion('441900', county))).toBe('441900');
    expect(resolveRegion('山西省', { levels: ['city'] }).ok).toBe(false);
    expect(code(resolveRegion('济源', county))).toBe('419001');
    expect(code(resolveRegion('河南省济源市', county))).toBe('419001');
  });

});

describe('buildRegionIndex on test records', () => {
  const records = [
    region('140000', '山西省', ''),
    region('140300', '阳泉市', '140000'),
    region('140302', '城区', '140300'),
    region('140500', '晋城市', '140000'),
    region('140502', '城区', '140500'),
    region('110000', '北京市', ''),
    region('110105', '朝阳区', '110000'),
  ];
  const index = buildRegionIndex(records);

  it('resolves within the given records only', () => {
    expect(code(index.resolve('阳泉市城区'))).toBe('140302');
    expect(code(index.resolve('朝阳区'))).toBe('110105');
    expect(index.resolve('城区').ok).toBe(false);
    expect(index.resolve('临县').ok).toBe(false);
    expect(index.servesAs(records[5], 'city')).toBe(true);
    expect(index.under('14', 'county').map((r) => r.code)).toEqual(['140302', '140502']);
  });

  it('refuses broken trees', () => {
    expect(() => buildRegionIndex([region('140300', '阳泉市', '140000')])).toThrow(/unknown parent/);
    expect(() => buildRegionIndex([region('140000', '山西省', ''), region('140000', '山西省', '')])).toThrow(/duplicate/);
  });
});
