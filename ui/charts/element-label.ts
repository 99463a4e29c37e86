// Array element names are identifiers in the model (`age65to74`); readers want `65–74`.
// The rewrite is generic so any age-banded array reads well without the UI knowing the model.

export function elementLabel(element: string): string {
  const range = /^age_?(\d+)_?to_?(\d+)$/i.exec(element)
  if (range) return `${range[1]}–${range[2]}`
  const plus = /^age_?(\d+)_?plus$/i.exec(element)
  if (plus) return `${plus[1]}+`
  const under = /^under_?(\d+)$/i.exec(element)
  if (under) return `0–${Number(under[1]) - 1}`
  return element.replace(/_/g, ' ')
}
