// placeholder until the care model lands
export function loadScenario(file: string, _text: string): never {
  throw new Error(`scenarios are not supported yet: ${file}`)
}
