import { describe, expect, it } from 'vitest'
import { rankParameters, ranks, spearman } from './rank-correlation'

describe('rank correlation', () => {
  it('ranks from 1, ties sharing their mean rank', () => {
    expect(Array.from(ranks([10, 30, 20, 30]))).toEqual([1, 3.5, 2, 3.5])
  })

  it('is 1 for any increasing relation and -1 for any decreasing one', () => {
    const x = [1, 2, 3, 4, 5, 6]
    expect(
      spearman(
        x,
        x.map((v) => v ** 3),
      ),
    ).toBeCloseTo(1, 12)
    expect(
      spearman(
        x,
        x.map((v) => Math.exp(-v)),
      ),
    ).toBeCloseTo(-1, 12)
  })

  it('matches a value worked by hand: d² = 2 over five pairs gives 1 - 6·2/(5·24) = 0.9', () => {
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 3, 4, 5])).toBeCloseTo(0.9, 12)
  })

  it('leaves out runs without a number and says NaN when nothing varies', () => {
    expect(spearman([1, 2, Number.NaN, 3], [1, 2, 7, 3])).toBeCloseTo(1, 12)
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNaN()
  })

  it('orders parameters by the size of their correlation with the outcome', () => {
    // Four runs of two parameters: the outcome falls exactly with b's order and mostly rises with a.
    const draws = [1, 30, 2, 10, 3, 20, 4, 5]
    const outcome = [1, 3, 2, 4]
    const ranked = rankParameters(['a', 'b'], draws, outcome)
    expect(ranked.map((r) => r.name)).toEqual(['b', 'a'])
    expect(ranked[0].rho).toBeCloseTo(-1, 12)
    expect(ranked[1].rho).toBeCloseTo(0.8, 12)
  })
})
