// The checks of one person in two taps: identity and security default to passed, a
// temperature chip (or the keypad for anything else), then Record.
import { useState } from 'react';
import type { CheckFields } from '../../departure/state';
import { useText } from './i18n';

const CHIPS = ['36.2', '36.4', '36.5', '36.6', '36.8', '37.0'];
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '0'];

/** What was typed on the keypad as °C with one decimal: "365" and "36.5" are both 36.5. */
export function temperatureOf(typed: string): number | undefined {
  const text = /^\d{3}$/.test(typed) ? `${typed.slice(0, 2)}.${typed.slice(2)}` : typed;
  if (!/^\d{2}(\.\d)?$/.test(text)) return undefined;
  const value = Number(text);
  return value >= 34 && value <= 43 ? value : undefined;
}

function Toggle<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: [V, string][]; onChange: (v: V) => void }) {
  return (
    <div className="toggle" role="group" aria-label={label}>
      <span className="toggle-label">{label}</span>
      {options.map(([v, text]) => (
        <button key={v} type="button" aria-pressed={value === v} className={value === v ? `on ${v}` : ''} onClick={() => onChange(v)}>{text}</button>
      ))}
    </div>
  );
}

export function CheckPanel({ onRecord, busy }: { onRecord: (fields: CheckFields) => void; busy: boolean }) {
  const { t } = useText();
  const [identity, setIdentity] = useState<CheckFields['identity']>('verified');
  const [security, setSecurity] = useState<CheckFields['security']>('passed');
  const [typed, setTyped] = useState('');
  const temperature = temperatureOf(typed);

  return (
    <section className="checks" aria-label={t('record')}>
      <Toggle label={t('identity')} value={identity} options={[['verified', t('verified')], ['mismatch', t('mismatch')]]} onChange={setIdentity} />
      <Toggle label={t('security')} value={security} options={[['passed', t('passed')], ['failed', t('failed')]]} onChange={setSecurity} />
      <div className="temp">
        <span className="toggle-label" id="temp-label">{t('temperature')}</span>
        <output className="temp-value" aria-labelledby="temp-label" data-testid="temperature">{typed || '–'}</output>
        <div className="chips">
          {CHIPS.map((c) => <button key={c} type="button" aria-pressed={typed === c} onClick={() => setTyped(c)}>{c}</button>)}
        </div>
        <div className="keypad" role="group" aria-label={t('keypad')}>
          {KEYS.map((k) => <button key={k} type="button" onClick={() => setTyped((v) => (v.length < 4 ? v + k : v))}>{k}</button>)}
          <button type="button" aria-label={t('backspace')} onClick={() => setTyped((v) => v.slice(0, -1))}>⌫</button>
        </div>
        {typed.length >= 3 && temperature === undefined && <p className="warn" role="alert">{t('tempRange')}</p>}
      </div>
      <button type="button" className="record" disabled={busy || temperature === undefined}
        onClick={() => temperature !== undefined && onRecord({ identity, security, temperature })}>
        {t('record')}
      </button>
    </section>
  );
}
