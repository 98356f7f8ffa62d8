/**
 * The PGlite data folder's lock file: PGlite is one process's database, so a second server on the
 * same folder must stop with a clear error instead of corrupting it. The file holds the owner's
 * pid; a lock whose pid is no longer running (a crash, a SIGKILL) is stale and taken over.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface Lock {
  readonly path: string;
  release(): Promise<void>;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Taiwa server (pid ${pid}). Stop that server, or set TAIWA_DATA_DIR to another folder.`,
    );
    this.name = 'DataDirLockedError';
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function acquireLock(dataDir: string): Promise<Lock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, 'taiwa-server.lock');
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${process.pid}\n`);
      await file.close();
      let released = false;
      return {
        path,
        release: async () => {
          if (released) return;
          released = true;
          await rm(path, { force: true });
        },
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number.parseInt((await readFile(path, 'utf8').catch(() => '')).trim(), 10);
    if (alive(owner) && owner !== process.pid) throw new DataDirLockedError(dataDir, owner);
    if (owner === process.pid) throw new DataDirLockedError(dataDir, owner);
    // Stale (its process is gone) or unreadable: take it over.
    await rm(path, { force: true });
  }
  throw new Error(`Could not take the lock ${path}`);
}
