import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import record from './__fixtures__/weighted-experts-replacements-draw.json';
import type { DrawRecord } from './model';
import { VerifierPanel } from './VerifierPanel';
import { renderWith } from '../../test/render';

const clean = record as unknown as DrawRecord;

describe('VerifierPanel', () => {
  it('shows every step OK for the service record', async () => {
    renderWith(<VerifierPanel record={clean} />);
    fireEvent.click(screen.getByRole('button', { name: /在本浏览器中复核/ }));
    expect(await screen.findByText('复核通过：每一步都与公开记录一致')).toBeInTheDocument();
    expect(screen.queryByText('不一致')).toBeNull();
  });

  it('marks the tampered step MISMATCH, in English too', async () => {
    const tampered = structuredClone(clean);
    tampered.seed = { ...tampered.seed, value: 'another seed' };
    renderWith(<VerifierPanel record={tampered} autoRun />, { lang: 'en' });
    expect(screen.getByText('Not verified: see the steps marked MISMATCH')).toBeInTheDocument();
    expect(screen.getByTestId('step-commitment')).toHaveTextContent('OK');
    expect(screen.getByTestId('step-agencies')).toHaveTextContent('MISMATCH');
  });
});
