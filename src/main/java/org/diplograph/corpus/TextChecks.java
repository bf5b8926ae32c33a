package org.diplograph.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether the bytes of a corpus file are plain English text worth sending to the NLP
 * stage. Each check returns the reason for rejection, so the operator reads why a file was
 * skipped instead of finding an empty graph.
 */
public final class TextChecks {
  /** Common English function words; news prose has 30-45% of its words in this set. */
  private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of(
      "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by",
      "it", "at", "from", "his", "her", "he", "she", "they", "their", "be", "has", "have", "had",
      "are", "were", "an", "this", "which", "not", "but", "or", "its", "who", "will", "would",
      "been", "after", "said", "also", "more", "than", "about", "into", "over", "between");
  private static final Pattern HTML = Pattern.compile(
      "(?is)\\A\\s*(<!doctype\\s+html|<html[\\s>]|<\\?xml)|<(head|body|div|script|p|span|table)[\\s>]");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private final long maxBytes;

  public TextChecks(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Rejects files by size before reading them: a multi-gigabyte file must not be loaded. */
  public Optional<String> checkSize(long size) {
    if (size == 0) {
      return Optional.of("empty file");
    }
    if (size > maxBytes) {
      return Optional.of(String.format(Locale.ROOT,
          "too large (%,d bytes; the limit is %,d bytes, raise it with --max-doc-bytes)", size, maxBytes));
    }
    return Optional.empty();
  }

  /** Decodes strictly as UTF-8 (a leading byte-order mark becomes a space) or explains why not. */
  public Decoded decode(byte[] bytes) {
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      return Decoded.rejected("binary data, not text (NUL byte at offset " + nul + ")");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer chars = decoder.decode(in);
      String text = chars.toString();
      if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
        text = " " + text.substring(1); // a space keeps every offset an offset into the file
      }
      return Decoded.ok(text);
    } catch (MalformedInputException e) {
      return Decoded.rejected("not valid UTF-8 (malformed byte sequence at byte offset "
          + in.position() + "); convert it with e.g. iconv -f windows-1252 -t utf-8");
    } catch (CharacterCodingException e) {
      return Decoded.rejected("not valid UTF-8 (" + e.getMessage() + ")");
    }
  }

  /** Content checks on decoded text: blank, control characters, markup, language. */
  public Optional<String> checkContent(String text) {
    if (text.isBlank()) {
      return Optional.of("no text (only whitespace)");
    }
    long controls = text.chars()
        .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        .count();
    if (controls > 8 && controls * 100 > text.length()) {
      return Optional.of("binary data, not text (" + controls + " control characters)");
    }
    if (HTML.matcher(text).find()) {
      return Optional.of("HTML markup, not plain article text; extract the text first");
    }
    return checkEnglish(text);
  }

  private static Optional<String> checkEnglish(String text) {
    var words = WORD.matcher(text);
    int total = 0;
    int english = 0;
    while (words.find() && total < 5000) {
      total++;
      if (ENGLISH_FUNCTION_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) {
        english++;
      }
    }
    if (total < 20) {
      return Optional.empty(); // too little text to judge its language
    }
    double share = (double) english / total;
    if (share < 0.12) {
      return Optional.of(String.format(Locale.ROOT,
          "does not look like English (%.0f%% common English words; news prose has 30-45%%)", share * 100));
    }
    return Optional.empty();
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Result of decoding: exactly one of text and reason is present. */
  public record Decoded(String text, String reason) {
    static Decoded ok(String text) {
      return new Decoded(text, null);
    }

    static Decoded rejected(String reason) {
      return new Decoded(null, reason);
    }

    public boolean isOk() {
      return text != null;
    }
  }
}
