// A vacancy's approval in words and colour (never colour alone), with the rejection's reason.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOUR = { pending: 'gold', approved: 'green', rejected: 'red' } as const;

export function ApprovalTag({ vacancy }: { vacancy: { approval: keyof typeof COLOUR; approvalReason: string | null } }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOUR[vacancy.approval]} data-testid="approval-tag" style={{ color: '#262626' }}>
      {t(`employer.approvalState.${vacancy.approval}`)}
      {vacancy.approval === 'rejected' && vacancy.approvalReason ? ` · ${vacancy.approvalReason}` : ''}
    </Tag>
  );
}
