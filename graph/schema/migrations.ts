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
];

export const LATEST_SCHEMA_VERSION = Math.max(...MIGRATIONS.map((m) => m.version));
