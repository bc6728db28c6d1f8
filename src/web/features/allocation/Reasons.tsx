// Why this worker for this vacancy: the score's parts and the reasons in the user's language.
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n';
import type { Proposal } from './allocation.api';
import { TAG } from './tag-colors';

export function Reasons({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parts = proposal.parts;
  return (
    <Flex vertical gap={2}>
      {proposal.reasons.map((r) => (
        <Typography.Text key={r.en} style={{ fontSize: 13 }}>{language === 'en' ? r.en : r.zh}</Typography.Text>
      ))}
      {parts ? (
        <Flex gap={4} wrap aria-label={t('allocation.parts')}>
          <Tag>{t('allocation.part.base')} {parts.base}</Tag>
          {parts.priority > 0 && <Tag color={TAG.gold}>{t('allocation.part.priority')} +{parts.priority}</Tag>}
          <Tag color={TAG.blue}>{t('allocation.part.industry')} +{parts.industry}</Tag>
          <Tag color={TAG.cyan}>{t('allocation.part.destination')} +{parts.destination}</Tag>
          <Tag color={TAG.green}>{t('allocation.part.wage')} +{parts.wage}</Tag>
        </Flex>
      ) : (
        <Typography.Text type="warning">{t('allocation.noLongerFits')}</Typography.Text>
      )}
    </Flex>
  );
}
