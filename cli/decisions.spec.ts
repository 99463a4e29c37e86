// The decision commands as a user calls them: ensemble on worker threads (the same output for any
// number of workers, and from shards merged), sensitivity, goal seek.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { captureCli as cli } from './capture-cli'
import { csvColumn } from './read-csv'

const directory = mkdtempSync(path.join(tmpdir(), 'carebalance-decisions-'))
const torbay = 'scenarios/torbay-integrated-shift.json'
const SLOW = 180_000

describe('carebalance ensemble and merge', () => {
  const args = [torbay, '--runs', '9', '--seed', '11', '--output', 'bed occupancy', '--output', 'population']

  it(
    'prints time then p10, p50 and p90 of each output, the same for 1 and 2 workers and from shards',
    async () => {
      const one = await cli('ensemble', ...args, '--workers', '1')
      expect(one.stderr).toBe('')
      expect(one.code).toBe(0)
      const lines = one.stdout.trim().split('\n')
      const header = lines[0].split(',')
      expect(header.slice(0, 4)).toEqual([
        'time',
        'bed occupancy p10',
        'bed occupancy p50',
        'bed occupancy p90',
      ])
      // An arrayed output stands for its elements.
      const bands = header.filter((h) => /^population\[[^\]]+\] p90$/.test(h)).length
      expect(bands).toBeGreaterThanOrEqual(4)
      expect(header).toHaveLength(1 + 3 * (1 + bands))
      expect(lines).toHaveLength(1 + 241)
      const row2030 =
        lines
          .find((line) => line.startsWith('2030,'))
          ?.split(',')
          .map(Number) ?? []
      expect(row2030[1]).toBeLessThan(row2030[2])
      expect(row2030[2]).toBeLessThan(row2030[3])

      const two = await cli('ensemble', ...args, '--workers', '2')
      expect(two.stdout).toBe(one.stdout)

      const files = []
      for (const shard of ['1/2', '2/2']) {
        const part = await cli('ensemble', ...args, '--workers', '1', '--shard', shard)
        expect(part.code).toBe(0)
        const file = path.join(directory, `shard-${shard.replace('/', '-of-')}.bin`)
        writeFileSync(file, part.bytes)
        files.push(file)
      }
      const merged = await cli('merge', files[1], files[0])
      expect(merged.stderr).toBe('')
      expect(merged.stdout).toBe(one.stdout)

      const missing = await cli('merge', files[0])
      expect(missing.code).toBe(1)
      expect(missing.stderr).toContain('shard 2 of 2 missing')
      const other = await cli('ensemble', ...args, '--seed', '12', '--workers', '1', '--shard', '2/2')
      const otherFile = path.join(directory, 'other-seed.bin')
      writeFileSync(otherFile, other.bytes)
      const mixed = await cli('merge', files[0], otherFile)
      expect(mixed.code).toBe(1)
      expect(mixed.stderr).toContain(`${otherFile}: belongs to another ensemble`)
    },
    SLOW,
  )

  it('refuses more runs than allowed and names a bad output before starting', async () => {
    const many = await cli('ensemble', torbay, '--runs', '10001')
    expect(many.stderr).toContain('--runs must be from 2 to 10000')
    const bogus = await cli('ensemble', torbay, '--runs', '4', '--output', 'bogus')
    expect(bogus.code).toBe(1)
    expect(bogus.stderr).toContain("--output: the model has no output named 'bogus'")
  })
})

describe('carebalance sensitivity', () => {
  it(
    'prints the tornado as CSV, largest swing first',
    async () => {
      const { code, stdout, stderr } = await cli(
        'sensitivity',
        torbay,
        '--output',
        'bed occupancy',
        '--at',
        '2030',
        '--workers',
        '2',
      )
      expect(stderr).toBe('')
      expect(code).toBe(0)
      const [header, ...rows] = stdout.trim().split('\n')
      expect(header).toBe('parameter,low value,high value,outcome at low,outcome at high,swing')
      expect(rows.length).toBeGreaterThan(20)
      const swings = rows.map((row) => Number(row.split(',').at(-1)))
      expect(swings).toEqual([...swings].sort((a, b) => b - a))
      for (const row of rows) {
        const [, , , low, high, swing] = row.split(',').map(Number)
        expect(swing).toBeCloseTo(Math.abs(high - low), 15)
      }
      // The bed closure ceiling decides whether a shift in a full hospital pays (docs/model.md).
      expect(rows[0].startsWith('bed closure occupancy ceiling,0.85,0.95,')).toBe(true)
    },
    SLOW,
  )
})

describe('carebalance seek', () => {
  it('prints one JSON line with the lever value that reaches the target', async () => {
    const { code, stdout } = await cli(
      'seek',
      torbay,
      '--lever',
      'hump fund',
      '--output',
      'health budget balance',
      '--at',
      '2030',
      '--target',
      '0',
    )
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(1)
    const answer = JSON.parse(stdout)
    expect(Object.keys(answer)).toEqual(['lever', 'value', 'achieved'])
    expect(answer.lever).toBe('hump fund')
    expect(answer.value).toBeGreaterThan(0)
    expect(answer.achieved).toBeGreaterThanOrEqual(0)
    expect(answer.achieved).toBeLessThan(1000)
    // Checked with a plain run: the hump fund found keeps the health partner out of deficit in 2030.
    const check = csvColumn(
      (await cli('run', torbay, '--set', `hump fund=${answer.value}`)).stdout,
      'health budget balance',
    )
    expect(check.values[check.times.indexOf(2030)]).toBeCloseTo(answer.achieved, 0)
  })

  it('exits 1 naming the lever and its range when no value reaches the target', async () => {
    const { code, stdout, stderr } = await cli(
      'seek',
      'scenarios/baseline.json',
      '--lever',
      'community shift share',
      '--output',
      'bed occupancy',
      '--at',
      '2030',
      '--target',
      '0.8',
    )
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toContain(
      "no value of 'community shift share' in its range 0 to 0.4 brings 'bed occupancy' in 2030 to 0.8",
    )
  })
})
