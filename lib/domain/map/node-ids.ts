/** The house's node on every map. */
export const HOUSE_NODE_ID = 'house';

export function forumNodeId(forumId: string): string {
  return `forum:${forumId}`;
}
