import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { captureCli as cli } from './capture-cli'

const directory = mkdtempSync(path.join(tmpdir(), 'carebalance-cli-'))

function xmileFile(
  name: string,
  variables: string,
  specs = '<start>0</start><stop>2</stop><dt>1</dt>',
): string {
  const file = path.join(directory, name)
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="utf-8"?>
<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0">
  <header><name>${name}</name></header>
  <sim_specs>${specs}</sim_specs>
  <model><variables>${variables}</variables></model>
</xmile>`,
  )
  return file
}

const tank = xmileFile(
  'tank.xmile',
  `<stock name="Water in tank"><eqn>10</eqn><outflow>drain</outflow></stock>
   <flow name="drain"><eqn>Water_in_tank * drain_fraction</eqn></flow>
   <aux name="drain fraction"><eqn>0.5</eqn></aux>`,
)

describe('carebalance run', () => {
  it('prints a time column then every variable, one row per saved time', async () => {
    const { code, stdout, stderr } = await cli('run', tank)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe(
      ['time,Water in tank,drain,drain fraction', '0,10,5,0.5', '1,5,2.5,0.5', '2,2.5,1.25,0.5', ''].join(
        '\n',
      ),
    )
  })

  it('sets constants with --set, as numbers or time series', async () => {
    const number = await cli('run', tank, '--set', 'drain fraction=0.1')
    expect(number.stdout.split('\n')[2]).toBe('1,9,0.9,0.1')
    const series = await cli('run', tank, '--set', 'Drain_Fraction=[[0, 0], [2, 1]]')
    expect(series.stdout.split('\n').slice(1, 4)).toEqual(['0,10,0,0', '1,10,5,0.5', '2,5,5,1'])
  })

  it('integrates with the method asked for', async () => {
    const rk4 = await cli('run', tank, '--method', 'rk4')
    expect(Number(rk4.stdout.split('\n')[2].split(',')[1])).toBeCloseTo(
      10 * (1 - 0.5 + 0.125 - 0.5 ** 3 / 6 + 0.5 ** 4 / 24),
    )
  })

  it('warns about unit mismatches on stderr and keeps stdout pure CSV', async () => {
    const file = xmileFile(
      'units.xmile',
      `<stock name="patients"><eqn>10</eqn><outflow>discharges</outflow><units>people</units></stock>
       <flow name="discharges"><eqn>patients * rate</eqn><units>beds/year</units></flow>
       <aux name="rate"><eqn>0.5</eqn><units>1/year</units></aux>`,
      '<start>0</start><stop>2</stop><dt>1</dt>',
    )
    const { code, stdout, stderr } = await cli('run', file)
    expect(code).toBe(0)
    expect(stdout.startsWith('time,patients,discharges,rate\n')).toBe(true)
    expect(stderr).toMatch(/^warning: .*variable 'discharges'.*units/m)
  })

  it('quotes names that contain commas', async () => {
    const file = path.join(directory, 'arrays.xmile')
    writeFileSync(
      file,
      `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"><sim_specs><start>0</start><stop>0</stop><dt>1</dt></sim_specs>
      <dimensions><dim name="a"><elem name="a1"/></dim><dim name="b"><elem name="b1"/></dim></dimensions>
      <model><variables><aux name="x"><dimensions><dim name="a"/><dim name="b"/></dimensions><eqn>1</eqn></aux></variables></model></xmile>`,
    )
    expect((await cli('run', file)).stdout.split('\n')[0]).toBe('time,"x[a1, b1]"')
  })

  it.each([
    [
      'unknown variable',
      '<aux name="a"><eqn>1 + nothing</eqn></aux>',
      /variable 'a', column 5: unknown variable 'nothing'/,
    ],
    [
      'unknown function',
      '<aux name="a"><eqn>WOBBLE(1)</eqn></aux>',
      /variable 'a', column 1: unknown function 'WOBBLE'/,
    ],
    [
      'wrong arity',
      '<aux name="a"><eqn>MAX()</eqn></aux>',
      /variable 'a', column 1: MAX takes at least 1 argument, got 0/,
    ],
    [
      'algebraic loop',
      '<aux name="a"><eqn>b</eqn></aux><aux name="b"><eqn>a + TIME</eqn></aux>',
      /algebraic loop: (a -> b -> a|b -> a -> b)/,
    ],
    [
      'NaN at a time',
      '<aux name="a"><eqn>LN(1 - TIME)</eqn></aux>',
      /variable 'a': value is NaN .* at time 2/,
    ],
  ])('reports a bad model (%s) on stderr with exit code 1', async (_, variables, message) => {
    const file = xmileFile('bad.xmile', variables)
    const { code, stdout, stderr } = await cli('run', file)
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(message)
    expect(stderr).toContain(file)
  })

  it('refuses malformed XML and entity expansion with a named error', async () => {
    const malformed = path.join(directory, 'malformed.xmile')
    writeFileSync(malformed, '<xmile version="1.0">\n<model>\n<variables>\n</model></xmile>')
    const broken = await cli('run', malformed)
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain(malformed)

    const bomb = path.join(directory, 'bomb.xmile')
    writeFileSync(
      bomb,
      `<?xml version="1.0"?><!DOCTYPE xmile [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><xmile>&b;</xmile>`,
    )
    const refused = await cli('run', bomb)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(bomb)
    expect(refused.stderr).toMatch(/DOCTYPE|entit/i)
  })

  it('sets a constant whatever its name, __proto__ included', async () => {
    const file = xmileFile(
      'proto.xmile',
      '<aux name="__proto__"><eqn>1</eqn></aux><aux name="constructor"><eqn>__proto__ * 2</eqn></aux>',
      '<start>0</start><stop>0</stop><dt>1</dt>',
    )
    const { code, stdout } = await cli('run', file, '--set', '__proto__=9')
    expect(code).toBe(0)
    expect(stdout).toBe('time,__proto__,constructor\n0,9,18\n')
  })

  it('writes names a spreadsheet would run as formulas as text', async () => {
    const file = xmileFile(
      'formula.xmile',
      '<aux name="=HYPERLINK(&quot;http://example.com&quot;,&quot;x&quot;)"><eqn>1</eqn></aux><aux name="@total"><eqn>2</eqn></aux>',
      '<start>0</start><stop>0</stop><dt>1</dt>',
    )
    const { stdout } = await cli('run', file)
    expect(stdout.split('\n')[0]).toBe(`time,"'=HYPERLINK(""http://example.com"",""x"")",'@total`)
  })

  it('saves every --save-every period, and warns when it is not a whole number of steps', async () => {
    const file = xmileFile(
      'long.xmile',
      '<aux name="t"><eqn>TIME</eqn></aux>',
      '<start>0</start><stop>10</stop><dt>0.5</dt>',
    )
    const every = await cli('run', file, '--save-every', '5')
    expect(every.stdout).toBe('time,t\n0,0\n5,5\n10,10\n')
    expect(every.stderr).toBe('')
    const rounded = await cli('run', file, '--save-every', '4.9')
    expect(rounded.stdout.split('\n')[2]).toBe('5,5')
    expect(rounded.stderr).toMatch(/warning: --save-every: save period 4.9 is not a multiple of dt 0.5/)
  })

  it('refuses a run whose results would exceed --memory-limit, saying how to make it fit', async () => {
    const file = xmileFile(
      'big.xmile',
      '<aux name="t"><eqn>TIME</eqn></aux>',
      '<start>0</start><stop>1000000</stop><dt>1</dt>',
    )
    const refused = await cli('run', file, '--memory-limit', '1MB')
    expect(refused.code).toBe(1)
    expect(refused.stdout).toBe('')
    expect(refused.stderr).toBe(
      `error: ${file}: the results would take 7.63 MB (1 outputs x 1,000,001 saved times), more than the limit of 1 MB: ` +
        'save less often with --save-every PERIOD, or raise the limit with --memory-limit SIZE\n',
    )
    const fits = await cli('run', file, '--memory-limit', '1MB', '--save-every', '1000')
    expect(fits.stdout.split('\n')).toHaveLength(1003)
  })

  it('streams long runs as rows rather than one string, at the pace of the reader', async () => {
    const file = xmileFile(
      'rows.xmile',
      '<aux name="t"><eqn>TIME</eqn></aux>',
      '<start>0</start><stop>100000</stop><dt>1</dt>',
    )
    const pieces: string[] = []
    const { main } = await import('./main')
    // A slow reader: each piece is taken a moment later, and the next waits for it.
    let waiting = false
    const slowWrite = (text: string) => {
      expect(waiting).toBe(false)
      pieces.push(text)
      waiting = true
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          waiting = false
          resolve()
        }),
      )
    }
    expect(await main(['run', file], slowWrite, () => {})).toBe(0)
    expect(pieces.length).toBeGreaterThan(10)
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(70_000)
    expect(pieces.join('').split('\n')).toHaveLength(100_003)
  })

  it('explains bad arguments', async () => {
    expect((await cli('run', tank, '--save-every', '0')).stderr).toMatch(
      /--save-every must be a positive number/,
    )
    expect((await cli('run', tank, '--memory-limit', 'lots')).stderr).toMatch(/--memory-limit must be a size/)
    expect((await cli('run', tank, '--method', 'heun')).stderr).toMatch(/--method must be euler or rk4/)
    expect((await cli('run', tank, '--set', 'drain fraction=lots')).stderr).toMatch(/'lots' is not a number/)
    expect((await cli('run', tank, '--set', 'nothing=1')).stderr).toMatch(
      /'nothing': is not a constant or graphical function/,
    )
    expect((await cli('frobnicate')).code).toBe(1)
  })
})

describe('carebalance bench', () => {
  it('prints one JSON line with the model, steps, variables and time per run', async () => {
    const { code, stdout } = await cli('bench', tank, '--runs', '5')
    expect(code).toBe(0)
    const line = JSON.parse(stdout)
    expect(Object.keys(line)).toEqual(['model', 'steps', 'variables', 'us_per_run'])
    expect(line).toMatchObject({ model: tank, steps: 2, variables: 3 })
    expect(line.us_per_run).toBeGreaterThan(0)
  })
})
