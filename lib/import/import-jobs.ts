// Imports started from the web run in the background of the server process, so the upload request
// returns at once and the page polls for progress. Jobs live in memory: they are a view of work in
// progress; the lasting record is the Import row written in the import's transaction.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { TActor } from '@/lib/auth/actor';
import { toSafeLogLine } from '@/lib/safe-log';
import { ImportError, type TImportErrorDetails } from './coursera/import-error';
import { ImportBusyError } from './import-busy-error';
import { importExport, type TImportProgress, type TImportSummary } from './import-export';

export type TImportJob = {
  id: string;
  ownerUserId: string;
  sourceName: string;
  bytes: number;
  startedAt: string;
  state: 'running' | 'succeeded' | 'failed';
  progress: TImportProgress | null;
  summary: TImportSummary | null;
  error: { message: string; details: TImportErrorDetails | null } | null;
};

const globalForJobs = globalThis as unknown as { certqaImportJobs?: Map<string, TImportJob> };
globalForJobs.certqaImportJobs ??= new Map<string, TImportJob>();
const jobs = globalForJobs.certqaImportJobs;
const MAX_KEPT_JOBS = 50;

export function startImportJob(actor: TActor, upload: { path: string; sourceName: string; bytes: number }): TImportJob {
  const job: TImportJob = {
    id: randomUUID(),
    ownerUserId: actor.userId,
    sourceName: upload.sourceName,
    bytes: upload.bytes,
    startedAt: new Date().toISOString(),
    state: 'running',
    progress: null,
    summary: null,
    error: null,
  };
  jobs.set(job.id, job);
  while (jobs.size > MAX_KEPT_JOBS) jobs.delete(jobs.keys().next().value as string);
  void importExport(actor, {
    sourcePath: upload.path,
    sourceName: upload.sourceName,
    onProgress: (progress) => {
      job.progress = progress;
    },
  })
    .then((summary) => {
      job.summary = summary;
      job.state = 'succeeded';
    })
    .catch((error: unknown) => {
      job.state = 'failed';
      if (error instanceof ImportError) job.error = { message: error.message, details: error.toDetails() };
      else if (error instanceof ImportBusyError) job.error = { message: error.message, details: null };
      else {
        console.error(`import failed: ${toSafeLogLine(error)}`);
        job.error = { message: 'The import failed unexpectedly; nothing was changed. The server log has the details.', details: null };
      }
    })
    .finally(() => rm(upload.path, { force: true }));
  return job;
}

/** A job is visible only to the user who started it. */
export function getImportJob(actor: TActor, jobId: string): TImportJob | null {
  const job = jobs.get(jobId);
  return job && job.ownerUserId === actor.userId ? job : null;
}
