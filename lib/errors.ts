/**
 * Named domain errors. `graph/` throws them, `app/` turns them into Dutch messages for the user.
 * Each carries the Dutch message it should show, so the edge never guesses.
 */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly userMessage: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A write would break a uniqueness rule (e.g. a House id that already exists). */
export class ConflictError extends DomainError {}

/** The database cannot be reached. */
export class DatabaseUnavailableError extends DomainError {
  constructor(cause: unknown) {
    super(`Neo4j is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`,
      'De databank is op dit moment niet bereikbaar.');
  }
}
