// One vacancy: employer, site, wage, hours, housing and meals, certificates asked, and the
// "I'm interested" mark that officers and the employer see beside the worker.
import { useState } from 'react';
import { call, type Problem } from './api';
import type { VacancyDetail as Detail } from './contract';
import { useLang } from './i18n';
import { href } from './router';
import { catalogName, formatDate, formatWage, Loaded, ProblemBox, provisionText, useCatalog, useLoad } from './ui';

export function VacancyDetail({ id }: { id: string }) {
  const { lang, t } = useLang();
  const certificates = useCatalog('certificates');
  const industries = useCatalog('industries');
  const vacancy = useLoad<Detail>(`/api/m/vacancies/${encodeURIComponent(id)}`);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  async function toggle(current: Detail) {
    setBusy(true);
    setProblem(undefined);
    const result = await call('PUT', `/api/m/vacancies/${encodeURIComponent(id)}/interest`, { body: { interested: !current.interested } });
    setBusy(false);
    if (!result.ok) return setProblem(result.problem);
    vacancy.set({ ...current, interested: !current.interested });
  }

  return (
    <section data-testid="vacancy">
      <p><a href={href('/vacancies')} className="quiet">‹ {t('back')}</a></p>
      <Loaded load={vacancy}>
        {(v) => (
          <article className="card">
            <h2>{v.title}</h2>
            <dl>
              <dt>{t('employer')}</dt><dd>{v.employerName}</dd>
              <dt>{t('site')}</dt><dd>{v.siteName}</dd>
              {v.siteAddress && <><dt>{t('address')}</dt><dd>{v.siteAddress}</dd></>}
              <dt>{t('industry')}</dt><dd>{catalogName(industries.items, v.industry, lang)}</dd>
              <dt>{t('wage')}</dt><dd><strong>{formatWage(lang, v.wage, v.wageMax)}</strong></dd>
              <dt>{t('startDate')}</dt><dd>{formatDate(lang, v.startDate)}</dd>
              <dt>{t('headcountLabel')}</dt><dd>{v.headcount}</dd>
              {(v.ageMin !== null || v.ageMax !== null) && <><dt>{t('age')}</dt><dd>{`${v.ageMin ?? ''}–${v.ageMax ?? ''}`}</dd></>}
              <dt>{t('accommodation')}</dt><dd>{provisionText(lang, 'housing', v.accommodation)}</dd>
              <dt>{t('meals')}</dt><dd>{provisionText(lang, 'meals', v.meals)}</dd>
              {v.contactName && <><dt>{t('contact')}</dt><dd>{v.contactName}</dd></>}
              <dt>{t('certificatesAsked')}</dt>
              <dd>{v.certificates?.length ? v.certificates.map((c) => catalogName(certificates.items, c, lang)).join('、') : t('none')}</dd>
            </dl>
            <button type="button" className={v.interested ? 'toggle on' : 'toggle'} aria-pressed={v.interested} disabled={busy}
              data-testid="interest" onClick={() => void toggle(v)}>
              {v.interested ? `★ ${t('interestedOn')}` : `☆ ${t('interested')}`}
            </button>
            <p className="muted">{t('interestedNote')}</p>
            <ProblemBox problem={problem} />
          </article>
        )}
      </Loaded>
    </section>
  );
}
