/**
 * PostgreSQL backend for scale-out (`SINHTRAC_STORE=postgres://...`): pooled connections (pg.Pool), schema applied
 * from `migrations/NNN_*.sql` in order, each in its own transaction, under an advisory lock so that several
 * instances starting together migrate once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrationsDir } from '../../engine/repo-paths.ts';
import type { AuditEntry } from './audit-entry.ts';
import type { RecordBackend, StorageFailure } from './backend.ts';
import { GroupCommit } from './group-commit.ts';
import type { RecordMeta } from './record.ts';
import type { SealedRecord } from './sealed-record.ts';

/** Arbitrary constant: the advisory lock id that serialises migrations. */
const migrationLockId = 0x5117_7ac;

export interface PostgresOptions {
  connectionString: string;
  /** Schema holding the tables (created when absent); tests use a unique one per run. */
  schema?: string;
  poolSize?: number;
}

export class PostgresBackend implements RecordBackend {
  readonly kind = 'postgres';
  private readonly auditWrites = new GroupCommit<AuditEntry>((entries) => this.insertAudit(entries));

  private constructor(
    private readonly pool: pg.Pool,
    readonly schema: string,
  ) {}

  static async connect(options: PostgresOptions): Promise<PostgresBackend> {
    const schema = options.schema ?? 'sinhtrac';
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 8,
      options: `-c search_path=${schema}`,
    });
    const backend = new PostgresBackend(pool, schema);
    try {
      await backend.migrate();
    } catch (err) {
      await pool.end();
      throw err;
    }
    return backend;
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [migrationLockId]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      const done = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      );
      const files = readdirSync(migrationsDir)
        .filter((f) => /^\d{3}_.*\.sql$/.test(f))
        .sort();
      for (const file of files) {
        const version = Number(file.slice(0, 3));
        if (done.has(version)) continue;
        await client.query('BEGIN');
        try {
          await client.query(readFileSync(join(migrationsDir, file), 'utf8'));
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw err;
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockId]).catch(() => undefined);
      client.release();
    }
  }

  /** One indexed read of a small column (migration 002: the sealed value's nonce, kept beside it). */
  async revision(cccd: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ revision: string }>(
      "SELECT encode(revision, 'hex') AS revision FROM records WHERE cccd = $1",
      [cccd],
    );
    return rows[0]?.revision;
  }

  async get(cccd: string): Promise<SealedRecord | undefined> {
    const { rows } = await this.pool.query<{ meta: RecordMeta; sealed: Buffer }>(
      'SELECT meta, sealed FROM records WHERE cccd = $1',
      [cccd],
    );
    const row = rows[0];
    return row === undefined ? undefined : { meta: row.meta, sealed: row.sealed };
  }

  /*
   * A record change and its audit entry are one statement (a data-modifying CTE feeding the audit INSERT): one
   * implicit transaction and one round trip. The audit row exists only if the change happened, and an audit
   * INSERT that fails takes the change back with it. rowCount is the audit rows written: 1 = changed.
   */
  async create(record: SealedRecord, audit: AuditEntry): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `WITH written AS (
         INSERT INTO records (cccd, meta, key_id, sealed) VALUES ($1, $2, $3, $4) ON CONFLICT (cccd) DO NOTHING
         RETURNING cccd)
       INSERT INTO audit (cccd, at, entry) SELECT cccd, $5, $6 FROM written`,
      [record.meta.cccd, record.meta, record.meta.keyId, record.sealed, audit.at, JSON.stringify(audit)],
    );
    return rowCount === 1;
  }

  async replace(record: SealedRecord, audit: AuditEntry): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `WITH written AS (
         UPDATE records SET meta = $2, key_id = $3, sealed = $4, updated_at = now() WHERE cccd = $1 RETURNING cccd)
       INSERT INTO audit (cccd, at, entry) SELECT cccd, $5, $6 FROM written`,
      [record.meta.cccd, record.meta, record.meta.keyId, record.sealed, audit.at, JSON.stringify(audit)],
    );
    return rowCount === 1;
  }

  async delete(cccd: string, audit: AuditEntry): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      `WITH gone AS (DELETE FROM records WHERE cccd = $1 RETURNING cccd)
       INSERT INTO audit (cccd, at, entry) SELECT cccd, $2, $3 FROM gone`,
      [cccd, audit.at, JSON.stringify(audit)],
    );
    return rowCount === 1;
  }

  async putMany(records: readonly SealedRecord[]): Promise<void> {
    if (records.length === 0) return;
    // One statement over arrays: a single round trip and one transaction per call.
    await this.pool.query(
      `INSERT INTO records (cccd, meta, key_id, sealed)
       SELECT * FROM unnest($1::text[], $2::jsonb[], $3::text[], $4::bytea[])
       ON CONFLICT (cccd) DO UPDATE SET meta = EXCLUDED.meta, key_id = EXCLUDED.key_id, sealed = EXCLUDED.sealed,
         updated_at = now()`,
      [
        records.map((r) => r.meta.cccd),
        records.map((r) => JSON.stringify(r.meta)),
        records.map((r) => r.meta.keyId),
        records.map((r) => Buffer.from(r.sealed.buffer, r.sealed.byteOffset, r.sealed.byteLength)),
      ],
    );
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM records');
    return Number(rows[0]?.n ?? 0);
  }

  async scan(afterCccd: string, limit: number): Promise<SealedRecord[]> {
    const { rows } = await this.pool.query<{ meta: RecordMeta; sealed: Buffer }>(
      'SELECT meta, sealed FROM records WHERE cccd > $1 ORDER BY cccd LIMIT $2',
      [afterCccd, limit],
    );
    return rows.map((r) => ({ meta: r.meta, sealed: r.sealed }));
  }

  /** Resolves once the entry is committed; entries arriving meanwhile share one INSERT (group commit). */
  appendAudit(entry: AuditEntry): Promise<void> {
    return this.auditWrites.add(entry);
  }

  private async insertAudit(entries: readonly AuditEntry[]): Promise<void> {
    await this.pool.query(
      `INSERT INTO audit (cccd, at, entry)
       SELECT * FROM unnest($1::char(12)[], $2::timestamptz[], $3::jsonb[])`,
      [entries.map((e) => e.cccd), entries.map((e) => e.at), entries.map((e) => JSON.stringify(e))],
    );
  }

  async auditFor(cccd: string, limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.pool.query<{ entry: AuditEntry }>(
      'SELECT entry FROM audit WHERE cccd = $1 ORDER BY at DESC, id DESC LIMIT $2',
      [cccd, limit],
    );
    return rows.map((r) => r.entry);
  }

  async getSetting(name: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.pool.query<{ value: Buffer }>('SELECT value FROM settings WHERE name = $1', [
      name,
    ]);
    return rows[0]?.value;
  }

  async putSetting(name: string, value: Uint8Array): Promise<void> {
    await this.pool.query(
      'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value',
      [name, Buffer.from(value)],
    );
  }

  async putSettingIfAbsent(name: string, value: Uint8Array): Promise<Uint8Array> {
    await this.pool.query(
      'INSERT INTO settings (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING',
      [name, Buffer.from(value)],
    );
    return (await this.getSetting(name)) as Uint8Array;
  }

  /**
   * 53100 disk_full (and out of memory or of connections: class 53) are the database's resources; class 08
   * (connection), 57P01-03 (shut down, restarting) and socket errors mean it is unreachable for now.
   */
  storageFailure(err: unknown): StorageFailure | undefined {
    const code = (err as { code?: unknown } | null)?.code;
    const message = (err as Error | null)?.message ?? String(err);
    if (code === '53100') return { reason: 'STORE_FULL', message: 'the database disk is full' };
    if (
      (typeof code === 'string' && (/^(08|53)/.test(code) || /^57P0[123]$/.test(code))) ||
      ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EPIPE'].includes(
        code as string,
      ) ||
      /Connection terminated|connection timeout/i.test(message)
    ) {
      return { reason: 'STORE_UNAVAILABLE', message: `the database is unavailable: ${message}` };
    }
    return undefined;
  }

  async probeWrite(): Promise<void> {
    await this.putSetting('write-probe', Buffer.from(new Date().toISOString()));
  }

  /** Bytes on disk of one of this schema's tables, indexes and TOAST included (benchmarks). */
  async relationBytes(table: 'records' | 'audit'): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      'SELECT pg_total_relation_size($1::regclass) AS n',
      [`${this.schema}.${table}`],
    );
    return Number(rows[0]?.n ?? 0);
  }

  /** Test helper: drops this backend's schema (never the default one by accident: the caller names it). */
  async dropSchema(schema: string): Promise<void> {
    if (schema !== this.schema) throw new Error('dropSchema: schema name mismatch');
    await this.pool.query(`DROP SCHEMA ${schema} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
