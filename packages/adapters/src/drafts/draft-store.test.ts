import { expect } from '@open-wc/testing';
import { DRAFT_MAX_AGE_MS, IndexedDbDraftStore, MemoryDraftStore, NoDraftStore, type DraftStore, type DraftStoreOptions } from './draft-store.js';

const DAY = 24 * 60 * 60 * 1000;
const START = Date.parse('2026-11-27T10:00:00.000Z');

/** Answers as sf-form keeps them: text, a date's parts as typed, repeated items, chosen files. */
function answers(): Record<string, unknown> {
  return {
    fullName: 'Әлия Нұрланқызы',
    birthDate: { day: '15', month: 'қаңтар', year: '' },
    schedule: ['shift', 'remote'],
    salary: 120000,
    experience: [
      { employer: 'ТОО Береке', from: { day: '1', month: '3', year: '2019' }, payslip: [new File(['x'], 'payslip.pdf', { type: 'application/pdf' })] },
      { employer: 'ИП Асанов', from: { day: '', month: '', year: '2021' } },
    ],
    proof: [new File(['income: 85000'], 'справка.txt', { type: 'text/plain' })],
  };
}

/** The same answers with every file left out: a file field's list is empty, as when none was chosen. */
function answersWithoutFiles(): Record<string, unknown> {
  const all = answers();
  const [first, second] = all.experience as Record<string, unknown>[];
  return { ...all, experience: [{ ...first, payslip: [] }, second], proof: [] };
}

interface Made {
  store: DraftStore;
  /** A second store on the same data, as a later page would have (the same object in memory). */
  again(): DraftStore;
}

const clock = { now: START };
const now = () => clock.now;
let made: IndexedDbDraftStore[] = [];

const kinds: [string, (options?: DraftStoreOptions) => Made][] = [
  [
    'IndexedDbDraftStore',
    (options) => {
      const name = `sf-drafts-test-${Math.random().toString(36).slice(2)}`;
      const make = () => {
        const store = new IndexedDbDraftStore({ name, now, ...options });
        made.push(store);
        return store;
      };
      return { store: make(), again: make };
    },
  ],
  [
    'MemoryDraftStore',
    (options) => {
      const store = new MemoryDraftStore({ now, ...options });
      return { store, again: () => store };
    },
  ],
];

afterEach(() => {
  for (const store of made) store.close();
  made = [];
  clock.now = START;
});

