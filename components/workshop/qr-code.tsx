import type { QrShape } from '@/lib/formats/qr';

/** The QR code as an SVG (black on white with its quiet zone), sharp at any size. */
export function QrCode({ shape, label, className }: { shape: QrShape; label: string; className?: string }) {
  const quiet = 4;
  const box = shape.size + quiet * 2;
  return (
    <svg viewBox={`${-quiet} ${-quiet} ${box} ${box}`} role="img" aria-label={label} className={className} shapeRendering="crispEdges" data-testid="join-qr">
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#ffffff" />
      <path d={shape.path} fill="#000000" />
    </svg>
  );
}
