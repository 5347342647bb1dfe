/** The player's keyboard shortcuts (documented in the README and announced on the buttons). */
export type ShortcutAction = 'next' | 'back' | 'menu';

export const SHORTCUT_KEYS: Record<ShortcutAction, string> = {
  next: 'Alt+ArrowRight',
  back: 'Alt+ArrowLeft',
  menu: 'Alt+M',
};

export function shortcutFor(event: KeyboardEvent): ShortcutAction | undefined {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  if (event.key === 'ArrowRight') return 'next';
  if (event.key === 'ArrowLeft') return 'back';
  if (event.code === 'KeyM') return 'menu';
  return undefined;
}
