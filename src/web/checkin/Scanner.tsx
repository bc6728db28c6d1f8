// The camera: BarcodeDetector where the browser has it (Chrome on Android), else jsQR on
// video frames (loaded only when the camera opens, so the first screen stays small).
import { useEffect, useRef, useState } from 'react';
import { useText } from './i18n';

type Detector = { detect: (source: CanvasImageSource) => Promise<{ rawValue: string }[]> };
type DetectorClass = new (options: { formats: string[] }) => Detector;

export function Scanner({ onCode, onClose }: { onCode: (text: string) => void; onClose: () => void }) {
  const { t } = useText();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    let frame = 0;
    const canvas = document.createElement('canvas');
    const stop = () => {
      stopped = true;
      cancelAnimationFrame(frame);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
      } catch {
        setFailed(true);
        return;
      }
      const element = video.current;
      if (!element || stopped) return stop();
      element.srcObject = stream;
      await element.play().catch(() => undefined);
      const Native = (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
      const detector = Native ? new Native({ formats: ['qr_code'] }) : undefined;
      const jsQR = detector ? undefined : (await import('jsqr')).default;
      const tick = async () => {
        if (stopped) return;
        if (element.readyState >= 2 && element.videoWidth > 0) {
          let text: string | undefined;
          if (detector) {
            text = (await detector.detect(element).catch(() => []))[0]?.rawValue;
          } else if (jsQR) {
            // A smaller frame decodes faster on a slow phone; QR codes on a pass are large.
            const scale = Math.min(1, 640 / element.videoWidth);
            canvas.width = Math.round(element.videoWidth * scale);
            canvas.height = Math.round(element.videoHeight * scale);
            const context = canvas.getContext('2d', { willReadFrequently: true });
            context?.drawImage(element, 0, 0, canvas.width, canvas.height);
            const image = context?.getImageData(0, 0, canvas.width, canvas.height);
            text = image ? jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data : undefined;
          }
          if (text && !stopped) {
            stop();
            onCode(text);
            return;
          }
        }
        frame = requestAnimationFrame(() => void tick());
      };
      void tick();
    })();
    return stop;
  }, [onCode]);

  return (
    <section className="scanner" aria-label={t('scan')}>
      {failed ? <p className="warn" role="alert">{t('cameraUnavailable')}</p> : (
        <>
          <video ref={video} muted playsInline aria-label={t('cameraHint')} />
          <p className="muted">{t('cameraHint')}</p>
        </>
      )}
      <button type="button" className="secondary" onClick={onClose}>{t('stopScan')}</button>
    </section>
  );
}
