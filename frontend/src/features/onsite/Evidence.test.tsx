import { describe, expect, it, vi } from 'vitest';
import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWith, stubFetch } from '../../test/render';
import { RequiredPhotos } from './Evidence';
import { memoryPhotoStore } from './photoQueue';
import { StepActionPanel } from './StepActions';

// antd forms render slowly in jsdom on the shared machine (one test took 37 s at load 20): wait longer
vi.setConfig({ testTimeout: 90_000 });
configure({ asyncUtilTimeout: 15_000 });

type Progress = { lengthComputable: boolean; loaded: number; total: number };

/** An XMLHttpRequest a test drives: it records nothing and answers nothing until a subclass does. */
class TestXhr {
  upload: { onprogress?: (e: Progress) => void } = {};
  onload?: () => void;
  onerror?: () => void;
  status = 0;
  responseText = '';
  statusText = '';
  open(_method: string, _url: string) {}
  setRequestHeader() {}
  send(_form: FormData) {}
}

/** Runs `body` with `Xhr` standing in for XMLHttpRequest, then puts the browser's back. */
async function withXhr(Xhr: typeof TestXhr, body: () => Promise<void>) {
  const original = globalThis.XMLHttpRequest;
  globalThis.XMLHttpRequest = Xhr as unknown as typeof XMLHttpRequest;
  try {
    await body();
  } finally {
    globalThis.XMLHttpRequest = original;
  }
}

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

describe('a photo upload', () => {
  it('sends the kind and the file, shows the progress, and hands back the stored record with its flags', async () => {
    const sent: { url?: string; form?: FormData } = {};
    let fake!: TestXhr;
    class FakeXhr extends TestXhr {
      constructor() {
        super();
        fake = this;
      }
      open(_method: string, url: string) {
        sent.url = url;
      }
      send(form: FormData) {
        sent.form = form;
      }
    }
    await withXhr(FakeXhr, async () => {
      stubFetch({});
      const uploaded: unknown[] = [];
      renderWith(<RequiredPhotos taskId="p:a" records={[]} mayUpload onUploaded={(r) => uploaded.push(r)} />);
      const photo = new File(['jpeg'], 'gate.jpg', { type: 'image/jpeg' });
      fireEvent.change(screen.getByTestId('file-GATE_PHOTO'), { target: { files: [photo] } });
      await waitFor(() => expect(sent.form).toBeDefined());
      expect(sent.url).toBe('/api/evidence/inspections/p%3Aa/files');
      expect(sent.form!.get('kind')).toBe('GATE_PHOTO');
      expect((sent.form!.get('file') as File).name).toBe('gate.jpg');
      act(() => fake.upload.onprogress?.({ lengthComputable: true, loaded: 40, total: 100 }));
      expect(await screen.findByText('40%')).toBeInTheDocument();
      fake.status = 201;
      fake.responseText = JSON.stringify({ id: 'e1', kind: 'GATE_PHOTO', flags: ['CAPTURED_OFF_DAY'] });
      act(() => fake.onload?.());
      await waitFor(() => expect(uploaded).toEqual([{ id: 'e1', kind: 'GATE_PHOTO', flags: ['CAPTURED_OFF_DAY'] }]));
    });
  });

  it('keeps a photo taken offline on the device, uploads it when back online, and shows a refusal until someone discards it', async () => {
    let online = false;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    const sent: string[] = [];
    class RefusingXhr extends TestXhr {
      send(form: FormData) {
        sent.push((form.get('file') as File).name);
        this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
        this.status = 413;
        this.responseText = JSON.stringify({ type: 'urn:shuangsuiji:problem:file-too-large', title: 'File too large', status: 413 });
        setTimeout(() => this.onload?.(), 0);
      }
    }
    try {
      await withXhr(RefusingXhr, async () => {
        stubFetch({});
        const store = memoryPhotoStore();
        renderWith(<RequiredPhotos taskId="p:a" records={[]} mayUpload onUploaded={() => {}} store={store} />);
        fireEvent.change(screen.getByTestId('file-MEETING_PHOTO'), { target: { files: [new File(['jpeg'], 'meeting.jpg', { type: 'image/jpeg' })] } });
        expect(await screen.findByTestId('kept-MEETING_PHOTO')).toHaveTextContent('无网络：照片已保存在本机，联网后自动上传');
        expect(await screen.findByTestId('photos-waiting')).toHaveTextContent('1 张照片待上传');
        expect(sent).toEqual([]);
        expect((await store.list()).map((p) => [p.kind, p.takenBy, p.file.name])).toEqual([['MEETING_PHOTO', 'xinxiang-city', 'meeting.jpg']]);

        online = true;
        await act(async () => {
          window.dispatchEvent(new Event('online'));
        });
        expect(await screen.findByText(/照片未被接收（见面会照片，meeting\.jpg）: File too large \(413\)/)).toBeInTheDocument();
        expect(sent).toEqual(['meeting.jpg']);
        expect(await store.list()).toHaveLength(1);
        fireEvent.click(screen.getByRole('button', { name: '放弃这张照片' }));
        await waitFor(() => expect(screen.queryByTestId('kept-photos')).not.toBeInTheDocument());
        expect(await store.list()).toEqual([]);
      });
    } finally {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    }
  });
});
