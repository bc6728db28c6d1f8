// The campaign's approved vacancies, filtered by industry, province and wage; the filters
// are kept for the visit, so coming back from a vacancy finds the same list.
import { type FormEvent, useState } from 'react';
import type { Vacancies as VacancyPage } from './contract';
import { useDraft } from './draft';
import { useLang } from './i18n';
import { useProvinces } from './RegionPicker';
import { href } from './router';
import { catalogName, Empty, formatDate, formatWage, Loaded, useCatalog, useLoad } from './ui';

type Filters = { industry: string; province: string; minWage: string; page: number };
const PAGE_SIZE = 20;

export function Vacancies() {
  const { lang, t } = useLang();
  const industries = useCatalog('industries');
  const provinces = useProvinces();
  const [filters, setFilters] = useDraft<Filters>('menkou.m.vacancies', { industry: '', province: '', minWage: '', page: 1 });
  const [form, setForm] = useState(filters);
  const list = useLoad<VacancyPage>('/api/m/vacancies', {
    industry: filters.industry || undefined, province: filters.province || undefined,
    minWage: filters.minWage ? Number(filters.minWage) : undefined, page: filters.page,
  });
  const apply = (event: FormEvent) => { event.preventDefault(); setFilters({ ...form, page: 1 }); };
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  return (
    <section data-testid="vacancies">
      <h2>{t('vacanciesTitle')}</h2>
      <form className="filters" onSubmit={apply} role="search" noValidate>
        <label>{t('industry')}
          <select name="industry" value={form.industry} onChange={(e) => setForm({ ...form, industry: e.target.value })}>
            <option value="">{t('anyIndustry')}</option>
            {industries.items.map((i) => <option key={i.code} value={i.code}>{i[lang]}</option>)}
          </select>
        </label>
        <label>{t('province')}
          <select name="province" value={form.province} onChange={(e) => setForm({ ...form, province: e.target.value })}>
            <option value="">{t('anyProvince')}</option>
            {provinces.items.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
          </select>
        </label>
        <label>{t('wageAtLeast')}
          <input name="minWage" type="number" inputMode="numeric" min={0} step={500} value={form.minWage} onChange={(e) => setForm({ ...form, minWage: e.target.value })} />
        </label>
        <button type="submit">{t('filter')}</button>
      </form>
      <Loaded load={list}>
        {(data) => data.items.length === 0 ? <Empty>{t('noVacancies')}</Empty> : (
          <>
            <p role="status" className="muted">{t('found', { n: data.total })}</p>
            <ul className="vacancies" aria-busy={list.loading || undefined}>
              {data.items.map((v) => (
                <li key={v.id}>
                  <a href={href(`/vacancies/${encodeURIComponent(v.id)}`)} data-testid="vacancy-link">
                    <span className="job-title">{v.title}{v.interested ? <span className="badge"> ★ {t('interested')}</span> : null}</span>
                    <span>{v.employerName} · {v.siteName}</span>
                    <span><strong>{formatWage(lang, v.wage, v.wageMax)}</strong> · {catalogName(industries.items, v.industry, lang)} · {t('headcount', { n: v.headcount })}</span>
                    <span className="muted">{t('startDate')} {formatDate(lang, v.startDate)}</span>
                  </a>
                </li>
              ))}
            </ul>
            {pages > 1 && (
              <nav className="actions" aria-label={t('found', { n: data.total })}>
                <button type="button" className="secondary" disabled={filters.page <= 1} onClick={() => setFilters({ ...filters, page: filters.page - 1 })}>‹ {filters.page - 1}</button>
                <span className="page">{filters.page} / {pages}</span>
                <button type="button" className="secondary" disabled={filters.page >= pages} onClick={() => setFilters({ ...filters, page: filters.page + 1 })}>{filters.page + 1} ›</button>
              </nav>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
