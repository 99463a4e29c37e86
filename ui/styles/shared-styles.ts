// Styles every component shares: type, buttons and form controls, so the app reads as one piece.
import { css } from 'lit'

export const sharedStyles = css`
  :host {
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    color: #1d1d1d;
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4 {
    margin: 0 0 0.4rem;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.2rem;
  }
  h3 {
    font-size: 1.02rem;
  }
  button {
    font: inherit;
    font-size: 0.85rem;
    padding: 0.3rem 0.7rem;
    border: 1px solid #8a8a8a;
    border-radius: 4px;
    background: #fff;
    color: #1d1d1d;
    cursor: pointer;
  }
  button:hover {
    background: #f0f4f8;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid #0072b2;
    outline-offset: 1px;
  }
  button.primary {
    background: #0b5394;
    border-color: #0b5394;
    color: #fff;
  }
  button.primary:hover {
    background: #0a467d;
  }
  button.danger {
    border-color: #a33;
    color: #a33;
  }
  button[disabled] {
    opacity: 0.5;
    cursor: default;
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 0.9rem;
    font-weight: normal;
  }
  .muted {
    color: #555;
  }
  .small {
    font-size: 0.82rem;
  }
  /* Whoever asks their system for less motion gets none: no fades, no smooth scrolling. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`
