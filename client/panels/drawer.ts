/** Widths at which the legend, filters and recurring tools leave the page for a drawer (keep in step with CSS). */
export const DRAWER_QUERY = '(max-width: 1180px)';

/**
 * The sidebar, which on narrow screens becomes a drawer: closed, it is inert (out of the tab order and hidden from
 * screen readers); open, it is a modal dialog over the page, which is inert in turn until Esc, the close button or
 * a click outside closes it, and focus returns to the button that opened it.
 */
export class Drawer {
  private readonly media: MediaQueryList;
  private opened = false;

  constructor(
    private readonly panel: HTMLElement,
    private readonly toggleButton: HTMLButtonElement,
    private readonly closeButton: HTMLButtonElement,
    private readonly backdrop: HTMLElement,
    /** What the open drawer covers: made inert while it is open. */
    private readonly behind: readonly HTMLElement[],
  ) {
    this.media = window.matchMedia(DRAWER_QUERY);
    toggleButton.addEventListener('click', () => (this.opened ? this.close() : this.open()));
    closeButton.addEventListener('click', () => this.close());
    backdrop.addEventListener('click', () => this.close());
    this.media.addEventListener('change', () => {
      this.opened = false;
      this.apply();
    });
    this.apply();
  }

  /** True when the sidebar is a drawer (narrow screens) rather than a column. */
  get isDrawer(): boolean {
    return this.media.matches;
  }

  get isOpen(): boolean {
    return this.isDrawer && this.opened;
  }

  open(): void {
    if (!this.isDrawer) return;
    this.opened = true;
    this.apply();
    this.panel.querySelector<HTMLElement>('input, select, button:not(.drawer-close)')?.focus();
  }

  /** Closes the drawer; focus goes back to the button that opens it. */
  close(): void {
    if (!this.opened) return;
    this.opened = false;
    this.apply();
    if (this.isDrawer) this.toggleButton.focus();
  }

  private apply(): void {
    const drawer = this.isDrawer;
    const open = drawer && this.opened;
    this.panel.classList.toggle('open', open);
    this.panel.toggleAttribute('inert', drawer && !open);
    if (drawer) {
      this.panel.setAttribute('role', 'dialog');
      this.panel.setAttribute('aria-modal', 'true');
    } else {
      this.panel.removeAttribute('role');
      this.panel.removeAttribute('aria-modal');
    }
    this.backdrop.hidden = !open;
    this.closeButton.hidden = !drawer;
    this.toggleButton.setAttribute('aria-expanded', String(open));
    for (const el of this.behind) el.toggleAttribute('inert', open);
    document.body.classList.toggle('drawer-open', open);
  }
}
