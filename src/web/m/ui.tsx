// The pieces every phone page shares: loading / empty / error states (with a retry), a
// data hook over api.call, checkbox chips, and the catalogue and region look-ups.
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { call, type Problem, type Result } from './api';
import type { CatalogItem, Provision, Region } from './contract';
import { type Lang, useLang } from './i18n';

export function messageOf(problem: Problem, lang: Lang, offline: string): string {
  return problem.offline ? offline : (problem[lang] || problem.zh);
}

/** The server's refusal as messages per form field (every issue when it names several). */
export function fieldErrors(problem: Problem, lang: Lang): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of problem.issues ?? []) errors[issue.field] ??= issue[lang] || issue.zh;
  if (problem.field) errors[problem.field] ??= problem[lang] || problem.zh;
  return errors;
}

export function ProblemBox({ problem, onRetry }: { problem: Problem | undefined; onRetry?: () => void }) {
  const { lang, t } = useLang();
  if (!problem) return null;
  return (
    <div role="alert" className="error">
      <p>{messageOf(problem, lang, t('offline'))}</p>
      {onRetry && <button type="button" className="secondary" onClick={onRetry}>{t('retry')}</button>}
    </div>
  );
}

export function Loading() {
  const { t } = useLang();
  return <p role="status" className="muted">{t('loading')}</p>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

export type Load<T> = { data?: T; problem?: Problem; loading: boolean; reload: () => void; set: (data: T) => void };

/** GETs `path` whenever `key` changes; the last good answer stays shown while reloading. */
export function useLoad<T>(path: string | undefined, query: Record<string, string | number | undefined> = {}, key = ''): Load<T> {
  const [state, setState] = useState<{ data?: T; problem?: Problem; loading: boolean }>({ loading: path !== undefined });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    if (path === undefined) return;
    let live = true;
    setState((s) => ({ ...s, loading: true, problem: undefined }));
    void call<T>('GET', path, { query: JSON.parse(queryKey) as Record<string, string> }).then((result: Result<T>) => {
      if (!live) return;
      setState((s) => (result.ok ? { data: result.data, loading: false } : { data: s.data, problem: result.problem, loading: false }));
    });
    return () => { live = false; };
  }, [path, queryKey, key, round]);
  return { ...state, reload, set: (data: T) => setState({ data, loading: false }) };
}

/** State of a page: the loading line, the error with a retry, or the content. */
export function Loaded<T>({ load, children }: { load: Load<T>; children: (data: T) => ReactNode }) {
  if (load.data !== undefined) return <>{load.problem && <ProblemBox problem={load.problem} onRetry={load.reload} />}{children(load.data)}</>;
  if (load.problem) return <ProblemBox problem={load.problem} onRetry={load.reload} />;
  return <Loading />;
}

const catalogs = new Map<string, Promise<Result<{ items: CatalogItem[] }>>>();

/** Industries or certificates, fetched once per visit (a failed fetch is tried again). */
export function useCatalog(kind: 'industries' | 'certificates'): { items: CatalogItem[]; problem?: Problem; reload: () => void } {
  const [state, setState] = useState<{ items: CatalogItem[]; problem?: Problem }>({ items: [] });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    let pending = catalogs.get(kind);
    if (!pending) { pending = call<{ items: CatalogItem[] }>('GET', `/api/${kind}`); catalogs.set(kind, pending); }
    void pending.then((result) => {
      if (!result.ok) catalogs.delete(kind);
      if (live) setState(result.ok ? { items: result.data.items } : { items: [], problem: result.problem });
    });
    return () => { live = false; };
  }, [kind, round]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}

export function catalogName(items: CatalogItem[], code: string, lang: Lang): string {
  const item = items.find((i) => i.code === code);
  return item ? item[lang] : code;
}

const regions = new Map<string, Promise<Result<{ items: Region[] }>>>();

/** The regions under `parent` ('' for provinces), one request per parent and visit. */
export function fetchRegions(parent: string): Promise<Result<{ items: Region[] }>> {
  let pending = regions.get(parent);
  if (!pending) {
    pending = call<{ items: Region[] }>('GET', '/api/regions', { query: { parent: parent || undefined } });
    regions.set(parent, pending);
    void pending.then((result) => { if (!result.ok) regions.delete(parent); });
  }
  return pending;
}

/** A group of checkboxes drawn as large chips; at most `max` ticked. */
export function Chips({ legend, options, value, onChange, max, name }: {
  legend: string; name: string; options: { value: string; label: string }[]; value: string[]; onChange: (next: string[]) => void; max?: number;
}) {
  return (
    <fieldset className="chips">
      <legend>{legend}</legend>
      <div>
        {options.map((option) => {
          const checked = value.includes(option.value);
          const full = max !== undefined && !checked && value.length >= max;
          return (
            <label key={option.value} className={checked ? 'chip on' : 'chip'}>
              <input type="checkbox" name={name} value={option.value} checked={checked} disabled={full}
                onChange={() => onChange(checked ? value.filter((v) => v !== option.value) : [...value, option.value])} />
              {option.label}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

const PROVISION = {
  housing: { provided: { zh: '包住', en: 'Housing provided' }, allowance: { zh: '发住房补贴', en: 'Housing allowance' } },
  meals: { provided: { zh: '包吃', en: 'Meals provided' }, allowance: { zh: '发餐补', en: 'Meal allowance' } },
} as const;

/** Housing or meals as a vacancy states them ('provided' | 'allowance' | 'none' | null). */
export function provisionText(lang: Lang, kind: 'housing' | 'meals', value: Provision): string {
  if (value === 'provided' || value === 'allowance') return PROVISION[kind][value][lang];
  if (value === 'none') return lang === 'zh' ? '不提供' : 'Not provided';
  return lang === 'zh' ? '未说明' : 'Not stated';
}

export function formatWage(lang: Lang, wage: number, wageMax?: number | null): string {
  const n = (v: number) => v.toLocaleString('zh-CN');
  const range = wageMax && wageMax > wage ? `${n(wage)}–${n(wageMax)}` : n(wage);
  return lang === 'zh' ? `${range} 元` : `¥${range}`;
}

/** 'YYYY-MM-DD' or an ISO time, shown in China's time zone. */
export function formatDate(lang: Lang, value: string | null, withTime = false): string {
  if (value === null) return lang === 'zh' ? '待定' : 'to be set';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
}
