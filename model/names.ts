// XMILE identifiers are matched loosely: case does not matter, underscores, spaces and line breaks
// are the same character, and surrounding double quotes are not part of the name. Every lookup by
// name in the engine goes through canonicalName so a file, a scenario and the CLI all agree.

function canonicalPart(name: string): string {
  let text = name.trim()
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1)
  return text
    .normalize('NFC')
    .replace(/\\n/g, ' ')
    .replace(/\\"/g, '"')
    .toLowerCase()
    .replace(/[\s_]+/g, '_')
    .replace(/^_+|_+$/g, '')
}

/** `Teacup  Temperature`, `teacup_temperature` and `"Teacup\nTemperature"` give the same key. */
export function canonicalName(name: string): string {
  const subscripted = /^([^[]*)\[(.*)\]\s*$/s.exec(name.trim())
  if (!subscripted) return canonicalPart(name)
  const subscripts = subscripted[2].split(',').map(canonicalPart)
  return `${canonicalPart(subscripted[1])}[${subscripts.join(',')}]`
}

/** The output name of one element of an arrayed variable, as Stella and Vensim print it. */
export function elementName(variable: string, subscripts: readonly string[]): string {
  return `${variable}[${subscripts.join(', ')}]`
}
