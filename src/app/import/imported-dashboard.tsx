import type { DataIssue } from '../../data/issues';
import type { Dataset } from '../../domain/model';
import { useMessages } from '../../ui/i18n-context';
import { DashboardApp } from '../../views/dashboard/dashboard-app';
import { PublishedIssues } from '../../views/import/published-issues';
import { useImportSlots } from './use-import-slots';

/**
 * The dashboard over the published data merged with this machine's imports, with the “Nhập dữ liệu” control in its
 * toolbar and the local-data banner above its content. Waits for the stored imports, so a reload does not flash
 * the published figures before the imported ones. Problems in the published files are listed above the content.
 */
export function ImportedDashboard(props: { published: Dataset; publishedIssues?: readonly DataIssue[] }) {
  const t = useMessages();
  const slots = useImportSlots(props.published);
  if (!slots.ready || !slots.dataset) {
    return (
      <p className="page-status" role="status">
        {t.load.loading}
      </p>
    );
  }
  const banner = (
    <>
      <PublishedIssues issues={props.publishedIssues ?? []} />
      {slots.banner}
    </>
  );
  return <DashboardApp published={slots.dataset} toolbar={slots.toolbar} banner={banner} />;
}
