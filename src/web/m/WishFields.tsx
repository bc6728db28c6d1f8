// Wishes as both the registration and the wishes page ask them: industries (up to three),
// destination provinces (up to three), the lowest monthly wage, certificates held.
import type { Wishes } from './contract';
import { useLang } from './i18n';
import { useProvinces } from './RegionPicker';
import { Chips, ProblemBox, useCatalog } from './ui';

export type WishDraft = Omit<Wishes, 'minWage'> & { minWage: string };

export const MAX_WISHES = 3;

export function wishesOf(draft: WishDraft): Wishes {
  // An empty wage is "any", which the API spells 0.
  const wage = Number(draft.minWage.trim() || '0');
  return { industries: draft.industries, destinations: draft.destinations, certificates: draft.certificates, minWage: Number.isFinite(wage) ? Math.round(wage) : 0 };
}

export function WishFields({ value, onChange, errors }: { value: WishDraft; onChange: (next: WishDraft) => void; errors: Record<string, string> }) {
  const { lang, t } = useLang();
  const industries = useCatalog('industries');
  const certificates = useCatalog('certificates');
  const provinces = useProvinces();
  const remaining = provinces.items.filter((p) => !value.destinations.includes(p.code));
  // Destinations are 6-digit region codes, or 2-digit province codes from older records.
  const nameOf = (code: string) => provinces.items.find((p) => p.code === code || p.code === `${code}0000` || p.name === code)?.name ?? code;
  return (
    <>
      <Chips legend={t('industries')} name="industries" max={MAX_WISHES} value={value.industries} onChange={(industries) => onChange({ ...value, industries })}
        options={industries.items.map((i) => ({ value: i.code, label: i[lang] }))} />
      <ProblemBox problem={industries.problem} onRetry={industries.reload} />
      <FieldError text={errors.industries} />

      <fieldset className="chips">
        <legend>{t('destinations')}</legend>
        <ul className="picked">
          {value.destinations.map((code) => (
            <li key={code}>
              <span>{nameOf(code)}</span>
              <button type="button" className="link" aria-label={`${t('remove')} ${nameOf(code)}`}
                onClick={() => onChange({ ...value, destinations: value.destinations.filter((d) => d !== code) })}>✕ {t('remove')}</button>
            </li>
          ))}
        </ul>
        {value.destinations.length < MAX_WISHES && (
          <label>{t('addDestination')}
            <select data-testid="destination-add" value="" onChange={(e) => { if (e.target.value) onChange({ ...value, destinations: [...value.destinations, e.target.value] }); }}>
              <option value="">{t('choose')}</option>
              {remaining.map((p) => <option key={p.code} value={p.code}>{p.name}</option>)}
            </select>
          </label>
        )}
        <ProblemBox problem={provinces.problem} onRetry={provinces.reload} />
      </fieldset>
      <FieldError text={errors.destinations} />

      <label>{t('minWage')}
        <input name="minWage" type="number" inputMode="numeric" min={0} step={100} value={value.minWage}
          aria-invalid={errors.minWage ? true : undefined} onChange={(e) => onChange({ ...value, minWage: e.target.value })} />
      </label>
      <FieldError text={errors.minWage} />

      <Chips legend={t('certificates')} name="certificates" value={value.certificates} onChange={(certs) => onChange({ ...value, certificates: certs })}
        options={certificates.items.map((c) => ({ value: c.code, label: c[lang] }))} />
      <ProblemBox problem={certificates.problem} onRetry={certificates.reload} />
      <FieldError text={errors.certificates} />
    </>
  );
}

export function FieldError({ text, id }: { text?: string; id?: string }) {
  return text ? <p className="field-error" id={id} role="alert">{text}</p> : null;
}
