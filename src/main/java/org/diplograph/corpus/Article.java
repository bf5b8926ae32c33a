package org.diplograph.corpus;

/**
 * One input document as read from the corpus: its id (the path below the corpus folder without
 * {@code .txt}), the path it came from, its full text and the SHA-256 of its bytes.
 */
public record Article(String id, String sourcePath, String text, String sha256) implements CorpusEntry {}
