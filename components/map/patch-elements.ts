import type { Core, ElementDefinition } from 'cytoscape';
import type { MapElement } from '@/lib/domain/map/to-elements';

/** How long a removed node takes to fade. */
const FADE_MS = 350;

/**
 * Brings `cy` in line with the elements, diffed by id inside one batch: new ones added (parents
 * first), existing ones given their new data and classes (and parent), removed ones faded out
 * before they go when `fade` (an edit), at once otherwise. A new picture (`fresh`: the first, or
 * another layout) starts from new elements: nodes moved into or out of cluster boxes by
 * `move()` kept stale compound bounds, and the clusters drew stacked on the house until a reload.
 * Returns the ids of the nodes added.
 */
export function patchElements(cy: Core, elements: MapElement[], fade: boolean, fresh = false): Set<string> {
  const wanted = new Map(elements.map((e) => [e.data.id, e]));
  const added = new Set<string>();
  if (fresh) {
    cy.batch(() => {
      cy.elements().remove();
      const ordered = [...elements].sort(
        (a, b) => Number(b.data.kind === 'cluster') - Number(a.data.kind === 'cluster') || Number(a.group === 'edges') - Number(b.group === 'edges'),
      );
      cy.add(ordered.map((def) => ({ group: def.group, data: { ...def.data }, classes: def.classes }) as ElementDefinition));
    });
    return added;
  }
  cy.batch(() => {
    cy.elements().forEach((ele) => {
      if (wanted.has(ele.id()) || ele.hasClass('leaving') || ele.removed()) return;
      if (fade && ele.isNode() && !ele.isParent()) {
        const leaving = ele.union(ele.connectedEdges());
        leaving.addClass('leaving');
        leaving.animate({ style: { opacity: 0 } }, { duration: FADE_MS, complete: () => leaving.filter('.leaving').remove() });
        return;
      }
      // An edge of a node that fades goes with it.
      if (
        fade &&
        ele.isEdge() &&
        ele
          .connectedNodes()
          .filter((n) => !wanted.has(n.id()))
          .nonempty()
      )
        return;
      ele.remove();
    });
    const toAdd: ElementDefinition[] = [];
    // Parents first, so children can be placed in them.
    const ordered = [...elements].sort(
      (a, b) => Number(b.data.kind === 'cluster') - Number(a.data.kind === 'cluster') || Number(a.group === 'edges') - Number(b.group === 'edges'),
    );
    for (const def of ordered) {
      let existing = cy.getElementById(def.data.id);
      if (existing.nonempty() && existing.hasClass('leaving')) {
        // Back before it had faded: it stays.
        existing.stop(true, false).removeClass('leaving').removeStyle('opacity');
      }
      if (existing.empty()) {
        toAdd.push({ group: def.group, data: { ...def.data }, classes: def.classes } as ElementDefinition);
        if (def.group === 'nodes' && def.data.kind !== 'cluster') added.add(def.data.id);
        continue;
      }
      const { parent, source, target, ...data } = def.data;
      existing.data(data);
      existing.classes(def.classes);
      if (def.group === 'edges' && (existing.data('source') !== source || existing.data('target') !== target)) {
        existing = existing.move({ source: source as string, target: target as string }) as typeof existing;
      }
      if (def.group === 'nodes' && (existing.data('parent') ?? null) !== (parent ?? null)) {
        existing = existing.move({ parent: (parent as string | undefined) ?? null }) as typeof existing;
      }
    }
    if (toAdd.length) cy.add(toAdd);
  });
  return added;
}
