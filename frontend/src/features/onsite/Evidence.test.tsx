import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWith, stubFetch } from '../../test/render';
import { RequiredPhotos } from './Evidence';
import { StepActionPanel } from './StepActions';

describe('the photo requirement', () => {
  it('names the missing kinds and offers the camera for each', () => {
    stubFetch({});
    renderWith(<RequiredPhotos taskId="p:a" records={[{ id: 'e1', kind: 'GATE_PHOTO', fileName: 'gate.jpg', flags: ['CAPTURED_OFF_DAY'] }]} mayUpload onUploaded={() => {}} />);
    expect(screen.getByTestId('photos-missing')).toHaveTextContent('还缺少：见面会照片、检查过程照片');
    expect(screen.getByText('拍摄日期不是检查当日')).toBeInTheDocument();
    for (const kind of ['GATE_PHOTO', 'MEETING_PHOTO', 'PROCESS_PHOTO']) {
      const input = screen.getByTestId(`file-${kind}`);
      expect(input).toHaveAttribute('accept', 'image/*');
      expect(input).toHaveAttribute('capture', 'environment');
    }
    expect(screen.getAllByRole('button', { name: /拍照/ })).toHaveLength(3);
  });

  it('offers no camera to whoever may not upload team evidence', () => {
    stubFetch({});
    renderWith(<RequiredPhotos taskId="p:a" records={[]} mayUpload={false} onUploaded={() => {}} />);
    expect(screen.queryByRole('button', { name: /拍照/ })).not.toBeInTheDocument();
  });

  it('names what is missing when the service refuses to close', async () => {
    stubFetch({
      'POST /api/inspections/tasks/p%3Aa/close': () => ({
        status: 422,
        body: { type: 'urn:shuangsuiji:problem:photos-missing', title: 'Photos missing', status: 422, missing: ['MEETING_PHOTO', 'PROCESS_PHOTO'] },
      }),
    });
    renderWith(<StepActionPanel action="close" taskId="p:a" mainFindings={[]} onDone={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '结束检查' }));
    const missing = await screen.findByTestId('close-missing');
    expect(missing).toHaveTextContent('见面会照片');
    expect(missing).toHaveTextContent('检查过程照片');
    expect(missing).not.toHaveTextContent('机构大门照片');
  });
});
