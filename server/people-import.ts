/**
 * The people CLI import: `npm run people:import -- people.csv|people.json [--dry-run]`.
 *
 * One person per CSV line (a header names the columns) or per JSON array item (or `{ "people": [...] }`):
 *   id, userName, displayName, email, timeZone, managerId, department, active, externalId, hrAdmin
 * `id` (the person id the host's token names) and `displayName` are required; `userName` defaults
 * to the email, then the id; `active` and `hrAdmin` take true/false (default true / false).
 * Every line goes through the SCIM write's checks (server/scim-users.ts); a manager must be in the
 * file or already provisioned. Any error: nothing is written, each is reported with its line.
 * Running it again with the same file changes nothing (idempotent).
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Db } from './db.js';
import { getPerson, setGrant } from './people.js';
import { checkUser, fieldsOf, ScimError, type UserFields } from './scim-resource.js';
import { putUser } from './scim-users.js';

export interface ImportRow {
  /** 1-based line (CSV: the file's line; JSON: the item's position). */
  line: number;
  id: string;
  fields: UserFields;
  hrAdmin: boolean;
}

export interface ImportReport {
  created: string[];
  updated: string[];
  unchanged: string[];
  errors: string[];
  dryRun: boolean;
}

const COLUMNS = ['id', 'userName', 'displayName', 'email', 'timeZone', 'managerId', 'department', 'active', 'externalId', 'hrAdmin'];

function bool(v: unknown, name: string, fallback: boolean): boolean {
  if (v === undefined || v === null || v === '') return fallback;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && /^(true|false|1|0|yes|no)$/i.test(v.trim())) return /^(true|1|yes)$/i.test(v.trim());
  throw new Error(`${name}: expected true or false, got ${JSON.stringify(v)}`);
}

const str = (v: unknown, name: string): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`${name}: expected text, got ${JSON.stringify(v)}`);
  const s = String(v).trim();
  return s === '' ? undefined : s;
};

/** One raw item as a row, or the reason it is not one. */
function toRow(raw: unknown, line: number): ImportRow | string {
  try {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error('expected an object with id, displayName, …');
    const r = raw as Record<string, unknown>;
    const unknown = Object.keys(r).filter((k) => !COLUMNS.includes(k));
    if (unknown.length) throw new Error(`unknown column(s) ${unknown.join(', ')} (known: ${COLUMNS.join(', ')})`);
    const id = str(r.id, 'id');
    const displayName = str(r.displayName, 'displayName');
    if (!id) throw new Error('id is required');
    if (!displayName) throw new Error('displayName is required');
    const email = str(r.email, 'email');
    const optional = {
      externalId: str(r.externalId, 'externalId'),
      email,
      timeZone: str(r.timeZone, 'timeZone'),
      managerId: str(r.managerId, 'managerId'),
      department: str(r.department, 'department'),
    };
    const fields: UserFields = {
      userName: str(r.userName, 'userName') ?? email ?? id,
      displayName,
      active: bool(r.active, 'active', true),
      ...Object.fromEntries(Object.entries(optional).filter(([, v]) => v !== undefined)),
    };
    return { line, id, fields: checkUser(fields, id), hrAdmin: bool(r.hrAdmin, 'hrAdmin', false) };
  } catch (err) {
    return `line ${line}: ${err instanceof ScimError ? err.message : (err as Error).message}`;
  }
}

