import { describe, expect, it } from 'vitest';

import { type KeyInput, listCommand } from '@/components/invoke/instance-picker/keyboard';

function press(key: string, modifiers: Partial<KeyInput> = {}): KeyInput {
  return { key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers };
}

const COUNT = 100;
const PAGE = 11;

describe('listCommand: moving', () => {
  it('moves one row with the arrows and stops at the ends', () => {
    expect(listCommand(press('ArrowDown'), 4, COUNT, PAGE)).toEqual({ type: 'move', index: 5, extend: false });
    expect(listCommand(press('ArrowUp'), 4, COUNT, PAGE)).toEqual({ type: 'move', index: 3, extend: false });
    expect(listCommand(press('ArrowDown'), 99, COUNT, PAGE)).toEqual({ type: 'move', index: 99, extend: false });
    expect(listCommand(press('ArrowUp'), 0, COUNT, PAGE)).toEqual({ type: 'move', index: 0, extend: false });
  });

  it('starts at the first row when no row is active', () => {
    expect(listCommand(press('ArrowDown'), -1, COUNT, PAGE)).toMatchObject({ index: 0 });
    expect(listCommand(press('ArrowUp'), -1, COUNT, PAGE)).toMatchObject({ index: 0 });
    expect(listCommand(press('PageDown'), -1, COUNT, PAGE)).toMatchObject({ index: 10 });
  });

  it('jumps to the first and last rows with Home and End', () => {
    expect(listCommand(press('Home'), 50, COUNT, PAGE)).toMatchObject({ index: 0 });
    expect(listCommand(press('End'), 50, COUNT, PAGE)).toMatchObject({ index: 99 });
  });

  it('pages by one screen less a row, so the last row seen stays in view', () => {
    expect(listCommand(press('PageDown'), 20, COUNT, PAGE)).toMatchObject({ index: 30 });
    expect(listCommand(press('PageUp'), 20, COUNT, PAGE)).toMatchObject({ index: 10 });
    expect(listCommand(press('PageDown'), 95, COUNT, PAGE)).toMatchObject({ index: 99 });
    expect(listCommand(press('PageUp'), 5, COUNT, PAGE)).toMatchObject({ index: 0 });
  });

  it('brings a stale active position back inside a list that shrank', () => {
    expect(listCommand(press('ArrowUp'), 500, COUNT, PAGE)).toMatchObject({ index: 98 });
  });

  it('extends the selection when Shift is held', () => {
    expect(listCommand(press('ArrowDown', { shiftKey: true }), 4, COUNT, PAGE)).toEqual({ type: 'move', index: 5, extend: true });
    expect(listCommand(press('End', { shiftKey: true }), 4, COUNT, PAGE)).toEqual({ type: 'move', index: 99, extend: true });
  });
});

describe('listCommand: choosing', () => {
  it('toggles with Space and Enter; Shift+Space selects a range', () => {
    expect(listCommand(press(' '), 3, COUNT, PAGE)).toEqual({ type: 'toggle', range: false });
    expect(listCommand(press('Enter'), 3, COUNT, PAGE)).toEqual({ type: 'toggle', range: false });
    expect(listCommand(press(' ', { shiftKey: true }), 3, COUNT, PAGE)).toEqual({ type: 'toggle', range: true });
  });

  it('selects all matching with Ctrl+A or Cmd+A', () => {
    expect(listCommand(press('a', { ctrlKey: true }), 3, COUNT, PAGE)).toEqual({ type: 'select-all' });
    expect(listCommand(press('A', { metaKey: true, shiftKey: true }), 3, COUNT, PAGE)).toEqual({ type: 'select-all' });
  });

  it('sends / to the search box', () => {
    expect(listCommand(press('/'), 3, COUNT, PAGE)).toEqual({ type: 'focus-search' });
  });

  it('leaves other keys, Alt chords and an empty list alone', () => {
    expect(listCommand(press('Tab'), 3, COUNT, PAGE)).toBeNull();
    expect(listCommand(press('x'), 3, COUNT, PAGE)).toBeNull();
    expect(listCommand(press('ArrowDown', { altKey: true }), 3, COUNT, PAGE)).toBeNull();
    expect(listCommand(press('ArrowDown'), -1, 0, PAGE)).toBeNull();
    expect(listCommand(press(' '), -1, 0, PAGE)).toBeNull();
  });
});
