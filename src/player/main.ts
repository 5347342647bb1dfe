import bundle from 'virtual:courseloom/course';
import { mount } from 'svelte';
import App from './App.svelte';
import { loadMotion } from './motion.ts';
import './theme.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
document.documentElement.lang = bundle.course.language;
document.title = `${bundle.course.code} ${bundle.course.title}`;
mount(App, { target, props: { bundle } });
void loadMotion();
