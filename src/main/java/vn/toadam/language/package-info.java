/**
 * Vietnamese text, below synthesis, search and reports (depends on no other feature): syllables, word segmentation
 * from a shipped word list ({@link vn.toadam.language.WordList}), a concept thesaurus of party-cell meetings
 * ({@link vn.toadam.language.Thesaurus}: built in, plus trainers' edits), features and similarity, and themes.
 *
 * <h2>API</h2>
 * <ul>
 *   <li>{@link vn.toadam.language.TextSimilarity} (Spring bean; {@code TextSimilarity.builtIn()} without Spring):
 *       {@code FeatureVector features(String text)} once per text (cache it per card, with
 *       {@code generation()} in the key); {@code double similarity(FeatureVector a, FeatureVector b)} cosine 0..1;
 *       {@code Corpus corpus(List<String> texts)} or {@code Corpus corpusOf(List<FeatureVector>)} for IDF over many
 *       texts; {@code List<String> concepts(String text)}, {@code List<String> words(String text)}.</li>
 *   <li>{@link vn.toadam.language.FeatureVector}: sparse, immutable; {@code dot}, {@code cosine}, {@code norm}.</li>
 *   <li>{@link vn.toadam.language.Corpus}: {@code similarity(i, j)}, {@code vector(i)}, {@code centralIndex(group)}.</li>
 *   <li>{@link vn.toadam.language.ThemeClusterer}: {@code cluster(corpus, threshold)} or
 *       {@code cluster(corpus, Options.threshold(t).withKinds(types).withLinks(mustLink, cannotLink))}, indexes per
 *       theme, largest first; {@code DEFAULT_THRESHOLD}.</li>
 * </ul>
 */
package vn.toadam.language;