for (const [kind, make] of kinds) {
  describe(kind, () => {
    it('keeps answers per form id and version, without files, with savedAt', async () => {
      const { store, again } = make();
      expect(await store.save('job-seeker', '3', answers())).to.equal(true);
      const draft = await again().load('job-seeker', '3');
      expect(draft).to.deep.equal({ formId: 'job-seeker', formVersion: '3', answers: answersWithoutFiles(), savedAt: '2026-11-27T10:00:00.000Z' });
      expect(await store.load('job-seeker', '4'), 'another version').to.equal(undefined);
      expect(await store.load('feedback', '3'), 'another form').to.equal(undefined);
    });

    it('keeps files too when the save says the person agreed', async () => {
      const { store, again } = make();
      await store.save('job-seeker', '3', answers(), { files: true });
      const draft = await again().load('job-seeker', '3');
      const proof = (draft!.answers.proof as File[])[0]!;
      expect(proof).to.be.instanceOf(File);
      expect([proof.name, proof.type, await proof.text()]).to.deep.equal(['справка.txt', 'text/plain', 'income: 85000']);
      const payslip = ((draft!.answers.experience as Record<string, unknown>[])[0]!.payslip as File[])[0]!;
      expect(payslip.name).to.equal('payslip.pdf');
    });

    it('keeps the step the person was on, when the save gives one', async () => {
      const { store, again } = make();
      await store.save('job-seeker', '3', { fullName: 'Әлия' }, { step: 'contact' });
      expect(await again().load('job-seeker', '3')).to.deep.equal({
        formId: 'job-seeker',
        formVersion: '3',
        answers: { fullName: 'Әлия' },
        step: 'contact',
        savedAt: '2026-11-27T10:00:00.000Z',
      });
    });

    it('replaces the draft on each save, and keeps a copy, not the caller’s objects', async () => {
      const { store } = make();
      const first = answers();
      await store.save('job-seeker', '3', first);
      clock.now = START + 60_000;
      const second: Record<string, unknown> = { ...answersWithoutFiles(), fullName: 'Әлия Нұрланқызы Серікова' };
      await store.save('job-seeker', '3', second);
      (second.birthDate as Record<string, string>).year = '1990';
      const draft = await store.load('job-seeker', '3');
      expect(draft!.answers.fullName).to.equal('Әлия Нұрланқызы Серікова');
      expect(draft!.answers.birthDate).to.deep.equal({ day: '15', month: 'қаңтар', year: '' });
      expect(draft!.savedAt).to.equal('2026-11-27T10:01:00.000Z');
    });

    it(`expires ${DRAFT_MAX_AGE_MS / DAY} days after the last save by default, and deletes what expired when loading`, async () => {
      const { store, again } = make();
      await store.save('job-seeker', '3', answersWithoutFiles());
      await store.save('feedback', '1', { rating: '4' });
      clock.now = START + 7 * DAY;
      expect((await store.load('job-seeker', '3'))?.savedAt, 'exactly 7 days: still kept').to.equal('2026-11-27T10:00:00.000Z');
      clock.now = START + 7 * DAY + 1;
      expect(await store.load('job-seeker', '3')).to.equal(undefined);
      // Deleted, not only hidden, other forms' expired drafts too: with the clock set back, nothing is found.
      clock.now = START;
      expect(await again().load('job-seeker', '3')).to.equal(undefined);
      expect(await again().load('feedback', '1')).to.equal(undefined);
    });

    it('takes another time limit', async () => {
      const { store } = make({ maxAgeMs: 60 * 60 * 1000 });
      await store.save('feedback', '1', { rating: '4' });
      clock.now = START + 60 * 60 * 1000 + 1;
      expect(await store.load('feedback', '1')).to.equal(undefined);
    });

    it('clear(formId) deletes every version of that form only; clearAll() deletes everything', async () => {
      const { store, again } = make();
      await store.save('job-seeker', '3', { fullName: 'А' });
      await store.save('job-seeker', '4', { fullName: 'Б' });
      await store.save('job-seeker-extra', '1', { fullName: 'В' });
      await store.save('feedback', '1', { rating: '4' });
      await store.clear('job-seeker');
      const later = again();
      expect(await later.load('job-seeker', '3')).to.equal(undefined);
      expect(await later.load('job-seeker', '4')).to.equal(undefined);
      expect((await later.load('job-seeker-extra', '1'))?.answers).to.deep.equal({ fullName: 'В' });
      expect((await later.load('feedback', '1'))?.answers).to.deep.equal({ rating: '4' });
      await store.clearAll();
      expect(await later.load('job-seeker-extra', '1')).to.equal(undefined);
      expect(await later.load('feedback', '1')).to.equal(undefined);
    });

    it('runs calls in order: a save not awaited before clear() does not come back', async () => {
      const { store } = make();
      const saved = store.save('job-seeker', '3', answersWithoutFiles());
      await store.clear('job-seeker');
      expect(await saved).to.equal(true);
      expect(await store.load('job-seeker', '3')).to.equal(undefined);
    });

    it('resolves false, and keeps the previous draft, when answers cannot be stored', async () => {
      const { store } = make();
      await store.save('feedback', '1', { rating: '4' });
      expect(await store.save('feedback', '1', { rating: () => 4 })).to.equal(false);
      expect((await store.load('feedback', '1'))?.answers).to.deep.equal({ rating: '4' });
    });
  });
}

describe('NoDraftStore', () => {
  it('stores nothing and finds nothing', async () => {
    const store = new NoDraftStore();
    expect(await store.save('job-seeker', '3', answers())).to.equal(false);
    expect(await store.load('job-seeker', '3')).to.equal(undefined);
    await store.clear('job-seeker');
    await store.clearAll();
  });
});
