// The header's campaign switch.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { setCurrentCampaign, useCurrentCampaign } from './current-campaign';

export function CampaignPicker() {
  const { t } = useTranslation();
  const { campaign, campaigns, isPending } = useCurrentCampaign();
  return (
    <Select
      aria-label={t('campaigns.picker')}
      data-testid="campaign-picker"
      loading={isPending}
      value={campaign?.id}
      placeholder={t('layout.noCampaign')}
      onChange={setCurrentCampaign}
      options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
      style={{ width: 260 }}
      popupMatchSelectWidth={false}
    />
  );
}
