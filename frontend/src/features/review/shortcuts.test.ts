import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor } from './shortcuts';

function keydown(key: string, target: HTMLElement, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  Object.defineProperty(event, 'target', { value: target });
  return event;
}

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as HTMLElement;
}

describe('shortcuts', () => {
  it('maps the keys to actions outside fields', () => {
    const button = element('<button>x</button>');
    expect(shortcutFor(keydown('j', button))).toBe('next');
    expect(shortcutFor(keydown('k', button))).toBe('previous');
    expect(shortcutFor(keydown('a', button))).toBe('approve');
    expect(shortcutFor(keydown('A', button, { shiftKey: true }))).toBe('bulk');
    expect(shortcutFor(keydown('r', button))).toBe('reject');
    expect(shortcutFor(keydown('e', button))).toBe('edit');
    expect(shortcutFor(keydown('x', button))).toBe('select');
    expect(shortcutFor(keydown('?', button, { shiftKey: true }))).toBe('help');
    expect(shortcutFor(keydown('q', button))).toBeNull();
  });

  it('ignores typing, modifiers and a held key', () => {
    const button = element('<button>x</button>');
    for (const html of ['<input type="text">', '<input>', '<textarea></textarea>', '<select></select>', '<div contenteditable="true"></div>', '<input type="search">']) {
      const field = element(html);
      if (html.includes('contenteditable')) Object.defineProperty(field, 'isContentEditable', { value: true });
      expect(isTypingTarget(field)).toBe(true);
      expect(shortcutFor(keydown('a', field))).toBeNull();
    }
    expect(isTypingTarget(element('<input type="checkbox">'))).toBe(false);
    expect(shortcutFor(keydown('a', button, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(keydown('j', button, { metaKey: true }))).toBeNull();
    expect(shortcutFor(keydown('a', button, { repeat: true }))).toBeNull();
    expect(shortcutFor(keydown('j', button, { repeat: true }))).toBe('next');
  });
});
