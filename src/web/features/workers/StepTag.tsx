// A journey step as a labelled tag: the word always, the colour only as a second cue.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = {
  registered: 'default', updated: 'default', matched: 'blue', confirmed: 'cyan', trip_assigned: 'geekblue',
  departed: 'purple', arrived: 'green', withdrawn: 'red',
};

export function StepTag({ step }: { step: string }) {
  const { t, i18n } = useTranslation();
  const key = `workers.steps.${step}`;
  return <Tag color={COLOURS[step] ?? 'default'}>{i18n.exists(key) ? t(key as 'workers.steps.registered') : step}</Tag>;
}
