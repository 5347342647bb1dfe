declare module 'virtual:courseloom/course' {
  const bundle: import('./player-bundle.ts').PlayerBundle;
  export default bundle;
}