/** Parses a file's text (`csv` or `json`) into rows and per-line errors. */
export function parsePeople(text: string, format: 'csv' | 'json'): { rows: ImportRow[]; errors: string[] } {
  let items: { raw: unknown; line: number }[];
  try {
    if (format === 'json') {
      const data = JSON.parse(text) as unknown;
      const list = Array.isArray(data) ? data : (data as { people?: unknown })?.people;
      if (!Array.isArray(list)) return { rows: [], errors: ['The JSON is neither an array of people nor { "people": [...] }.'] };
      items = list.map((raw, i) => ({ raw, line: i + 1 }));
    } else {
      const records = parseCsv(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as {
        record: unknown;
        info: { lines: number };
      }[];
      items = records.map(({ record, info }) => ({ raw: record, line: info.lines }));
    }
  } catch (err) {
    return { rows: [], errors: [`The file does not parse: ${(err as Error).message}`] };
  }
  const rows: ImportRow[] = [];
  const errors: string[] = [];
  for (const { raw, line } of items) {
    const row = toRow(raw, line);
    if (typeof row === 'string') errors.push(row);
    else rows.push(row);
  }
  return { rows, errors };
}

/** Checks across rows (duplicates, managers) and writes them unless `dryRun` or any error. */
export async function importPeople(
  db: Db,
  tenant: string,
  parsed: { rows: ImportRow[]; errors: string[] },
  dryRun = false,
): Promise<ImportReport> {
  const report: ImportReport = { created: [], updated: [], unchanged: [], errors: [...parsed.errors], dryRun };
  const ids = new Map<string, number>();
  const names = new Map<string, number>();
  for (const row of parsed.rows) {
    if (ids.has(row.id)) report.errors.push(`line ${row.line}: id "${row.id}" is also on line ${ids.get(row.id)}`);
    const name = row.fields.userName.toLowerCase();
    if (names.has(name)) report.errors.push(`line ${row.line}: userName "${row.fields.userName}" is also on line ${names.get(name)}`);
    ids.set(row.id, row.line);
    names.set(name, row.line);
  }
  for (const row of parsed.rows) {
    const m = row.fields.managerId;
    if (m && !ids.has(m) && !(await getPerson(db, tenant, m)))
      report.errors.push(`line ${row.line}: managerId "${m}" is neither in the file nor provisioned`);
  }
  if (report.errors.length) return report;
  for (const row of parsed.rows) {
    const before = await getPerson(db, tenant, row.id);
    if (dryRun) {
      const same = before && key(fieldsOf(before)) === key(row.fields);
      (before ? (same ? report.unchanged : report.updated) : report.created).push(row.id);
      continue;
    }
    try {
      const { person, created } = await putUser(db, tenant, row.id, row.fields);
      await setGrant(db, tenant, row.id, 'hr-admin', row.hrAdmin);
      (created ? report.created : person.version === before?.version ? report.unchanged : report.updated).push(row.id);
    } catch (err) {
      report.errors.push(`line ${row.line}: ${(err as Error).message}`);
      return report;
    }
  }
  return report;
}

const key = (f: UserFields) => JSON.stringify(Object.entries(f).sort(([a], [b]) => (a < b ? -1 : 1)));

export async function importFile(db: Db, path: string, { dryRun = false, tenant = 'default' } = {}): Promise<ImportReport> {
  const format = /\.json$/i.test(path) ? 'json' : /\.csv$/i.test(path) ? 'csv' : undefined;
  if (!format) return { created: [], updated: [], unchanged: [], errors: [`${path}: name it .csv or .json`], dryRun };
  return importPeople(db, tenant, parsePeople(await readFile(path, 'utf8'), format), dryRun);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    console.error('Usage: npm run people:import -- people.csv|people.json [--dry-run]');
    process.exit(2);
  }
  const { configFrom } = await import('./config.js');
  const { openDb } = await import('./db.js');
  const { migrate } = await import('./migrate.js');
  const config = configFrom();
  const db = await openDb(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir });
  try {
    await migrate(db);
    const r = await importFile(db, path, { dryRun });
    for (const e of r.errors) console.error(e);
    const verb = r.dryRun ? 'Would create' : 'Created';
    console.log(
      `${verb} ${r.created.length}, ${r.dryRun ? 'update' : 'updated'} ${r.updated.length}, unchanged ${r.unchanged.length}${r.errors.length ? `; ${r.errors.length} error(s), nothing written` : ''}.`,
    );
    process.exitCode = r.errors.length ? 1 : 0;
  } finally {
    await db.close();
  }
}
