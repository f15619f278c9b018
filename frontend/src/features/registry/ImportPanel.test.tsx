import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWith } from '../../test/render';

const uploads: { path: string }[] = [];
vi.mock('../../api/client', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../api/client')>();
  return {
    ...original,
    upload: vi.fn(async (path: string, _form: FormData, onProgress: (p: number) => void) => {
      uploads.push({ path });
      onProgress(50);
      onProgress(100);
      if (path.includes('bad')) throw new Error('unreachable');
      if (uploads.length === 1) {
        throw original.problemFrom(422, {
          type: 'urn:shuangsuiji:problem:import-rejected',
          title: 'Import rejected',
          errors: [
            { row: 3, column: '统一社会信用代码', reason: '校验码应为 B' },
            { row: 7, column: '地区代码', reason: '不是县级代码' },
          ],
        });
      }
      return { kind: 'AGENCIES', rows: 2, created: 1, updated: 1, unchanged: 0, applied: !path.includes('dryRun') };
    }),
  };
});

const { ImportPanel } = await import('./ImportPanel');

function choose(name: string) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File(['名称\n'], name, { type: 'text/csv' })] } });
}

describe('ImportPanel', () => {
  it('lists row errors of the check and offers import only after a clean check', async () => {
    const applied = vi.fn();
    renderWith(<ImportPanel onApplied={applied} />);
    const apply = () => screen.getByRole('button', { name: /确认导入/ });
    choose('agencies.csv');
    expect(apply()).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: /检查/ }));
    expect(await screen.findByText('校验码应为 B')).toBeInTheDocument();
    expect(screen.getByText('不是县级代码')).toBeInTheDocument();
    expect(screen.getByText('文件有错误，未写入任何数据')).toBeInTheDocument();
    expect(uploads[0].path).toBe('/api/registry/imports/agencies?dryRun=true');
    expect(apply()).toBeDisabled();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();

    choose('agencies-fixed.csv');
    fireEvent.click(screen.getByRole('button', { name: /检查/ }));
    expect(await screen.findByText('检查通过，尚未写入')).toBeInTheDocument();
    await waitFor(() => expect(apply()).toBeEnabled());
    fireEvent.click(apply());
    expect(await screen.findByText('已导入')).toBeInTheDocument();
    expect(uploads[2].path).toBe('/api/registry/imports/agencies');
    expect(applied).toHaveBeenCalledOnce();
  });
});
