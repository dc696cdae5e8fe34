// cytoscape-edgehandles 4 ships no types; the part Netwerkkaart uses (components/ties/use-tie-drawing.ts).
declare module 'cytoscape-edgehandles' {
  import type { Ext } from 'cytoscape';

  const edgehandles: Ext;
  export default edgehandles;
}
