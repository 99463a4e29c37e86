// Small inline XMILE documents for the reader's and writer's specs.

export interface InlineParts {
  /** Replaces the default <sim_specs> (0 to 10 by 1). */
  simSpecs?: string
  /** Placed at the file's top level, before <model>: <dimensions>, <behavior>, ... */
  top?: string
  /** Extra attributes on the root element. */
  rootAttributes?: string
}

const DEFAULT_SIM_SPECS = '<sim_specs><start>0</start><stop>10</stop><dt>1</dt></sim_specs>'

/** A whole XMILE file whose <variables> hold `variables`. */
export function inlineXmile(variables: string, parts: InlineParts = {}): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<xmile version="1.0" xmlns="http://docs.oasis-open.org/xmile/ns/XMILE/v1.0"${parts.rootAttributes ?? ''}>`,
    '<header><name>inline</name><vendor>test</vendor><product>test</product></header>',
    parts.simSpecs ?? DEFAULT_SIM_SPECS,
    parts.top ?? '',
    '<model><variables>',
    variables,
    '</variables></model>',
    '</xmile>',
  ].join('\n')
}

/** `<dimensions>` declaring each named dimension with the given elements. */
export function declareDimensions(dimensions: Record<string, string[]>): string {
  const dims = Object.entries(dimensions).map(
    ([name, elements]) => `<dim name="${name}">${elements.map((e) => `<elem name="${e}"/>`).join('')}</dim>`,
  )
  return `<dimensions>${dims.join('')}</dimensions>`
}
