// Domain errors that the action helper, route handlers and the CLI translate into responses.

/** The object does not exist or is outside the actor's scope; both look the same from outside. */
export class NotFoundError extends Error {
  constructor(what = 'Not found') {
    super(what);
    this.name = 'NotFoundError';
  }
}

/** The actor may see the object but not do this to it. */
export class ForbiddenError extends Error {
  constructor(what = 'You are not allowed to do this') {
    super(what);
    this.name = 'ForbiddenError';
  }
}

/** Input that passed the schema but breaks a rule that needs the database to check. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}
