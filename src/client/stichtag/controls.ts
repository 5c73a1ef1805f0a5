/**
 * The Stichtag controls: slider, date field (only complete dates in range count; blur and Enter commit
 * or explain next to the field why not), presets, browser history and "Jahre abspielen".
 */
import { dateFromDayNumber, dayNumber } from '../../core/model/dates.ts';
import { readStichtagInput } from '../../core/model/stichtag-input.ts';

import { FIRST_STICHTAG, playSteps, stichtagFromSearch } from '../../core/views/stichtag.ts';
import type { IsoDate } from '../../core/model/types.ts';

import { apply, showDateMessage, type StichtagView } from './view.ts';

/** Returns the Stichtag the URL asks for (today when none or an invalid one). */
export function fromUrl(view: StichtagView): IsoDate {
  return stichtagFromSearch(location.search, view.today) ?? view.today;
}

function enableControl(view: StichtagView): void {
  const control = view.app.querySelector<HTMLFieldSetElement>('[data-stichtag-control]');
  if (control) control.disabled = false;
  if (view.slider) view.slider.max = String(dayNumber(view.today));
  if (view.dateInput) view.dateInput.max = view.today;
  const todayPreset = view.app.querySelector<HTMLButtonElement>('[data-stichtag-preset]');
  if (todayPreset) todayPreset.dataset.stichtagPreset = view.today;
}

function wireSlider(view: StichtagView, slider: HTMLInputElement): void {
  let frame = 0;
  slider.addEventListener('input', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => apply(view, dateFromDayNumber(Number(slider.value)), 'none'));
  });
  slider.addEventListener('change', () => apply(view, dateFromDayNumber(Number(slider.value)), 'push'));
}

// Chromium reports every typed digit as a change ("0002-10-10" on the way to 2017): while typing only a
// date in range is shown, without history; blur and Enter commit it, or explain next to the field why not.
function wireDateInput(view: StichtagView, input: HTMLInputElement): void {
  const read = () => readStichtagInput(input.value, FIRST_STICHTAG, view.today);
  const typed = () => {
    const reading = read();
    if (reading.kind === 'date' && reading.stichtag !== view.current?.stichtag) apply(view, reading.stichtag, 'none');
  };
  const commit = () => {
    const reading = read();
    if (reading.kind === 'date') apply(view, reading.stichtag, 'push');
    else showDateMessage(view, reading.message);
  };
  input.addEventListener('input', typed);
  input.addEventListener('change', typed);
  input.addEventListener('blur', commit);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') commit();
  });
}

/** "Jahre abspielen": steps through the years (slower, in whole years, with reduced motion); returns stop(). */
function wirePlay(view: StichtagView, button: HTMLButtonElement | null): () => void {
  let timer = 0;
  const stop = (): void => {
    if (!timer) return;
    window.clearInterval(timer);
    timer = 0;
    button?.setAttribute('aria-pressed', 'false');
    if (button) button.textContent = 'Jahre abspielen';
    if (view.current) apply(view, view.current.stichtag, 'push');
  };
  button?.addEventListener('click', () => {
    if (timer) return stop();
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const steps = playSteps(FIRST_STICHTAG, view.today, reduced ? 12 : 3);
    let i = 0;
    button.setAttribute('aria-pressed', 'true');
    button.textContent = 'Anhalten';
    const step = () => {
      const date = steps[i++];
      if (date === undefined) return stop();
      apply(view, date, 'none');
    };
    step();
    timer = window.setInterval(step, reduced ? 1500 : 250);
  });
  return stop;
}

/** Enables and wires every Stichtag control of the page. */
export function wireControls(view: StichtagView): void {
  enableControl(view);
  if (view.slider) wireSlider(view, view.slider);
  if (view.dateInput) wireDateInput(view, view.dateInput);
  const stopPlaying = wirePlay(view, view.app.querySelector<HTMLButtonElement>('[data-stichtag-play]'));
  for (const button of view.app.querySelectorAll<HTMLButtonElement>('[data-stichtag-preset]')) {
    button.addEventListener('click', () => {
      stopPlaying();
      apply(view, button.dataset.stichtagPreset ?? view.today, 'push');
    });
  }
  window.addEventListener('popstate', () => apply(view, fromUrl(view), 'none'));
}
