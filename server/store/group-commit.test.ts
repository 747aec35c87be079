import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

describe('group commit', () => {
  it('writes what arrives during a write as one next batch, and resolves each add with its batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const group = new GroupCommit<number>((items) => {
      batches.push([...items]);
      return new Promise((r) => (release = r));
    }, 1);
    const first = group.add(0);
    const rest = [1, 2, 3].map((n) => group.add(n));
    expect(batches).toEqual([[0]]);
    release();
    await first;
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([[0], [1, 2, 3]]);
    release();
    await Promise.all(rest);
  });

  it('rejects the adds of a batch that failed, and goes on with the next', async () => {
    let fail = true;
    const group = new GroupCommit<number>(async () => {
      if (fail) throw new Error('connection lost');
    }, 1);
    await expect(group.add(1)).rejects.toThrow('connection lost');
    fail = false;
    await expect(group.add(2)).resolves.toBeUndefined();
  });
});
