// The home county as native selects, province → city → county, each list fetched when its
// parent is chosen (the full region table would outweigh the whole bundle). Municipalities
// hang their districts under the province, and a few cities have no counties: the chain
// ends wherever the chosen region has nothing below it.
import { useEffect, useState } from 'react';
import type { Problem } from './api';
import type { Region } from './contract';
import { useLang } from './i18n';
import { fetchRegions, ProblemBox } from './ui';

type Lists = (Region[] | undefined)[];

export function CountyPicker({ path, onChange, invalid }: {
  path: string[]; invalid?: boolean;
  /** The chosen codes from the province down, and the county's code once the chain ends. */
  onChange: (path: string[], county: string) => void;
}) {
  const { t } = useLang();
  const [lists, setLists] = useState<Lists>([]);
  const [problem, setProblem] = useState<Problem>();
  const [round, setRound] = useState(0);
  const pathKey = path.join(',');

  useEffect(() => {
    let live = true;
    const parents = ['', ...path];
    void Promise.all(parents.map((parent) => fetchRegions(parent))).then((results) => {
      if (!live) return;
      const failed = results.find((r) => !r.ok);
      setProblem(failed && !failed.ok ? failed.problem : undefined);
      setLists(results.map((r) => (r.ok ? r.data.items : undefined)));
    });
    return () => { live = false; };
    // pathKey stands for path; round is the retry.
  }, [pathKey, round]);

  const last = path.length - 1;
  const below = lists[path.length];
  const chosen = last >= 0 ? lists[last]?.find((r) => r.code === path[last]) : undefined;
  const county = chosen && (chosen.level === 'county' || (below !== undefined && below.length === 0)) ? chosen.code : '';
  // Until every list of the chain has arrived the end is unknown: a restored draft's county
  // must not be wiped meanwhile.
  const loaded = lists.length === path.length + 1;
  useEffect(() => {
    if (!loaded) return;
    onChange(path, county);
    // Reported when the chain's end becomes known, not on every render.
  }, [county, pathKey, loaded]);

  const levelLabel = (options: Region[], depth: number): string => {
    if (depth === 0) return t('province');
    return options.some((r) => r.level === 'city') ? t('city') : t('countyLevel');
  };

  const shown = lists.slice(0, path.length + 1);
  return (
    <fieldset className="region" aria-invalid={invalid || undefined}>
      <legend>{t('county')}</legend>
      {shown.map((options, depth) => {
        if (!options || options.length === 0) return null;
        const id = `region-${depth}`;
        return (
          <label key={id} htmlFor={id}>{levelLabel(options, depth)}
            <select id={id} data-testid={id} value={path[depth] ?? ''}
              onChange={(e) => onChange(e.target.value ? [...path.slice(0, depth), e.target.value] : path.slice(0, depth), '')}>
              <option value="">{t('choose')}</option>
              {options.map((r) => <option key={r.code} value={r.code}>{r.name}</option>)}
            </select>
          </label>
        );
      })}
      {lists.length === 0 && !problem && <p className="muted">{t('loading')}</p>}
      <ProblemBox problem={problem} onRetry={() => setRound((r) => r + 1)} />
    </fieldset>
  );
}

/** Provinces, for the destination list and the vacancy filter. */
export function useProvinces(): { items: Region[]; problem?: Problem; reload: () => void } {
  const [state, setState] = useState<{ items: Region[]; problem?: Problem }>({ items: [] });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchRegions('').then((r) => { if (live) setState(r.ok ? { items: r.data.items } : { items: [], problem: r.problem }); });
    return () => { live = false; };
  }, [round]);
  return { ...state, reload: () => setRound((r) => r + 1) };
}
