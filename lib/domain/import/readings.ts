import { normalise } from './normalise';
import { warning, type Problem } from './preview';

/**
 * Tolerant readings counted over the whole file, so the preview says once "‘kern’ → Kernpartner
 * (412×)" instead of repeating it on every row: the user sees how the file was understood.
 */
export class Readings {
  private readonly seen = new Map<string, Map<string, { text: string; as: string; count: number }>>();

  add(kind: 'type' | 'answer', text: string, as: string): void {
    const group = this.seen.get(kind) ?? new Map();
    const key = normalise(text);
    const entry = group.get(key) ?? { text, as, count: 0 };
    entry.count++;
    group.set(key, entry);
    this.seen.set(kind, group);
  }

  problems(): Problem[] {
    const line = (kind: 'type' | 'answer', title: string) => {
      const group = this.seen.get(kind);
      if (!group?.size) return [];
      return [warning(`${title}: ${[...group.values()].map((e) => `‘${e.text}’ → ${e.as} (${e.count}×)`).join(', ')}.`)];
    };
    return [...line('type', 'Soorten gelezen'), ...line('answer', 'Afkortingen gelezen')];
  }
}
