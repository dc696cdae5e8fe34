'use client';

import { useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';
import { applyEvent, type LiveState } from '@/lib/domain/workshop/live-state';
import type { WorkshopEvent } from '@/lib/domain/workshop/events';

export type StreamStatus = 'verbinden' | 'live' | 'opnieuw' | 'gestopt';

/**
 * The workshop's live state on a screen: starts from the server's view, then follows one
 * EventSource. The browser reconnects by itself and sends Last-Event-ID, so the server replays
 * whatever was missed; the reducer ignores an event it already applied.
 */
export function useWorkshopStream(code: string, initial: LiveState, onEvent?: (event: WorkshopEvent) => void, room = false) {
  const [state, dispatch] = useReducer(applyEvent, initial);
  const [status, setStatus] = useState<StreamStatus>('verbinden');
  // The latest callback, without reconnecting when the caller passes a new one.
  const notify = useEffectEvent((event: WorkshopEvent) => onEvent?.(event));
  const startSeq = useRef(initial.lastSeq);

  useEffect(() => {
    const source = new EventSource(`/workshop/${code}/stream?na=${startSeq.current}${room ? '&zaal=1' : ''}`);
    source.onopen = () => setStatus('live');
    source.onmessage = (message) => {
      const event = JSON.parse(message.data) as WorkshopEvent;
      dispatch(event);
      notify(event);
      if (event.type === 'workshop.closed') setStatus('gestopt');
    };
    source.onerror = () => setStatus(source.readyState === EventSource.CLOSED ? 'gestopt' : 'opnieuw');
    return () => source.close();
  }, [code, room]);

  return { state, status };
}

export const STATUS_LABELS: Record<StreamStatus, string> = {
  verbinden: 'Verbinden …',
  live: 'Live',
  opnieuw: 'Verbinding weg, opnieuw verbinden …',
  gestopt: 'Niet meer live',
};
