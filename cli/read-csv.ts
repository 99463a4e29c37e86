// Reading the CLI's CSV back, for its specs: names with commas are quoted.
export function csvFields(line: string): string[] {
  return [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
    .slice(0, -1)
    .map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"'))
}

/** One column of a CSV by its header, as numbers, with the `time` column beside it. */
export function csvColumn(csv: string, name: string): { times: number[]; values: number[] } {
  const [header, ...rows] = csv.trim().split('\n')
  const index = csvFields(header).indexOf(name)
  if (index < 0) throw new Error(`no column '${name}'`)
  const cells = rows.map(csvFields)
  return { times: cells.map((c) => Number(c[0])), values: cells.map((c) => Number(c[index])) }
}
