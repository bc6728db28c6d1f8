import { describe, expect, it } from 'vitest';
import {
  type CatalogResolution,
  buildCatalog,
  certificateName,
  certificates,
  getCertificate,
  industries,
  industryName,
  isCertificateCode,
  isIndustryCode,
  resolveCertificate,
  resolveIndustry,
} from './catalog.js';

function code(result: CatalogResolution): string | undefined {
  return result.ok ? result.item.code : undefined;
}

describe('the shipped industries', () => {
  it('has the industries labour export needs, under stable codes', () => {
    const codes = industries().items.map((i) => i.code);
    for (const wanted of [
      'catering', 'logistics', 'manufacturing', 'domestic-service', 'caregiving', 'security', 'construction',
      'electronics', 'retail', 'hotel', 'cleaning', 'agriculture', 'textile', 'auto',
    ]) {
      expect(codes).toContain(wanted);
    }
  });

  it('resolves by code, Chinese or English name and alias, any case and width', () => {
    expect(code(resolveIndustry('catering'))).toBe('catering');
    expect(code(resolveIndustry('餐饮'))).toBe('catering');
    expect(code(resolveIndustry('快递物流'))).toBe('logistics');
    expect(code(resolveIndustry('物流'))).toBe('logistics');
    expect(code(resolveIndustry('快递'))).toBe('logistics');
    expect(code(resolveIndustry('LOGISTICS'))).toBe('logistics');
    expect(code(resolveIndustry('ｃａｔｅｒｉｎｇ'))).toBe('catering');
    expect(code(resolveIndustry(' 制造业 '))).toBe('manufacturing');
    expect(code(resolveIndustry('Domestic service'))).toBe('domestic-service');
    expect(code(resolveIndustry('domestic_service'))).toBe('domestic-service');
    expect(code(resolveIndustry('商超'))).toBe('retail');
    expect(code(resolveIndustry('零售'))).toBe('retail');
    expect(code(resolveIndustry('汽车制造'))).toBe('auto');
  });

  it('refuses an unknown industry, listing the known ones', () => {
    const result = resolveIndustry('航天');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason.zh).toContain('航天');
      expect(result.reason.zh).toContain('餐饮');
      expect(result.reason.en).toContain('catering');
    }
    expect(resolveIndustry('').ok).toBe(false);
  });

  it('names codes', () => {
    expect(industryName('catering')).toEqual({ zh: '餐饮', en: 'Catering' });
    expect(industryName('nope')).toBeUndefined();
    expect(isIndustryCode('logistics')).toBe(true);
    expect(isIndustryCode('物流')).toBe(false);
  });
});

describe('the shipped certificates', () => {
  it('has the common vocational certificates', () => {
    for (const wanted of [
      'food-health', 'forklift', 'electrician', 'welder', 'chinese-cook', 'pastry-cook', 'infant-care', 'eldercare',
      'security-guard', 'domestic-worker', 'excavator', 'driving-licence', 'beautician', 'hairdresser',
    ]) {
      expect(isCertificateCode(wanted)).toBe(true);
    }
  });

  it('resolves names and aliases', () => {
    expect(code(resolveCertificate('健康证'))).toBe('food-health');
    expect(code(resolveCertificate('food-health'))).toBe('food-health');
    expect(code(resolveCertificate('叉车'))).toBe('forklift');
    expect(code(resolveCertificate('N1'))).toBe('forklift');
    expect(code(resolveCertificate('n1'))).toBe('forklift');
    expect(code(resolveCertificate('中式烹调师'))).toBe('chinese-cook');
    expect(code(resolveCertificate('厨师'))).toBe('chinese-cook');
    expect(code(resolveCertificate('面点师'))).toBe('pastry-cook');
    expect(code(resolveCertificate('养老护理员'))).toBe('eldercare');
    expect(code(resolveCertificate('Electrician'))).toBe('electrician');
  });

  it('ignores skill levels and the word 证 around a name', () => {
    expect(code(resolveCertificate('焊工证'))).toBe('welder');
    expect(code(resolveCertificate('电工证书'))).toBe('electrician');
    expect(code(resolveCertificate('中式烹调师（中级）'))).toBe('chinese-cook');
    expect(code(resolveCertificate('中式烹调师(四级)'))).toBe('chinese-cook');
    expect(code(resolveCertificate('高级育婴员'))).toBe('infant-care');
    expect(code(resolveCertificate('叉车证'))).toBe('forklift');
    expect(code(resolveCertificate('养老护理员职业技能等级证书'))).toBe('eldercare');
    expect(resolveCertificate('证书').ok).toBe(false);
  });

  it('lists the candidates of a name shared by two certificates', () => {
    const result = resolveCertificate('美容美发');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.candidates?.map((c) => c.code).sort()).toEqual(['beautician', 'hairdresser']);
  });

  it('refuses an unknown certificate', () => {
    const result = resolveCertificate('飞行员执照');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason.en).toContain('unknown certificate');
  });

  it('names codes', () => {
    expect(certificateName('forklift')?.zh).toBe('叉车司机');
    expect(getCertificate('welder')?.en).toBe('Welder');
    expect(certificates().items.length).toBeGreaterThan(20);
  });
});

describe('buildCatalog', () => {
  it('checks codes', () => {
    expect(() => buildCatalog('industry', [{ code: 'Food', zh: '食品', en: 'Food' }])).toThrow(/kebab-case/);
    expect(() =>
      buildCatalog('industry', [
        { code: 'a', zh: '甲', en: 'A' },
        { code: 'a', zh: '乙', en: 'B' },
      ]),
    ).toThrow(/duplicate/);
    expect(() =>
      buildCatalog('industry', [
        { code: 'a', zh: '甲', en: 'A' },
        { code: 'b', zh: '乙', en: 'B', aliases: ['a'] },
      ]),
    ).toThrow(/also a name/);
  });

  it('resolves against its own items', () => {
    const catalog = buildCatalog('certificate', [{ code: 'x-ray', zh: '射线', en: 'X-ray' }]);
    expect(code(catalog.resolve('X RAY'))).toBe('x-ray');
    expect(catalog.resolve('焊工').ok).toBe(false);
  });
});
