/**
 * The class of a long page's section that waits to be drawn until the reader nears it or the
 * browser is idle (globals.css: content-visibility: auto; components/draw-when-idle.tsx).
 */
export const DRAWN_LATER = 'render-when-visible';
