// A grievance state as a labelled tag: the word always, the colour only as a second cue.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GrievanceState } from './grievances.api';

const COLOURS: Record<GrievanceState, string> = { received: 'purple', in_hand: 'blue', resolved: 'geekblue', closed: 'default' };

export function StateTag({ state }: { state: GrievanceState }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[state]} data-state={state}>{t(`grievances.states.${state}`)}</Tag>;
}
