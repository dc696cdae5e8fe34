/**
 * What a JSON backup may hold (issue 15, item 6): the labels, relationships and properties that
 * Netwerkkaart itself writes and backs up, and nothing else. A restore refuses a file with
 * anything more (an unknown label, a password, a session, a token, a property we never write),
 * so a crafted file cannot plant what the product would not make. A new property or label of
 * the product goes here too; tests/integration/backup-restore.test.ts (a backup of the whole
 * test database restored and compared) fails when one is missing.
 */
export const BACKUP_NODE_PROPERTIES: Record<string, readonly string[]> = {
  House: ['id', 'name', 'municipalities', 'province', 'urbanisation', 'intermunicipal', 'fictional', 'version', 'createdAt'],
  Cluster: ['code', 'name', 'order', 'section', 'table', 'line'],
  ActorType: [
    'code',
    'name',
    'order',
    'mandatory',
    'mandatoryNote',
    'mandatoryLine',
    'expectedByDecree',
    'fromQuestionnaire',
    'questionnaireLine',
    'tableName',
    'tableLine',
    'counts2016',
    'total2016',
    'catalogue',
    'retired',
    'custom',
    'houseId',
    'demo',
    'relatesTo',
    'source',
    'createdAt',
    'createdBy',
  ],
  Actor: ['id', 'name', 'regional', 'fictional', 'createdAt', 'createdBy'],
  Forum: ['id', 'name', 'regional', 'fictional', 'createdBy'],
  // A round's submission is a snapshot too, with its answers as lists (graph/repositories/rounds.ts).
  Snapshot: ['id', 'label', 'takenAt', 'takenBy', 'network', 'roundId', 'roundKey', 'submittedBy', 'answerCodes', 'answerLevels', 'direct', 'kernpartners'],
  Round: ['id', 'name', 'opensOn', 'closesOn', 'message', 'createdAt', 'createdBy', 'closedAt', 'closedBy', 'fictional', 'version'],
  // restoredAt / restoredFrom: set by a restore on every record it brings back (restore-backup.ts).
  Change: ['id', 'at', 'by', 'action', 'target', 'houseId', 'from', 'to', 'restoredAt', 'restoredFrom'],
  User: ['id', 'email', 'name', 'role', 'emailVerified', 'image', 'demo', 'createdAt', 'updatedAt', 'passwordLinkAt', 'deactivatedAt', 'deactivatedBy'],
  Invitation: ['id', 'houseId', 'facilitatorId', 'from', 'until', 'endedAt', 'createdAt', 'createdBy'],
  Workshop: [
    'code',
    'houseId',
    'state',
    'opensAt',
    'closesAt',
    'closedAt',
    'createdBy',
    'createdByName',
    'beforeSnapshotId',
    'afterSnapshotId',
    'seq',
    'proposals',
    'participants',
  ],
  Participant: ['id', 'name', 'joinedAt', 'code'],
  Proposal: [
    'id',
    'code',
    'seq',
    'actorKey',
    'actorName',
    'typeName',
    'now',
    'desired',
    'note',
    'newActorName',
    'newActorType',
    'status',
    'by',
    'byName',
    'at',
    'basedOnVersion',
    'decidedAt',
    'decidedBy',
    'decidedByName',
    'conflictLevel',
    'conflictVersion',
    'targetKey',
    'tieFrom',
    'tieTo',
    'tieKind',
  ],
  // A house's own arrangement of a map layout (graph/repositories/arrangements.ts).
  Arrangement: ['houseId', 'layout', 'positions', 'version', 'updatedAt', 'updatedBy'],
  // A house's presentation of its map (graph/repositories/presentations.ts).
  Presentation: ['houseId', 'steps', 'snapshotId', 'version', 'updatedAt', 'updatedBy'],
  WorkshopEvent: ['id', 'code', 'seq', 'type', 'payload', 'at'],
};

const ENTRY = ['level', 'desired', 'note', 'owner', 'nextStep', 'due', 'version', 'updatedAt', 'updatedBy'];

/** Relationship types with the labels they join and their properties. */
export const BACKUP_RELATIONSHIPS: Record<string, { from: string; to: string; properties: readonly string[] }[]> = {
  IN_CLUSTER: [{ from: 'ActorType', to: 'Cluster', properties: ['primary'] }],
  OF_TYPE: [{ from: 'Actor', to: 'ActorType', properties: [] }],
  MEMBER_OF: [{ from: 'Actor', to: 'Forum', properties: ['since'] }],
  ANSWERED: [{ from: 'House', to: 'ActorType', properties: [...ENTRY, 'derived'] }],
  INVOLVES: [{ from: 'House', to: 'Actor', properties: [...ENTRY, 'via'] }],
  PARTICIPATES_IN: [{ from: 'House', to: 'Forum', properties: ['since'] }],
  COORDINATES: [{ from: 'User', to: 'House', properties: [] }],
  FOR: [
    { from: 'Invitation', to: 'House', properties: [] },
    { from: 'Workshop', to: 'House', properties: [] },
  ],
  TO: [{ from: 'Invitation', to: 'User', properties: [] }],
  OF: [
    { from: 'Snapshot', to: 'House', properties: [] },
    { from: 'Arrangement', to: 'House', properties: [] },
    { from: 'Presentation', to: 'House', properties: [] },
  ],
  JOINED: [{ from: 'Participant', to: 'Workshop', properties: [] }],
  IN: [{ from: 'Proposal', to: 'Workshop', properties: [] }],
  // A tie between two organisations of one house (graph/repositories/ties.ts).
  WORKS_WITH: [{ from: 'Actor', to: 'Actor', properties: ['id', 'kind', 'note', 'since', 'houseId', 'version', 'updatedAt', 'updatedBy', 'fictional'] }],
  COVERS: [{ from: 'Round', to: 'House', properties: [] }],
  SUBMITTED_FOR: [{ from: 'Snapshot', to: 'Round', properties: [] }],
};

/** Temporal value types a backup may carry (graph/repositories/backup-values.ts). */
export const BACKUP_VALUE_TYPES = ['DateTime', 'LocalDateTime', 'Date', 'Time', 'LocalTime', 'Duration'] as const;
