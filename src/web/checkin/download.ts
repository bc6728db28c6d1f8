// Both desks' first screen: the day picked, the list of that day kept on the phone (read
// from IndexedDB, so it opens offline), and downloading it again, which also sets the
// phone's offset to the server's clock. Only where the list comes from and is kept differs.
import { useEffect, useState } from 'react';
import { call } from './api';
import { useText } from './i18n';
import { todayInChina } from './lookup';
import type { Account, Desk } from './session';
import { patchMeta } from './store';
import { offsetOf } from './sync';

export type ListSource<M extends { serverTime: string }, S> = {
  path: (date: string) => string;
  load: (account: string, date: string) => Promise<S | undefined>;
  save: (account: string, manifest: M) => Promise<S>;
};

export function useDayList<M extends { serverTime: string }, S>(account: Account, offsetMs: number, initial: Desk | undefined, source: ListSource<M, S>) {
  const { t, lang } = useText();
  const [date, setDate] = useState(initial?.date ?? todayInChina(offsetMs));
  const [stored, setStored] = useState<S | undefined>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  useEffect(() => {
    let live = true;
    void source.load(account.login, date).then((row) => { if (live) setStored(row); });
    return () => { live = false; };
  }, [account.login, date, source]);

  async function download() {
    setBusy(true);
    setProblem(undefined);
    const started = Date.now();
    const answer = await call<M>('GET', source.path(date));
    setBusy(false);
    if (!answer.ok) {
      setProblem(answer.problem.offline ? t('networkError') : lang === 'zh' ? answer.problem.zh : answer.problem.en);
      return;
    }
    await patchMeta(account.login, { clockOffsetMs: offsetOf(answer.data.serverTime, started) });
    setStored(await source.save(account.login, answer.data));
  }

  return { date, setDate, stored, busy, problem, download };
}
