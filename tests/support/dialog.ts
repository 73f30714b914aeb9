/**
 * `HTMLDialogElement.showModal()` and `close()` for jsdom: jest's jsdom 20 has the element (and its
 * `open` attribute, which its style sheet shows and hides) but not these methods. Installed only
 * where they are missing, and only what the spec's steps do to the element, as Chromium does them:
 * - `showModal()` sets `open`; on a dialog already open as modal it does nothing; on one open
 *   otherwise (`show()`, the attribute) or not in a document it throws an InvalidStateError.
 * - `close()` removes `open` and then, in a later task, fires `close`; on a closed dialog it does nothing.
 * No top layer, no inert page, no focus moves, no `cancel` on Escape: what a modal dialog really
 * does (the page behind inert, Tab kept inside, Escape's `cancel`, focus back to the opener) is
 * proven in Chromium by the feed's keyboard journey (tests/e2e/keyboard.journey.test.ts), not here.
 */
export function installDialogStandIn(dialog: typeof HTMLDialogElement): void {
  const proto = dialog.prototype;
  const modal = new WeakSet<HTMLDialogElement>();
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function showModal(this: HTMLDialogElement): void {
      if (this.open && modal.has(this)) return;
      if (this.open) throw new DOMException('The dialog is already open as a non-modal dialog.', 'InvalidStateError');
      if (!this.isConnected) throw new DOMException('The dialog is not in a document.', 'InvalidStateError');
      this.open = true;
      modal.add(this);
    };
  }
  if (typeof proto.close !== 'function') {
    proto.close = function close(this: HTMLDialogElement): void {
      if (!this.open) return;
      this.open = false;
      modal.delete(this);
      setTimeout(() => this.dispatchEvent(new Event('close')), 0);
    };
  }
}
