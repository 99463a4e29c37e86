// The units check over every model of the SDXorg suite copy: none may crash it, and the warnings it
// gives are the ones listed here, each for a reason the table states. Adding a warning is adding a row.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { compile } from '../compile-model'
import { ModelError } from '../errors'
import { readXmile } from '../xmile/read'

const suiteDir = fileURLToPath(new URL('../../tests/fixtures/test-models/', import.meta.url))

/** Every model file of the suite, relative to its folder. */
const files = readdirSync(suiteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => /\.(xmile|stmx)$/i.test(file))
  .sort()

// The teacup declares its temperature in `degrees` but its heat loss in `deg/time`, and its
// characteristic time in `minutes` though the model's time unit is `Time`: genuine inconsistencies
// in teacup_legacy.stmx and teacup_w_diagram.xmile. teacup.stmx declares `deg` an alias of
// `Degrees` in <model_units>, so there stock and outflow agree; its heat-loss warning stays
// (minutes are not the model's Time), spelled with the unit names the aliases stand for.
const TEACUP_OUTFLOW = (stock: string, flow: string) =>
  `${stock}: units: outflow '${flow}' is in 'deg/time' but the stock's 'degrees' over time in 'time' need 'degrees/time'`
const TEACUP_HEAT_LOSS = (flow: string) =>
  `${flow}: units: equation gives 'degrees/minutes' but 'deg/time' are declared`

const EXPECTED: Record<string, string[]> = {
  'samples/teacup/teacup.stmx': [
    "heat loss to room: units: equation gives 'Degrees/Minutes' but 'deg/time' are declared",
  ],
  'samples/teacup/teacup_legacy.stmx': [
    TEACUP_OUTFLOW('teacup_temperature', 'heat_loss_to_room'),
    TEACUP_HEAT_LOSS('heat_loss_to_room'),
  ],
  'samples/teacup/teacup_w_diagram.xmile': [
    TEACUP_OUTFLOW('teacup_temperature', 'heat_loss_to_room'),
    TEACUP_HEAT_LOSS('heat_loss_to_room'),
  ],
}

describe('units check over the SDXorg suite', () => {
  it('finds the suite', () => {
    expect(files.length).toBeGreaterThan(50)
  })

  it.each(files)('%s', (file) => {
    const model = readXmile(readFileSync(suiteDir + file, 'utf8'), file)
    let warnings: string[]
    try {
      warnings = compile(model).warnings.map((warning) => `${warning.variable}: ${warning.message}`)
    } catch (error) {
      // Some suite files cannot be compiled as written (see the conformance table); not for units.
      expect(error).toBeInstanceOf(ModelError)
      expect((error as Error).message).not.toMatch(/units/)
      return
    }
    expect(warnings).toEqual(EXPECTED[file.replaceAll('\\', '/')] ?? [])
  })
})
