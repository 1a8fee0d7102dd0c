// The import of src/model/prose/sentence_breaks_intl.cpp: UAX #29 sentence boundaries from
// the engine's Intl.Segmenter (ICU inside Chromium, Firefox, Safari and Node), English rules,
// no abbreviation suppressions (citelint applies its own). An emscripten JS library.
mergeInto(LibraryManager.library, {
  citelint_sentence_boundaries: function (text, length, out, capacity) {
    if (!Module.citelintSegmenter)
      Module.citelintSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    let string = '';
    for (let i = 0; i < length; i += 4096)
      string += String.fromCharCode.apply(
        null, HEAPU16.subarray((text >> 1) + i, (text >> 1) + Math.min(length, i + 4096)));
    let count = 0;
    const put = (at) => {
      if (count < capacity) HEAP32[(out >> 2) + count] = at;
      ++count;
    };
    for (const segment of Module.citelintSegmenter.segment(string))
      if (segment.index > 0) put(segment.index);
    if (length > 0) put(length);
    return count;
  },
});
