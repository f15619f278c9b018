import { Link, useParams } from 'react-router';
import { Typography } from 'antd';
import { useI18n } from '../../i18n';
import { SelfInspectionForm } from '../../features/selfinspection/SelfInspectionForm';

/** One plan's 自查报告 of the signed-in agency. */
export default function SelfInspectionPage() {
  const { t } = useI18n();
  const { planId = '' } = useParams();
  return (
    <>
      <Link to="/agency/self-inspections">{t('menuSelfInspections')}</Link>
      <Typography.Title level={1} style={{ fontSize: 24 }}>{t('selfInspection')}</Typography.Title>
      <SelfInspectionForm planId={planId} />
    </>
  );
}
