'use client';
import { useActionState, useState } from 'react';
import { useKeptForm } from '@/components/hooks/use-kept-form';
import { formatDateTime } from '@/lib/domain/format-date';
import {
  DEFAULT_CAPTIONS,
  MAX_CAPTION,
  STEP_NAMES,
  type PresentationOutcome,
  type PresentationSettings,
  type PresentationStepSetting,
} from '@/lib/domain/presentation/presentation-steps';
import { IDLE_STATE, type ActionState } from '@/lib/edge/action-state';

type Action = (prev: ActionState<PresentationOutcome>, data: FormData) => Promise<ActionState<PresentationOutcome>>;

/**
 * The coordinator's editor of the presentation: each step's caption, hide it, move it up or
 * down, and the snapshot the last step compares with. Saved in one version-checked write.
 */
export function PresentationEditor({
  settings,
  snapshots,
  action,
}: {
  settings: PresentationSettings;
  snapshots: { id: string; label: string; takenAt: string }[];
  action: Action;
}) {
  const [state, dispatch, pending] = useActionState(action, { ...IDLE_STATE, settings: null, stamp: 0 });
  const { formRef, onSubmit } = useKeptForm(dispatch, state);
  const [stored, setStored] = useState(settings);
  const [steps, setSteps] = useState<PresentationStepSetting[]>(settings.steps);
  const [snapshot, setSnapshot] = useState(settings.snapshotId ?? '');
  const [seen, setSeen] = useState(0);
  // A new answer with settings (saved, or stale: someone else's) becomes what the form shows.
  if (state.stamp !== seen) {
    setSeen(state.stamp ?? 0);
    if (state.settings) {
      setStored(state.settings);
      setSteps(state.settings.steps);
      setSnapshot(state.settings.snapshotId ?? '');
    }
  }
  const move = (i: number, by: number) => {
    const j = i + by;
    if (j < 0 || j >= steps.length) return;
    const next = [...steps];
    [next[i], next[j]] = [next[j], next[i]];
    setSteps(next);
  };
  const change = (i: number, patch: Partial<PresentationStepSetting>) => setSteps(steps.map((s, k) => (k === i ? { ...s, ...patch } : s)));
  const tone = state.status === 'saved' ? 'text-[#067647]' : state.status === 'stale' ? 'text-[#b54708]' : 'text-[#b42318]';
  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} className="space-y-4" data-testid="presentation-editor">
      <input type="hidden" name="order" value={steps.map((s) => s.id).join(',')} />
      <input type="hidden" name="version" value={stored.version} />
      <ol className="space-y-3">
        {steps.map((step, i) => (
          <li key={step.id} className={`rounded-lg border border-black/10 bg-white p-3 ${step.hidden ? 'opacity-70' : ''}`} data-step={step.id}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">
                {i + 1}. {STEP_NAMES[step.id]}
              </span>
              <label className="ml-auto inline-flex items-center gap-1 text-sm">
                <input
                  type="checkbox"
                  name={`hidden-${step.id}`}
                  checked={step.hidden}
                  onChange={(e) => change(i, { hidden: e.target.checked })}
                  className="accent-[#0f5e63]"
                />
                Verbergen
              </label>
              <button
                type="button"
                onClick={() => move(i, -1)}
                disabled={i === 0}
                aria-label={`${STEP_NAMES[step.id]} omhoog`}
                className="rounded border border-black/15 px-2 py-0.5 text-sm disabled:opacity-40"
              >
                ↑
              </button>
              <button
                type="button"
                onClick={() => move(i, 1)}
                disabled={i === steps.length - 1}
                aria-label={`${STEP_NAMES[step.id]} omlaag`}
                className="rounded border border-black/15 px-2 py-0.5 text-sm disabled:opacity-40"
              >
                ↓
              </button>
            </div>
            <label className="mt-2 block text-sm">
              <span className="text-muted">Bijschrift</span>
              <textarea
                name={`caption-${step.id}`}
                value={step.caption}
                maxLength={MAX_CAPTION}
                rows={2}
                onChange={(e) => change(i, { caption: e.target.value })}
                placeholder={DEFAULT_CAPTIONS[step.id]}
                className="mt-1 block w-full rounded-md border border-black/15 px-2 py-1.5"
              />
            </label>
          </li>
        ))}
      </ol>
      <label className="block text-sm">
        <span className="font-semibold">Vergelijken met (stap ‘Vroeger en nu’)</span>
        <select
          name="snapshot"
          value={snapshot}
          onChange={(e) => setSnapshot(e.target.value)}
          className="mt-1 block w-full max-w-md rounded-md border border-black/15 bg-white px-2 py-1.5"
        >
          <option value="">De nieuwste momentopname</option>
          {snapshots.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} ({formatDateTime(s.takenAt)})
            </option>
          ))}
        </select>
      </label>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className="rounded-md bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
          {pending ? 'Opslaan…' : 'Presentatie opslaan'}
        </button>
        {state.message ? (
          <p role={state.status === 'saved' ? 'status' : 'alert'} className={`text-sm ${tone}`}>
            {state.message}
          </p>
        ) : null}
      </div>
    </form>
  );
}
