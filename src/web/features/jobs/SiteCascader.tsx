// A vacancy's site picked as province → city → county (children loaded when opened), as a
// form control whose value is the 6-digit code the API takes. A city is a valid site, so
// any level may be chosen; a municipality's districts sit right under the province.
import { Cascader } from 'antd';
import { useEffect, useState } from 'react';
import { fetchClient } from '../../api/client';

type Option = { value: string; label: string; isLeaf?: boolean; children?: Option[] };

async function childrenOf(parent: string): Promise<Option[]> {
  const { data } = await fetchClient.GET('/api/regions', { params: { query: parent ? { parent } : {} } });
  return (data?.items ?? []).map((r) => ({ value: r.code, label: r.name, isLeaf: r.level === 'county' }));
}

/** The options with the branches down to `code` loaded, and the path to it. */
async function preload(code: string | undefined): Promise<{ options: Option[]; path: string[] }> {
  const options = await childrenOf('');
  if (!code || !/^\d{6}$/.test(code)) return { options, path: [] };
  const province = options.find((o) => o.value === `${code.slice(0, 2)}0000`);
  if (!province) return { options, path: [] };
  if (province.value === code) return { options, path: [code] };
  province.children = await childrenOf(province.value);
  const city = province.children.find((o) => o.value === `${code.slice(0, 4)}00`);
  if (!city || city.value === code) return { options, path: [province.value, code] };
  city.children = await childrenOf(city.value);
  return { options, path: [province.value, city.value, code] };
}

type Props = { id?: string; value?: string; onChange?: (code: string | undefined) => void; 'aria-describedby'?: string; testId?: string };

export function SiteCascader({ id, value, onChange, testId, ...aria }: Props) {
  const [options, setOptions] = useState<Option[]>([]);
  const [path, setPath] = useState<string[]>([]);

  // Loaded once for the value the form starts with; later picks carry their own path.
  useEffect(() => {
    let live = true;
    void preload(value).then((loaded) => {
      if (!live) return;
      setOptions(loaded.options);
      setPath(loaded.path);
    });
    return () => { live = false; };
  }, []);

  const loadData = async (selected: Option[]) => {
    const target = selected[selected.length - 1];
    target.children = await childrenOf(target.value);
    if (target.children.length === 0) target.isLeaf = true;
    setOptions((current) => [...current]);
  };

  return (
    <Cascader<Option>
      id={id}
      aria-describedby={aria['aria-describedby']}
      data-testid={testId}
      options={options}
      loadData={(selected) => void loadData(selected)}
      changeOnSelect
      showSearch={false}
      value={path.length ? path : undefined}
      onChange={(next) => {
        const chosen = (next as string[] | undefined) ?? [];
        setPath(chosen);
        onChange?.(chosen.at(-1));
      }}
      style={{ width: '100%' }}
    />
  );
}
