import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CaptureMap } from '../../renderer/src/capture/CaptureMap';
import { present } from './present';
import { renderStudioWithMap } from './renderStudio';
import { commuteMap } from './sampleMaps';

const labelLayer = () =>
  present(document.querySelector<HTMLElement>('.react-flow__edgelabel-renderer'), 'edge-label layer');

describe('link labels on the canvas', () => {
  it('draws a label in the edge-label layer, which lies above the cards', async () => {
    await renderStudioWithMap();

    const label = within(labelLayer()).getByText('after the ride');
    expect(label.classList).toContain('link-label');
    // The layer holds only labelled links; an unlabelled one draws no empty pill.
    expect(labelLayer().querySelectorAll('.link-label')).toHaveLength(1);
    // No SVG copy of the text stays under the cards.
    expect(document.querySelector('.react-flow__edge-text')).toBeNull();
  });

  it('opens the label editor on a double-click on the label, and saves what is typed', async () => {
    const { store } = await renderStudioWithMap();

    fireEvent.doubleClick(within(labelLayer()).getByText('after the ride'));
    const field = await screen.findByRole('textbox', { name: 'Link label' });
    expect((field as HTMLInputElement).value).toBe('after the ride');
    await userEvent.clear(field);
    await userEvent.type(field, 'once parked{Enter}');

    expect(within(labelLayer()).getByText('once parked')).toBeTruthy();
    const link = present(store.getState().doc, 'document').map.links.find((each) => each.id === 'lk-2');
    expect(link?.label).toBe('once parked');
  });
});

describe('link labels in the PNG capture', () => {
  it('draws each label after (above) every card, as text', () => {
    const map = commuteMap();
    const hostile = '<img src=x onerror="alert(1)"> & more';
    map.links = map.links.map((link) => (link.id === 'lk-1' ? { ...link, label: hostile } : link));
    render(<CaptureMap map={map} background />);

    const cards = [...document.querySelectorAll('.capture-node--item')];
    expect(cards.length).toBeGreaterThan(2);
    const labels = ['after the ride', hostile].map((text) => screen.getByText(text));
    for (const label of labels) {
      expect(label.classList).toContain('link-label');
      for (const card of cards) {
        // FOLLOWING: the label comes after the card in document order, so it paints over it.
        expect(card.compareDocumentPosition(label) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      }
    }
    expect(document.querySelector('.capture-map img')).toBeNull();
    // Lines and arrows stay under the cards, and carry no second copy of the text.
    expect(document.querySelectorAll('.capture-links .journey-link')).toHaveLength(map.links.length);
    expect(document.querySelector('.capture-links text')).toBeNull();
  });
});
