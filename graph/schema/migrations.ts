/**
 * Versioned schema migrations. Append new ones with the next version; never edit one that has
 * shipped. Every statement is idempotent on its own (IF NOT EXISTS), and the version applied is
 * recorded in the database as (:SchemaMigration {version}).
 */
export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'Unique ids for houses, catalogue, actors, forums, users, workshops and snapshots',
    statements: [
      'CREATE CONSTRAINT house_id IF NOT EXISTS FOR (h:House) REQUIRE h.id IS UNIQUE',
      'CREATE CONSTRAINT actor_type_code IF NOT EXISTS FOR (t:ActorType) REQUIRE t.code IS UNIQUE',
      'CREATE CONSTRAINT cluster_code IF NOT EXISTS FOR (c:Cluster) REQUIRE c.code IS UNIQUE',
      'CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE',
      'CREATE CONSTRAINT forum_id IF NOT EXISTS FOR (f:Forum) REQUIRE f.id IS UNIQUE',
      'CREATE CONSTRAINT user_email IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE',
      'CREATE CONSTRAINT user_id IF NOT EXISTS FOR (u:User) REQUIRE u.id IS UNIQUE',
      'CREATE CONSTRAINT workshop_code IF NOT EXISTS FOR (w:Workshop) REQUIRE w.code IS UNIQUE',
      'CREATE CONSTRAINT snapshot_id IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.id IS UNIQUE',
      'CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE',
    ],
  },
  {
    version: 2,
    description: 'Indexes for the filters of the overview and the survey figures',
    statements: [
      'CREATE INDEX house_province IF NOT EXISTS FOR (h:House) ON (h.province)',
      'CREATE INDEX house_urbanisation IF NOT EXISTS FOR (h:House) ON (h.urbanisation)',
      'CREATE INDEX house_name IF NOT EXISTS FOR (h:House) ON (h.name)',
      'CREATE INDEX actor_type_mandatory IF NOT EXISTS FOR (t:ActorType) ON (t.mandatory)',
      'CREATE INDEX answered_level IF NOT EXISTS FOR ()-[r:ANSWERED]-() ON (r.level)',
      'CREATE INDEX involves_level IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.level)',
      'CREATE INDEX change_at IF NOT EXISTS FOR (c:Change) ON (c.at)',
    ],
  },
  {
    version: 3,
    description: 'Accounts: Better Auth sessions, accounts and verifications, invitations, login throttle, audit',
    statements: [
      'CREATE CONSTRAINT session_id IF NOT EXISTS FOR (s:Session) REQUIRE s.id IS UNIQUE',
      'CREATE CONSTRAINT session_token IF NOT EXISTS FOR (s:Session) REQUIRE s.token IS UNIQUE',
      'CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE',
      'CREATE CONSTRAINT verification_id IF NOT EXISTS FOR (v:Verification) REQUIRE v.id IS UNIQUE',
      'CREATE CONSTRAINT invitation_id IF NOT EXISTS FOR (i:Invitation) REQUIRE i.id IS UNIQUE',
      'CREATE CONSTRAINT login_throttle_key IF NOT EXISTS FOR (t:LoginThrottle) REQUIRE t.key IS UNIQUE',
      'CREATE CONSTRAINT admin_setup_token_hash IF NOT EXISTS FOR (t:AdminSetupToken) REQUIRE t.tokenHash IS UNIQUE',
      'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
      'CREATE INDEX session_user_id IF NOT EXISTS FOR (s:Session) ON (s.userId)',
      'CREATE INDEX account_user_id IF NOT EXISTS FOR (a:Account) ON (a.userId)',
      'CREATE INDEX account_account_id IF NOT EXISTS FOR (a:Account) ON (a.accountId)',
      'CREATE INDEX verification_identifier IF NOT EXISTS FOR (v:Verification) ON (v.identifier)',
      'CREATE INDEX user_role IF NOT EXISTS FOR (u:User) ON (u.role)',
      'CREATE INDEX change_house_id IF NOT EXISTS FOR (c:Change) ON (c.houseId)',
    ],
  },
  {
    version: 4,
    description: 'Workshops: participants, proposals and the event log per workshop',
    statements: [
      'CREATE CONSTRAINT participant_id IF NOT EXISTS FOR (p:Participant) REQUIRE p.id IS UNIQUE',
      'CREATE CONSTRAINT participant_token_hash IF NOT EXISTS FOR (p:Participant) REQUIRE p.tokenHash IS UNIQUE',
      'CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (p:Proposal) REQUIRE p.id IS UNIQUE',
      'CREATE CONSTRAINT workshop_event_id IF NOT EXISTS FOR (e:WorkshopEvent) REQUIRE e.id IS UNIQUE',
      'CREATE INDEX workshop_event_code_seq IF NOT EXISTS FOR (e:WorkshopEvent) ON (e.code, e.seq)',
      'CREATE INDEX workshop_house_id IF NOT EXISTS FOR (w:Workshop) ON (w.houseId)',
      'CREATE INDEX proposal_workshop IF NOT EXISTS FOR (p:Proposal) ON (p.code)',
    ],
  },
  {
    version: 5,
    description: "A house's history without scanning the whole audit trail",
    statements: ['CREATE INDEX change_house_at IF NOT EXISTS FOR (c:Change) ON (c.houseId, c.at)'],
  },
  {
    version: 6,
    description: 'One-time password links, found by the hash of their token',
    statements: ['CREATE CONSTRAINT password_link_token IF NOT EXISTS FOR (l:PasswordLink) REQUIRE l.tokenHash IS UNIQUE'],
  },
  {
    version: 7,
    description: "A house's own arrangement of its map: one per house and layout",
    statements: ['CREATE CONSTRAINT arrangement_house_layout IF NOT EXISTS FOR (a:Arrangement) REQUIRE (a.houseId, a.layout) IS UNIQUE'],
  },
  {
    version: 8,
    description: 'Survey rounds: unique ids, and one submission per house and round',
    statements: [
      'CREATE CONSTRAINT round_id IF NOT EXISTS FOR (r:Round) REQUIRE r.id IS UNIQUE',
      'CREATE CONSTRAINT snapshot_round_key IF NOT EXISTS FOR (s:Snapshot) REQUIRE s.roundKey IS UNIQUE',
    ],
  },
  {
    version: 9,
    description: "Ties between partners: unique tie ids, and a house's ties found by its id",
    statements: [
      'CREATE CONSTRAINT works_with_id IF NOT EXISTS FOR ()-[w:WORKS_WITH]-() REQUIRE w.id IS UNIQUE',
      'CREATE INDEX works_with_house IF NOT EXISTS FOR ()-[w:WORKS_WITH]-() ON (w.houseId)',
    ],
  },
  {
    version: 10,
    description: 'Telling the story (issue 18): one presentation per house; read-only links found by the hash of their token',
    statements: [
      'CREATE CONSTRAINT presentation_house IF NOT EXISTS FOR (p:Presentation) REQUIRE p.houseId IS UNIQUE',
      'CREATE CONSTRAINT share_link_token IF NOT EXISTS FOR (l:ShareLink) REQUIRE l.tokenHash IS UNIQUE',
      'CREATE CONSTRAINT share_link_id IF NOT EXISTS FOR (l:ShareLink) REQUIRE l.id IS UNIQUE',
      'CREATE INDEX share_link_house IF NOT EXISTS FOR (l:ShareLink) ON (l.houseId)',
    ],
  },
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
