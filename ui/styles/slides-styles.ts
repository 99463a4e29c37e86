// Present mode's styles: the slide picker, and the show, whose 16:9 stage is as large as the
// screen allows (the whole of a 1920 x 1080 screen), with controls that fade when the pointer rests.
import { css } from 'lit'

export const slidesStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: 1px solid #d6d6d6;
    border-radius: 6px;
    background: #fff;
    margin: 0 0 0.8rem;
  }
  fieldset > label {
    display: block;
    padding: 0.15rem 0;
  }
  .slide-list {
    columns: 2 24rem;
    margin: 0;
    padding-left: 1.6rem;
  }
  .slide-list li {
    break-inside: avoid;
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    padding: 0.1rem 0;
  }
  .slide-list .move {
    display: flex;
    gap: 0.25rem;
  }
  /* At least 24 px square (WCAG 2.2, 2.5.8 target size). */
  .slide-list .move button {
    min-width: 24px;
    min-height: 24px;
    padding: 0 0.45rem;
    font-size: 0.85rem;
  }
  label.greyscale {
    display: block;
    margin: 0 0 0.6rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .show {
    position: fixed;
    inset: 0;
    z-index: 100;
    background: #1b1b1b;
    display: grid;
    place-items: center;
    outline: none;
  }
  .stage {
    width: min(100vw, calc(100vh * 16 / 9));
    aspect-ratio: 16 / 9;
    background: #fff;
  }
  .stage svg {
    display: block;
    width: 100%;
    height: 100%;
  }
  .controls {
    position: fixed;
    right: 1rem;
    bottom: 1rem;
    display: flex;
    gap: 0.4rem;
    align-items: center;
    padding: 0.35rem 0.5rem;
    background: rgba(255, 255, 255, 0.95);
    border: 1px solid #999;
    border-radius: 6px;
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.25);
    opacity: 0;
    transition: opacity 0.3s;
  }
  .controls.shown,
  .controls:focus-within,
  .controls:hover {
    opacity: 1;
  }
  .count {
    font-size: 0.85rem;
    min-width: 3.5rem;
    text-align: center;
  }
`
