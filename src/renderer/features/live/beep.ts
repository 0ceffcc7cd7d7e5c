// The audible warning of the speaker countdown (only when the session asks for it): a short tone
// through WebAudio, higher at 30 s left, lower and longer at the end. Silent where there is no audio.

let ctx: AudioContext | null = null;

export function beep(kind: 'warning' | 'over'): void {
  try {
    const Ctor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctor) return;
    ctx ??= new Ctor();
    const length = kind === 'over' ? 0.7 : 0.25;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = kind === 'over' ? 523 : 880;
    gain.gain.setValueAtTime(0.25, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + length);
  } catch {
    // no sound device: the visible warning is enough
  }
}
