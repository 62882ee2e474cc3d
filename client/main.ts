import { Explorer } from './explorer/index.js';

declare global {
  interface Window {
    /** The running explorer, for debugging in the console and for end-to-end tests that click on the canvas. */
    skillgraph?: Explorer;
  }
}

const explorer = new Explorer();
window.skillgraph = explorer;
explorer.start().catch((error: unknown) => {
  console.error('Skillgraph failed to start', error);
  document.documentElement.dataset.ready = 'error';
});
