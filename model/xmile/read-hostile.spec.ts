// What the reader does with input meant to hurt it, or just broken: every failure is a ModelError
// naming the file, never a hang, a memory blow-up or a raw TypeError.
import { describe, expect, it } from 'vitest'
import { ModelError } from '../errors'
import { readXmile } from './read'
import { inlineXmile } from './spec-helpers'
import { MAX_XMILE_BYTES } from './xml-tree'

function errorOf(read: () => unknown): ModelError {
  try {
    read()
  } catch (error) {
    if (error instanceof ModelError) return error
    throw new Error(`expected a ModelError, got ${String(error)}`)
  }
  throw new Error('expected a ModelError, got a model')
}

const billionLaughs = `<?xml version="1.0"?>
<!DOCTYPE xmile [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xmile version="1.0"><sim_specs><start>0</start><stop>1</stop></sim_specs>
<model><variables><aux name="a"><eqn>&lol9;</eqn></aux></variables></model></xmile>`

describe('readXmile: hostile input', () => {
  it('refuses entity expansion ("billion laughs") before parsing, naming file and line', () => {
    const error = errorOf(() => readXmile(billionLaughs, 'laughs.xmile'))
    expect(error.problems).toEqual([
      {
        file: 'laughs.xmile',
        line: 2,
        message:
          'DOCTYPE declarations are not accepted in XMILE files (they can expand entities without limit)',
      },
    ])
  })

  it('refuses any DOCTYPE, external ones included, and stray ENTITY declarations', () => {
    const external = inlineXmile('').replace('<xmile', '<!DOCTYPE xmile SYSTEM "file:///etc/passwd">\n<xmile')
    expect(errorOf(() => readXmile(external, 'x.xmile')).message).toContain('x.xmile:2: DOCTYPE declarations')
    const entity = inlineXmile('<!ENTITY x "y">')
    expect(errorOf(() => readXmile(entity)).message).toContain('ENTITY declarations are not accepted')
  })

  it('refuses files over the size limit without parsing them', () => {
    const padding = ' '.repeat(MAX_XMILE_BYTES)
    const error = errorOf(() => readXmile(inlineXmile(padding), 'huge.xmile'))
    expect(error.problems).toEqual([
      { file: 'huge.xmile', message: 'the model file is larger than 20 MB and was not read' },
    ])
  })

  it('counts the limit in UTF-8 bytes, not characters', () => {
    const accents = 'é'.repeat(MAX_XMILE_BYTES / 2 + 1)
    expect(
      errorOf(() => readXmile(inlineXmile(`<aux name="a"><doc>${accents}</doc></aux>`))).message,
    ).toContain('larger than 20 MB')
  })

  it('reports malformed XML with file and line', () => {
    const text = [
      '<xmile>',
      '  <model>',
      '    <variables>',
      '      <aux name="a"><eqn>1</eqn>',
      '    </variables>',
    ].join('\n')
    const error = errorOf(() => readXmile(text, 'broken.xmile'))
    expect(error.problems).toHaveLength(1)
    expect(error.problems[0]).toMatchObject({ file: 'broken.xmile', line: 5 })
    expect(error.message).toMatch(/^broken\.xmile:5: malformed XML/)
  })

  it('counts lines right in files with old Mac (CR) line endings', () => {
    const text = inlineXmile('<aux name="a"><eqn>1</eqn></aux>\n<aux><eqn>2</eqn></aux>').replace(/\n/g, '\r')
    expect(errorOf(() => readXmile(text, 'cr.xmile')).problems).toEqual([
      { file: 'cr.xmile', line: 8, message: 'a <aux> has no name' },
    ])
  })

  it('gives a ModelError for things that are not XMILE at all', () => {
    for (const text of [
      '',
      'hello',
      '{"json": true}',
      '<a/><b/>',
      '<html><body/></html>',
      '<xmile/>',
      '<xmile><model/></xmile>',
    ]) {
      expect(errorOf(() => readXmile(text, 'odd.xmile')).problems[0].file).toBe('odd.xmile')
    }
    expect(errorOf(() => readXmile(undefined as unknown as string)).message).toBe(
      'the model file is not text',
    )
  })

  it('refuses nesting deeper than any model needs', () => {
    const deep = `${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}`
    expect(errorOf(() => readXmile(inlineXmile(deep))).problems).toHaveLength(1)
  })

  it('is not fooled by names that are also JavaScript object properties', () => {
    const text = inlineXmile(
      '<aux name="__proto__"><eqn>1</eqn></aux><aux name="constructor"><eqn>2</eqn></aux><toString/>',
      { simSpecs: '<sim_specs method="constructor, euler"><start>0</start><stop>1</stop></sim_specs>' },
    )
    const model = readXmile(text)
    expect(model.time.method).toBe('euler')
    expect(model.variables.map((v) => v.name)).toEqual(['__proto__', 'constructor'])
    // Elements and attributes named so are refused by the parser itself, as a ModelError.
    expect(errorOf(() => readXmile(inlineXmile('<__proto__/>'))).message).toContain('__proto__')
    expect(errorOf(() => readXmile(inlineXmile('<aux constructor="1"/>'))).message).toContain('constructor')
  })

  it('never throws anything but a ModelError, however the file is cut or scrambled', () => {
    const source = inlineXmile(
      `
      <stock name="s"><eqn>1</eqn><inflow>f</inflow><non_negative/></stock>
      <flow name="f"><eqn>s * 0.1</eqn><gf type="discrete"><xpts>0,1</xpts><ypts>2,3</ypts></gf></flow>
      <aux name="v"><dimensions><dim name="d"/></dimensions><element subscript="a"><eqn>1</eqn></element></aux>`,
      {
        top: '<dimensions><dim name="d"><elem name="a"/></dim></dimensions><behavior><non_negative/></behavior>',
      },
    )
    let seed = 12345
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const candidates: string[] = []
    for (let cut = 0; cut < source.length; cut += 3) candidates.push(source.slice(0, cut))
    for (let i = 0; i < 400; i++) {
      const chars = [...source]
      for (let k = 0; k < 3; k++)
        chars[Math.floor(random() * chars.length)] = '<>/="&; x1'[Math.floor(random() * 10)]
      candidates.push(chars.join(''))
    }
    for (const text of candidates) {
      try {
        readXmile(text, 'fuzz.xmile')
      } catch (error) {
        if (!(error instanceof ModelError)) throw new Error(`raw ${String(error)} for:\n${text}`)
        expect(error.problems.every((p) => p.file === 'fuzz.xmile')).toBe(true)
      }
    }
  })
})
