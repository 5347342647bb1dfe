import bundle from 'virtual:courseloom/course';
import { mount } from 'svelte';
import Harness from './Harness.svelte';
import { HarnessState } from './harness.svelte.ts';
import { chooseVersion, DEFAULT_VERSION_META } from './scorm-version.ts';
import { installStandardApi } from './standard-api.ts';
import './preview.css';

const target = document.getElementById('harness');
if (!target) throw new Error('preview.html has no #harness element');

const serverDefault = document.querySelector(`meta[name="${DEFAULT_VERSION_META}"]`)?.getAttribute('content');
const { course } = bundle;
document.title = `Courseloom 预览 · ${course.code} ${course.title}`;

// `?reset` (used by the browser tests) starts from nothing once; reloading then keeps the data.
const params = new URLSearchParams(location.search);
const reset = params.has('reset');
if (reset) {
  params.delete('reset');
  history.replaceState(history.state, '', `${location.pathname}?${params}${location.hash}`);
}

// The constructor installs the API on this window, so it is there before the course frame loads.
const state = new HarnessState({
  version: chooseVersion(location.search, serverDefault),
  course,
  storage: localStorage,
  reset,
  install: (api) => installStandardApi(window, api),
  // On the dev server the catalogue at ./ chose the course; the course frame must show the same one.
  ...(import.meta.env.DEV ? { catalogue: './' } : {}),
  ...(params.has('course') ? { frameSrc: `./index.html?course=${encodeURIComponent(params.get('course') ?? '')}` } : {}),
});
mount(Harness, { target, props: { state } });
