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
    super(`Neo4j is unreachable: ${cause instanceof Error ? cause.message : String(cause)}`, 'De databank is op dit moment niet bereikbaar.');
  }
}

/** No signed-in user where one is required. The edge sends the visitor to the login page. */
export class UnauthenticatedError extends DomainError {
  constructor() {
    super('Not signed in', 'Meld u aan om verder te gaan.');
  }
}

/** The signed-in user may not do this. Answered with 403 (or 404 where existence must not leak). */
export class ForbiddenError extends DomainError {
  constructor(what: string) {
    super(`Forbidden: ${what}`, 'U hebt geen toegang tot deze gegevens.');
  }
}

/**
 * The signed-in user's role does not open this part of the product (Kind en Gezin's overview,
 * beheer). Its existence is no secret, so a page says "geen toegang" (403) rather than "not
 * found"; a refusal about one house stays a ForbiddenError and reads as not found.
 */
export class AreaForbiddenError extends ForbiddenError {}

/** The thing asked for does not exist (or is not visible to this user). */
export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(`Not found: ${what}`, 'Dit werd niet gevonden.');
  }
}

/** A write was based on a version that is no longer current. Carries the current value. */
export class StaleWriteError<T = unknown> extends DomainError {
  constructor(
    what: string,
    readonly current: T,
  ) {
    super(`Stale write: ${what}`, 'Iemand anders heeft dit intussen gewijzigd. U ziet nu de huidige waarde; pas ze opnieuw aan als dat nog nodig is.');
  }
}

/** Input that failed validation; `fieldErrors` holds the Dutch message per field. */
export class ValidationError extends DomainError {
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    message = 'Controleer de gemarkeerde velden.',
  ) {
    super('Invalid input', message);
  }
}

/** A workshop that is closed or past its end: its code and its participants no longer count (410). */
export class WorkshopClosedError extends DomainError {
  constructor(code: string, reason: 'closed' | 'expired') {
    super(
      `Workshop ${code} is ${reason}`,
      reason === 'closed'
        ? 'Deze workshop is afgesloten. U kunt niet meer deelnemen of voorstellen doen.'
        : 'Deze workshop is verlopen. Vraag de begeleider om een nieuwe code.',
    );
  }
}

/** The request carries no valid participant token for this workshop (403). */
export class NotParticipantError extends DomainError {
  constructor(
    code: string,
    /** The request did carry a participant token (of another workshop, or no longer valid). */
    readonly hadToken = false,
  ) {
    super(`No participant of workshop ${code}`, 'U neemt niet deel aan deze workshop. Doe mee met de code op het scherm.');
  }
}

/**
 * A write would lower type answers (derived from named organisations) that the user did not
 * choose to lower (lib/domain/derived-answer.ts). Nothing is written; `changes` says which.
 */
export class LoweringNotConfirmedError extends ValidationError {
  constructor(
    readonly changes: import('./derived-answer').DerivedAnswerChange[],
    message: string,
  ) {
    super({ verlagen: [message] }, message);
  }
}

/** Too many failed attempts from one address (a guessed code, a wrong link): 429, try again later. */
export class TooManyAttemptsError extends DomainError {
  constructor(what: string, userMessage: string) {
    super(`Too many attempts: ${what}`, userMessage);
  }
}

/**
 * The database kept refusing a write for a passing reason (two writes waiting for each other: a
 * deadlock) even after retrying for a while: nothing was saved, and trying again will work.
 */
export class DatabaseBusyError extends DomainError {
  constructor(cause: unknown) {
    super(
      `Neo4j stayed busy: ${cause instanceof Error ? cause.message : String(cause)}`,
      'Het is op dit moment te druk om dit op te slaan. Er werd niets opgeslagen; probeer het zo meteen opnieuw.',
    );
  }
}

/** A house named by its code does not exist (an account or an access change that names it). */
export class UnknownHouseError extends ValidationError {
  constructor() {
    super({ houseId: ['Er bestaat geen huis met deze code.'] }, 'Er bestaat geen huis met deze code. Er werd niets opgeslagen.');
  }
}

/** A new workshop drew a code that is in use already; opening draws another one. */
export class WorkshopCodeTakenError extends ConflictError {
  constructor(code: string) {
    super(`Workshop code ${code} taken`, 'Deze code is al in gebruik.');
  }
}

/** A type's answer that follows from the organisations the house names of it: changed through them, not directly. */
export class DerivedAnswerError extends ValidationError {
  constructor() {
    super({ level: ['Dit antwoord volgt uit de benoemde organisaties; wijzig hun betrokkenheid.'] }, 'Dit antwoord volgt uit de benoemde organisaties.');
  }
}

/** A named organisation always has a level: "geen antwoord" is only for a type. */
export class LevelRequiredError extends ValidationError {
  constructor() {
    super({ level: ['Kies een betrokkenheid.'] });
  }
}

/** An involvement "via" a forum the house does not take part in. */
export class ForumNotJoinedError extends ValidationError {
  constructor() {
    super({ via: ['Kies een overleg waaraan het huis deelneemt.'] });
  }
}
