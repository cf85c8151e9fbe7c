/** Another import is running; imports run one at a time. */
export class ImportBusyError extends Error {
  constructor(
    readonly holder: string,
    readonly startedAt: Date,
  ) {
    super(`Another import is running (started ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC by ${holder}); try again when it has finished.`);
    this.name = 'ImportBusyError';
  }
}
