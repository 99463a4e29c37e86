import { describe, expect, it } from 'vitest'
import { UndoHistory } from './undo-history'

/** A value with a history of changes to it, at a clock the test moves. */
function setup() {
  let clock = 0
  const state = { value: 0, name: 'a' }
  const history = new UndoHistory(
    () => undefined,
    1000,
    200,
    () => clock,
  )
  const setValue = (value: number) => {
    const before = state.value
    state.value = value
    history.record({
      label: 'Move lever',
      key: 'lever',
      undo: () => setValue(before),
      redo: () => setValue(value),
    })
  }
  const rename = (name: string) => {
    const before = state.name
    state.name = name
    history.record({ label: 'Rename', key: 'name', undo: () => rename(before), redo: () => rename(name) })
  }
  return { state, history, setValue, rename, tick: (ms: number) => (clock += ms) }
}

describe('UndoHistory', () => {
  it('undoes one slider drag as one step, and redoes it', () => {
    const { state, history, setValue, tick } = setup()
    for (const v of [1, 2, 3, 4]) {
      setValue(v)
      tick(50)
    }
    expect(history.undoLabel).toBe('Move lever')
    expect(history.undo()).toBe('Move lever')
    expect(state.value).toBe(0)
    expect(history.canUndo).toBe(false)
    expect(history.redo()).toBe('Move lever')
    expect(state.value).toBe(4)
  })

  it('keeps separate steps for separate gestures and different things, in order', () => {
    const { state, history, setValue, rename, tick } = setup()
    setValue(1)
    tick(2000)
    setValue(2)
    rename('b')
    history.undo()
    expect(state).toEqual({ value: 2, name: 'a' })
    history.undo()
    expect(state.value).toBe(1)
    history.undo()
    expect(state.value).toBe(0)
    expect(history.undo()).toBeUndefined()
  })

  it('forgets what was undone once a new change is made', () => {
    const { state, history, setValue, rename, tick } = setup()
    setValue(5)
    tick(2000)
    history.undo()
    rename('c')
    expect(history.canRedo).toBe(false)
    expect(history.redo()).toBeUndefined()
    expect(state).toEqual({ value: 0, name: 'c' })
  })

  it('skips steps whose subject is gone', () => {
    const history = new UndoHistory()
    let alive = true
    let undone = 0
    history.record({
      label: 'Gone',
      key: 'x',
      undo: () => undone++,
      redo: () => undefined,
      alive: () => alive,
    })
    alive = false
    expect(history.canUndo).toBe(false)
    expect(history.undo()).toBeUndefined()
    expect(undone).toBe(0)
  })
})
