'use client';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * The Fullscreen API on one element: whether the browser offers it (phones such as the iPhone do
 * not, for anything but video), whether the element is full screen now, and a toggle.
 */
export function useFullscreen(target: React.RefObject<HTMLElement | null>) {
  const available = useSyncExternalStore(
    never,
    () => document.fullscreenEnabled === true,
    () => false,
  );
  const [active, setActive] = useState(false);
  useEffect(() => {
    const changed = () => {
      const now = document.fullscreenElement !== null && document.fullscreenElement === target.current;
      setActive(now);
    };
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, [target]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void target.current?.requestFullscreen().catch(() => {});
  }, [target]);
  return { available, active, toggle };
}
