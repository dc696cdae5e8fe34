import type { ReactNode } from 'react';
import { STATUS_LABELS, type StreamStatus } from './use-workshop-stream';

/**
 * The top of a workshop's big screens (the facilitator's and the room's): the house, how to join,
 * how many take part and whether the screen is live; `children` are the screen's own buttons.
 */
export function WorkshopScreenHeader({
  houseName,
  join,
  participants,
  status,
  children,
}: {
  houseName: string;
  join: { url: string; spaced: string };
  participants: number;
  status: StreamStatus;
  children?: ReactNode;
}) {
  return (
    <header className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 border-b border-black/10 bg-white px-4 py-3 sm:px-6">
      <div className="min-w-0">
        <h1 className="text-xl font-semibold sm:truncate sm:text-3xl">{houseName}</h1>
        <p className="text-base text-muted sm:text-xl">
          {/* Only the address may break anywhere on a phone; "code" and the code stay whole. */}
          Doe mee: <span className="break-all font-semibold text-brand sm:break-normal">{join.url}</span> ·{' '}
          <span className="whitespace-nowrap">
            code{' '}
            <span className="font-mono font-bold text-ink" data-testid="header-code">
              {join.spaced}
            </span>
          </span>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-base sm:text-xl">
        <span data-testid="participant-count">
          {participants} {participants === 1 ? 'deelnemer' : 'deelnemers'}
        </span>
        <span
          className={`rounded-full px-3 py-1 text-base font-semibold ${status === 'live' ? 'bg-[#ecfdf3] text-[#067647]' : 'bg-amber-50 text-[#b54708]'}`}
          data-testid="stream-status"
          data-status={status}
        >
          {STATUS_LABELS[status]}
        </span>
        {children}
      </div>
    </header>
  );
}
