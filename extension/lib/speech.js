// Read aloud, like Firefox's Narrate: the article is spoken one block (paragraph,
// heading, list item) at a time with the browser's speechSynthesis, so the block
// being read can be highlighted, speed and voice changes apply from the current
// block on, and pause/resume never has to survive one very long utterance
// (Chromium drops those). `synth` and `Utterance` are injectable for unit tests.

export const NARRATOR = Object.freeze({ IDLE: "idle", PLAYING: "playing", PAUSED: "paused" });

// Errors that only mean "we cancelled it ourselves".
const OUR_CANCELS = new Set(["interrupted", "canceled"]);

// What gets read: leaf blocks of the article, in document order.
export const SPOKEN_BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption, pre, td, th";

// Keeps only the innermost matches (an <li> holding a <p> is read as its <p>) that have text.
export function spokenBlocks(root, selector = SPOKEN_BLOCKS) {
  const all = Array.from(root.querySelectorAll(selector));
  return all.filter((el) => el.textContent.trim() !== "" && !all.some((other) => other !== el && el.contains(other)));
}

// Voices for `lang` first ("fr" matches "fr-FR"), then the rest, each group by name.
export function orderVoices(voices, lang) {
  const base = String(lang ?? "").toLowerCase().split("-")[0];
  const fits = (v) => base !== "" && String(v.lang ?? "").toLowerCase().split(/[-_]/)[0] === base;
  const byName = (a, b) => String(a.name).localeCompare(String(b.name));
  return [...voices.filter(fits).sort(byName), ...voices.filter((v) => !fits(v)).sort(byName)];
}

export function createNarrator({ synth, Utterance, onChange = () => {} }) {
  const s = { state: NARRATOR.IDLE, index: -1, texts: [], rate: 1, voice: null, lang: "", error: "", token: 0 };

  const snapshot = () => ({ state: s.state, index: s.index, count: s.texts.length, error: s.error });
  const emit = () => onChange(snapshot());

  function finish(error = "") {
    s.token++;
    s.state = NARRATOR.IDLE;
    s.index = -1;
    s.error = error;
    emit();
  }

  function speakCurrent() {
    const token = ++s.token;
    const u = new Utterance(s.texts[s.index]);
    u.rate = s.rate;
    if (s.lang) u.lang = s.lang;
    if (s.voice) u.voice = s.voice;
    u.addEventListener("end", () => {
      if (token !== s.token) return;
      if (s.index + 1 < s.texts.length) {
        s.index++;
        speakCurrent();
      } else {
        finish();
      }
    });
    u.addEventListener("error", (event) => {
      if (token !== s.token || OUR_CANCELS.has(event.error)) return;
      synth.cancel();
      finish(event.error || "synthesis-failed");
    });
    synth.speak(u);
    emit();
  }

  // Starts over from block `from` (a speed or voice change restarts the current block).
  function startAt(from) {
    s.token++;
    if (s.state === NARRATOR.PAUSED) synth.resume(); // a paused synth would hold the next block too
    synth.cancel();
    s.index = from;
    s.state = NARRATOR.PLAYING;
    s.error = "";
    speakCurrent();
  }

  return {
    get state() { return snapshot(); },
    load(texts, lang = "") {
      if (s.state !== NARRATOR.IDLE) this.stop();
      s.texts = texts.map((t) => String(t).replace(/\s+/g, " ").trim()).filter(Boolean);
      s.lang = lang;
    },
    play(from = 0) {
      if (s.state === NARRATOR.PAUSED) {
        synth.resume();
        s.state = NARRATOR.PLAYING;
        emit();
        return;
      }
      if (s.state === NARRATOR.PLAYING || s.texts.length === 0) return;
      startAt(Math.min(Math.max(0, from), s.texts.length - 1));
    },
    pause() {
      if (s.state !== NARRATOR.PLAYING) return;
      synth.pause();
      s.state = NARRATOR.PAUSED;
      emit();
    },
    toggle() {
      if (s.state === NARRATOR.PLAYING) this.pause();
      else this.play();
    },
    stop() {
      if (s.state === NARRATOR.IDLE) return;
      s.token++;
      synth.cancel();
      finish();
    },
    skip(delta) {
      if (s.state === NARRATOR.IDLE) return;
      const to = s.index + delta;
      if (to < 0 || to >= s.texts.length) return;
      startAt(to);
    },
    setRate(rate) {
      s.rate = rate;
      if (s.state === NARRATOR.PLAYING) startAt(s.index);
    },
    setVoice(voice) {
      s.voice = voice ?? null;
      if (s.state === NARRATOR.PLAYING) startAt(s.index);
    },
  };
}
