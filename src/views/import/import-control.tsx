import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../domain/model';
import { formatNumber } from '../../i18n/format';
import { useLocale, useMessages } from '../../ui/i18n-context';
import type { ImportOutcome, ParseFailure, ParseFile } from './import-outcome';
import { ImportPreview } from './import-preview';
import { type ImportLimits, ImportRefusal } from './import-refusal';
import { useFileDrop } from './use-file-drop';
import './import.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; done: number; total: number; controller: AbortController }
  | { kind: 'preview'; outcome: ImportOutcome }
  | { kind: 'applying'; outcome: ImportOutcome }
  | { kind: 'refused'; fileName: string; outcome?: ImportOutcome; reason?: ParseFailure };

export interface ImportControlProps {
  /** The data shown: the file is read against its catalogue and units, and compared with its results. */
  dataset: Dataset;
  parse: ParseFile;
  /** Applies an accepted file (stores it, shows its year). The dialog closes when it settles. */
  onApply: (outcome: ImportOutcome) => Promise<void>;
  onTemplate: (format: 'csv' | 'xlsx') => void;
  limits: ImportLimits;
}

/**
 * “Nhập dữ liệu”: a button over a hidden file input, drag-and-drop anywhere on the page, and a modal dialog that
 * shows reading progress (with a stop button), then a preview to apply or cancel, or the reasons a file was
 * refused. Nothing changes until “Áp dụng”; a refused or cancelled file leaves the data shown as it was.
 */
export function ImportControl(props: ImportControlProps) {
  const messages = useMessages();
  const t = messages.importer;
  const locale = useLocale();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const { parse, dataset } = props;

  const read = useCallback(
    (file: File) => {
      const controller = new AbortController();
      setStep({ kind: 'reading', fileName: file.name, done: 0, total: 0, controller });
      void parse(file, {
        signal: controller.signal,
        onProgress: (done, total) =>
          setStep((s) => (s.kind === 'reading' && s.controller === controller ? { ...s, done, total } : s)),
      }).then((result) => {
        setStep((s) => {
          if (s.kind !== 'reading' || s.controller !== controller) return s;
          if (!result.ok) {
            return result.reason === 'cancelled'
              ? { kind: 'idle' }
              : { kind: 'refused', fileName: file.name, reason: result.reason };
          }
          return result.outcome.verdict === 'accepted'
            ? { kind: 'preview', outcome: result.outcome }
            : { kind: 'refused', fileName: file.name, outcome: result.outcome };
        });
      });
    },
    [parse],
  );
  const dragging = useFileDrop(read, step.kind === 'idle');

  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (step.kind !== 'idle' && !node.open) node.showModal();
    if (step.kind === 'idle' && node.open) node.close();
  }, [step.kind]);

  const close = () => {
    if (step.kind === 'reading') step.controller.abort();
    if (step.kind !== 'applying') setStep({ kind: 'idle' });
  };
  const apply = (outcome: ImportOutcome) => {
    setStep({ kind: 'applying', outcome });
    void props.onApply(outcome).finally(() => setStep({ kind: 'idle' }));
  };

  return (
    <div className="importer">
      <button type="button" className="importer-button" onClick={() => input.current?.click()}>
        {t.open}
      </button>
      <input
        ref={input}
        type="file"
        accept=".csv,.xlsx,.txt"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t.open}
        data-testid="import-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = ''; // the same file may be chosen again after a fix
          if (file) read(file);
        }}
      />
      <span className="importer-template">
        <span>{t.template}:</span>
        <button
          type="button"
          className="importer-link"
          aria-label={t.templateCsv}
          onClick={() => props.onTemplate('csv')}
        >
          {t.csv}
        </button>
        <button
          type="button"
          className="importer-link"
          aria-label={t.templateXlsx}
          onClick={() => props.onTemplate('xlsx')}
        >
          {t.xlsx}
        </button>
      </span>
      {dragging && (
        <div className="importer-drop" aria-hidden="true">
          <p>{t.dropHere}</p>
        </div>
      )}
      <dialog
        ref={dialog}
        className="importer-dialog"
        aria-labelledby="importer-title"
        onCancel={(event) => {
          event.preventDefault(); // Esc is “Hủy”, through the same path as the button
          close();
        }}
      >
        <h2 id="importer-title" className="importer-dialog__title">
          {t.dialogTitle}
        </h2>
        <div className="importer-dialog__body">
          {step.kind === 'reading' && (
            <div className="importer-reading" aria-live="polite">
              <p>{t.reading(step.fileName)}</p>
              <progress
                aria-label={t.progressLabel}
                max={step.total || undefined}
                value={step.total ? step.done : undefined}
              />
              {step.total > 0 && (
                <p>{t.progress(formatNumber(step.done, locale), formatNumber(step.total, locale))}</p>
              )}
            </div>
          )}
          {(step.kind === 'preview' || step.kind === 'applying') && (
            <ImportPreview outcome={step.outcome} dataset={dataset} />
          )}
          {step.kind === 'refused' && (
            <ImportRefusal
              fileName={step.fileName}
              outcome={step.outcome}
              reason={step.reason}
              limits={props.limits}
            />
          )}
        </div>
        <div className="importer-dialog__actions">
          {(step.kind === 'preview' || step.kind === 'applying') && (
            <button
              type="button"
              className="importer-button"
              disabled={step.kind === 'applying'}
              onClick={() => step.kind === 'preview' && apply(step.outcome)}
            >
              {t.apply}
            </button>
          )}
          <button
            type="button"
            className="importer-secondary"
            onClick={close}
            disabled={step.kind === 'applying'}
          >
            {step.kind === 'reading' ? t.cancelRead : step.kind === 'refused' ? t.close : t.cancel}
          </button>
        </div>
      </dialog>
    </div>
  );
}
