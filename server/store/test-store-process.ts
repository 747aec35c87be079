/**
 * Test helper: another service process on the same embedded store (as SINHTRAC_PROCESSES starts them). Opens the
 * store in argv[2] (key argv[3], journal argv[4]) and runs one JSON command per stdin line, answering one JSON line
 * each: {"op":"create"|"replace"|"delete","cccd":"..."} -> {"ok":true|false,"face":"<hex of the face written>"}.
 */
import { createInterface } from 'node:readline';
import { openStore } from './open-store.ts';
import { changeAudit, generatedRecord } from './test-records.ts';

const [dataDir, keyFile, journal] = process.argv.slice(2) as [string, string, string];
const store = await openStore({
  store: '',
  dataDir,
  keyFile,
  auditJournal: journal,
  replayOtherJournals: false,
  cacheEntries: 100,
});
process.stdout.write('{"ready":true}\n');
for await (const line of createInterface({ input: process.stdin })) {
  const { op, cccd } = JSON.parse(line) as { op: 'create' | 'replace' | 'delete'; cccd: string };
  let answer: { ok: boolean; face?: string };
  if (op === 'delete') {
    answer = { ok: await store.delete(cccd, changeAudit(cccd, 'delete')) };
  } else {
    const record = generatedRecord(cccd);
    const written = await store[op](record, changeAudit(cccd, op));
    answer = { ok: written !== undefined, face: Buffer.from(record.faces[0]!.template).toString('hex') };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}
await store.close();
