// A cascader of the regions inside the officer's own one (province → city → county),
// children loaded as they are opened. It can only narrow the officer's reach, as the API's
// ?region= can.
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchClient } from '../../api/client';

type Option = { value: string; label: string; isLeaf?: boolean; children?: Option[] };
type RegionRow = { code: string; name: string; level: string };

async function childrenOf(parent: string): Promise<Option[]> {
  const { data } = await fetchClient.GET('/api/regions', { params: { query: parent ? { parent } : {} } });
  const items = ((data as { items?: RegionRow[] } | undefined)?.items ?? []);
  return items.map((r) => ({ value: r.code, label: r.name, isLeaf: r.level === 'county' }));
}

/** '14' → 140000; '' → '' (the country: the provinces are its children). */
const codeOf = (prefix: string) => (prefix === '' ? '' : prefix.padEnd(6, '0'));

type Props = { scopePrefix: string; scopeName: string; value: string | undefined; onChange: (prefix: string | undefined) => void };

export function RegionFilter({ scopePrefix, scopeName, value, onChange }: Props) {
  const { t } = useTranslation();
  const [options, setOptions] = useState<Option[]>([]);
  const own = codeOf(scopePrefix);
  const isCounty = scopePrefix.length >= 6;

  useEffect(() => {
    let live = true;
    if (isCounty) setOptions([{ value: own, label: scopeName, isLeaf: true }]);
    else void childrenOf(own).then((children) => { if (live) setOptions(children); });
    return () => { live = false; };
  }, [own, scopeName, isCounty]);

  const loadData = async (path: Option[]) => {
    const target = path[path.length - 1];
    target.children = await childrenOf(target.value);
    setOptions((current) => [...current]);
  };

  return (
    <Cascader<Option>
      aria-label={t('dashboard.regionFilter')}
      data-testid="region-filter"
      options={options}
      loadData={(path) => void loadData(path)}
      changeOnSelect
      allowClear
      disabled={isCounty}
      placeholder={t('dashboard.allOf', { region: scopeName })}
      style={{ width: 280 }}
      onChange={(path) => {
        const last = (path as string[] | undefined)?.at(-1);
        onChange(last ? prefixOf(last) : undefined);
      }}
      value={value ? pathOf(value, scopePrefix) : undefined}
    />
  );
}

/** 141100 → 1411; 141123 → 141123; 140000 → 14. */
function prefixOf(code: string): string {
  let prefix = code;
  while (prefix.length > 2 && prefix.endsWith('00')) prefix = prefix.slice(0, -2);
  return prefix;
}

/** The cascader path from below the officer's region down to a prefix's region. */
function pathOf(prefix: string, scopePrefix: string): string[] {
  const path: string[] = [];
  for (let n = scopePrefix.length + 2; n <= prefix.length; n += 2) path.push(prefix.slice(0, n).padEnd(6, '0'));
  return path;
}
