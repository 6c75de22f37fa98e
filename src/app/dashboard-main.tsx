import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { DataIssue } from '../data/issues';
import type { Dataset } from '../domain/model';
import { localeFromSearch } from '../i18n/locale';
import '../styles/index.css';
import '../styles/dashboard.css';
import { I18nProvider, useMessages } from '../ui/i18n-context';
import { PublishedIssues } from '../views/import/published-issues';
import { fetchPublishedDataset } from './fetch-published-dataset';
import { ImportedDashboard } from './import/imported-dashboard';
import { warmIntl } from './warm-intl';

type Load =
  | { kind: 'loading' }
  | { kind: 'ready'; dataset: Dataset; issues: DataIssue[] }
  | { kind: 'failed'; issues: DataIssue[] };

/** Loads data/ once; a failure is a message with a retry, and the page stays alive. */
function DashboardPage() {
  const t = useMessages();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt re-runs the load on “Thử lại”
  useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    fetchPublishedDataset().then(
      ({ dataset, issues }) =>
        live && setLoad(dataset ? { kind: 'ready', dataset, issues } : { kind: 'failed', issues }),
      () => live && setLoad({ kind: 'failed', issues: [] }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  if (load.kind === 'ready')
    return <ImportedDashboard published={load.dataset} publishedIssues={load.issues} />;
  if (load.kind === 'loading')
    return (
      <p className="page-status" role="status">
        {t.load.loading}
      </p>
    );
  return (
    <div className="page-status" role="alert">
      <p>{t.load.failed}</p>
      <PublishedIssues issues={load.issues} />
      <button type="button" onClick={() => setAttempt((n) => n + 1)}>
        {t.load.retry}
      </button>
    </div>
  );
}

const element = document.getElementById('root');
if (element) {
  const locale = localeFromSearch(window.location.search);
  createRoot(element, { onCaughtError: () => {} }).render(
    <StrictMode>
      <I18nProvider locale={locale}>
        <DashboardPage />
      </I18nProvider>
    </StrictMode>,
  );
  // In a task of its own, after the loading message and while the data set loads (in a worker).
  setTimeout(() => warmIntl(locale), 0);
}
