// What the app tells the analyst in its message line, and the area edit it holds back until the
// analyst confirms it: plain data that components read from the app state.

export interface Notice {
  kind: 'error' | 'info'
  text: string
  /** A button beside the text, e.g. to use a shared scenario's baseline edits. */
  action?: { label: string; run: () => void }
}

/** An area edit refused until the analyst confirms it is outside the sourced range. */
export interface RefusedEdit {
  areaId: string
  name: string
  value: number
}
