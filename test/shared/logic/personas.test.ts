import { describe, expect, it } from 'vitest';
import { addPersona, deletePersona, describePersonaDeletion, updatePersona } from '../../../shared/logic';
import { edit, expectValid, richMap } from './support';

describe('addPersona', () => {
  it('adds a persona with the given details, dropping blank list entries', () => {
    const { map, result } = edit(richMap(), (draft) =>
      addPersona(draft, {
        id: 'p-senior',
        name: 'Retiree',
        segment: '65+',
        goals: ['Fresh food', ''],
        needs: [],
      }),
    );
    expect(result.ok).toBe(true);
    expect(map.personas.at(-1)).toEqual({
      id: 'p-senior',
      name: 'Retiree',
      segment: '65+',
      goals: ['Fresh food'],
    });
    expectValid(map);
  });

  it('inserts at an index and refuses a taken id', () => {
    const { map } = edit(richMap(), (draft) => addPersona(draft, { id: 'p-first', name: 'First' }, 0));
    expect(map.personas.map((persona) => persona.id)).toEqual(['p-first', 'p-parent', 'p-student']);
    expect(edit(richMap(), (draft) => addPersona(draft, { id: 'p-parent', name: 'Again' })).result).toEqual({
      ok: false,
      error: { reason: 'id-taken', id: 'p-parent' },
    });
  });
});

describe('updatePersona', () => {
  it('changes the given fields and removes cleared ones', () => {
    const { map } = edit(richMap(), (draft) =>
      updatePersona(draft, 'p-parent', {
        name: 'Working parent',
        segment: null,
        frustrations: ['Slots gone'],
      }),
    );
    expect(map.personas[0]).toEqual({
      id: 'p-parent',
      name: 'Working parent',
      goals: ['Save an evening a week'],
      frustrations: ['Slots gone'],
    });
  });

  it('reports a persona that is gone', () => {
    expect(edit(richMap(), (draft) => updatePersona(draft, 'p-gone', { name: 'x' })).result).toEqual({
      ok: false,
      error: { reason: 'not-found', recordKind: 'persona', id: 'p-gone' },
    });
  });
});

describe('deletePersona', () => {
  it('removes the persona from items and quotes, which stay', () => {
    const before = richMap();
    const described = describePersonaDeletion(before, 'p-parent');
    const { map, result } = edit(before, (draft) => deletePersona(draft, 'p-parent'));
    expect(described).toEqual({ untaggedItemIds: ['i-ad', 'i-postcode'], unattributedQuoteIds: ['q-slots'] });
    expect(result).toEqual({ ok: true, value: described });
    expect(map.personas.map((persona) => persona.id)).toEqual(['p-student']);
    expect(map.items.find((item) => item.id === 'i-ad')).not.toHaveProperty('personaIds');
    expect(map.items.find((item) => item.id === 'i-postcode')?.personaIds).toEqual(['p-student']);
    expect(map.quotes.find((quote) => quote.id === 'q-slots')).not.toHaveProperty('personaId');
    expect(map.items).toHaveLength(before.items.length);
    expect(map.quotes).toHaveLength(before.quotes.length);
    expectValid(map);
  });
});
